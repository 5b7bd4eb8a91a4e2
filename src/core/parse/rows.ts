/**
 * Row-level helpers shared by the sheet readers: how a problem is worded, and what a totals row looks like.
 */
import type { CellValue, Rejection } from "../model";
import { cellText, valueText, yearOfCell } from "./cells";

/** "第 15 行 受理时间: '10月32日' 不是有效日期…" — the row and column lead, so a clerk can find the cell. */
export function rowReason(row: number, column: string, detail: string): string {
  return `第 ${row} 行 ${column}: ${detail}`;
}

export function rejection(row: number, column: string, v: CellValue | undefined, detail: string): Rejection {
  return { row, column, value: valueText(v), reason: rowReason(row, column, detail) };
}

export const TOTALS_REASON = "合计行，不计为案件";

/** Cheap pre-check run on every row: the first visible character of any totals marker. */
const TOTALS_FIRST = /^[\s\u3000]*[合小总共累tTｔＴ]/;
const TOTALS = /^(合计|小计|总计|共计|总合计|累计|total|totals|subtotal|grandtotal)(?![a-z])/;

/** A cell that marks a totals row: 合计 / 小计 / 总计 / Total …, possibly followed by a colon or a figure. */
export function isTotalsCell(v: CellValue | undefined): boolean {
  if (typeof v !== "string" || v.length > 60 || !TOTALS_FIRST.test(v)) return false;
  const t = cellText(v).normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  return TOTALS.test(t);
}

/** Checks the given cells of a row (the id column and the first columns) for a totals marker; the index found or -1. */
export function totalsCellIndex(row: readonly CellValue[], indexes: readonly number[]): number {
  for (const i of indexes) if (i >= 0 && i < row.length && isTotalsCell(row[i])) return i;
  return -1;
}

/** The year most date cells of a column carry (ties → the later year); null when none carries one. */
export function mostCommonYear(
  values: readonly (readonly CellValue[])[],
  from: number,
  index: number,
  date1904: boolean,
): number | null {
  const counts = new Map<number, number>();
  for (let r = from; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const y = yearOfCell(row[index], date1904);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && y > best)) {
      best = y;
      bestCount = n;
    }
  }
  return best;
}
