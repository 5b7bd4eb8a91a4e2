/**
 * Which sheet of the clerk's log a new case goes to (the desk appends it there): in a log kept by month, the
 * sheet of the case's month — made, when it does not exist yet, under the spelling the clerk already uses
 * (9月 after 8月, 2026.09 after 2026.08) with the header of the latest month sheet; in any other log, its
 * last sheet (a log continued on 案件登记(2) grows there).
 */
import { fromMinutes, type LocalMinutes } from "../time";
import type { CaseLogColumn, CaseLogResult } from "./case-log";
import { parseMonthSheetName } from "./month-sheets";

export interface NewCaseSheet {
  /** The sheet the new case's row goes to. */
  name: string;
  /** false: the sheet is to be made first, as a copy of `template`'s header rows, placed after it. */
  exists: boolean;
  /** The log sheet whose header row (1…headerRow, with formats and column widths) a new sheet copies. */
  template: string;
  /** Excel row number of the header row in `template`; a new sheet's data starts under it. */
  headerRow: number;
  /** The template's known columns, where they sit (an id column absent: ids come from sheet and 序号). */
  columns: CaseLogColumn[];
  /** Whether the log is kept by month (the reason a new sheet may be needed). */
  byMonth: boolean;
}

/**
 * The sheet for a new case received at `receivedAt`, from the log as read; null when no sheet was read as
 * a log (the desk then offers Casebook's template).
 */
export function sheetForNewCase(log: Pick<CaseLogResult, "sheets">, receivedAt: LocalMinutes): NewCaseSheet | null {
  const sheets = log.sheets;
  if (sheets.length === 0) return null;
  const months = sheets
    .map((s) => ({ s, m: parseMonthSheetName(s.name) }))
    .filter(
      (x): x is { s: (typeof sheets)[number]; m: NonNullable<ReturnType<typeof parseMonthSheetName>> } => x.m !== null,
    );
  const last = sheets[sheets.length - 1];
  const plain = (s: (typeof sheets)[number]): NewCaseSheet => ({
    name: s.name,
    exists: true,
    template: s.name,
    headerRow: s.headerRow,
    columns: s.columns,
    byMonth: false,
  });
  // One month sheet alone may be a log that happens to carry a month in its name; two or more are a year by month.
  if (months.length < 2) return plain(last);
  const { year, month } = fromMinutes(receivedAt);
  const hit = [...months].reverse().find((x) => x.m.month === month && (x.m.year === null || x.m.year === year));
  if (hit) return { ...plain(hit.s), byMonth: true };
  const latest = months[months.length - 1];
  return {
    name: latest.m.format(year, month),
    exists: false,
    template: latest.s.name,
    headerRow: latest.s.headerRow,
    columns: latest.s.columns,
    byMonth: true,
  };
}
