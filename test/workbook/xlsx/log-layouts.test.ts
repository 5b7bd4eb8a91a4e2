/**
 * Logs over several sheets, through both adapters: the .xlsx reader (CLI, preview) and Office.js (the pane,
 * against the strict fake) read the same sheets, hidden ones included, and the core picks the same log.
 */
import type { WorkbookInput } from "../../../src/core/model";
import { analyze } from "../../../src/core/pipeline";
import { toJsonDocument } from "../../../src/core/json";
import { parseIsoMinutes } from "../../../src/core/time";
import { createOfficeWorkbookPort } from "../../../src/workbook/office";
import { readXlsx } from "../../../src/workbook/xlsx";
import { hiddenAndContinued, noCaseNumber, toSpec, yearByMonth } from "../../fixtures/log-layouts";
import { xlsxRaw } from "../../fixtures/xlsx-raw";
import { createStrictExcel } from "../office/strict-excel";

type Sheet = { name: string; values: (string | number | boolean | null)[][]; state?: "hidden" | "veryHidden" };

const AS_OF = parseIsoMinutes("2026-12-31T17:00") as number;

async function bothWays(sheets: Sheet[]): Promise<{ file: WorkbookInput; office: WorkbookInput }> {
  const file = readXlsx(xlsxRaw(toSpec(sheets)));
  const excel = createStrictExcel({
    sheets: sheets.map((s) => ({
      name: s.name,
      rows: s.values,
      ...(s.state ? { visibility: s.state === "veryHidden" ? "VeryHidden" : "Hidden" } : {}),
    })),
  });
  const office = await createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets();
  return { file, office };
}

describe("a log over several sheets, read from the file and through Office.js", () => {
  it.each<[string, Sheet[], string[], number]>([
    ["a year by month beside 汇总 and 统计", yearByMonth(["8月", "9月", "10月"]), ["8月", "9月", "10月"], 9],
    [
      "a visible log continued on 案件登记(2), hidden old logs skipped",
      hiddenAndContinued(),
      ["案件登记", "案件登记(2)"],
      6,
    ],
    ["only hidden logs: they are read", hiddenAndContinued().filter((s) => s.state), ["旧案件登记", "隐藏备份"], 6],
    ["no case number: ids from sheet and 序号", noCaseNumber(), ["10月", "11月", "12月"], 8],
  ])("%s", async (_, sheets, read, cases) => {
    const { file, office } = await bothWays(sheets);
    expect(file.sheets.map((s) => [s.name, s.visibility ?? "visible"])).toEqual(
      sheets.map((s) => [s.name, s.state ?? "visible"]),
    );
    expect(office.sheets.map((s) => [s.name, s.visibility ?? "visible"])).toEqual(
      sheets.map((s) => [s.name, s.state ?? "visible"]),
    );
    const a = analyze(file, { asOf: AS_OF });
    const b = analyze(office, { asOf: AS_OF });
    expect(a.logSheets.map((s) => s.name)).toEqual(read);
    expect(a.cases).toHaveLength(cases);
    expect(toJsonDocument(b)).toEqual(toJsonDocument(a));
    // Each case and rejected row names its sheet in the JSON (DESIGN §5).
    const doc = toJsonDocument(a);
    expect(new Set(doc.cases.map((c) => c.sheet))).toEqual(new Set(read));
  });
});
