/**
 * The pane's Excel host wired to the Office.js adapter, through the strict Excel fake (office-addin-mock):
 * the same numbers as the CLI, outputs written into owned sheets only, the clerk's sheets untouched.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonDocument } from "../../src/core/json";
import { analyze } from "../../src/core/pipeline";
import { parseIsoMinutes } from "../../src/core/time";
import { readXlsx } from "../../src/workbook/xlsx";
import { createExcelHost } from "../../src/host/excel-host";
import { createExcelServices } from "../../src/host/excel-services";
import { createStrictExcel, type StrictExcel } from "../workbook/office/strict-excel";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../assets/sample/case-log.xlsx"))));
const asOf = parseIsoMinutes("2026-12-31T17:00")!;
const never = new AbortController().signal;
const noProgress = () => undefined;

function workbook(): StrictExcel {
  return createStrictExcel({
    sheets: sample.sheets.map((s) => ({ name: s.name, rows: s.values, at: { row: s.firstRow - 1, column: s.firstColumn - 1 } })),
  });
}

const clerkSheets = (excel: StrictExcel) =>
  JSON.stringify(
    excel.model.sheets
      .filter((s) => !s.name.startsWith("CB-"))
      .map((s) => ({ name: s.name, values: s.values, formats: [...s.formats], names: s.names })),
  );

describe("the pane inside Excel", () => {
  it("analyses the clerk's workbook exactly as the CLI analyses the file", async () => {
    const excel = workbook();
    const host = createExcelHost({ displayLanguage: "zh-CN", theme: "light", services: async () => createExcelServices(excel.run, excel.isSetSupported) });
    const inExcel = await host.analyze(asOf, noProgress, never);
    expect(toJsonDocument(inExcel)).toEqual(toJsonDocument(analyze(sample, { asOf })));
  });

  it("writes registers, compliance and scorecards into owned sheets, twice, never touching the clerk's", async () => {
    const excel = workbook();
    const host = createExcelHost({ displayLanguage: "zh-CN", theme: "light", services: async () => createExcelServices(excel.run, excel.isSetSupported) });
    const before = clerkSheets(excel);
    const analysis = await host.analyze(asOf, noProgress, never);
    await host.writeOutputs(analysis, "zh-CN", noProgress, never);
    const owned = excel.model.sheets.filter((s) => s.name.startsWith("CB-")).map((s) => s.name);
    expect(owned).toEqual(expect.arrayContaining(["CB-投诉登记簿", "CB-维修登记簿", "CB-日常登记簿", "CB-建议登记簿"]));
    expect(owned.length).toBeGreaterThanOrEqual(6);
    expect(excel.model.tables.filter((t) => t.sheet.name === "CB-投诉登记簿").length).toBe(1);
    expect(excel.model.sheets.flatMap((s) => s.charts).length).toBeGreaterThan(0);
    // A re-run reads only the clerk's sheets (the outputs are not input) and replaces the outputs.
    const again = await host.analyze(asOf, noProgress, never);
    expect(toJsonDocument(again)).toEqual(toJsonDocument(analysis));
    await host.writeOutputs(again, "zh-CN", noProgress, never);
    expect(excel.model.sheets.filter((s) => s.name.startsWith("CB-")).map((s) => s.name)).toEqual(owned);
    expect(clerkSheets(excel)).toBe(before);
  });

  it("hands the month's report over as a workbook, or as a download where Excel cannot open one", async () => {
    const excel = workbook();
    const host = createExcelHost({ displayLanguage: "en-US", theme: "light", services: async () => createExcelServices(excel.run, excel.isSetSupported) });
    const analysis = await host.analyze(asOf, noProgress, never);
    const result = await host.createReport(analysis, { kind: "month", year: 2026, month: 10 }, "en-US", noProgress, never);
    expect(result.kind).toBe("download");
    if (result.kind !== "download") return;
    expect(result.fileName).toBe("customer-service-monthly-report-2026-10.xlsx");
    expect(Buffer.from(result.bytes.subarray(0, 2)).toString()).toBe("PK");
  });

  it("creates the Settings sheet once, and says so instead of overwriting it", async () => {
    const excel = workbook();
    const services = createExcelServices(excel.run, excel.isSetSupported);
    await services.createSettings();
    expect(excel.sheet("设置").values.length).toBeGreaterThan(60);
    const settings = JSON.stringify(excel.sheet("设置").values);
    await expect(services.createSettings()).rejects.toThrow(/已存在|already exists/);
    expect(JSON.stringify(excel.sheet("设置").values)).toBe(settings);
  });

  it("selects a late case's row in the log", async () => {
    const excel = workbook();
    const services = createExcelServices(excel.run, excel.isSetSupported);
    await services.selectRow("案件登记", 42);
    expect(excel.model.activeSheet).toBe("案件登记");
    await expect(services.selectRow("不存在的表", 2)).rejects.toThrow(/不存在|no longer exists/);
  });
});
