/**
 * The desk's writes on a workbook held in memory (the preview's copy of the sample, or of a file the user
 * opened): the same rows and cells Excel gets (../../core/desk/row), on the values the reader produced, so
 * reading the copy again shows the new case or the stamp exactly as it would in Excel. Appending only: a new
 * row goes after the last used one, and a stamp fills blank cells only, or nothing when any is taken.
 */
import type { Case, CellValue, SheetValues, WorkbookInput } from "../../core/model";
import type { DeadlineConfig } from "../../core/deadlines";
import {
  caseRowValues,
  headerKeys,
  idKey,
  planContactFormNo,
  planStamp,
  type StampInput,
  type StampPlan,
} from "../../core/desk";
import type { LogPlace } from "../port";

export type MemoryWriteResult =
  /** `missing`: what the log has no column for, so was not recorded; `written`: cells filled (a stamp). */
  | { ok: true; sheet: string; row: number; missing?: string[]; written?: number }
  | {
      ok: false;
      reason: "no-sheet" | "no-header" | "moved" | "conflict";
      found?: string;
      conflicts?: { header: string; value: CellValue }[];
    };

const isBlank = (v: CellValue | undefined): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** The values of one Excel row from column `fromColumn` on, `width` wide ("" past the sheet's values). */
function rowCells(sheet: SheetValues, row: number, fromColumn: number, width: number): CellValue[] {
  const line = sheet.values[row - sheet.firstRow] ?? [];
  return Array.from({ length: width }, (_, i) => line[fromColumn - sheet.firstColumn + i] ?? "");
}

/** Writes `value` at Excel row/column, growing the value grid (never shifting what is there). */
function put(sheet: SheetValues, row: number, column: number, value: CellValue): void {
  const r = row - sheet.firstRow;
  const c = column - sheet.firstColumn;
  if (r < 0 || c < 0) throw new Error(`desk write outside the sheet's values at row ${row}, column ${column}`);
  while (sheet.values.length <= r) sheet.values.push([]);
  const line = sheet.values[r];
  while (line.length < c) line.push("");
  line[c] = value;
}

/** The header as a row of cells from the sheet's first column; null when the row carries no 编号 or 受理时间. */
function headerOf(sheet: SheetValues, headerRow: number): CellValue[] | null {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const headers = rowCells(sheet, headerRow, sheet.firstColumn, width);
  const keys = headerKeys(headers);
  return keys.includes("receivedAt") ? headers : null;
}

/** The log's sheet and its header row at `place`, or why the desk cannot write there. */
function logSheetAt(
  input: WorkbookInput,
  place: LogPlace,
): { sheet: SheetValues; headers: CellValue[] } | MemoryWriteResult {
  const sheet = input.sheets.find((s) => s.name === place.sheetName);
  if (sheet === undefined) return { ok: false, reason: "no-sheet" };
  const headers = headerOf(sheet, place.headerRow);
  if (headers === null) return { ok: false, reason: "no-header" };
  return { sheet, headers };
}

export function appendCaseInMemory(
  input: WorkbookInput,
  place: LogPlace,
  record: Case,
  config: DeadlineConfig,
): MemoryWriteResult {
  const at = logSheetAt(input, place);
  if (!("headers" in at)) return at;
  const { sheet, headers } = at;
  // The row after the last used one: blank by definition, so nothing is overwritten.
  let last = sheet.values.length - 1;
  while (last >= 0 && sheet.values[last].every(isBlank)) last--;
  const row = Math.max(sheet.firstRow + last + 1, place.headerRow + 1);
  caseRowValues(record, headers, config).forEach((v, i) => {
    if (!isBlank(v)) put(sheet, row, sheet.firstColumn + i, v);
  });
  return { ok: true, sheet: sheet.name, row };
}

export function stampCaseInMemory(
  input: WorkbookInput,
  place: LogPlace,
  c: Case,
  stamp: StampInput,
  config: DeadlineConfig,
): MemoryWriteResult {
  return writeCaseCells(input, place, c, (headers, row) => planStamp(c, stamp, headers, row, config));
}

/** The 联系单号 assigned with a 工作联系单, into the case's row where that cell is blank (as in Excel). */
export function recordContactFormNoInMemory(
  input: WorkbookInput,
  place: LogPlace,
  c: Case,
  no: string,
): MemoryWriteResult {
  return writeCaseCells(input, place, c, (headers, row) => planContactFormNo(no, headers, row));
}

function writeCaseCells(
  input: WorkbookInput,
  place: LogPlace,
  c: Case,
  planFor: (headers: CellValue[], row: CellValue[]) => StampPlan,
): MemoryWriteResult {
  const at = logSheetAt(input, place);
  if (!("headers" in at)) return at;
  const { sheet, headers } = at;
  const row = rowCells(sheet, c.row, sheet.firstColumn, headers.length);
  const idAt = headerKeys(headers).indexOf("id");
  const found = idAt >= 0 ? String(row[idAt] ?? "") : "";
  if (idAt >= 0 && idKey(found) !== idKey(c.id)) return { ok: false, reason: "moved", found };
  const plan = planFor(headers, row);
  if (plan.conflicts.length > 0) return { ok: false, reason: "conflict", conflicts: plan.conflicts };
  for (const w of plan.writes) put(sheet, c.row, sheet.firstColumn + w.column, w.value);
  return { ok: true, sheet: sheet.name, row: c.row, missing: plan.missingColumns, written: plan.writes.length };
}

/**
 * A month's sheet for a log kept a sheet per month, as in Excel (../office/desk addMonthSheet): after the
 * template, with a copy of its header rows at the same rows; an existing sheet of that name is left alone.
 */
export function addMonthSheetInMemory(
  input: WorkbookInput,
  sheet: { name: string; template: string; headerRow: number },
): { ok: true; created: boolean } | { ok: false; reason: "no-sheet" | "no-header" } {
  if (input.sheets.some((s) => s.name === sheet.name)) return { ok: true, created: false };
  const at = input.sheets.findIndex((s) => s.name === sheet.template);
  if (at < 0) return { ok: false, reason: "no-sheet" };
  const template = input.sheets[at];
  if (headerOf(template, sheet.headerRow) === null) return { ok: false, reason: "no-header" };
  const rows = template.values.slice(0, Math.max(0, sheet.headerRow - template.firstRow + 1)).map((r) => [...r]);
  input.sheets.splice(at + 1, 0, {
    name: sheet.name,
    values: rows,
    firstRow: template.firstRow,
    firstColumn: template.firstColumn,
  });
  return { ok: true, created: true };
}
