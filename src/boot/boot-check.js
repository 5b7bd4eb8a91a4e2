/*
 * Casebook's first script on every page (task pane, ribbon commands, dialog). Hand-written ES5, copied
 * into the build as it is, so that every webview Office may use can parse it: Internet Explorer 11's
 * (Trident) and Edge Legacy's (EdgeHTML) cannot parse the pane's bundles, and would show a blank pane
 * and ribbon buttons that do nothing. In those webviews this script shows, in Chinese and English, which
 * Excel versions Casebook supports and what to do; on the commands page it registers the ribbon
 * commands itself, so they complete with the same message. Elsewhere it only records that the webview
 * is supported. The build and a test parse this file as ES5 (scripts/es5-check.js).
 *
 * The two texts below are also in src/workbook/office/requirements.ts and in README.md; a test keeps
 * the three identical.
 */
(function () {
  "use strict";

  var SUPPORTED_ZH =
    "客服案件簿支持以下 Excel：使用 Microsoft Edge WebView2 显示加载项的 Windows 版 Excel（Microsoft 365 版本 2101 或更高、Excel 2021 或更高，以及装有 WebView2 运行时的 Excel 2016、2019 零售版）、Mac 版 Excel、Excel 网页版。Excel 2016、2019 批量许可版，以及仍用 Internet Explorer 或旧版 Edge 显示加载项的 Excel 不受支持。";
  var SUPPORTED_EN =
    "Casebook runs in Excel on Windows that shows add-ins with Microsoft Edge WebView2 (Microsoft 365 Version 2101 or later, Excel 2021 or later, and retail Excel 2016 or 2019 with the WebView2 Runtime installed), Excel for Mac and Excel on the web. Volume-licensed Excel 2016 and 2019, and any Excel that still shows add-ins with Internet Explorer or Edge Legacy, are not supported.";
  var TITLE_ZH = "此版本的 Excel 无法运行客服案件簿";
  var TITLE_EN = "Casebook cannot run in this version of Excel";
  var TODO_ZH = "请联系信息部门更新 Office 或安装 Microsoft Edge WebView2 运行时，或在浏览器中用 Excel 网页版打开此工作簿。";
  var TODO_EN =
    "Ask your IT department to update Office or to install the Microsoft Edge WebView2 Runtime, or open this workbook in Excel on the web.";

  var OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

  /** Microsoft's own test (support-ie-11.md): "Trident" for IE 11, "Edge/" for Edge Legacy (WebView2 says "Edg/"). */
  function oldWebview(userAgent) {
    return /Trident\/|MSIE /.test(userAgent) || /\bEdge\/\d/.test(userAgent);
  }


  function englishFirst() {
    var lang = (window.navigator && (window.navigator.language || window.navigator.userLanguage)) || "";
    return /^en/i.test(lang);
  }

  function block(doc, lang, title, lines) {
    var section = doc.createElement("section");
    section.setAttribute("lang", lang);
    section.style.margin = "0 0 16px 0";
    var h = doc.createElement("h1");
    h.style.fontSize = "16px";
    h.style.margin = "0 0 8px 0";
    h.appendChild(doc.createTextNode(title));
    section.appendChild(h);
    for (var i = 0; i < lines.length; i++) {
      var p = doc.createElement("p");
      p.style.margin = "0 0 8px 0";
      p.appendChild(doc.createTextNode(lines[i]));
      section.appendChild(p);
    }
    return section;
  }

  /** Replaces the page's content with the message; `blocks` in the user's language first. */
  function render(doc, blocks) {
    var body = doc.body;
    if (!body) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    var main = doc.createElement("main");
    main.setAttribute("role", "alert");
    main.style.fontFamily = "'Microsoft YaHei', 'Segoe UI', sans-serif";
    main.style.fontSize = "14px";
    main.style.lineHeight = "1.5";
    main.style.padding = "16px";
    for (var i = 0; i < blocks.length; i++) main.appendChild(block(doc, blocks[i].lang, blocks[i].title, blocks[i].lines));
    body.appendChild(main);
  }

  /**
   * The message in `lang` (zh-CN or en-US) when Office has said the user's language (a ribbon command's
   * dialog). Without it (the pane of an old webview, which never loads office.js) both, the webview's
   * language first, each in a block of its own.
   */
  function unsupportedBlocks(lang) {
    var zh = { lang: "zh-CN", title: TITLE_ZH, lines: [SUPPORTED_ZH, TODO_ZH] };
    var en = { lang: "en-US", title: TITLE_EN, lines: [SUPPORTED_EN, TODO_EN] };
    if (lang === "zh-CN") return [zh];
    if (lang === "en-US") return [en];
    return englishFirst() ? [en, zh] : [zh, en];
  }

  var ua = (window.navigator && window.navigator.userAgent) || "";
  var unsupported = oldWebview(ua);
  window.casebookBoot = {
    unsupported: unsupported,
    oldWebview: oldWebview,
    supported: { zh: SUPPORTED_ZH, en: SUPPORTED_EN },
    render: render,
    unsupportedBlocks: unsupportedBlocks
  };
  if (!unsupported) return;

  function onReady(fn) {
    if (document.readyState === "complete" || document.readyState === "interactive") fn();
    else document.addEventListener("DOMContentLoaded", fn, false);
  }

  var page = document.documentElement.getAttribute("data-casebook-page");
  if (page === "pane") {
    onReady(function () {
      render(document, unsupportedBlocks());
    });
    return;
  }
  if (page !== "commands") return;

  // The ribbon's function file: the bundle that would register the commands cannot run here, so this
  // script loads office.js and registers them under their manifest names (the global functions an old
  // host calls), each showing the message in a dialog and completing when the user closes it.
  function dialogUrl() {
    var here = window.location.href.split("?")[0].split("#")[0];
    var url = here.replace(/[^\/]*$/, "dialog.html") + "?kind=unsupported";
    // Office's display language, as the pane and the commands pick it: Chinese for any zh tag, else English.
    var tag = "";
    try {
      tag = String(window.Office.context.displayLanguage || "");
    } catch (e) {
      tag = "";
    }
    return tag ? url + "&lang=" + (/^zh/i.test(tag) ? "zh-CN" : "en-US") : url;
  }

  function command(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      try {
        event.completed();
      } catch (e) {
        // Nothing more can be done for the user here.
      }
    }
    try {
      var Office = window.Office;
      Office.context.ui.displayDialogAsync(dialogUrl(), { height: 45, width: 40, displayInIframe: true }, function (result) {
        if (!result || result.status !== "succeeded") {
          complete();
          return;
        }
        // 12006: the user closed the dialog.
        result.value.addEventHandler("dialogEventReceived", complete);
      });
    } catch (e) {
      complete();
    }
  }
  window.casebookWriteOutputs = command;
  window.casebookCreateTemplate = command;

  var script = document.createElement("script");
  script.src = OFFICE_CDN;
  script.onload = function () {
    var Office = window.Office;
    if (!Office) return;
    var register = function () {
      if (Office.actions && Office.actions.associate) {
        Office.actions.associate("casebookWriteOutputs", command);
        Office.actions.associate("casebookCreateTemplate", command);
      }
    };
    if (Office.onReady) Office.onReady(register);
    else Office.initialize = register;
  };
  document.getElementsByTagName("head")[0].appendChild(script);
})();
