/**
 * The production build in headless Chromium, served from 127.0.0.1: the preview reads the bundled sample
 * and shows tiles, charts and the late list; month and language switch; axe finds nothing serious; every
 * request stays on the page's origin and the CSP is never violated. Builds dist/ first when it is missing.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import type { Browser, Page } from "playwright-core";
import { ensureBuilt, launchChromium, paneUrl, ROOT, serveDist, type Served } from "./harness";
import { SCREENSHOT_LANGS, takeScreenshots } from "./screenshots";

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

/**
 * office.js, loaded outside Office, always tries to frame Microsoft's telemetry proxy; the pane's CSP
 * blocks it (the network test checks no request left). That one blocked frame is expected.
 */
const OFFICE_TELEMETRY = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy/;

interface Recorded {
  page: Page;
  requests: string[];
  problems: string[];
}

async function open(params: Record<string, string> = {}): Promise<Recorded> {
  // axe needs a page of an explicit context.
  const page = await (await browser.newContext({ viewport: { width: 400, height: 900 } })).newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !OFFICE_TELEMETRY.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      if (!e.blockedURI.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com")) console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(paneUrl(served.origin, params));
  await page.getByTestId("tiles").waitFor({ timeout: 30_000 });
  return { page, requests, problems };
}

const tileText = (page: Page, id: string) => page.getByTestId(id).innerText();
/** The big number of a tile (its second line: label, value, working). */
const tileValue = async (page: Page, id: string) => Number((await tileText(page, id)).split("\n")[1].replace(/[^\d]/g, ""));

it("loads the sample and shows tiles, the four charts and the late cases", async () => {
  const { page, problems } = await open({ lang: "zh-CN" });
  expect(await page.locator("h1").innerText()).toBe("客服案件簿");
  expect(await page.getByLabel("月份", { exact: true }).inputValue()).toBe("2026-09");
  expect(await tileText(page, "tile-cases")).toMatch(/本期案件\s*\d+/);
  // Six figures (cases, open, overdue, the complaint and the repair follow-up rates, satisfaction) and seven rules.
  expect(await page.getByTestId("tiles").locator('[role="group"]').count()).toBe(6 + 7);
  for (const chart of ["chart-category", "chart-rules", "chart-scores", "chart-trend"]) {
    await page.locator(`[data-testid="${chart}"][data-chart-state="drawn"]`).waitFor({ timeout: 15_000 });
    const box = await page.getByTestId(chart).locator("canvas").boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
  }
  const late = page.getByTestId("late-item");
  expect(await late.count()).toBeGreaterThan(0);
  // What can still be met leads: the due-soon group, then the overdue one.
  expect(await late.first().getAttribute("data-status")).toBe("due-soon");
  expect(await page.getByTestId("late-overdue").locator('[data-testid="late-item"]').first().getAttribute("data-status")).toBe("overdue");
  // In the preview, selecting a row says it needs Excel rather than failing silently.
  await late.first().getByRole("button", { name: /选中/ }).click();
  await page.getByText("此操作需在 Excel 中使用").waitFor();
  expect(problems).toEqual([]);
  await page.close();
}, 60_000);

it("switches month, period kind, company and language", async () => {
  const { page, problems } = await open({ lang: "zh-CN" });
  const september = await tileText(page, "tile-cases");
  const before = await page.getByTestId("tile-cases").textContent();
  await page.getByLabel("月份", { exact: true }).selectOption("2026-03");
  await page.waitForFunction((b) => document.querySelector('[data-testid="tile-cases"]')?.textContent !== b, before);
  expect(await tileText(page, "tile-cases")).not.toBe(september);

  await page.getByLabel("期间", { exact: true }).selectOption("year");
  expect(await page.getByLabel("年份", { exact: true }).inputValue()).toBe("2026");
  const yearCount = await tileValue(page, "tile-cases");
  expect(yearCount).toBeGreaterThan(1000);

  const companies = await page.getByLabel("物业公司", { exact: true }).locator("option").allInnerTexts();
  expect(companies.length).toBeGreaterThan(2);
  await page.getByLabel("物业公司", { exact: true }).selectOption({ index: 1 });
  const oneCompany = await tileValue(page, "tile-cases");
  expect(oneCompany).toBeLessThan(yearCount);

  await page.getByLabel("语言", { exact: true }).selectOption("en-US");
  await page.getByRole("heading", { level: 1, name: "Casebook" }).waitFor();
  expect(await tileText(page, "tile-cases")).toContain("Cases in period");
  expect(await page.getByLabel("Year", { exact: true }).inputValue()).toBe("2026");
  expect(await page.evaluate(() => window.location.search)).toContain("lang=en-US");
  expect(problems).toEqual([]);
  await page.close();
}, 60_000);

it("has no serious or critical accessibility violations (zh-CN and en-US, data tables open)", async () => {
  for (const lang of ["zh-CN", "en-US"]) {
    const { page } = await open({ lang });
    await page.locator('[data-chart-state="drawn"]').first().waitFor();
    for (const toggle of await page.getByRole("button", { name: /数据表|data table/ }).all()) await toggle.click();
    // An explanation open in each group of the late list.
    await page.getByTestId("late-soon").getByTestId("late-why").first().click();
    await page.getByTestId("late-overdue").getByTestId("late-why").first().click();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    await page.close();
  }
}, 240_000);

it("explains a late item from the keyboard: 为什么？ opens and closes its steps", async () => {
  const { page, problems } = await open({ lang: "zh-CN" });
  const item = page.getByTestId("late-overdue").getByTestId("late-item").first();
  const why = item.getByRole("button", { name: "为什么？" });
  // Reached by Tab from the item's own button.
  await item.getByRole("button", { name: /选中/ }).focus();
  await page.keyboard.press("Tab");
  expect(await why.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await why.getAttribute("aria-expanded")).toBe("false");
  await page.keyboard.press("Enter");
  expect(await why.getAttribute("aria-expanded")).toBe("true");
  const panel = item.getByTestId("late-explain");
  expect(await panel.getAttribute("id")).toBe(await why.getAttribute("aria-controls"));
  const text = await panel.innerText();
  expect(text).toMatch(/期限：(\d+年)?\d+月\d+日 \d\d:\d\d/);
  expect(text).toMatch(/结论：已逾期，超出 /);
  expect(text).not.toMatch(/\d+\.\d+ 天/);
  await page.keyboard.press("Space");
  expect(await why.getAttribute("aria-expanded")).toBe("false");
  expect(await item.getByTestId("late-explain").count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
}, 60_000);

it("makes no request outside the page's origin and loads office.js from the build", async () => {
  const { page, requests, problems } = await open();
  await page.locator('[data-chart-state="drawn"]').first().waitFor();
  await page.waitForLoadState("networkidle");
  const foreign = requests.filter((u) => !u.startsWith(served.origin + "/") && !u.startsWith("data:") && !u.startsWith("blob:"));
  expect(foreign).toEqual([]);
  expect(requests).toContain(`${served.origin}/office-js/office.js`);
  expect(requests).toContain(`${served.origin}/assets/sample/case-log.xlsx`);
  expect(problems).toEqual([]);
  // The CSP is in the page, and forbids inline script.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(csp).toContain("connect-src 'self'");
  expect(await page.locator("script:not([src])").count()).toBe(0);
  await page.close();
}, 60_000);

it("can be worked from the keyboard alone", async () => {
  const { page } = await open({ lang: "en-US" });
  const reached = new Set<string>();
  let actionsAt = -1;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const [id, inActions] = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const id = el?.getAttribute("data-testid") ?? el?.getAttribute("aria-label") ?? el?.textContent?.slice(0, 30) ?? "";
      return [id, Boolean(el?.closest('[data-testid="actions"]'))] as const;
    });
    if (inActions && actionsAt < 0) actionsAt = i + 1;
    reached.add(id);
  }
  // The actions are at the top: a few presses of Tab, after the language and the view tabs.
  expect(actionsAt).toBeGreaterThan(0);
  expect(actionsAt).toBeLessThanOrEqual(4);
  for (const id of ["language", "period-kind", "period", "company", "tile-cases", "tile-overdue"]) expect(reached).toContain(id);
  await page.getByTestId("period").focus();
  await page.keyboard.press("ArrowDown");
  expect(await page.getByTestId("period").inputValue()).toBe("2026-08");
  await page.close();
}, 60_000);

