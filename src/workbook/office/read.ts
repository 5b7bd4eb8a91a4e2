/**
 * Reading sheets through Office.js in few round trips: (1) the sheet list, (2) every chosen sheet's used
 * range (sizes only), (3…) the values in row chunks planned to stay under the payload target, several
 * chunks per sync when they fit. Every request is budgeted, the first read included: a sheet's first
 * chunk is at most PROBE_ROWS rows, estimated generously, and loads the display text too while the date
 * system is undecided (the text tells the 1904 system apart); later chunks use the densest rows seen. A
 * batch Excel still refuses as too large is read again in halves, down to one row.
 */
import type { CellValue, SheetValues, WorkbookInput } from "../../core/model";
import { detectDate1904 } from "./date-system";
import { SaidError } from "../phrases";
import { OFFICE_PHRASES } from "./messages";
import type { ExcelRun } from "./excel-run";
import {
  estimateBytesPerRow,
  isPayloadSizeError,
  jsonBytes,
  planReadBatch,
  PROBE_ROWS,
  RowTooLargeError,
  type ReadState,
} from "./payload";

export interface ReadStats {
  syncs: number;
  /** Bytes of cell values received (display text excluded). */
  valueBytes: number;
  /** Batches Excel refused as too large, each read again in halves. */
  halvings: number;
}

interface UsedArea {
  /** Its index in the result's sheets. */
  index: number;
  name: string;
  sheet: Excel.Worksheet;
  firstRow: number;
  firstColumn: number;
  state: ReadState;
  chunks: CellValue[][][];
}

/** Office's sheet visibility as the core records it (nothing for a visible sheet, as the file reader gives). */
function visibilityOf(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden"): Pick<SheetValues, "visibility"> {
  if (v === "VeryHidden") return { visibility: "veryHidden" };
  if (v === "Hidden") return { visibility: "hidden" };
  return {};
}

/** Rows read so far of all the rows to read: called after each batch, for the pane's progress. */
export type RowsRead = (done: number, total: number) => void;

/**
 * Rows just read of the sheet at `sheet` (its index in the result's sheets), each sheet's in order: the pane
 * passes them on to its analysis worker while Excel answers the next batch.
 */
export type ChunkRead = (sheet: number, values: CellValue[][]) => void;

/** How big a read would be: each chosen sheet's used range, sizes only (two syncs, no values). */
export interface SheetSize {
  name: string;
  rows: number;
  columns: number;
}

export async function sheetSizes(run: ExcelRun, names?: readonly string[]): Promise<SheetSize[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
    const probes = sheets.items
      .filter((s) => !wanted || wanted.has(s.name.toLowerCase()))
      .map((sheet) => {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("isNullObject,rowCount,columnCount");
        return { name: sheet.name, used };
      });
    await context.sync();
    return probes.map(({ name, used }) =>
      used.isNullObject ? { name, rows: 0, columns: 0 } : { name, rows: used.rowCount, columns: used.columnCount },
    );
  });
}

