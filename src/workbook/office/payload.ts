/**
 * Payload sizes and sync budgets. Excel on the web rejects a request or response over about 5 MB, and
 * every context.sync() is a round trip, so reads and writes are cut into batches planned here (pure).
 * "MB" is 10^6 bytes throughout; sizes are those of the JSON that crosses the wire with every character
 * outside ASCII escaped (6 bytes each), the most a host may count.
 */
import type { CellValue } from "../../core/model";
import { SaidError } from "../phrases";
import { OFFICE_PHRASES } from "./messages";

/** The ceiling every request and response stays under (Excel on the web's own limit is ~5 MB). */
export const PAYLOAD_LIMIT_BYTES = 4_000_000;
/** What a batch is planned to carry: below the ceiling, to absorb error in the per-row estimate. */
export const PAYLOAD_TARGET_BYTES = 3_800_000;
/** Cells per sync; Excel may return null past 5,000,000 cells in one read. */
export const MAX_CELLS_PER_SYNC = 2_000_000;
/** Rows of a sheet's first chunk, read with their display text (the 1904 date test) before its density is known. */
export const PROBE_ROWS = 200;
/**
 * Bytes per cell assumed before a sheet's first chunk has been read: a Chinese case log's cells average
 * about 25 escaped bytes, its longest text columns (处理情况) a few hundred, so this errs large, and a
 * batch that still proves too big is halved (readSheets).
 */
export const DEFAULT_BYTES_PER_CELL = 96;

/** Excel on the web's answer to a request or response over its payload limit. */
export function isPayloadSizeError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") return true;
  return e instanceof Error && /PayloadSizeLimitExceeded/.test(e.message);
}

/** The error readSheets and writeOwnedSheets give up with when a single row is over the limit. */
export class RowTooLargeError extends SaidError {
  constructor(
    readonly sheet: string,
    readonly row: number,
  ) {
    super(OFFICE_PHRASES.words("rowTooLarge", sheet, row));
    this.name = "RowTooLargeError";
  }
}

/**
 * Syncs `readSheets` may use when no batch is refused: sheet list, used ranges, the first chunks (up to
 * PROBE_ROWS rows of each sheet, with their text), then the values.
 */
export function readSyncBudget(valueBytes: number): number {
  return Math.ceil(valueBytes / PAYLOAD_LIMIT_BYTES) + 4;
}

/**
 * The sync budget of "write outputs": two checks (sheet list and tables; ownership marks of the sheets
 * to replace), then one sync per planned batch — the payload over the target, plus one for the last
 * partly filled batch. A month's outputs (under 3.8 MB) are written in at most 4 syncs.
 */
export const WRITE_CHECK_SYNCS = 2;
export function writeSyncBudget(writeBytes: number): number {
  return WRITE_CHECK_SYNCS + Math.ceil(writeBytes / PAYLOAD_TARGET_BYTES) + 1;
}
export const WRITE_OUTPUTS_SYNC_BUDGET_SMALL = writeSyncBudget(PAYLOAD_TARGET_BYTES);

/** The whole "analyse and write outputs" command: read the workbook, then write the owned sheets. */
export function analyzeAndWriteSyncBudget(readBytes: number, writeBytes: number): number {
  return readSyncBudget(readBytes) + writeSyncBudget(writeBytes);
}

/**
 * Bytes of a string once written as JSON with every character outside ASCII escaped: `\u4e2d` is 6
 * bytes, a character beyond the BMP (two UTF-16 units) 12. Office.js sends and receives JSON, and a host
 * may escape it; budgeting on the escaped size holds either way (a Chinese case log's text is twice its
 * UTF-8 size). Counted without allocating (TextEncoder would copy megabytes per call).
 */
export function escapedLength(json: string): number {
  let n = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) >= 0x80) n += 5;
  return n;
}

/** What `value` weighs in a request or response: its JSON, escaped (see escapedLength). */
export function jsonBytes(value: unknown): number {
  return escapedLength(JSON.stringify(value) ?? "");
}

/** Bytes per row of a sheet `columns` wide, from a sample of its rows (any width), or a default. */
export function estimateBytesPerRow(sample: CellValue[][] | null, columns: number): number {
  const floor = Math.max(1, columns) * 3; // `"",` per cell at least
  if (!sample || sample.length === 0 || sample[0].length === 0)
    return Math.max(floor, columns * DEFAULT_BYTES_PER_CELL);
  const perRow = jsonBytes(sample) / sample.length;
  return Math.max(floor, Math.ceil((perRow * columns) / sample[0].length));
}

/** Progress of reading one sheet's used range. */
export interface ReadState {
  rows: number;
  columns: number;
  /** Rows already read (0-based offset into the used range). */
  done: number;
  bytesPerRow: number;
  /** At most this many rows in the sheet's next chunk (its first: PROBE_ROWS); no cap when absent. */
  maxRows?: number;
  /** The next chunk also loads each cell's display text, about as large again as the values. */
  withText?: boolean;
}

export interface ReadChunk {
  sheet: number;
  /** 0-based offset into the used range. */
  offset: number;
  rowCount: number;
}

/**
 * The chunks of the next sync: sheets in order, each as many rows as fit in what is left of the target
 * and the cell cap, so several sheets (or the tail of one and the head of the next) share a sync.
 * Always at least one row, so a single huge row still makes progress. `maxRows` caps the rows of the
 * whole batch (halved after a batch Excel refused as too large).
 */
export function planReadBatch(
  states: readonly ReadState[],
  target = PAYLOAD_TARGET_BYTES,
  maxCells = MAX_CELLS_PER_SYNC,
  maxRows = Infinity,
): ReadChunk[] {
  const chunks: ReadChunk[] = [];
  let bytesLeft = target;
  let cellsLeft = maxCells;
  let rowsLeft = Math.max(1, maxRows);
  for (let i = 0; i < states.length; i++) {
    const s = states[i];
    const remaining = s.rows - s.done;
    if (remaining <= 0 || s.columns <= 0) continue;
    const perRow = s.bytesPerRow * (s.withText ? 2 : 1);
    const wanted = Math.min(remaining, s.maxRows ?? Infinity);
    let n = Math.min(wanted, rowsLeft, Math.floor(bytesLeft / perRow), Math.floor(cellsLeft / s.columns));
    if (n <= 0) {
      if (chunks.length > 0) break;
      n = 1;
    }
    chunks.push({ sheet: i, offset: s.done, rowCount: n });
    bytesLeft -= n * perRow;
    cellsLeft -= n * s.columns;
    rowsLeft -= n;
    if (n < wanted || rowsLeft <= 0) break;
  }
  return chunks;
}
