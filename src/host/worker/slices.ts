/**
 * Big data crosses between the pane and its worker in slices. A structured clone is read (or written) in
 * one go on the receiving (or sending) thread: a 100k-row log, or the Analysis of one (100k cases, several
 * hundred thousand deadline entries), in one message would hold the pane's main thread for a second or
 * more. Sliced, each message is its own short task, and the pane keeps answering in between.
 */
import type { Analysis } from "../../core/analysis";
import type { CellValue, WorkbookInput } from "../../core/model";
import type { SlicedField, WorkerRows } from "./protocol";

export const SLICED_FIELDS: readonly SlicedField[] = [
  "cases",
  "compliance",
  "rejected",
  "cellIssues",
  "duplicates",
  "unconfirmed",
];

/**
 * Items per message. A case is the biggest item (about 30 fields, stamps as objects); 500 of them are read
 * in about 10 ms on this project's machine, so even a thread that gets a fraction of a busy core finishes a
 * message well within the pane's 200 ms (bench excel-pane). Deadline entries and the rest are smaller.
 */
const ITEMS_PER_SLICE: Record<SlicedField, number> = {
  cases: 500,
  compliance: 2_000,
  rejected: 1_000,
  cellIssues: 2_000,
  duplicates: 2_000,
  unconfirmed: 8_000,
};

/** Rows per message of the cells read from Excel (a 25-column row of a clerk's log clones like a small case). */
export const ROWS_PER_SLICE = 1_000;

/** The Analysis' long lists in slices, and the Analysis without them (posted last). */
export function sliceAnalysis(analysis: Analysis): {
  slices: { field: SlicedField; items: unknown[] }[];
  rest: Analysis;
} {
  const slices: { field: SlicedField; items: unknown[] }[] = [];
  const rest: Analysis = { ...analysis };
  for (const field of SLICED_FIELDS) {
    const list = analysis[field] as unknown[];
    const size = ITEMS_PER_SLICE[field];
    for (let at = 0; at < list.length; at += size) slices.push({ field, items: list.slice(at, at + size) });
    (rest as unknown as Record<SlicedField, unknown[]>)[field] = [];
  }
  return { slices, rest };
}

/** Puts the Analysis back together on the receiving side: slices in arrival order, then the rest. */
export class AnalysisAssembler {
  private readonly parts = new Map<SlicedField, unknown[][]>();

  add(field: SlicedField, items: unknown[]): void {
    const list = this.parts.get(field);
    if (list) list.push(items);
    else this.parts.set(field, [items]);
  }

  finish(rest: Analysis): Analysis {
    const whole: Analysis = { ...rest };
    for (const [field, list] of this.parts) {
      (whole as unknown as Record<SlicedField, unknown[]>)[field] = list.length === 1 ? list[0] : list.flat();
    }
    this.parts.clear();
    return whole;
  }
}

/** Rows of one sheet in slices of ROWS_PER_SLICE, in order. */
export function rowSlices(sheet: number, values: CellValue[][]): WorkerRows[] {
  const out: WorkerRows[] = [];
  for (let at = 0; at < values.length; at += ROWS_PER_SLICE) {
    out.push({ rows: { sheet, values: values.slice(at, at + ROWS_PER_SLICE) } });
  }
  return out;
}

/** The cells without their rows: the request that follows the rows. */
export const shellOf = (cells: WorkbookInput): WorkbookInput => ({
  ...cells,
  sheets: cells.sheets.map((s) => ({ ...s, values: [] })),
});

/** Puts the cells back together in the worker: rows by sheet in arrival order, then the shell. */
export class CellsAssembler {
  private readonly bySheet = new Map<number, CellValue[][][]>();
  rows = 0;

  add(sheet: number, values: CellValue[][]): void {
    const list = this.bySheet.get(sheet);
    if (list) list.push(values);
    else this.bySheet.set(sheet, [values]);
    this.rows += values.length;
  }

  finish(shell: WorkbookInput): WorkbookInput {
    const sheets = shell.sheets.map((s, i) => {
      const list = this.bySheet.get(i);
      return list ? { ...s, values: list.length === 1 ? list[0] : list.flat() } : s;
    });
    this.bySheet.clear();
    this.rows = 0;
    return { ...shell, sheets };
  }
}

/** Rows in a workbook's sheets: the unit of the pane's progress while it reads and analyses. */
export const rowCount = (cells: WorkbookInput): number => cells.sheets.reduce((n, s) => n + s.values.length, 0);
