/**
 * One SheetDoc through both writers — the .xlsx writer (CLI, downloads) and the Office.js writer (inside
 * Excel, under the strict fake) — shows every column kind in the same number format, the same totals label
 * over the same summed columns, and the same highlight rules in the same colours: the writer facts live once,
 * in core/output.
 */
import { layoutSheet, type SheetDoc } from "../../src/core/output/sheet-doc";
import { NUMBER_FORMATS, TONE_COLOURS } from "../../src/core/output/writer-facts";
import { writeWorkbook } from "../../src/xlsx-writer";
import { createOfficeWorkbookPort } from "../../src/workbook/office";
import { createStrictExcel } from "../workbook/office/strict-excel";
import { all, parseXml, unzipParts } from "./package-helpers";

const doc: SheetDoc = {
  name: "Register",
  title: "Register",
  tables: [
    {
      name: "Both_Kinds",
      columns: [
        { header: "Id", kind: "text" },
        { header: "Cases", kind: "integer" },
        { header: "Hours late", kind: "number", highlight: "late" },
        { header: "Rate", kind: "percent" },
        { header: "Received", kind: "datetime" },
        { header: "Agreed", kind: "date" },
        { header: "Withheld", kind: "money" },
        { header: "Status", kind: "text", highlight: "status" },
        { header: "Grade", kind: "text", highlight: "grade" },
        { header: "Last year", kind: "integer" },
      ],
      rows: [
        ["K-1", 3, 2.5, 0.9, 29_000_000, 29_001_000, 1200.5, "Overdue", "A Excellent", null],
        ["K-2", 4, 0, 0.5, 29_000_100, 29_001_100, 0, "Met", "D Failing", null],
      ],
      totals: true,
      totalsLabel: "Total",
    },
  ],
  charts: [],
};

/** The .xlsx writer: each data column's number format, the totals row, and the highlight rules with colours. */
async function viaXlsx() {
  const parts = unzipParts(await writeWorkbook([doc], { lang: "en" }));
  const styles = parseXml(parts.get("xl/styles.xml")!);
  const custom = new Map(all(styles, "numFmt").map((f) => [f.getAttribute("numFmtId"), f.getAttribute("formatCode")]));
  const builtin: Record<string, string> = { "0": "General", "1": "0", "4": "#,##0.00", "49": "@" };
  const xfs = Array.from(all(styles, "cellXfs")[0].children);
  const dxfs = Array.from(all(styles, "dxfs")[0].children);
  const sheet = parseXml(parts.get("xl/worksheets/sheet1.xml")!);
  const cells = new Map(all(sheet, "c").map((c) => [c.getAttribute("r"), c]));
  const placed = layoutSheet(doc).tables[0];
  const letters = "ABCDEFGHIJ";
  const format = (ref: string): string => {
    const c = cells.get(ref);
    const id = xfs[Number(c?.getAttribute("s") ?? 0)].getAttribute("numFmtId") ?? "0";
    return custom.get(id) ?? builtin[id];
  };
  const first = placed.firstDataRow + 1;
  const totalsRow = placed.endRow;
  const rules = all(sheet, "cfRule").map((r) => {
    const dxf = dxfs[Number(r.getAttribute("dxfId"))];
    return {
      formula: all(r, "formula")[0].textContent,
      font: all(dxf, "color")[0].getAttribute("rgb")?.slice(2),
      fill: all(dxf, "bgColor")[0].getAttribute("rgb")?.slice(2),
    };
  });
  return {
    // Text cells carry no number format in the file (they are shared strings): compare the others.
    formats: [...letters].map((l, j) => (doc.tables[0].columns[j].kind === "text" ? "@" : format(`${l}${first}`))),
    totals: [...letters].map((l) => {
      const c = cells.get(`${l}${totalsRow}`);
      if (!c) return "";
      const f = all(c, "f")[0];
      return f ? "sum" : "label";
    }),
    label: (() => {
      const c = cells.get(`A${totalsRow}`)!;
      const sst = all(parseXml(parts.get("xl/sharedStrings.xml")!), "si");
      return sst[Number(all(c, "v")[0].textContent)].textContent;
    })(),
    rules,
  };
}

/** The Office.js writer under the strict fake: the same facts read back from the workbook model. */
async function viaOffice() {
  const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: [["编号", "受理时间"]] }] });
  await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([doc]);
  const ws = excel.sheet("Register");
  const placed = layoutSheet(doc).tables[0];
  const r = placed.firstDataRow;
  const totalsRow = placed.endRow - 1;
  const formatAt = (row: number, c: number) => ws.formats.get(`${row},${c}`) ?? "General";
  const logged = (prop: string) =>
    ws.log.filter((l) => l.includes(`.${prop}`)).map((l) => JSON.parse(l.slice(l.indexOf("=") + 1)) as string);
  const formulas = logged("custom.rule.formula").map((f) => f.slice(1));
  const fonts = ws.log.filter((l) => /format\.font\.color/.test(l)).map((l) => JSON.parse(l.split("=").pop()!));
  const fills = ws.log.filter((l) => /format\.fill\.color/.test(l)).map((l) => JSON.parse(l.split("=").pop()!));
  return {
    formats: doc.tables[0].columns.map((_, j) => formatAt(r, j)),
    totals: doc.tables[0].columns.map((_, j) => {
      const v = ws.values[totalsRow]?.[j];
      if (v === "" || v === undefined || v === null) return "";
      return typeof v === "string" && v.startsWith("=") ? "sum" : "label";
    }),
    label: ws.values[totalsRow][0],
    formulas,
    fonts: fonts.map((f: string) => f.replace("#", "")),
    fills: fills.map((f: string) => f.replace("#", "")),
  };
}

describe("one SheetDoc through both writers", () => {
  it("every column kind has the one shared number format in both", async () => {
    const [x, o] = [await viaXlsx(), await viaOffice()];
    // The columns holding a value in the first row (an empty cell of the file has no format to compare).
    const expected = doc.tables[0].columns.slice(0, 9).map((c) => NUMBER_FORMATS[c.kind]);
    expect(x.formats.slice(0, 9)).toEqual(expected);
    expect(o.formats.slice(0, 9)).toEqual(expected);
    // "number" is one decimal with thousands separators in both, as the reports show it.
    expect(NUMBER_FORMATS.number).toBe("#,##0.0");
  });

  it("the totals row sums the same columns under the same label", async () => {
    const [x, o] = [await viaXlsx(), await viaOffice()];
    expect(x.label).toBe("Total");
    expect(o.label).toBe("Total");
    // A summed kind with no number in any row (Last year) gets no total in either.
    expect(o.totals).toEqual(x.totals);
    expect(x.totals).toEqual(["label", "sum", "sum", "", "", "", "sum", "", "", ""]);
  });

  it("the highlights are the same rules in the same colours", async () => {
    const [x, o] = [await viaXlsx(), await viaOffice()];
    const xFormulas = x.rules.map((r) => r.formula).filter((f) => f !== "0");
    expect(o.formulas).toEqual(xFormulas);
    expect(xFormulas.length).toBeGreaterThanOrEqual(7);
    // Every colour either writer uses is one of the shared tones, and they use the same ones in order.
    expect(o.fonts).toEqual(x.rules.map((r) => r.font));
    expect(o.fills).toEqual(x.rules.map((r) => r.fill));
    const tones = Object.values(TONE_COLOURS);
    for (const r of x.rules) expect(tones).toContainEqual({ font: r.font, fill: r.fill });
  });
});