it("opens another workbook from the file picker (a fresh worker: first screen, then the Analysis)", async () => {
  const { page, problems } = await open({ lang: "en-US" });
  await page.getByTestId("late-item").first().waitFor();
  const sampleOpen = await tileValue(page, "tile-open");
  // date-1904.xlsx: three cases, two received in October; at the end of September, the month shown, only
  // the one of 1904 is open (counted at the month's end, as the month's report counts it).
  await page.getByTestId("file-input").setInputFiles(join(__dirname, "../fixtures/date-1904.xlsx"));
  await page.waitForFunction(() => document.querySelector('[data-testid="tile-open"]')?.textContent?.includes("Open at month end1"));
  expect(await tileValue(page, "tile-open")).toBe(1);
  expect(sampleOpen).not.toBe(1);
  expect(await page.getByLabel("Property company", { exact: true }).locator("option").count()).toBe(2);
  await page.getByTestId("charts").waitFor();
  expect(problems).toEqual([]);
  await page.close();
}, 60_000);

it("takes the README's screenshots of the pane in zh-CN and en-US (into docs/img with UPDATE_SCREENSHOTS=1)", async () => {
  const update = Boolean(process.env.UPDATE_SCREENSHOTS);
  const outDir = update ? join(ROOT, "docs/img") : mkdtempSync(join(tmpdir(), "casebook-shots-"));
  try {
    checkScreenshots(await takeScreenshots(browser, served.origin, outDir));
  } finally {
    if (!update) rmSync(outDir, { recursive: true, force: true });
  }
}, 120_000);

function checkScreenshots(files: string[]): void {
  expect(files.map((f) => basename(f))).toEqual(SCREENSHOT_LANGS.flatMap((l) => [`pane-${l}.png`, `pane-charts-${l}.png`]));
  for (const file of files) {
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height, big-endian, after the signature and the chunk's length and type.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    if (basename(file).startsWith("pane-charts-")) {
      expect(width).toBeGreaterThan(250);
      expect(width).toBeLessThanOrEqual(400);
      expect(height).toBeGreaterThan(400);
    } else expect([width, height]).toEqual([400, 1400]);
  }
}
