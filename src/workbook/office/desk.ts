/**
 * The clerk's desk writing into the clerk's own log, on the clerk's explicit action only (DESIGN §5):
 * appending a new case's row and stamping a step into blank cells of a case's row. The values come from the
 * core (../../core/desk/row); this module only finds where they go and moves them.
 *
 * Append (≤ 3 syncs): (1) the sheet, its used range, its header row and its tables; (2) when a table holds the
 * log, its range and header; (3) the write: the table's first blank row at its end, else a new table row (Excel
 * extends the table's formats and validation), or without a table the row after the last used one (blank by
 * definition), in the log's column order.
 *
 * Stamp (2 syncs): (1) the header and the case's row as they are now, (2) the write. The plan is made from the
 * cells read in (1), so a cell a colleague filled since the desk last read the log is seen, and then nothing
 * is written. What remains is the window between (1) and (2), one round trip (well under a second), in which
 * an edit by someone else could still land first and be overwritten.
 */
import type { Case, CellValue } from "../../core/model";
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
import type { ExcelRun } from "./excel-run";

export type AppendResult =
  | { ok: true; row: number; table: string | null; syncs: number }
  | { ok: false; reason: "no-sheet" | "no-header"; syncs: number };

const rowAddress = (row: number): string => `${row}:${row}`;

/** The log's sheet is gone (renamed or deleted): Excel fails the batch that first needs it. */
const isItemNotFound = (e: unknown): boolean => (e as { code?: string }).code === "ItemNotFound";

export async function appendCase(
  run: ExcelRun,
  place: LogPlace,
  record: Case,
  config: DeadlineConfig,
): Promise<AppendResult> {
  return run(async (context) => {
    let syncs = 0;
    const sheet = context.workbook.worksheets.getItem(place.sheetName);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("isNullObject,rowIndex,rowCount");
    const header = sheet.getRange(rowAddress(place.headerRow)).getUsedRangeOrNullObject(true);
    header.load("isNullObject,values,columnIndex");
    const tables = context.workbook.worksheets.getItem(place.sheetName).tables;
    tables.load("items/name");
    syncs++;
    try {
      await context.sync();
    } catch (e) {
      if (isItemNotFound(e)) return { ok: false, reason: "no-sheet", syncs };
      throw e;
    }
    if (header.isNullObject || used.isNullObject) return { ok: false, reason: "no-header", syncs };

    // A table whose header row is the log's header holds the log: the case becomes one of its rows.
    const candidates = tables.items.map((t) => {
      const range = t.getRange();
      range.load("rowIndex,rowCount,columnIndex");
      const head = t.getHeaderRowRange();
      head.load("values");
      return { table: t, range, head };
    });
    if (candidates.length > 0) {
      await context.sync();
      syncs++;
    }
    const holder = candidates.find((c) => c.range.rowIndex === place.headerRow - 1);
    const next = used.rowIndex + used.rowCount; // 0-based: the row after the last used one
    if (holder !== undefined) {
      const values = caseRowValues(record, holder.head.values[0], config).map((v) => v ?? "");
      const last = holder.range.rowIndex + holder.range.rowCount - 1;
      let row: number;
      if (next <= last) {
        // The table still has blank rows at its end (a new template has one): the case takes the first.
        sheet.getRangeByIndexes(next, holder.range.columnIndex, 1, values.length).values = [values];
        row = next + 1;
      } else {
        holder.table.rows.add(undefined, [values]);
        row = last + 2;
      }
      await context.sync();
      syncs++;
      return { ok: true, row, table: holder.table.name, syncs };
    }

    const headers = header.values[0] as CellValue[];
    if (!headerKeys(headers).includes("id")) return { ok: false, reason: "no-header", syncs };
    const values = caseRowValues(record, headers, config).map((v) => v ?? "");
    sheet.getRangeByIndexes(next, header.columnIndex, 1, values.length).values = [values];
    await context.sync();
    syncs++;
    return { ok: true, row: next + 1, table: null, syncs };
  });
}

export type StampResult =
  | { ok: true; plan: StampPlan; syncs: number }
  | { ok: false; reason: "no-sheet" | "moved" | "conflict"; plan: StampPlan | null; found: string; syncs: number };

/**
 * Fills the stamp's cells in the case's row (Excel row number `row`), blank cells only. "moved": the row no
 * longer holds this case (the log was sorted or edited); "conflict": a cell is no longer blank, nothing written.
 */
export async function stampCase(
  run: ExcelRun,
  place: LogPlace,
  c: Case,
  stamp: StampInput,
  config: DeadlineConfig,
): Promise<StampResult> {
  return writeCaseCells(run, place, c, (headers, row) => planStamp(c, stamp, headers, row, config));
}

/**
 * The 联系单号 the desk assigned with a 工作联系单, into the case's row where that cell is blank (2 syncs, as
 * a stamp): a number there now is a conflict, and a log without the column gets nothing (missingColumns).
 */
export async function recordContactFormNo(run: ExcelRun, place: LogPlace, c: Case, no: string): Promise<StampResult> {
  return writeCaseCells(run, place, c, (headers, row) => planContactFormNo(no, headers, row));
}

/**
 * (1) The header and the case's row as they are now, (2) the planned cells written, when the row still holds
 * the case and no planned cell is taken.
 */
