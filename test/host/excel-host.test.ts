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
import { packCompanies } from "../../src/core/report";
import { createExcelHost } from "../../src/host/excel-host";
import { createExcelServices } from "../../src/host/excel-services";
import { createStrictExcel, type StrictExcel } from "../workbook/office/strict-excel";
import { deskContext, newCaseSheet, proposedId } from "../../src/taskpane/model/desk";
import { emptyDraft, reviewDraft } from "../../src/core/desk";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../assets/sample/case-log.xlsx"))));
const asOf = parseIsoMinutes("2026-12-31T17:00")!;
const never = new AbortController().signal;
const noProgress = () => undefined;

function workbook(): StrictExcel {
  return createStrictExcel({
    sheets: sample.sheets.map((s) => ({
      name: s.name,
      rows: s.values,
      at: { row: s.firstRow - 1, column: s.firstColumn - 1 },
    })),
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
    const host = createExcelHost({
      displayLanguage: "zh-CN",
      theme: "light",
      services: async () => createExcelServices(excel.run, excel.isSetSupported),
    });
    const inExcel = await host.analyze(asOf, noProgress, never);
    expect(toJsonDocument(inExcel)).toEqual(toJsonDocument(analyze(sample, { asOf })));
  });

  it("writes registers, compliance and scorecards into owned sheets, twice, never touching the clerk's", async () => {
    const excel = workbook();
    const host = createExcelHost({
      displayLanguage: "zh-CN",
      theme: "light",
      services: async () => createExcelServices(excel.run, excel.isSetSupported),
    });
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
    const host = createExcelHost({
      displayLanguage: "en-US",
      theme: "light",
      services: async () => createExcelServices(excel.run, excel.isSetSupported),
    });
    const analysis = await host.analyze(asOf, noProgress, never);
    const result = await host.createReport(
      analysis,
      { kind: "month", year: 2026, month: 10 },
      "en-US",
      noProgress,
      never,
    );
    expect(result.kind).toBe("download");
    if (result.kind !== "download") return;
    expect(result.fileName).toBe("customer-service-monthly-report-2026-10.xlsx");
    expect(Buffer.from(result.bytes.subarray(0, 2)).toString()).toBe("PK");
  });

  it("makes the month's company packs: each company's own workbook, opened in Excel, or one download for the chosen company", async () => {
    const excel = workbook();
    const opened: Uint8Array[] = [];
    const services = createExcelServices(excel.run, excel.isSetSupported);
    const host = createExcelHost({
      displayLanguage: "zh-CN",
      theme: "light",
      // Excel with createWorkbook: each pack is handed over as a workbook of its own.
      services: async () => ({ ...services, openWorkbook: async (bytes: Uint8Array) => (opened.push(bytes), "opened" as const) }),
    });
    const before = clerkSheets(excel);
    const analysis = await host.analyze(asOf, noProgress, never);
    const october = { kind: "month", year: 2026, month: 10 } as const;
    const steps: number[] = [];
    const all = await host.createCompanyPacks(analysis, october, null, "zh-CN", (_s, done, total) => steps.push(done / total), never);
    const companies = packCompanies(analysis, "2026-10");
    expect(companies).toHaveLength(3);
    expect(all).toEqual(companies.map((company) => ({ kind: "opened", company })));
    expect(steps[steps.length - 1]).toBe(1);
    expect(opened).toHaveLength(3);
    // Each workbook holds its company's own cases and none of another's.
    opened.forEach((bytes, i) => {
      const text = JSON.stringify(readXlsx(bytes).sheets.map((s) => s.values));
      expect(text).toContain(companies[i]);
      const own = analysis.cases.filter((c) => c.propertyCompany === companies[i]);
      expect(own.some((c) => text.includes(`"${c.id}"`))).toBe(true);
      const others = analysis.cases.filter((c) => c.propertyCompany !== companies[i] && c.propertyCompany !== null);
      expect(others.some((c) => text.includes(`"${c.id}"`))).toBe(false);
    });
    // Nothing was written into the center's workbook.
    expect(clerkSheets(excel)).toBe(before);
    expect(excel.model.sheets.some((s) => s.name.startsWith("CB-"))).toBe(false);

    // An Excel without createWorkbook (the fake's): the chosen company's pack comes back to download.
    const plain = createExcelHost({ displayLanguage: "en-US", theme: "light", services: async () => services });
    const one = await plain.createCompanyPacks(analysis, october, companies[1], "en-US", noProgress, never);
    expect(one).toEqual([{ kind: "download", company: companies[1], fileName: `${companies[1]}-assessment-2026-10.xlsx`, bytes: expect.any(Uint8Array) }]);
  }, 60_000);

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

  it("tells the desk which sheet and row the user selected", async () => {
    const excel = workbook();
    const services = createExcelServices(excel.run, excel.isSetSupported);
    await services.selectRow("案件登记", 42);
    expect(await services.selectedRow()).toEqual({ sheet: "案件登记", row: 42 });
  });

  it("the desk appends a new case to the log and stamps its notice, and the log read again holds both", async () => {
    const excel = workbook();
    const host = createExcelHost({
      displayLanguage: "zh-CN",
      theme: "light",
      services: async () => createExcelServices(excel.run, excel.isSetSupported),
    });
    const analysis = await host.analyze(asOf, noProgress, never);
    const now = parseIsoMinutes("2026-12-31T10:00")!;
    const review = reviewDraft(
      {
        ...emptyDraft(proposedId(analysis, now), now),
        community: "海悦华庭",
        unit: "9-9-909",
        description: "楼上装修噪音扰民，已多次反映",
        responsible: "property",
      },
      deskContext(analysis, now),
    );
    const target = newCaseSheet(analysis, now)!;
    const rowsBefore = excel.sheet("案件登记").values.length;
    const added = await host.appendCase(
      { sheetName: target.name, headerRow: target.headerRow },
      review.record,
      analysis.deadlineConfig!,
    );
    expect(added).toEqual({ ok: true, sheet: "案件登记", row: rowsBefore + 1 });

    const after = await host.analyze(asOf, noProgress, never);
    const c = after.cases.find((x) => x.id === review.record.id)!;
    expect(c).toMatchObject({ row: rowsBefore + 1, category: "complaint", community: "海悦华庭", notifiedAt: null });
    const stamped = await host.stampCase(
      { sheetName: "案件登记", headerRow: target.headerRow },
      c,
      { field: "notifiedAt", at: now + 5 },
      after.deadlineConfig!,
    );
    expect(stamped).toEqual({ ok: true, sheet: "案件登记", row: c.row, missing: [], written: 1 });
    const again = (await host.analyze(asOf, noProgress, never)).cases.find((x) => x.id === c.id)!;
    expect(again.notifiedAt).toEqual({ at: now + 5, dateOnly: false });
    // A second stamp of the same step finds the cell taken and writes nothing.
    const values = JSON.stringify(excel.sheet("案件登记").values);
    const twice = await host.stampCase(
      { sheetName: "案件登记", headerRow: target.headerRow },
      c,
      { field: "notifiedAt", at: now + 9 },
      after.deadlineConfig!,
    );
    expect(twice).toMatchObject({ ok: false, reason: "conflict" });
    expect(JSON.stringify(excel.sheet("案件登记").values)).toBe(values);
  });
});
