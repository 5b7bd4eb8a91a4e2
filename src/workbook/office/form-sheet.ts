/**
 * One of the manual's forms (../../core/desk/forms) as an owned sheet of the clerk's workbook (CB-联系单 …),
 * laid out as the .xlsx writer lays it out (../../core/desk/form-layout) on one A4 portrait page, ready to
 * print or save as PDF. The sheet carries the owned mark as every sheet Casebook writes (./write), so making
 * the same kind of form again replaces it at the same tab, in whichever language the earlier one was made
 * (CB-意见处理单 and CB-Complaint form are one form's two sheets: a switch of language leaves no stale form
 * beside the new one). A sheet of the form's own name without the mark is the clerk's and is left alone
 * (nothing is written); one of the other language's name is removed only when Casebook made it under that
 * name (its mark says so), else it is left as it is.
 *
 * Syncs: (1) the sheets of the form's names, (2) their marks when there is one, (3) the write: the old sheets
 * deleted, the new one added in the first one's place, cells, merges, formats, page layout, the mark, and the
 * sheet shown. Excel takes the last batch whole, so a refused write leaves the old form.
 *
 * Page layout (A4, portrait, fit to one page) needs ExcelApi 1.9: without it the form is not written here
 * (the pane offers the same form as a download instead).
 */
import { formSheetNames, layoutForm, type FormCellStyle, type FormDoc } from "../../core/desk";
import type { ExcelRun } from "./excel-run";
import { createdName, OWNED_MARK, ownedMark } from "./write";

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
    const own = form.sheetName.toLowerCase();
    const names = [form.sheetName, ...formSheetNames(form.kind).filter((n) => n.toLowerCase() !== own)];
    const found = names.map((name) => {
      const sheet = sheets.getItemOrNullObject(name);
      sheet.load("isNullObject,position,name");
      return sheet;
    });
    await context.sync();
    let syncs = 1;
    const present = found.filter((s) => !s.isNullObject);
    const marks = present.map((sheet) => {
      const mark = sheet.names.getItemOrNullObject(OWNED_MARK);
      mark.load("isNullObject,formula");
      return { sheet, mark };
    });
    if (marks.length > 0) {
      await context.sync();
      syncs++;
    }
    const namesake = marks.find((m) => m.sheet.name.toLowerCase() === own);
    if (namesake && namesake.mark.isNullObject) return { ok: false, reason: "not-owned", syncs };
    // Another language's form goes only if Casebook made it under the name it has (a renamed one is the clerk's).
    const old = marks.filter(({ sheet, mark }) => {
      if (mark.isNullObject) return false;
      if (sheet.name.toLowerCase() === own) return true;
      const created = createdName(mark.formula);
      return created === null || created.toLowerCase() === sheet.name.toLowerCase();
    });
    for (const { sheet } of old) sheet.delete();
    const ws = sheets.add(form.sheetName);
    if (old.length > 0) ws.position = Math.min(...old.map(({ sheet }) => sheet.position));
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
    return { ok: true, sheet: form.sheetName, replaced: old.length > 0, syncs };
  });
}