async function writeCaseCells(
  run: ExcelRun,
  place: LogPlace,
  c: Case,
  planFor: (headers: CellValue[], row: CellValue[]) => StampPlan,
): Promise<StampResult> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(place.sheetName);
    const header = sheet.getRange(rowAddress(place.headerRow)).getUsedRangeOrNullObject(true);
    header.load("isNullObject,values,columnIndex");
    const line = sheet.getRange(rowAddress(c.row)).getUsedRangeOrNullObject(true);
    line.load("isNullObject,values,columnIndex");
    try {
      await context.sync();
    } catch (e) {
      if (isItemNotFound(e)) return { ok: false, reason: "no-sheet", plan: null, found: "", syncs: 1 };
      throw e;
    }
    if (header.isNullObject) return { ok: false, reason: "no-sheet", plan: null, found: "", syncs: 1 };
    const headers = header.values[0] as CellValue[];
    // The row's cells aligned under the header (its used range may start further right, or be empty).
    const row: CellValue[] = headers.map((_, i) => {
      if (line.isNullObject) return "";
      const j = header.columnIndex + i - line.columnIndex;
      return j >= 0 && j < line.values[0].length ? (line.values[0][j] as CellValue) : "";
    });
    const idAt = headerKeys(headers).indexOf("id");
    const found = idAt >= 0 ? String(row[idAt] ?? "") : "";
    if (idAt < 0 || idKey(found) !== idKey(c.id)) return { ok: false, reason: "moved", plan: null, found, syncs: 1 };

    const plan = planFor(headers, row);
    if (plan.conflicts.length > 0) return { ok: false, reason: "conflict", plan, found, syncs: 1 };
    if (plan.writes.length === 0) return { ok: true, plan, syncs: 1 };
    for (const w of plan.writes)
      sheet.getRangeByIndexes(c.row - 1, header.columnIndex + w.column, 1, 1).values = [[w.value ?? ""]];
    await context.sync();
    return { ok: true, plan, syncs: 2 };
  });
}

export type AddSheetResult =
  { ok: true; created: boolean; syncs: number } | { ok: false; reason: "no-sheet" | "no-header"; syncs: number };

/**
 * A month's sheet for a log kept a sheet per month (the case's month has none yet): a new sheet placed after
 * the latest month's, holding a copy of its header rows at the same rows — values, number formats, each
 * cell's fill colour, bold and font colour, the header's column widths and row heights — so the row appended
 * next reads and looks as part of the log. It only adds: a sheet of that name that exists is left as it is
 * (created: false), and nothing of the template changes.
 *
 * With ExcelApi 1.7 (Range.copyFrom and getCellProperties need 1.9) a range's format reads one value for all
 * its cells, or null where they differ, so the look is read cell by cell. 3 syncs: (1) whether the sheets exist
 * and the header block's values and size; (2) the look of each of its cells, columns and rows; (3) the write.
 * The template is named with getItem so its header can be read in (1): a template that is gone fails (1) with
 * ItemNotFound, and one more sync then asks whether the month's sheet exists.
 */
export async function addMonthSheet(
  run: ExcelRun,
  sheet: { name: string; template: string; headerRow: number },
): Promise<AddSheetResult> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(sheet.name);
    existing.load("isNullObject");
    const template = sheets.getItem(sheet.template);
    template.load("position");
    const header = template.getRange(`1:${sheet.headerRow}`).getUsedRangeOrNullObject(true);
    header.load("isNullObject,values,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
    try {
      await context.sync();
    } catch (e) {
      if (!isItemNotFound(e)) throw e;
      const again = context.workbook.worksheets.getItemOrNullObject(sheet.name);
      again.load("isNullObject");
      await context.sync();
      return again.isNullObject ? { ok: false, reason: "no-sheet", syncs: 2 } : { ok: true, created: false, syncs: 2 };
    }
    if (!existing.isNullObject) return { ok: true, created: false, syncs: 1 };
    if (header.isNullObject) return { ok: false, reason: "no-header", syncs: 1 };
    const { rowIndex, columnIndex, rowCount, columnCount } = header;
    const cells = Array.from({ length: rowCount }, (_, i) =>
      Array.from({ length: columnCount }, (_, j) => {
        const cell = template.getRangeByIndexes(rowIndex + i, columnIndex + j, 1, 1);
        return { fill: cell.format.fill.load("color"), font: cell.format.font.load("bold,color") };
      }),
    );
    const columns = Array.from({ length: columnCount }, (_, j) =>
      template.getRangeByIndexes(rowIndex, columnIndex + j, 1, 1).format.load("columnWidth"),
    );
    const rows = Array.from({ length: rowCount }, (_, i) =>
      template.getRange(`${rowIndex + i + 1}:${rowIndex + i + 1}`).format.load("rowHeight"),
    );
    await context.sync();
    const added = sheets.add(sheet.name);
    added.position = template.position + 1;
    const target = added.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount);
    target.numberFormat = header.numberFormat;
    target.values = header.values;
    cells.forEach((line, i) =>
      line.forEach((look, j) => {
        const cell = added.getRangeByIndexes(rowIndex + i, columnIndex + j, 1, 1).format;
        // No fill reads as white: setting white would only hide the gridlines.
        if (look.fill.color && look.fill.color.toUpperCase() !== NO_FILL) cell.fill.color = look.fill.color;
        if (look.font.bold) cell.font.bold = true;
        if (look.font.color && look.font.color.toUpperCase() !== DEFAULT_FONT_COLOR) cell.font.color = look.font.color;
      }),
    );
    columns.forEach((c, j) => {
      if (c.columnWidth !== null)
        added.getRangeByIndexes(rowIndex, columnIndex + j, 1, 1).format.columnWidth = c.columnWidth;
    });
    rows.forEach((r, i) => {
      if (r.rowHeight !== null)
        added.getRange(`${rowIndex + i + 1}:${rowIndex + i + 1}`).format.rowHeight = r.rowHeight;
    });
    await context.sync();
    return { ok: true, created: true, syncs: 3 };
  });
}

/** What Excel answers for a cell without a fill, and for the default font colour. */
const NO_FILL = "#FFFFFF";
const DEFAULT_FONT_COLOR = "#000000";
