/**
 * Row-level helpers shared by the sheet readers: how a problem is worded, and what a totals row looks like.
 */
import { msg, type Detail, type Message } from "../messages";
import type { CellValue, Rejection } from "../model";
import { cellText, valueText, yearOfCell } from "./cells";

/**
 * "第 15 行 受理时间：'10月32日' 不是有效日期…" / "Row 15, 受理时间: …" — the row and column lead, so a clerk can
 * find the cell; `sheet` names the log sheet when the log spans several. A message every adapter renders in the
 * user's language; the column is named as the clerk wrote it.
 */
export const rowProblem = (row: number, column: string, detail: Detail, sheet?: string): Message =>
  msg("row.problem", sheet === undefined ? { row, column, detail } : { sheet, row, column, detail });

export function rejection(row: number, column: string, v: CellValue | undefined, detail: Message): Rejection {
  return { row, column, value: valueText(v), reason: rowProblem(row, column, detail) };
}

/** Why a totals row (合计, 小计, Total …) of the case log is not a case. */
export const TOTALS_REASON: Message = msg("row.totals", {});

/** Cheap pre-check run on every row: the first visible character of any totals marker. */
const TOTALS_FIRST = /^[\s\u3000]*[合小总共累汇本当全今上年月季平均计tTｔＴsSｓＳaAａＡgGｇＧmMｍＭ]/;
/**
 * The labels a totals row carries, as clerks and Excel write them: 合计 / 小计 / 总计 / 汇总 (what Chinese
 * Excel writes in a table's totals row) / 总数 / 平均 …, with or without a period in front (本月合计,
 * 全年合计, 本页小计, 年度汇总), and Excel's English Total, Subtotal, Grand Total, Sum, Average.
 */
const TOTALS = new RegExp(
  "^(?:(?:(?:本|当|全|今|上)(?:日|周|月|季度?|年度?|页|期)?)|年度|月度|季度|每月|各月)?" +
    "(?:总合计|合计|小计|总计|共计|汇总|总数|总和|总量|累计|平均值?|均值|计数)" +
    "|^(?:grand)?(?:sub)?totals?(?![a-z])" +
    "|^(?:sum|average|avg|mean)(?![a-z0-9-])",
);
/** A cell that marks a totals row (a label above, possibly followed by a colon or a figure). */
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
