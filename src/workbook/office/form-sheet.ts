/**
 * One of the manual's forms (../../core/desk/forms) as an owned sheet of the clerk's workbook (CB-联系单 …),
 * laid out as the .xlsx writer lays it out (../../core/desk/form-layout) on one A4 portrait page, ready to
 * print or save as PDF. The sheet carries the owned mark as every sheet Casebook writes (./write), so making
 * the same kind of form again replaces it at the same tab; a sheet of that name without the mark is the
 * clerk's and is left alone (nothing is written).
 *
 * Syncs: (1) a sheet of that name, (2) its mark when there is one, (3) the write: the old sheet deleted, the
 * new one added in its place, cells, merges, formats, page layout, the mark, and the sheet shown. Excel takes
 * the last batch whole, so a refused write leaves the old form.
 *
 * Page layout (A4, portrait, fit to one page) needs ExcelApi 1.9: without it the form is not written here
 * (the pane offers the same form as a download instead).
 */
import { layoutForm, type FormCellStyle, type FormDoc } from "../../core/desk";
import type { ExcelRun } from "./excel-run";
import { OWNED_MARK, ownedMark } from "./write";

export type FormSheetResult =
  | { ok: true; sheet: string; replaced: boolean; syncs: number }
  | { ok: false; reason: "not-owned" | "no-page-layout"; syncs: number };

/** Points per Excel character width unit (as the register writer counts, ./write). */
const POINTS_PER_CHAR = 5.7;
const FONT = "等线";
const GREY = "#F2F2F2";

interface Look {
  size: number;
  bold?: boolean;
  color?: string;
  fill?: string;
  horizontal?: "Center" | "Right";
  vertical?: "Center" | "Top" | "Bottom";
  wrap?: boolean;
}

const LOOKS: Record<FormCellStyle, Look> = {
  org: { size: 12, horizontal: "Center" },
  title: { size: 18, bold: true, horizontal: "Center", vertical: "Center" },
  "number-label": { size: 11, horizontal: "Right" },
  number: { size: 11, bold: true },
  "number-pending": { size: 11, bold: true, color: "#C00000" },
  label: { size: 11, bold: true, fill: GREY, vertical: "Center", wrap: true },
  value: { size: 11, vertical: "Center", wrap: true },
  "box-head": { size: 11, bold: true, fill: GREY },
  "box-body": { size: 11, vertical: "Top", wrap: true },
  signature: { size: 11, vertical: "Bottom" },
  basis: { size: 9, color: "#666666" },
};

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

export async function writeFormSheet(
  run: ExcelRun,
  form: FormDoc,
  caps: { pageLayout: boolean },
): Promise<FormSheetResult> {
  if (!caps.pageLayout) return { ok: false, reason: "no-page-layout", syncs: 0 };
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const old = sheets.getItemOrNullObject(form.sheetName);
    old.load("isNullObject,position,name");
    await context.sync();
    let syncs = 1;
    if (!old.isNullObject) {
      const mark = old.names.getItemOrNullObject(OWNED_MARK);
      mark.load("isNullObject");
      await context.sync();
      syncs++;
      if (mark.isNullObject) return { ok: false, reason: "not-owned", syncs };
      old.delete();
    }
    const ws = sheets.add(form.sheetName);
    if (!old.isNullObject) ws.position = old.position;
    const layout = layoutForm(form);
    const columns = layout.widths.length;
    const all = ws.getRangeByIndexes(0, 0, layout.lastRow, columns);
    // Every cell as text: a description that starts with "=" is the clerk's words, never a formula.
    all.numberFormat = Array.from({ length: layout.lastRow }, () => Array<string>(columns).fill("@"));
    const values = Array.from({ length: layout.lastRow }, () => Array<string>(columns).fill(""));
    for (const c of layout.cells) values[c.row - 1][c.column - 1] = c.value;
    all.values = values;
    all.format.font.name = FONT;
    layout.widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * POINTS_PER_CHAR));
    for (const h of layout.heights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.height;
    for (const c of layout.cells) {
      const range = ws.getRangeByIndexes(c.row - 1, c.column - 1, 1, (c.toColumn ?? c.column) - c.column + 1);
      if (c.toColumn !== undefined) range.merge(false);
      const look = LOOKS[c.style];
      range.format.font.size = look.size;
      if (look.bold) range.format.font.bold = true;
      if (look.color) range.format.font.color = look.color;
      if (look.fill) range.format.fill.color = look.fill;
      if (look.horizontal) range.format.horizontalAlignment = look.horizontal;
      if (look.vertical) range.format.verticalAlignment = look.vertical;
      if (look.wrap) range.format.wrapText = true;
      if (c.border) for (const e of EDGES) range.format.borders.getItem(e).style = "Continuous";
    }
    const page = ws.pageLayout;
    page.paperSize = "A4";
    page.orientation = "Portrait";
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
    page.centerHorizontally = true;
    page.leftMargin = 36;
    page.rightMargin = 36;
    page.topMargin = 43.2;
    page.bottomMargin = 43.2;
    page.headerMargin = 21.6;
    page.footerMargin = 21.6;
    page.setPrintArea(`A1:D${layout.lastRow}`);
    const mark = ownedMark(form.sheetName, form.lang);
    ws.names.add(OWNED_MARK, mark.formula, mark.comment).visible = false;
    ws.activate();
    await context.sync();
    syncs++;
    return { ok: true, sheet: form.sheetName, replaced: !old.isNullObject, syncs };
  });
}
