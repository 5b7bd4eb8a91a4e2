/**
 * The clerk's desk in the production build, in headless Chromium at 320 px: zh-CN and en-US, no horizontal
 * scrolling, axe finds nothing serious; a case typed in with the keyboard alone is appended to the
 * preview's copy of the sample and shows in 今日待办; a 工作联系单 made there downloads as one sheet holding the
 * case; the README's desk pictures are taken.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { readXlsx } from "../../src/workbook/xlsx";
import { ensureBuilt, launchChromium, ROOT, serveDist, type Served } from "./harness";
import { DESK_EXAMPLE, DESK_WIDTH, fillExample, openDesk, takeDeskScreenshots } from "./desk-screenshots";

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

/** office.js outside Office frames Microsoft's telemetry; the CSP blocks it (see pane.test.ts). */
const OFFICE_TELEMETRY = /telemetryservice\.firstpartyapps\.oaspapps\.com/;

async function open(
  lang: "zh-CN" | "en-US",
  params: Record<string, string> = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: DESK_WIDTH, height: 900 } })).newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !OFFICE_TELEMETRY.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await openDesk(page, served.origin, lang, params);
  return { page, problems };
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function axeProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
}

it("zh-CN at 320 px: today's list first, a case added with the keyboard alone shows in it, axe clean", async () => {
  const { page, problems } = await open("zh-CN");
  const tab = page.getByTestId("tab-desk");
  expect(await tab.getAttribute("aria-selected")).toBe("true");
  await page.waitForFunction(() =>
    /受理台（\d+）/.test(document.querySelector('[data-testid="tab-desk"]')?.textContent ?? ""),
  );
  const before = Number(/（(\d+)）/.exec(await tab.innerText())![1]);
  // 今日待办 is the first section; a shortcut before it leads to the form, from the keyboard.
  const first = await page.locator('[data-testid="desk"] > section').first().getAttribute("data-testid");
  expect(first).toBe("desk-today");
  await page.getByRole("link", { name: "跳到新增案件" }).focus();
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("desk-new-id");
  expect(await page.getByTestId("desk-today-due").innerText()).toMatch(/^今明两天到期：\d+ 项/);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeProblems(page)).toEqual([]);

  // The form filled in: the keyword, the doubtful phone, the repeat alert, the deadlines.
  await fillExample(page, "zh-CN");
  const form = page.getByTestId("desk-new");
  await form.getByText("关键词“多次反映”→ 投诉").waitFor();
  await form.getByText("固定电话缺少区号，请补上（如 0532）。").waitFor();
  expect(await page.getByTestId("desk-new-repeats").innerText()).toMatch(/重复提醒：同一房号 30 天内已有 1 件同类案件/);
  expect(await page.getByTestId("desk-new-deadlines").innerText()).toMatch(/书面送达物业：11月\d+日 \d\d:\d\d 前/);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeProblems(page)).toEqual([]);

  // Submitted from the keyboard: Enter in a field submits the form.
  const id = await page.getByTestId("desk-new-id").inputValue();
  await page.getByTestId("desk-new-unit").focus();
  await page.keyboard.press("Enter");
  await page.getByText(new RegExp(`已登记案件 ${id}（工作表“案件登记”第 \\d+ 行）。`)).waitFor({ timeout: 60_000 });
  await page
    .getByTestId("desk-today-due")
    .getByText(`${id} · ${DESK_EXAMPLE.community} ${DESK_EXAMPLE.unit}`)
    .waitFor();
  // The tab's count follows once the new analysis is shown.
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="tab-desk"]')?.textContent === `受理台（${n}）`,
    before + 1,
  );
  // The KPI view reads the same copy: the case is open there too.
  await tab.focus();
  await page.keyboard.press("ArrowLeft");
  await page.getByTestId("tiles").waitFor();
  expect(await page.getByTestId("tab-kpi").getAttribute("aria-selected")).toBe("true");
  expect(problems).toEqual([]);
  await page.close();
}, 180_000);

