/*
 * The dialog page's script (dialog.html): shows what a ribbon command did, or, opened from an old
 * webview's ribbon, the supported-Excel message of boot-check.js. Hand-written ES5 like boot-check.js,
 * since this page opens in the same webviews. The message comes in the address:
 *   dialog.html?kind=unsupported
 *   dialog.html?lang=zh-CN&t=<title>&m=<line>&m=<line>   (one language: the command's)
 */
(function () {
  "use strict";

  function params(search) {
    var out = {};
    var parts = search.replace(/^\?/, "").split("&");
    for (var i = 0; i < parts.length; i++) {
      if (!parts[i]) continue;
      var eq = parts[i].indexOf("=");
      var key = decodeURIComponent((eq < 0 ? parts[i] : parts[i].slice(0, eq)).replace(/\+/g, " "));
      var value = eq < 0 ? "" : decodeURIComponent(parts[i].slice(eq + 1).replace(/\+/g, " "));
      (out[key] = out[key] || []).push(value);
    }
    return out;
  }

  function show() {
    var boot = window.casebookBoot;
    if (!boot) return;
    var q = params(window.location.search);
    if ((q.kind || [])[0] === "unsupported") {
      var shown = boot.unsupportedBlocks((q.lang || [])[0]);
      if (shown.length === 1) document.documentElement.setAttribute("lang", shown[0].lang);
      boot.render(document, shown);
      return;
    }
    var lang = (q.lang || ["zh-CN"])[0] === "en-US" ? "en-US" : "zh-CN";
    document.documentElement.setAttribute("lang", lang);
    var title = (q.t || [""])[0] || (lang === "en-US" ? "Casebook" : "客服案件簿");
    document.title = title;
    boot.render(document, [{ lang: lang, title: title, lines: q.m || [] }]);
  }

  if (document.readyState === "complete" || document.readyState === "interactive") show();
  else document.addEventListener("DOMContentLoaded", show, false);
})();
