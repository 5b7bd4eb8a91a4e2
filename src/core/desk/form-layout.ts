/**
 * Where a form's pieces (./forms) go on its A4 portrait page, as plain cells, so the .xlsx writer
 * (src/xlsx-writer/form-workbook) and the Office adapter (src/workbook/office/form-sheet) print the same
 * form: four columns (label, value, label, value), the title above, the fields two to a row in a ruled grid,
 * each box a label row over a merged body tall enough for its text, signature lines with dates, the basis.
 */
import type { FormDoc } from "./forms";

/** How a cell looks; each writer turns these into its own fonts, fills, borders and alignment. */
export type FormCellStyle =
  | "org"
  | "title"
  | "number-label"
  | "number"
  | "number-pending"
  | "label"
  | "value"
  | "box-head"
  | "box-body"
  | "signature"
  | "basis";

export interface FormCell {
  /** 1-based row and column. */
  row: number;
  column: number;
  /** Merged across to this column (same row), when set. */
  toColumn?: number;
  value: string;
  style: FormCellStyle;
  /** Ruled on every side (a merged cell: around the whole merge). */
  border: boolean;
}

export interface FormLayout {
  /** Column widths in Excel's character units: label, value, label, value, summing to A4's printable width. */
  widths: number[];
  cells: FormCell[];
  /** Row heights in points, by 1-based row. */
  heights: { row: number; height: number }[];
  /** The print area is A1:D{lastRow}. */
  lastRow: number;
}

export const FORM_WIDTHS: readonly number[] = [15, 30, 15, 30];
const LINE_HEIGHT = 20;

/** Printed lines a text needs in a cell `width` characters wide (a CJK character takes two). */
export function formLinesFor(text: string, width: number): number {
  let lines = 0;
  for (const line of text.split("\n")) {
    let w = 0;
    for (const ch of line) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(w / width));
  }
  return lines;
}

export function layoutForm(form: FormDoc): FormLayout {
  const W = FORM_WIDTHS;
  const zh = /[\u4e00-\u9fff]/.test(form.title);
  const colon = zh ? "：" : ": ";
  const cells: FormCell[] = [];
  const heights: { row: number; height: number }[] = [];
  const cell = (row: number, column: number, value: string, style: FormCellStyle, border = false, toColumn?: number) =>
    cells.push(
      toColumn === undefined ? { row, column, value, style, border } : { row, column, toColumn, value, style, border },
    );
  let r = 1;

  cell(r++, 1, form.org, "org", false, 4);
  heights.push({ row: r, height: 34 });
  cell(r++, 1, form.title, "title", false, 4);
  cell(r, 3, `${form.number.label}${colon}`, "number-label");
  cell(r++, 4, form.number.value, form.number.pending ? "number-pending" : "number");
  r++;

  // The case's fields, two to a row; a full-width field takes the whole row.
  const fields = [...form.fields];
  while (fields.length > 0) {
    const at = r++;
    const a = fields.shift()!;
    const pair = a.full ? null : fields[0]?.full ? null : (fields.shift() ?? null);
    cell(at, 1, a.label, "label", true);
    if (a.full) cell(at, 2, a.value, "value", true, 4);
    else {
      cell(at, 2, a.value, "value", true);
      cell(at, 3, pair?.label ?? "", "label", true);
      cell(at, 4, pair?.value ?? "", "value", true);
    }
    const width = a.full ? W[1] + W[2] + W[3] : W[1];
    const need = Math.max(formLinesFor(a.value, width), pair ? formLinesFor(pair.value, W[3]) : 1);
    heights.push({ row: at, height: Math.max(LINE_HEIGHT, need * 15 + 6) });
  }

  // Boxes: a label row, then the box itself, merged across the page, tall enough for its lines.
  const full = W.reduce((s, w) => s + w, 0);
  for (const box of form.boxes) {
    cell(r++, 1, box.label, "box-head", true, 4);
    const body = r++;
    cell(body, 1, box.text, "box-body", true, 4);
    heights.push({ row: body, height: Math.max(box.lines, formLinesFor(box.text, full)) * 18 + 8 });
  }
  r++;

  // Signatures, two to a row: "受理人：________  日期：________".
  const date = zh ? "日期" : "Date";
  for (let i = 0; i < form.signatures.length; i += 2) {
    const at = r++;
    heights.push({ row: at, height: 30 });
    for (const [k, column] of [
      [i, 1],
      [i + 1, 3],
    ] as const) {
      const who = form.signatures[k];
      if (who !== undefined)
        cell(at, column, `${who}${colon}＿＿＿＿＿＿\u3000${date}${colon}＿＿＿＿＿`, "signature", false, column + 1);
    }
  }
  r++;
  cell(r, 1, form.basis, "basis", false, 4);
  return { widths: [...W], cells, heights, lastRow: r };
}