export async function sheetNames(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

export async function readSheets(
  run: ExcelRun,
  names?: readonly string[],
  stats?: ReadStats,
  onRows?: RowsRead,
  onChunk?: ChunkRead,
): Promise<WorkbookInput> {
  return run(async (context) => {
    let syncs = 0;
    let halvings = 0;
    const sync = async (): Promise<void> => {
      syncs++;
      await context.sync();
    };

    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await sync();
    // Excel sheet names compare without case.
    const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
    const chosen = sheets.items.filter((s) => !wanted || wanted.has(s.name.toLowerCase()));

    const probes = chosen.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
      return { sheet, used };
    });
    await sync();

    const areas: UsedArea[] = [];
    const result: SheetValues[] = [];
    for (const { sheet, used } of probes) {
      const name = sheet.name;
      const visibility = visibilityOf(sheet.visibility);
      if (used.isNullObject) {
        result.push({ name, values: [], firstRow: 1, firstColumn: 1, ...visibility });
        continue;
      }
      const columns = used.columnCount;
      areas.push({
        index: result.length,
        name,
        sheet,
        firstRow: used.rowIndex,
        firstColumn: used.columnIndex,
        state: {
          rows: used.rowCount,
          columns,
          done: 0,
          bytesPerRow: estimateBytesPerRow(null, columns),
          maxRows: PROBE_ROWS,
        },
        chunks: [],
      });
      result.push({ name, values: [], firstRow: used.rowIndex + 1, firstColumn: used.columnIndex + 1, ...visibility });
    }

    let date1904: boolean | null = null;
    let valueBytes = 0;
    let maxRows = Infinity;
    // The densest cells read so far: the estimate for sheets not read yet (a workbook's sheets are alike).
    let cellBytes = 0;
    const states = areas.map((a) => a.state);
    const totalRows = states.reduce((n, st) => n + st.rows, 0);
    let rowsRead = 0;
    onRows?.(0, totalRows);
    for (;;) {
      // The display text is read with a sheet's first chunk until some date cell has decided the system.
      for (const a of areas) {
        a.state.withText = date1904 === null && a.state.done === 0;
        if (a.state.done === 0)
          a.state.bytesPerRow = Math.max(a.state.bytesPerRow, Math.ceil(cellBytes * a.state.columns));
      }
      const batch = planReadBatch(states, undefined, undefined, maxRows);
      if (batch.length === 0) break;
      const loads = batch.map((chunk) => {
        const area = areas[chunk.sheet];
        const range = area.sheet.getRangeByIndexes(
          area.firstRow + chunk.offset,
          area.firstColumn,
          chunk.rowCount,
          area.state.columns,
        );
        range.load(area.state.withText ? "values,text" : "values");
        return { chunk, range, withText: area.state.withText === true };
      });
      const rows = batch.reduce((n, c) => n + c.rowCount, 0);
      try {
        await sync();
      } catch (e) {
        if (!isPayloadSizeError(e)) throw e;
        if (rows <= 1) {
          const area = areas[batch[0].sheet];
          throw new RowTooLargeError(area.name, area.firstRow + batch[0].offset + 1);
        }
        halvings++;
        maxRows = Math.ceil(rows / 2);
        continue;
      }
      // A batch that went through lets the next one grow again.
      if (maxRows !== Infinity) maxRows *= 2;
      for (const { chunk, range, withText } of loads) {
        const area = areas[chunk.sheet];
        const values = range.values as CellValue[][] | null;
        if (!Array.isArray(values) || values.length !== chunk.rowCount) {
          throw new SaidError(OFFICE_PHRASES.words("noValues", area.name, area.firstRow + chunk.offset + 1));
        }
        if (withText && date1904 === null) date1904 = detectDate1904(values, range.text as string[][]);
        const bytes = jsonBytes(values);
        valueBytes += bytes;
        // Later rows may be longer than those read: plan the rest on the densest chunk seen (the first
        // replaces the generous guess).
        const seen = Math.ceil(bytes / chunk.rowCount);
        cellBytes = Math.max(cellBytes, bytes / (chunk.rowCount * area.state.columns));
        area.state.bytesPerRow = area.state.done === 0 ? seen : Math.max(area.state.bytesPerRow, seen);
        area.state.done += chunk.rowCount;
        area.state.maxRows = undefined;
        area.chunks.push(values);
        onChunk?.(area.index, values);
      }
      rowsRead += rows;
      onRows?.(rowsRead, totalRows);
    }

    for (const area of areas) {
      const target = result.find((s) => s.name === area.name);
      if (target) target.values = area.chunks.length === 1 ? area.chunks[0] : area.chunks.flat();
    }
    if (stats) {
      stats.syncs = syncs;
      stats.valueBytes = valueBytes;
      stats.halvings = halvings;
    }
    return { sheets: result, date1904: date1904 ?? false };
  });
}
