/**
 * Cells past Excel's 32,767-character limit (issue 8): Office.js rejects such a write, so the owned sheets
 * must receive every text clipped — from the core's docs, and from any doc that reaches the adapter unclipped.
 */
import { analyze } from "../../../src/core/pipeline";
import { MAX_CELL_CHARS } from "../../../src/core/output/cell-text";
import { layoutSheet, type SheetDoc } from "../../../src/core/output/sheet-doc";
import { buildWorkbookSheets } from "../../../src/core/report";
import { parseIsoMinutes } from "../../../src/core/time";
import { createOfficeWorkbookPort } from "../../../src/workbook/office";
import { cellValue } from "../../../src/workbook/office/render";
import { brief, CLIPPED_CUSTOMER, CLIPPED_DESCRIPTION, FULL_NOTES, longTextRows } from "../../hostile/long-text-log";
import { registerDoc } from "./docs";
import { createStrictExcel, EXCEL_MAX_CELL_CHARS, type StrictExcel } from "./strict-excel";

const asOf = parseIsoMinutes("2026-10-31T17:00") as number;

/** Every string value of the owned sheets, with its format and whether it became a formula. */
interface Written {
  /** The text in brief (see `brief`), compared for a readable failure; `full` is the text itself. */
  v: string;
  full: string;
  format: string;
  formula: boolean;
}

function ownedTexts(excel: StrictExcel, clerk: string): Written[] {
  const out: Written[] = [];
  for (const sheet of excel.model.sheets) {
    if (sheet.name === clerk) continue;
    sheet.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (typeof v !== "string") return;
        const key = `${r},${c}`;
        out.push({ v: brief(v), full: v, formula: sheet.formulas.has(key), format: sheet.formats.get(key) ?? "General" });
      }),
    );
  }
  return out;
}

describe("the strict fake", () => {
  it("rejects a cell text over 32,767 characters, as Excel does, and takes one at the limit", async () => {
    expect(EXCEL_MAX_CELL_CHARS).toBe(MAX_CELL_CHARS);
    const excel = createStrictExcel({ sheets: [{ name: "S", rows: [["x"]] }] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["a".repeat(MAX_CELL_CHARS), "b".repeat(MAX_CELL_CHARS + 1)]];
        await context.sync();
      }),
    ).rejects.toThrow(/32768 characters in B1, over 32767/);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["a".repeat(MAX_CELL_CHARS)]];
      await context.sync();
    });
    expect(excel.cell("S", "A1").value).toBe("a".repeat(MAX_CELL_CHARS));
  });
});

describe("owned sheets of a log with a 40,000-character description", () => {
  it.each([["zh" as const], ["en" as const]])("%s: written, the description and customer clipped with …, the 32,767-character notes whole", async (lang) => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: longTextRows() }] });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const analysis = analyze(await port.readSheets(), { asOf });
    await port.writeOwnedSheets(buildWorkbookSheets(analysis, lang));
    const texts = ownedTexts(excel, "案件登记");
    const written = (start: string) => texts.filter((t) => t.full.startsWith(start));
    const as = (text: string): Written => ({ v: brief(text), full: text, format: "@", formula: false });
    expect(written("楼上漏水")).toEqual([as(CLIPPED_DESCRIPTION)]);
    expect(written("王王")).toEqual([as(CLIPPED_CUSTOMER)]);
    expect(written("注注")).toEqual([as(FULL_NOTES)]);
    expect(written("=HYPERLINK")).toEqual([as('=HYPERLINK("http://x","y")')]);
  });
});

describe("the adapter's own guard", () => {
  it("clips a doc that reaches it unclipped, and long formula-looking text stays text", async () => {
    const long = "漏".repeat(MAX_CELL_CHARS + 5);
    const clipped = "漏".repeat(MAX_CELL_CHARS - 1) + "…";
    const base = registerDoc(2);
    const formulaLike = "=" + "1".repeat(MAX_CELL_CHARS + 5);
    const doc: SheetDoc = {
      ...base,
      title: long,
      subtitle: [long],
      figures: [{ label: long, value: long, kind: "text", note: long }],
      tables: [{ ...base.tables[0], caption: long, rows: [base.tables[0].rows[0].map((v, j) => (j === 2 ? long : v)), base.tables[0].rows[1].map((v, j) => (j === 2 ? formulaLike : v))] }],
    };
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: [["编号"]] }] });
    await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([doc]);
    const texts = ownedTexts(excel, "案件登记");
    // Title, subtitle, figure label, value and note, caption and the table cell.
    expect(texts.filter((t) => t.full.startsWith("漏")).map((t) => t.v)).toEqual(Array(7).fill(brief(clipped)));
    expect(texts.every((t) => !t.full.startsWith("漏") || t.full === clipped)).toBe(true);
    const placed = layoutSheet(doc).tables[0];
    const cell = excel.cell(doc.name, `C${placed.firstDataRow + 2}`);
    expect({ ...cell, value: brief(String(cell.value)) }).toEqual({ value: brief("=" + "1".repeat(MAX_CELL_CHARS - 2) + "…"), format: "@", formula: false });
    expect(cell.value).toBe("=" + "1".repeat(MAX_CELL_CHARS - 2) + "…");
  });

  it("cellValue clips text under every kind, quoting a formula-looking text outside text columns", () => {
    const long = "=" + "x".repeat(MAX_CELL_CHARS * 2);
    const clipped = "=" + "x".repeat(MAX_CELL_CHARS - 2) + "…";
    expect(cellValue(long, "text", false) === clipped).toBe(true);
    expect(cellValue(long, "number", false) === `'${clipped}`).toBe(true);
    expect(cellValue("短", "text", false)).toBe("短");
  });
});