it("en-US at 320 px: the desk in English, a case stamped from the search, axe clean", async () => {
  // At the sample's own instant (after its last case): no time in the log lies ahead of "now".
  const { page, problems } = await open("en-US", { asOf: "2026-12-31T20:00" });
  expect(await page.getByTestId("tab-desk").innerText()).toMatch(/^Clerk desk \(\d+\)$/);
  expect(await page.getByRole("heading", { level: 2, name: "To do today" }).count()).toBe(1);
  expect(await page.getByRole("heading", { level: 2, name: "New case" }).count()).toBe(1);
  expect(await page.getByRole("heading", { level: 2, name: "Record a step" }).count()).toBe(1);
  expect(await axeProblems(page)).toEqual([]);

  // A case from today's list (so it still waits for a step), found by its 编号.
  const item = await page.getByTestId("desk-today-item").first().innerText();
  const id = /(\S+) · /.exec(item)![1];
  await page.getByTestId("desk-stamp-query").fill(id);
  await page.getByTestId("desk-stamp-result").first().click();
  await page.waitForFunction((want) => document.getElementById("desk-stamp-case")?.textContent?.startsWith(want), id);
  expect(await page.getByTestId("desk-stamp-state").innerText()).toMatch(/^From its times: /);
  const steps = await page.getByTestId("desk-stamp-step").locator("option").allInnerTexts();
  expect(steps[0]).toMatch(/\(by .+ \d\d:\d\d\)$/);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(await axeProblems(page)).toEqual([]);
  // Stamped at now (the preview's as-of): recorded in the copy, the case leaves today's list.
  const before = await page.getByTestId("desk-today-item").count();
  await page.getByTestId("desk-stamp-submit").click();
  await page.getByText(new RegExp(`^Recorded: ${id} .+ 2026-12-31 20:00\\.$`)).waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    ([want, n]) =>
      document.querySelectorAll('[data-testid="desk-today-item"]').length < (n as number) ||
      !document.querySelector('[data-testid="desk-today"]')?.textContent?.includes(want as string),
    [id, before],
  );
  expect(await page.getByTestId("desk-today").innerText()).not.toContain(`${id} · `);
  expect(problems).toEqual([]);
  await page.close();
}, 180_000);

it.each([
  ["zh-CN", "打印表单", "工作联系单", /^已生成工作联系单（(.+)）：已下载 (.+\.xlsx)，A4 纵向一页。$/],
  [
    "en-US",
    "Print a form",
    "Work Contact Form",
    /^Work Contact Form for (.+) downloaded as (.+\.xlsx): one A4 portrait page\.$/,
  ],
] as const)(
  "%s at 320 px: a 工作联系单 made in the preview downloads as one sheet holding the case",
  async (lang, heading, title, done) => {
    const { page, problems } = await open(lang, { asOf: "2026-12-31T20:00" });
    expect(await page.getByRole("heading", { level: 2, name: heading }).count()).toBe(1);
    // A case from today's list, found here by its 编号.
    const item = await page.getByTestId("desk-today-item").first().innerText();
    const id = /(\S+) · /.exec(item)![1];
    await page.getByTestId("desk-form-query").fill(id);
    await page.getByTestId("desk-form-result").first().click();
    await page.getByTestId("desk-form-kind").selectOption("contact");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeProblems(page)).toEqual([]);
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("desk-form-submit").click()]);
    const notice = page.getByText(done);
    await notice.waitFor({ timeout: 60_000 });
    const [, shownId, name] = done.exec(await notice.innerText())!;
    expect(shownId).toBe(id);
    expect(file.suggestedFilename()).toBe(name);
    const dir = mkdtempSync(join(tmpdir(), "casebook-form-"));
    try {
      const saved = join(dir, name);
      await file.saveAs(saved);
      const sheets = readXlsx(new Uint8Array(readFileSync(saved))).sheets;
      expect(sheets).toHaveLength(1);
      const cells = sheets[0].values.flat().map(String);
      expect(cells).toContain(title);
      expect(cells).toContain(id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual([]);
    await page.close();
  },
  180_000,
);

it("takes the README's desk pictures (into docs/img with UPDATE_SCREENSHOTS=1)", async () => {
  const update = Boolean(process.env.UPDATE_SCREENSHOTS);
  const outDir = update ? join(ROOT, "docs/img") : mkdtempSync(join(tmpdir(), "casebook-desk-shots-"));
  try {
    const files = await takeDeskScreenshots(browser, served.origin, outDir);
    expect(files.map((f) => f.slice(outDir.length + 1))).toEqual([
      "desk-zh-CN.png",
      "desk-new-zh-CN.png",
      "desk-en-US.png",
      "desk-new-en-US.png",
    ]);
    // The top of the desk is the whole pane at its width; the form fits inside it.
    expect(readFileSync(files[0]).readUInt32BE(16)).toBe(DESK_WIDTH);
    for (const f of files.slice(1)) expect(readFileSync(f).readUInt32BE(16)).toBeLessThanOrEqual(DESK_WIDTH);
  } finally {
    if (!update) rmSync(outDir, { recursive: true, force: true });
  }
}, 180_000);
