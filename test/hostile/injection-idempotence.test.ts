/**
 * Log text is never run as a formula in any output, and every command is idempotent and read-only on the
 * clerk's sheets: the same input gives byte-identical reports, and the Office path leaves the log as it was.
 */
import { strFromU8, unzipSync } from "fflate";
import { toJsonDocument } from "../../src/core/json";
import type { SheetValues, WorkbookInput } from "../../src/core/model";
import { analyze } from "../../src/core/pipeline";
import { cellAddress } from "../../src/core/output/sheet-doc";
import { buildReport, buildWorkbookSheets } from "../../src/core/report";
import { parseIsoMinutes } from "../../src/core/time";
import { writeWorkbook } from "../../src/report";
import { createOfficeWorkbookPort } from "../../src/workbook/office";
import { createStrictExcel } from "../workbook/office/strict-excel";

const HOSTILE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "<script>alert(1)</script>"];
const header = ["编号", "受理时间", "来源渠道", "客户姓名", "联系电话", "小区", "房号", "类别", "事项内容", "责任单位", "物业公司", "备注"];
const log: SheetValues = {
  name: "案件登记",
  firstRow: 1,
  firstColumn: 1,
  values: [
    header,
    ...HOSTILE.map((text, i) => [`X-${i + 1}`, `2026-10-0${i + 1} 10:00`, "电话", text, "13812345678", "海岸", "1-1-101", "投诉", text, "物业公司", "安居物业", text]),
  ],
};
const input: WorkbookInput = { date1904: false, sheets: [log] };
const asOf = parseIsoMinutes("2026-10-31T17:00")!;

function formulas(xlsx: Uint8Array): string[] {
  return Object.entries(unzipSync(xlsx))
    .filter(([path]) => path.startsWith("xl/worksheets/"))
    .flatMap(([, bytes]) => [...strFromU8(bytes).matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]));
}

describe("no injection", () => {
  it("the report workbook holds the log's text as text: its only formulas are its own totals", async () => {
    const analysis = analyze(input, { asOf });
    const xlsx = await writeWorkbook(buildReport(analysis, { month: "2026-10" }, { lang: "zh", masked: false }), { lang: "zh" });
    for (const f of formulas(xlsx)) expect(f).toMatch(/^SUBTOTAL\(109,/);
    const strings = strFromU8(unzipSync(xlsx)["xl/sharedStrings.xml"]);
    expect(strings).toContain("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
    expect(strings).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("owned sheets written through Office.js store the log's text as text", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: log.values }] });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const analysis = analyze(await port.readSheets(), { asOf });
    await port.writeOwnedSheets(buildWorkbookSheets(analysis, "zh"));
    const sheet = excel.sheet("CB-投诉登记簿");
    let seen = 0;
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string" || !HOSTILE.includes(v)) return;
        seen++;
        expect(excel.cell("CB-投诉登记簿", cellAddress(r, c)).formula).toBe(false);
      }),
    );
    expect(seen).toBeGreaterThanOrEqual(HOSTILE.length);
  });
});

describe("idempotent and read-only", () => {
  it("the same log gives the same analysis and byte-identical reports", async () => {
    const a = analyze(input, { asOf });
    const b = analyze(input, { asOf });
    expect(toJsonDocument(b)).toEqual(toJsonDocument(a));
    const one = await writeWorkbook(buildReport(a, { year: 2026 }, { lang: "en" }), { lang: "en" });
    const two = await writeWorkbook(buildReport(b, { year: 2026 }, { lang: "en" }), { lang: "en" });
    expect(Buffer.from(two).equals(Buffer.from(one))).toBe(true);
  });

  it("reading and writing outputs twice leaves the clerk's log exactly as it was", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: log.values }] });
    const snapshot = () => JSON.stringify({ s: excel.sheet("案件登记").values, f: [...excel.sheet("案件登记").formats], n: excel.sheet("案件登记").names });
    const before = snapshot();
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    for (let i = 0; i < 2; i++) {
      const analysis = analyze(await port.readSheets(["案件登记"]), { asOf });
      await port.writeOwnedSheets(buildWorkbookSheets(analysis, "zh"));
    }
    expect(snapshot()).toBe(before);
    expect(excel.model.sheets.filter((s) => s.name.startsWith("CB-")).length).toBe(buildWorkbookSheets(analyze(input, { asOf }), "zh").length);
  });
});

describe("the 1904 date system on both paths", () => {
  it("a Mac workbook gives the same cases from the file and from Excel", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { readXlsx } = await import("../../src/workbook/xlsx");
    const file = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../fixtures/date-1904.xlsx"))));
    expect(file.date1904).toBe(true);
    const log1904 = file.sheets.find((s) => s.name === "案件登记")!;
    const excel = createStrictExcel({
      date1904: true,
      sheets: [{ name: log1904.name, rows: log1904.values, at: { row: log1904.firstRow - 1, column: log1904.firstColumn - 1 }, columnFormats: { 1: "yyyy-mm-dd hh:mm" } }],
    });
    const viaExcel = await createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets();
    expect(viaExcel.date1904).toBe(true);
    const fromFile = toJsonDocument(analyze(file, { asOf }));
    expect(toJsonDocument(analyze(viaExcel, { asOf })).cases).toEqual(fromFile.cases);
    expect(fromFile.cases.map((c) => c.receivedAt)).toContain("2026-10-03T14:20");
  });
});
