/**
 * Column widths that fit the content, in Excel's character units. A CJK or full-width character is
 * about two Latin characters wide, so it counts 2.
 */
import type { ColumnKind, SheetDoc, SheetLayout, TableCell } from "../core/output/sheet-doc";
import { textWidth } from "../core/output/text-width";

export { textWidth };

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
// Room for the cell padding; header cells also carry the filter drop-down button.
const PADDING = 2;
const FILTER_BUTTON = 2;

const grouped = (digits: number): number => digits + Math.floor((digits - 1) / 3);

/** Width of a value as its number format shows it. */
export function valueWidth(value: TableCell, kind: ColumnKind): number {
  if (value === null) return 0;
  if (typeof value === "string") return textWidth(value);
  if (!Number.isFinite(value)) return 0;
  const intDigits = String(Math.trunc(Math.abs(value))).length;
  const sign = value < 0 ? 1 : 0;
  switch (kind) {
    case "datetime":
      return 16;
    case "date":
      return 10;
    case "percent":
      return String(Math.trunc(Math.abs(value * 100))).length + 3 + sign;
    case "money":
      return grouped(intDigits) + 3 + sign;
    case "number":
      return grouped(intDigits) + 2 + sign;
    case "integer":
      return intDigits + sign;
    case "text":
      return String(value).length;
  }
}

const clamp = (w: number): number => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));

/**
 * Width of every used column (index = 0-based column). Title and subtitle lines are left to overflow into
 * the empty cells beside them; key figures (A/B/C) and every table cell count.
 */
export function fitColumnWidths(doc: SheetDoc, layout: SheetLayout): number[] {
  const widths: number[] = [];
  const widen = (col: number, w: number): void => {
    if (!(widths[col] >= w)) widths[col] = w;
  };
  for (const f of doc.figures ?? []) {
    widen(0, textWidth(f.label));
    widen(1, valueWidth(f.value, f.kind));
  }
  const hinted = new Set<number>();
  for (const placed of layout.tables) {
    const { table, firstColumn } = placed;
    const n = table.columns.length;
    const best = table.columns.map((col) => textWidth(col.header) + FILTER_BUTTON);
    // Number widths grow with magnitude: keep the extremes and measure them once.
    const maxNumber = new Array<number>(n).fill(0);
    const minNumber = new Array<number>(n).fill(0);
    const anyNumber = new Array<boolean>(n).fill(false);
    // Row by row (not column by column): one pass over a 100k-row register's memory.
    for (const row of table.rows) {
      for (let j = 0; j < n; j++) {
        const v = row[j];
        if (v === undefined || v === null) continue;
        if (typeof v === "number") {
          if (!Number.isFinite(v)) continue;
          if (v > maxNumber[j]) maxNumber[j] = v;
          else if (v < minNumber[j]) minNumber[j] = v;
          anyNumber[j] = true;
          continue;
        }
        // A string is at most twice its length wide: skip the count when it cannot win.
        if (v.length * 2 <= best[j]) continue;
        const w = textWidth(v);
        if (w > best[j]) best[j] = w;
      }
    }
    table.columns.forEach((col, j) => {
      const c = firstColumn + j;
      if (col.width !== undefined) {
        hinted.add(c);
        widen(c, col.width);
        return;
      }
      const numbers = anyNumber[j]
        ? Math.max(valueWidth(maxNumber[j], col.kind), valueWidth(minNumber[j], col.kind))
        : 0;
      widen(c, Math.max(best[j], numbers));
    });
  }
  return widths.map((w, c) => (w === undefined ? MIN_WIDTH : hinted.has(c) ? w : clamp(w + PADDING)));
}
