/**
 * @jest-environment jsdom
 *
 * The pane's 新建案件登记表 inside Excel (the strict fake, through the pane's real Excel host): what it says
 * afterwards is in the pane's language only, and so are the drop-down alerts the new log holds.
 */
import "@testing-library/jest-dom";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { parseIsoMinutes } from "../../src/core/time";
import { createExcelHost } from "../../src/host/excel-host";
import { createExcelServices } from "../../src/host/excel-services";
import { App } from "../../src/taskpane/App";
import { createI18n } from "../../src/taskpane/i18n";
import { caseLogRows } from "../workbook/office/case-log-data";
import { createStrictExcel, type StrictExcel } from "../workbook/office/strict-excel";
import { renderPane } from "./render";

const asOf = parseIsoMinutes("2026-10-31T17:00")!;

beforeAll(() => {
  // The fake settles its syncs with Node's setImmediate, which jest's jsdom environment leaves out.
  const g = globalThis as unknown as { setImmediate?: (f: () => void) => void };
  g.setImmediate ??= (f) => void setTimeout(f, 0);
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement["getContext"];
});

async function makeTemplate(excel: StrictExcel, lang: "zh-CN" | "en-US", item: string) {
  const host = createExcelHost({
    displayLanguage: lang,
    theme: "light",
    services: async () => createExcelServices(excel.run, excel.isSetSupported),
  });
  renderPane(<App host={host} i18n={createI18n(lang)} asOf={asOf} />, lang);
  // The pane has read the workbook once before the user acts.
  await waitFor(() => expect(screen.getByTestId("actions-more")).toBeEnabled(), { timeout: 20_000 });
  fireEvent.click(screen.getByTestId("actions-more"));
  fireEvent.click(await screen.findByRole("menuitem", { name: item }));
  await waitFor(() => expect(excel.model.sheets.map((s) => s.name)).toContain("案件登记"), { timeout: 20_000 });
}

/** Two months' sheets of a log kept by month (no sheet named 案件登记, so a new one can be made). */
const workbook = (apiVersion?: string) =>
  createStrictExcel({ sheets: [{ name: "10月", rows: caseLogRows(20) }], apiVersion });

it.each([
  [
    "en-US",
    "New case log",
    "Done: New case log. The new case log will have no drop-down lists (needs a newer Excel).",
    /\p{Script=Han}/u,
  ],
  [
    "zh-CN",
    "新建案件登记表",
    "已完成：新建案件登记表。新建的案件登记表不含下拉列表（需要较新的 Excel）。",
    /[A-Za-z]{3,} [A-Za-z]/,
  ],
] as const)(
  "on an older Excel, in %s: made, and what was left out said in the pane's language only",
  async (lang, item, says, other) => {
    const excel = workbook("1.7");
    await makeTemplate(excel, lang, item);
    const bar = await screen.findByText(says, { exact: false }, { timeout: 20_000 });
    const text = bar.closest("[data-testid^=notice-]")?.textContent ?? "";
    expect(bar.closest("[data-testid^=notice-]")).toHaveAttribute("data-testid", "notice-warning");
    expect(text.replace(/Excel/g, "")).not.toMatch(other);
  },
  60_000,
);

it.each([
  ["en-US", "New case log", "Done: New case log", "Please choose a value from the drop-down list."],
  ["zh-CN", "新建案件登记表", "已完成：新建案件登记表", "请从下拉列表中选择。"],
] as const)(
  "in %s: the new log's drop-down alerts speak the pane's language",
  async (lang, item, done, alert) => {
    const excel = workbook();
    await makeTemplate(excel, lang, item);
    await screen.findByText(done, { exact: false }, { timeout: 20_000 });
    const alerts = excel
      .sheet("案件登记")
      .log.filter((l) => l.startsWith("dataValidation.errorAlert@"))
      .map((l) => (JSON.parse(l.slice(l.indexOf("=") + 1)) as { message: string }).message);
    expect(alerts.length).toBeGreaterThan(5);
    expect(new Set(alerts)).toEqual(new Set([alert]));
  },
  60_000,
);
