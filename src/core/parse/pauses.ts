/**
 * The Pauses sheet (暂停记录, DESIGN §2): 编号, 规则 (blank = every rule of the case that may pause), 暂停开始,
 * 暂停结束 (blank while the pause runs), 原因. Every non-blank row becomes a pause or a rejected row with its
 * reason; whether a pause may apply (rule, reason, cap) is judged with the deadline settings (../deadlines/pauses).
 * A start or end holding only a date is taken at 00:00 and 24:00 of that day (the whole day is paused).
 */
import type { CellValue, Pause, Rejection, WorkbookInput } from "../model";
import { MINUTES_PER_DAY } from "../time";
import { msg, type Message } from "../messages";
import { cellText, errorReason, excelError, isBlankRow, parseDateCell, type DateContext } from "./cells";
import type { ColumnDef } from "./columns";
import { buildHeaderIndex, findHeaderRow, findSheetByName, hasColumns, type ColumnAt } from "./header";
import { mostCommonYear, rejection, totalsCellIndex } from "./rows";

const def = (key: string, zh: string, en: string, kind: ColumnDef["kind"], aliases: string[], required = false) => ({
  key,
  zh,
  en,
  aliases,
  required,
  kind,
});

export const PAUSE_COLUMNS: readonly ColumnDef[] = [
  def("caseId", "编号", "Case No", "text", ["案件编号", "单号", "案件号", "Case ID", "Case"], true),
  def("rule", "规则", "Rule", "text", ["时限规则", "时限", "Deadline rule"]),
  def("from", "暂停开始", "Paused from", "datetime", ["开始", "暂停开始时间", "暂停时间", "From", "Pause start"], true),
  def("to", "暂停结束", "Paused until", "datetime", ["结束", "暂停结束时间", "恢复时间", "To", "Until", "Pause end"]),
  def("reason", "原因", "Reason", "text", ["暂停原因", "说明", "Why"]),
];

export const PAUSE_SHEET_NAMES = ["暂停记录", "暂停", "Pauses", "Pause log"];

const INDEX = buildHeaderIndex(PAUSE_COLUMNS);
const REQUIRED = ["caseId", "from"];

export interface PausesRead {
  /** Name of the sheet read, null when there is none. */
  sheetName: string | null;
  pauses: Pause[];
  rejected: Rejection[];
  warnings: Message[];
}

export function readPauses(input: WorkbookInput): PausesRead {
  const out: PausesRead = { sheetName: null, pauses: [], rejected: [], warnings: [] };
  const sheet = findSheetByName(input, PAUSE_SHEET_NAMES);
  if (!sheet) return out;
  out.sheetName = String(sheet.name);
  const values = sheet.values;
  const firstRow = Number.isInteger(sheet.firstRow) ? sheet.firstRow : 1;
  const layout = findHeaderRow(values, INDEX, REQUIRED);
  if (!layout || !hasColumns(layout, REQUIRED)) {
    out.warnings.push(msg("pauses.missing-columns", { sheet: String(sheet.name) }));
    return out;
  }
  const cols = layout.columns;
  const from = cols.get("from") as ColumnAt;
  const id = cols.get("caseId") as ColumnAt;
  let year: number | null | undefined;
  const ctx: DateContext = {
    date1904: input.date1904 === true,
    get defaultYear() {
      if (year === undefined) year = mostCommonYear(values, layout.rowIndex + 1, from.index, input.date1904 === true);
      return year;
    },
  };
  const text = (row: readonly CellValue[], key: string): string => {
    const c = cols.get(key);
    if (!c || excelError(row[c.index])) return "";
    return cellText(row[c.index]);
  };
  for (let r = layout.rowIndex + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const excelRow = firstRow + r;
    if (totalsCellIndex(row, [id.index, 0]) >= 0) continue;
    const caseId = text(row, "caseId");
    if (caseId === "") {
      out.rejected.push(rejection(excelRow, id.header, row[id.index], msg("pauses.blank-id", {})));
      continue;
    }
    const start = parseDateCell(row[from.index], ctx);
    if (start.kind !== "ok") {
      const why = start.kind === "blank" ? msg("pauses.blank-start", {}) : start.reason;
      out.rejected.push(rejection(excelRow, from.header, row[from.index], why));
      continue;
    }
    let end: number | null = null;
    const toCol = cols.get("to");
    if (toCol) {
      const v = row[toCol.index];
      const err = excelError(v);
      const d = err ? null : parseDateCell(v, ctx);
      const why = err ? errorReason(err) : d?.kind === "error" ? d.reason : null;
      if (why !== null) {
        out.rejected.push(rejection(excelRow, toCol.header, v, why));
        continue;
      }
      if (d && d.kind === "ok") end = d.stamp.dateOnly ? d.stamp.at + MINUTES_PER_DAY : d.stamp.at;
    }
    if (end !== null && end <= start.stamp.at) {
      out.rejected.push(
        rejection(excelRow, toCol?.header ?? "暂停结束", row[toCol?.index ?? 0], msg("pauses.end-not-after-start", {})),
      );
      continue;
    }
    const rule = text(row, "rule");
    out.pauses.push({
      row: excelRow,
      caseId,
      rule: rule === "" ? null : rule,
      from: start.stamp.at,
      to: end,
      reason: text(row, "reason"),
    });
  }
  return out;
}
