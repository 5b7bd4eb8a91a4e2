/**
 * The ES5 boot check in headless Chromium, with the user agent of Office's old webviews and every modern
 * script blocked (as Trident or EdgeHTML would fail to parse them): the pane shows which Excel Casebook
 * supports, in Chinese and English; the ribbon's function file registers both commands, opens the same
 * message in a dialog and completes when the dialog is closed. The user agents are those Microsoft's
 * support-ie-11.md tells apart ("Trident", "Edge/"); a WebView2 user agent ("Edg/") is left alone.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { SUPPORTED_HOSTS } from "../../src/workbook/office/requirements";
import { ensureBuilt, launchChromium, serveDist, type Served } from "./harness";

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
const ES5 = /\/(boot-check|dialog)\.js$/;

let served: Served;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  served = await serveDist();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  blocked: string[];
  errors: string[];
}

/** A page in a context with `userAgent`, every script but the ES5 ones blocked; office.js answered by `office`. */
async function open(userAgent: string, path: string, office?: string, locale = "zh-CN"): Promise<Opened> {
  const context = await browser.newContext({ userAgent, locale, viewport: { width: 360, height: 700 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route(/\.js(\?|$)/, async (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/") && office !== undefined) {
      await route.fulfill({ contentType: "text/javascript", body: office });
    } else if (ES5.test(new URL(url).pathname)) {
      await route.continue();
    } else {
      blocked.push(new URL(url).pathname);
      await route.abort();
    }
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${served.origin}/${path}`);
  return { context, page, blocked, errors };
}

it.each([
  ["Trident (Internet Explorer 11)", TRIDENT, "zh-CN"],
  ["EdgeHTML (Edge Legacy)", EDGE_HTML, "en-US"],
])("shows the supported Excel versions in the pane under %s (%s)", async (_name, ua, locale) => {
  const { context, page, blocked, errors } = await open(ua, "taskpane.html", undefined, locale);
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: 10_000 });
  const text = await alert.innerText();
  expect(text).toContain("此版本的 Excel 无法运行客服案件簿");
  expect(text).toContain(SUPPORTED_HOSTS.zh);
  expect(text).toContain("Casebook cannot run in this version of Excel");
  expect(text).toContain(SUPPORTED_HOSTS.en);
  // The webview's language first, each language in a block of its own.
  const [first, second] = locale === "en-US" ? [SUPPORTED_HOSTS.en, SUPPORTED_HOSTS.zh] : [SUPPORTED_HOSTS.zh, SUPPORTED_HOSTS.en];
  expect(text.indexOf(first)).toBeLessThan(text.indexOf(second));
  expect(await page.locator('section[lang="en-US"]').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
  expect(blocked).toEqual(expect.arrayContaining(["/office-loader.js", "/preview-boot.js"]));
  expect(blocked.some((p) => /^\/taskpane\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

/** office.js as an old host would run it, recording what the function file asks of it. */
const FAKE_OFFICE = `
window.officeCalls = { associated: [], dialogs: [], handlers: [] };
window.Office = {
  onReady: function (cb) { setTimeout(cb, 0); },
  actions: { associate: function (name, fn) { window.officeCalls.associated.push([name, typeof fn]); } },
  context: { displayLanguage: "en-GB", ui: { displayDialogAsync: function (url, options, cb) {
    window.officeCalls.dialogs.push(url);
    cb({ status: "succeeded", value: { addEventHandler: function (type, handler) {
      window.officeCalls.handlers.push([type, handler]);
    } } });
  } } }
};`;

it("completes the ribbon commands with the same message in a dialog, under Trident", async () => {
  const { context, page, errors } = await open(TRIDENT, "commands.html", FAKE_OFFICE);
  await page.waitForFunction(() => (window as unknown as { officeCalls?: { associated: unknown[] } }).officeCalls?.associated.length === 2);
  const result = await page.evaluate(() => {
    const w = window as unknown as {
      casebookWriteOutputs(e: { completed(): void }): void;
      officeCalls: { associated: unknown[]; dialogs: string[]; handlers: [string, () => void][] };
    };
    let completed = 0;
    w.casebookWriteOutputs({ completed: () => completed++ });
    const beforeClose = completed;
    for (const [, handler] of w.officeCalls.handlers) handler();
    return { associated: w.officeCalls.associated, dialogs: w.officeCalls.dialogs, types: w.officeCalls.handlers.map((h) => h[0]), beforeClose, completed };
  });
  expect(result.associated).toEqual([
    ["casebookWriteOutputs", "function"],
    ["casebookCreateTemplate", "function"],
  ]);
  // In Office's display language only (en-GB is English).
  expect(result.dialogs).toEqual([`${served.origin}/dialog.html?kind=unsupported&lang=en-US`]);
  expect(result.types).toEqual(["dialogEventReceived"]);
  expect(result).toMatchObject({ beforeClose: 0, completed: 1 });
  expect(errors).toEqual([]);
  await context.close();

  for (const [lang, shown, other] of [
    ["en-US", SUPPORTED_HOSTS.en, /[\u4e00-\u9fff]/],
    ["zh-CN", SUPPORTED_HOSTS.zh, /Casebook|supported/],
  ] as const) {
    const dialog = await open(TRIDENT, `dialog.html?kind=unsupported&lang=${lang}`);
    const text = await dialog.page.getByRole("alert").innerText();
    expect(text).toContain(shown);
    expect(text).not.toMatch(other);
    expect(await dialog.page.locator("html").getAttribute("lang")).toBe(lang);
    await dialog.context.close();
  }
  // Without Office's word on the language (an older host's dialog address), both, each in its block.
  const both = await open(TRIDENT, "dialog.html?kind=unsupported");
  const text = await both.page.getByRole("alert").innerText();
  expect(text).toContain(SUPPORTED_HOSTS.zh);
  expect(text).toContain(SUPPORTED_HOSTS.en);
  await both.context.close();
});

it("leaves a WebView2 pane to the bundle, and shows a command's outcome in the dialog page", async () => {
  const pane = await open(WEBVIEW2, "taskpane.html");
  await pane.page.waitForFunction(() => (window as unknown as { casebookBoot?: unknown }).casebookBoot !== undefined);
  expect(await pane.page.evaluate(() => (window as unknown as { casebookBoot: { unsupported: boolean } }).casebookBoot.unsupported)).toBe(false);
  expect(await pane.page.getByRole("alert").count()).toBe(0);
  await pane.context.close();

  const q = new URLSearchParams([["lang", "en-US"], ["t", "Registers written"], ["m", "4 sheets replaced."], ["m", "Open the KPI pane for details."]]);
  const dialog = await open(WEBVIEW2, `dialog.html?${q}`);
  const alert = dialog.page.getByRole("alert");
  expect(await alert.innerText()).toBe("Registers written\n\n4 sheets replaced.\n\nOpen the KPI pane for details.");
  expect(await dialog.page.title()).toBe("Registers written");
  await dialog.context.close();
});
