/**
 * A strict fake of the Excel JavaScript API for the adapter's tests and bench.
 *
 * Built on Microsoft's office-addin-mock: every proxy keeps its loadable properties in an
 * OfficeMockObject, so load/sync bookkeeping is the mock's own. Where the mock answers an early read
 * with the string "Error, property was not loaded" / "...context.sync() was not called", this fake
 * throws. Around it, a small workbook model (sheets, cells, number formats, names, tables, charts)
 * executes each batch in order at context.sync(), the way Excel does, and measures every round trip:
 * the request bytes (JSON of values, formats and arguments sent) and the response bytes (JSON of
 * what was loaded). Reads over 5,000,000 cells return null, as Excel may; a payload over 5 MB fails,
 * as Excel on the web does, and so does a text over 32,767 characters in a cell. Requirement sets are
 * enforced: an API newer than the fake's version throws.
 *
 * What real Excel does and the fake models, each with a test of the fake (strict-excel.test.ts) citing
 * Microsoft's page (office-js-docs-pr / office-js-docs-reference):
 * - cell-edit mode: while the user edits a cell every batch fails with InvalidOperationInCellEditMode,
 *   unless the run asked for `delayForCellEdit`, which holds the batch until the edit ends
 *   (excel.runoptions, application-specific-api-error-handling);
 * - payload: measured on the escaped JSON the host may count, where a character outside ASCII is a
 *   `\uXXXX` escape of 6 bytes (resource-limits-and-performance-optimization: 5 MB on the web);
 * - hidden and VeryHidden sheets: a hidden sheet cannot be activated nor its cells selected; a VeryHidden
 *   sheet cannot be deleted (excel.worksheet: delete, activate);
 * - protection: a protected sheet refuses changes to its cells, tables and names; a protected workbook
 *   structure refuses adding, deleting, renaming and moving sheets (excel.worksheetprotection,
 *   excel.workbookprotection);
 * - charts.add guesses its series from the source: a first row with no number, above rows with
 *   numbers, becomes the series' name and leaves the values (excel.chartcollection: add; excel-add-ins-charts).
 */
import type { CellValue } from "../../../src/core/model";
import { fromExcelSerial, fromMinutes } from "../../../src/core/time";
import { OfficeMockObject } from "office-addin-mock";
import { officeExcelRun, type ExcelRun } from "../../../src/workbook/office/excel-run";

/** The parts of OfficeMockObject used here (setValue is public in the library, private in its typings). */
interface MockState {
  setValue(property: string, value: unknown): void;
  load(properties: string): void;
  sync(): Promise<void>;
  [property: string]: unknown;
}

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";
export const EXCEL_PAYLOAD_LIMIT = 5_000_000;
export const EXCEL_MAX_READ_CELLS = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Excel's limit on a cell's text, in UTF-16 code units; Office.js rejects a longer value. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

// ---------------------------------------------------------------- model

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetModel {
  id: number;
  name: string;
  visibility: SheetVisibility;
  /** Worksheet protection (Review → Protect Sheet): cells, tables and names cannot change. */
  protected: boolean;
  values: CellValue[][];
  /** Number formats of cells that have one, "r,c" → format. */
  formats: Map<string, string>;
  /** Seed formats by column (as a clerk's log has: a date column formatted as dates). */
  columnFormats: Map<number, string>;
  formulas: Set<string>;
  names: NameModel[];
  charts: ChartModel[];
  frozenRows: number;
  autoFilter: string | null;
  validations: { address: string; rule: unknown }[];
  conditionalFormats: { address: string; type: string }[];
  /** Page layout (ExcelApi 1.9), as set: only the properties Excel has, each checked as Excel checks it. */
  print: PrintModel;
  /** Fill and font of cells set apart from Excel's defaults (RangeFill.color, RangeFont.bold/color), "r,c" → look. */
  styles: Map<string, CellStyle>;
  /** Column widths and row heights in points, where set (0-based index). */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Everything else set or called on the sheet's formatting objects, for inspection. */
  log: string[];
}

/** What the fake keeps of a cell's look: its fill colour, bold and font colour. */
export interface CellStyle {
  fill?: string;
  bold?: boolean;
  color?: string;
}

/** Excel's answers for a cell nobody formatted: no fill reads as white, the font black and not bold. */
export const DEFAULT_STYLE: Required<CellStyle> = { fill: "#FFFFFF", bold: false, color: "#000000" };
/** Excel's default column width (8.43 characters of Calibri 11) and row height, in points. */
export const DEFAULT_COLUMN_POINTS = 48;
export const DEFAULT_ROW_POINTS = 15;

export interface PrintModel {
  paperSize?: string;
  orientation?: "Portrait" | "Landscape";
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally?: boolean;
  margins: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  /** A1 address of the print area, as set. */
  printArea?: string;
  /** "$n:$m", as set. */
  printTitleRows?: string;
  /** 0-based rows with a manual page break above them, in the order added. */
  rowBreaks: number[];
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  address: string;
  style: string;
}

export interface ChartModel {
  type: string;
  seriesBy: string;
  title: string;
  series: { name: string; values: string; xValues: string | null }[];
  position: string | null;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Excel.SettingCollection: the add-in's key-value pairs stored in the file. */
  settings: Map<string, unknown>;
  /** Workbook structure protection (Review → Protect Workbook): no sheet added, deleted, renamed or moved. */
  structureProtected: boolean;
  tables: TableModel[];
  date1904: boolean;
  activeSheet: string | null;
  selection: string | null;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Calculation and screen updating were suspended for this batch. */
  suspendedCalculation: boolean;
  suspendedScreen: boolean;
  /** The payload error Excel answered this batch with (nothing of it was done, or returned). */
  refused?: string;
}

export interface FakeStats {
  syncs: number;
  batches: SyncRecord[];
  /** The largest request or response Excel accepted. */
  maxPayloadBytes: number;
  /** Number of Excel.run calls. */
  runs: number;
}

export interface SeedSheet {
  name: string;
  rows: CellValue[][];
  /** Excel row/column (0-based) of rows[0][0]; default 0,0. */
  at?: { row: number; column: number };
  /** Number formats by 0-based column index. */
  columnFormats?: Record<number, string>;
  /** Marks the sheet as Casebook's (a hidden worksheet-scoped name), as a previous run would have left it. */
  ownedMark?: string;
  /** The mark's formula (default `="Casebook"`, an early version's). */
  ownedMarkFormula?: string;
  visibility?: SheetVisibility;
  protected?: boolean;
  /** Excel tables on the sheet, as the clerk made them: name and address ("A1:Y4"). */
  tables?: { name: string; address: string }[];
  /** Cells' fill and font, by address ("A2" or "A2:F2"). */
  styles?: Record<string, CellStyle>;
  /** Column widths and row heights in points, by 0-based index. */
  columnWidths?: Record<number, number>;
  rowHeights?: Record<number, number>;
}

export interface FakeOptions {
  sheets?: SeedSheet[];
  /** ExcelApi version the host supports, e.g. "1.9" (default "1.12"). */
  apiVersion?: string;
  date1904?: boolean;
  structureProtected?: boolean;
  /** A host with a smaller payload limit than Excel on the web's 5 MB (to exercise the halving). */
  payloadLimit?: number;
}

let nextSheetId = 1;

function newSheet(name: string): SheetModel {
  return {
    id: nextSheetId++,
    name,
    visibility: "Visible",
    protected: false,
    values: [],
    formats: new Map(),
    columnFormats: new Map(),
    formulas: new Set(),
    names: [],
    charts: [],
    frozenRows: 0,
    autoFilter: null,
    validations: [],
    conditionalFormats: [],
    print: { margins: {}, rowBreaks: [] },
    styles: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    log: [],
  };
}

function versionAtLeast(have: string, need: string): boolean {
  const [a1, a2] = have.split(".").map(Number);
  const [b1, b2] = need.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/**
 * Bytes of `v` as JSON with every character outside ASCII escaped (`\u4e2d`: 6 bytes, a surrogate pair
 * 12): the most a host may count for the payload, and what this fake holds to the 5 MB limit.
 */
export function escapedJsonBytes(v: unknown): number {
  const json = JSON.stringify(v) ?? "";
  let n = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) >= 0x80) n += 5;
  return n;
}
const jsonBytes = escapedJsonBytes;

class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "ExcelError";
  }
}

// ---------------------------------------------------------------- addresses

interface RangeRef {
  sheet: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

function letters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnIndex(l: string): number {
  let n = 0;
  for (const ch of l.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function addressOf(ref: RangeRef): string {
  const a = `${letters(ref.column)}${ref.row + 1}`;
  const b = `${letters(ref.column + ref.columns - 1)}${ref.row + ref.rows}`;
  return `${quoteSheet(ref.sheet.name)}!${a === b ? a : `${a}:${b}`}`;
}

/** "A1", "A1:C9", "3:7" (whole rows). */
function parseAddress(sheet: SheetModel, address: string): RangeRef {
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) {
    const r1 = Number(rows[1]) - 1;
    const r2 = Number(rows[2]) - 1;
    return { sheet, row: Math.min(r1, r2), column: 0, rows: Math.abs(r2 - r1) + 1, columns: MAX_COLUMNS };
  }
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address);
  if (!m) throw new ExcelError("InvalidArgument", `address "${address}"`);
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

function cellKey(r: number, c: number): string {
  return `${r},${c}`;
}

function formatOf(sheet: SheetModel, r: number, c: number): string {
  return sheet.formats.get(cellKey(r, c)) ?? sheet.columnFormats.get(c) ?? "General";
}

function isBlank(v: CellValue | undefined): boolean {
  return v === undefined || v === null || v === "";
}

/** Bounding box of non-blank values inside `within` (the whole sheet when omitted). */
function usedRangeOf(sheet: SheetModel, within?: RangeRef): RangeRef | null {
  const r0 = within ? within.row : 0;
  const r1 = within ? Math.min(within.row + within.rows, sheet.values.length) : sheet.values.length;
  const c0 = within ? within.column : 0;
  const c1 = within ? within.column + within.columns : MAX_COLUMNS;
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let r = r0; r < r1; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    let any = false;
    const end = Math.min(row.length, c1);
    for (let c = c0; c < end; c++) {
      if (!isBlank(row[c])) {
        any = true;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    if (any) {
      if (top < 0) top = r;
      bottom = r;
    }
  }
  if (top < 0) return null;
  return { sheet, row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

function readValues(ref: RangeRef): CellValue[][] | null {
  if (ref.rows * ref.columns > EXCEL_MAX_READ_CELLS) return null;
  const out: CellValue[][] = new Array(ref.rows);
  for (let i = 0; i < ref.rows; i++) {
    const row = ref.sheet.values[ref.row + i];
    const line: CellValue[] = new Array(ref.columns);
    for (let j = 0; j < ref.columns; j++) {
      const v = row?.[ref.column + j];
      line[j] = isBlank(v) ? "" : (v as CellValue);
    }
    out[i] = line;
  }
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** What Excel would show: dates in date-formatted cells, per the workbook's date system. */
function displayText(v: CellValue, format: string, date1904: boolean): string {
  if (typeof v === "number" && /y/i.test(format)) {
    const m = fromExcelSerial(v, date1904);
    if (m === null) return "#######";
    const p = fromMinutes(m);
    return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}${/h/i.test(format) ? ` ${pad(p.hour)}:${pad(p.minute)}` : ""}`;
  }
  if (isBlank(v)) return "";
  return String(v);
}

function checkDims(ref: RangeRef, value: unknown, what: string): unknown[][] {
  if (
    !Array.isArray(value) ||
    value.length !== ref.rows ||
    value.some((row) => !Array.isArray(row) || row.length !== ref.columns)
  ) {
    throw new ExcelError("InvalidArgument", `${what}: the array does not match the size of ${addressOf(ref)}`);
  }
  return value as unknown[][];
}

/** A protected sheet refuses every change to its cells, tables, names and formats. */
function checkUnprotected(sheet: SheetModel, what: string): void {
  if (sheet.protected) throw new ExcelError("AccessDenied", `${what}: sheet "${sheet.name}" is protected`);
}

/** A protected workbook structure refuses adding, deleting, renaming and moving sheets. */
function checkStructure(model: WorkbookModel, what: string): void {
  if (model.structureProtected) throw new ExcelError("AccessDenied", `${what}: the workbook structure is protected`);
}

function writeValues(ref: RangeRef, value: unknown): void {
  checkUnprotected(ref.sheet, "values");
  const rows = checkDims(ref, value, "values");
  const sheet = ref.sheet;
  for (let i = 0; i < ref.rows; i++) {
    const r = ref.row + i;
    const line = (sheet.values[r] ??= []);
    for (let j = 0; j < ref.columns; j++) {
      const c = ref.column + j;
      let v = rows[i][j] as CellValue;
      if (v === null || v === undefined) continue; // null leaves the cell as it is
      if (typeof v === "string" && v.length > EXCEL_MAX_CELL_CHARS)
        throw new ExcelError(
          "InvalidArgument",
          `values: ${v.length} characters in ${letters(ref.column + j)}${r + 1}, over ${EXCEL_MAX_CELL_CHARS}`,
        );
      const key = cellKey(r, c);
      sheet.formulas.delete(key);
      if (typeof v === "string" && formatOf(sheet, r, c) !== "@") {
        if (v.startsWith("'")) v = v.slice(1);
        else if (v.startsWith("=")) sheet.formulas.add(key);
        else if (/^-?\d+(\.\d+)?$/.test(v)) v = Number(v);
      }
      line[c] = v;
    }
  }
}

function writeFormats(ref: RangeRef, value: unknown): void {
  checkUnprotected(ref.sheet, "numberFormat");
  const rows = checkDims(ref, value, "numberFormat");
  for (let i = 0; i < ref.rows; i++) {
    for (let j = 0; j < ref.columns; j++) {
      const f = rows[i][j];
      if (f === null || f === undefined) continue;
      ref.sheet.formats.set(cellKey(ref.row + i, ref.column + j), String(f));
    }
  }
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

// ---------------------------------------------------------------- batches and proxies

interface Op {
  apply(): void;
  requestBytes: number;
  responseBytes?: () => number;
}

/** The user's side of the host: cell-edit mode, and the batches waiting for it to end. */
interface HostState {
  cellEdit: boolean;
  waiting: (() => void)[];
  /** The sync (counted as stats.syncs counts) that fails whole, as a lost connection would. */
  failAtSync?: number;
  payloadLimit: number;
}

interface Ctx {
  host: HostState;
  /** Excel.run's option: hold each batch while the user edits a cell, instead of failing it. */
  delayForCellEdit: boolean;
  model: WorkbookModel;
  stats: FakeStats;
  apiVersion: string;
  queue: Op[];
  touched: Set<MockState>;
  suspendedCalculation: boolean;
  suspendedScreen: boolean;
}

function requireApi(ctx: Ctx, version: string, what: string): void {
  if (!versionAtLeast(ctx.apiVersion, version))
    throw new ExcelError("ApiNotFound", `${what} needs ExcelApi ${version}`);
}

function enqueue(ctx: Ctx, requestBytes: number, apply: () => void, responseBytes?: () => number): void {
  ctx.queue.push({ apply, requestBytes: requestBytes + 40, responseBytes });
}

async function sync(ctx: Ctx): Promise<void> {
  while (ctx.host.cellEdit) {
    if (!ctx.delayForCellEdit) {
      ctx.queue = [];
      ctx.suspendedCalculation = false;
      ctx.suspendedScreen = false;
      throw new ExcelError(
        "InvalidOperationInCellEditMode",
        "the operation isn't available while Excel is in Edit cell mode",
      );
    }
    await new Promise<void>((resolve) => ctx.host.waiting.push(resolve));
  }
  const ops = ctx.queue;
  ctx.queue = [];
  let requestBytes = 0;
  let responseBytes = 0;
  ctx.stats.syncs++;
  const record: SyncRecord = {
    requestBytes: 0,
    responseBytes: 0,
    suspendedCalculation: ctx.suspendedCalculation,
    suspendedScreen: ctx.suspendedScreen,
  };
  ctx.suspendedCalculation = false;
  ctx.suspendedScreen = false;
  if (ctx.host.failAtSync === ctx.stats.syncs) {
    record.refused = "GeneralException";
    ctx.stats.batches.push(record);
    throw new ExcelError("GeneralException", `injected failure of sync ${ctx.stats.syncs}`);
  }
  for (const op of ops) requestBytes += op.requestBytes;
  record.requestBytes = requestBytes;
  ctx.stats.batches.push(record);
  if (requestBytes > ctx.host.payloadLimit) {
    record.refused = "RequestPayloadSizeLimitExceeded";
    throw new ExcelError(record.refused, `${requestBytes} bytes`);
  }
  for (const op of ops) {
    op.apply();
    if (op.responseBytes) responseBytes += op.responseBytes();
  }
  record.responseBytes = responseBytes;
  if (responseBytes > ctx.host.payloadLimit) {
    record.refused = "ResponsePayloadSizeLimitExceeded";
    throw new ExcelError(record.refused, `${responseBytes} bytes`);
  }
  ctx.stats.maxPayloadBytes = Math.max(ctx.stats.maxPayloadBytes, requestBytes, responseBytes);
  for (const state of ctx.touched) await state.sync();
  ctx.touched.clear();
  // office-addin-mock settles each property in a microtask of its own; let them all run.
  await new Promise((resolve) => setImmediate(resolve));
}

interface ObjectDef<M> {
  kind: string;
  /** Loadable scalar properties. */
  props?: Record<string, (model: M) => unknown>;
  /** Settable properties: the setter runs at sync. */
  setters?: Record<string, (model: M, value: unknown) => void>;
  /** Methods, called when queued; they queue ops themselves and may return proxies. */
  methods?: Record<string, (...args: unknown[]) => unknown>;
  /** Navigation properties. */
  children?: Record<string, () => unknown>;
  /** Collections: what `items` holds. */
  items?: (model: M) => unknown[];
}

const PASS_THROUGH = new Set<string | symbol>([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "constructor",
]);
const RESOLVED = Symbol("resolved");

/**
 * A proxy object: `resolve` finds its model when a queued op first needs it (memoized, like Excel's
 * object paths), returning null for a null object.
 */
function makeObject<M>(
  ctx: Ctx,
  def: ObjectDef<M>,
  resolve: () => M | null,
): Record<string | symbol, unknown> & { [RESOLVED]: () => M | null } {
  const state = new OfficeMockObject({}) as unknown as MockState;
  let memo: { model: M | null } | null = null;
  const resolveOnce = (): M | null => {
    if (!memo) memo = { model: resolve() };
    return memo.model;
  };
  const need = (what: string): M => {
    const m = resolveOnce();
    if (m === null) throw new ExcelError("ItemNotFound", `${def.kind}.${what} on a null object`);
    return m;
  };
  let isNull = false;
  const childCache = new Map<string, unknown>();

  const load = (spec?: string | string[]): unknown => {
    if (spec === undefined) throw new Error(`fake: ${def.kind}.load() without properties loads everything; name them`);
    const parts = (Array.isArray(spec) ? spec : spec.split(",")).map((s) => s.trim()).filter(Boolean);
    const scalar: string[] = [];
    const itemProps: string[] = [];
    for (const p of parts) {
      if (p.startsWith("items/")) {
        if (!def.items) throw new Error(`fake: ${def.kind} is not a collection`);
        itemProps.push(p.slice(6));
      } else if (p === "isNullObject" || def.props?.[p]) scalar.push(p);
      else throw new ExcelError("PropertyNotLoaded", `${def.kind} has no loadable property "${p}"`);
    }
    if (itemProps.length > 0) scalar.push("items");
    for (const p of scalar) {
      state.setValue(p, undefined);
      state.load(p);
    }
    let response = 0;
    enqueue(
      ctx,
      jsonBytes(parts),
      () => {
        const m = resolveOnce();
        isNull = m === null;
        ctx.touched.add(state);
        for (const p of scalar) {
          let v: unknown;
          if (p === "isNullObject") v = isNull;
          else if (isNull) continue;
          else if (p === "items") {
            const items = (def.items as (m: M) => unknown[])(m as M);
            v = items;
            for (const item of items)
              response += (item as { [LOAD_NOW]: (props: string[]) => number })[LOAD_NOW](itemProps);
          } else {
            v = (def.props as Record<string, (m: M) => unknown>)[p](m as M);
            response += jsonBytes(v);
          }
          state.setValue(p, v);
          state.load(p);
        }
      },
      () => response,
    );
    return proxy;
  };

  /** Loads properties at once during a sync (items of a loaded collection). */
  const loadNow = (props: string[]): number => {
    const m = need("load");
    let bytes = 0;
    for (const p of props) {
      const getter = def.props?.[p];
      if (!getter) throw new ExcelError("PropertyNotLoaded", `${def.kind} has no loadable property "${p}"`);
      const v = getter(m);
      bytes += jsonBytes(v);
      state.setValue(p, v);
      state.load(p);
    }
    ctx.touched.add(state);
    return bytes;
  };

  const target: Record<string | symbol, unknown> = {};
  const proxy: Record<string | symbol, unknown> & { [RESOLVED]: () => M | null } = new Proxy(target, {
    get(_t, key) {
      if (key === RESOLVED) return resolveOnce;
      if (key === LOAD_NOW) return loadNow;
      if (key === NEED) return need;
      if (typeof key === "symbol" || PASS_THROUGH.has(key)) return undefined;
      if (key === "load") return load;
      if (def.methods?.[key]) return def.methods[key];
      if (def.children?.[key]) {
        if (!childCache.has(key)) childCache.set(key, def.children[key]());
        return childCache.get(key);
      }
      if (key === "isNullObject" || key === "items" || def.props?.[key]) {
        if (!(key in state))
          throw new ExcelError("PropertyNotLoaded", `${def.kind}.${key} was read without load() and context.sync()`);
        const v = state[key];
        if (v === NOT_LOADED || v === NOT_SYNCED) throw new ExcelError("PropertyNotLoaded", `${def.kind}.${key}: ${v}`);
        if (isNull && key !== "isNullObject")
          throw new ExcelError("ItemNotFound", `${def.kind}.${key} read on a null object`);
        return v;
      }
      if (def.setters?.[key]) throw new ExcelError("PropertyNotLoaded", `${def.kind}.${key} is write-only here`);
      throw new Error(`fake: ${def.kind}.${key} is not part of this fake`);
    },
    set(_t, key, value) {
      if (typeof key === "string" && def.setters?.[key]) {
        const setter = def.setters[key];
        enqueue(ctx, jsonBytes(value), () => setter(need(`${key}=`), value));
        return true;
      }
      throw new Error(`fake: ${def.kind}.${String(key)} cannot be set`);
    },
  }) as Record<string | symbol, unknown> & { [RESOLVED]: () => M | null };
  return proxy;
}

const LOAD_NOW = Symbol("loadNow");
const NEED = Symbol("need");

function needOf<M>(proxy: unknown, what: string): M {
  return (proxy as { [NEED]: (w: string) => M })[NEED](what);
}

/** Formatting objects nobody reads back: sets and calls are logged on the sheet. */
function recorder(
  ctx: Ctx,
  sheetOf: () => SheetModel,
  path: string,
  requirement?: string,
  where: () => string = () => "",
): unknown {
  const cache = new Map<string, unknown>();
  const fn = function () {
    /* callable */
  };
  return new Proxy(fn, {
    get(_t, key) {
      if (typeof key === "symbol" || PASS_THROUGH.has(key)) return undefined;
      if (!cache.has(key)) cache.set(key, recorder(ctx, sheetOf, `${path}.${key}`, requirement, where));
      return cache.get(key);
    },
    set(_t, key, value) {
      if (requirement) requireApi(ctx, requirement, path);
      enqueue(ctx, jsonBytes(value), () => {
        checkUnprotected(sheetOf(), path);
        sheetOf().log.push(`${path}.${String(key)}${where()}=${JSON.stringify(value)}`);
      });
      return true;
    },
    apply(_t, _this, args) {
      if (requirement) requireApi(ctx, requirement, path);
      const plain = args.filter((a) => typeof a !== "object");
      const call = `${path}(${plain.map((a) => JSON.stringify(a)).join(",")})`;
      enqueue(ctx, jsonBytes(plain), () => {
        checkUnprotected(sheetOf(), path);
        sheetOf().log.push(`${path}${where()}(${plain.map((a) => JSON.stringify(a)).join(",")})`);
      });
      // What a getter method returns (format.borders.getItem("EdgeTop")) records further under its call.
      return recorder(ctx, sheetOf, call, requirement, where);
    },
  });
}

const PAPER_TYPES = new Set(["Letter", "A3", "A4", "A5", "B4", "B5", "Legal", "Executive"]);
const MARGIN_PROPS = {
  leftMargin: "left",
  rightMargin: "right",
  topMargin: "top",
  bottomMargin: "bottom",
  headerMargin: "header",
  footerMargin: "footer",
} as const;

/**
 * Excel.PageLayout (ExcelApi 1.9): only its real properties and methods, values checked as Excel checks
 * them (an orientation or paper Excel does not know, a scale outside 10–400, a print area that is not an
 * address, print titles that are not whole rows are refused).
 */
function pageLayoutProxy(ctx: Ctx, sheetOf: () => SheetModel): unknown {
  const set =
    (what: string, check: (v: unknown) => boolean, put: (p: PrintModel, v: unknown) => void) =>
    (sheet: SheetModel, v: unknown): void => {
      checkUnprotected(sheet, `pageLayout.${what}`);
      if (!check(v)) throw new ExcelError("InvalidArgument", `pageLayout.${what} = ${JSON.stringify(v)}`);
      put(sheet.print, v);
    };
  const margin = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  const setters: Record<string, (model: SheetModel, value: unknown) => void> = {
    paperSize: set(
      "paperSize",
      (v) => PAPER_TYPES.has(v as string),
      (p, v) => (p.paperSize = v as string),
    ),
    orientation: set(
      "orientation",
      (v) => v === "Portrait" || v === "Landscape",
      (p, v) => (p.orientation = v as PrintModel["orientation"]),
    ),
    zoom: set(
      "zoom",
      (v) => {
        if (typeof v !== "object" || v === null) return false;
        const z = v as Record<string, unknown>;
        if (Object.keys(z).some((k) => !["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k)))
          return false;
        if (z.scale !== undefined)
          return Number.isInteger(z.scale) && (z.scale as number) >= 10 && (z.scale as number) <= 400;
        return z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
      },
      (p, v) => (p.zoom = { ...(v as object) }),
    ),
    centerHorizontally: set(
      "centerHorizontally",
      (v) => typeof v === "boolean",
      (p, v) => (p.centerHorizontally = v as boolean),
    ),
  };
  for (const [prop, side] of Object.entries(MARGIN_PROPS))
    setters[prop] = set(prop, margin, (p, v) => (p.margins[side] = v as number));
  const method = (name: string, apply: (sheet: SheetModel, address: string) => void) => (address: unknown) => {
    requireApi(ctx, "1.9", `pageLayout.${name}`);
    if (typeof address !== "string") throw new Error(`fake: pageLayout.${name} is given an address here`);
    enqueue(ctx, jsonBytes(address), () => {
      const sheet = sheetOf();
      checkUnprotected(sheet, `pageLayout.${name}`);
      apply(sheet, address);
    });
  };
  const object = makeObject<SheetModel>(
    ctx,
    {
      kind: "PageLayout",
      setters,
      methods: {
        setPrintArea: method("setPrintArea", (sheet, address) => {
          parseAddress(sheet, address);
          sheet.print.printArea = address;
        }),
        setPrintTitleRows: method("setPrintTitleRows", (sheet, address) => {
          if (!/^\$?\d+:\$?\d+$/.test(address))
            throw new ExcelError("InvalidArgument", `setPrintTitleRows("${address}"): whole rows only`);
          sheet.print.printTitleRows = address;
        }),
      },
    },
    sheetOf,
  );
  // Setting a property needs the requirement set too: checked when the set is queued, as Excel does.
  return new Proxy(object, {
    set(target, key, value) {
      requireApi(ctx, "1.9", `pageLayout.${String(key)}`);
      target[key] = value;
      return true;
    },
  });
}

// ---------------------------------------------------------------- Excel objects
/** A property Excel reads back from a range's format: one value when every cell (row, column) agrees, else null. */
interface Modelled {
  read(r: RangeRef): unknown;
  write(r: RangeRef, value: unknown): void;
}

function uniform<T>(values: Iterable<T>): T | null {
  let first: { v: T } | null = null;
  for (const v of values) {
    if (first === null) first = { v };
    else if (first.v !== v) return null;
  }
  return first === null ? null : first.v;
}

function* cellsOf(r: RangeRef): Generator<[number, number]> {
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.columns; j++) yield [r.row + i, r.column + j];
}

function styleField(key: keyof CellStyle): Modelled {
  return {
    read: (r) =>
      uniform(
        (function* () {
          for (const [i, j] of cellsOf(r)) yield r.sheet.styles.get(cellKey(i, j))?.[key] ?? DEFAULT_STYLE[key];
        })(),
      ),
    write: (r, value) => {
      for (const [i, j] of cellsOf(r)) {
        const k = cellKey(i, j);
        r.sheet.styles.set(k, { ...r.sheet.styles.get(k), [key]: value });
      }
    },
  };
}

const COLUMN_WIDTH: Modelled = {
  read: (r) =>
    uniform(
      (function* () {
        for (let j = 0; j < r.columns; j++) yield r.sheet.columnWidths.get(r.column + j) ?? DEFAULT_COLUMN_POINTS;
      })(),
    ),
  write: (r, value) => {
    for (let j = 0; j < r.columns; j++) r.sheet.columnWidths.set(r.column + j, value as number);
  },
};

const ROW_HEIGHT: Modelled = {
  read: (r) =>
    uniform(
      (function* () {
        for (let i = 0; i < r.rows; i++) yield r.sheet.rowHeights.get(r.row + i) ?? DEFAULT_ROW_POINTS;
      })(),
    ),
  write: (r, value) => {
    for (let i = 0; i < r.rows; i++) r.sheet.rowHeights.set(r.row + i, value as number);
  },
};

/**
 * A range's format object whose fill colour, font bold and colour, column width and row height are kept on
 * the sheet and read back as Excel answers them (null where the range's cells differ: excel.rangeformat,
 * excel.rangefill, excel.rangefont); everything else is recorded as the other formatting objects are.
 */
function rangeFormatProxy(ctx: Ctx, rangeOf: () => RangeRef): unknown {
  const fill = () => styledProxy(ctx, rangeOf, "format.fill", { color: styleField("fill") }, {});
  const font = () =>
    styledProxy(ctx, rangeOf, "format.font", { bold: styleField("bold"), color: styleField("color") }, {});
  return styledProxy(ctx, rangeOf, "format", { columnWidth: COLUMN_WIDTH, rowHeight: ROW_HEIGHT }, { fill, font });
}

function styledProxy(
  ctx: Ctx,
  rangeOf: () => RangeRef,
  path: string,
  fields: Record<string, Modelled>,
  children: Record<string, () => unknown>,
): unknown {
  const where = () => `@${addressOf(rangeOf())}`;
  const rest = recorder(ctx, () => rangeOf().sheet, path, undefined, where) as Record<string, unknown>;
  const state = new OfficeMockObject({}) as unknown as MockState;
  const childCache = new Map<string, unknown>();
  const load = (spec?: string | string[]): unknown => {
    if (spec === undefined) throw new Error(`fake: ${path}.load() without properties loads everything; name them`);
    const parts = (Array.isArray(spec) ? spec : spec.split(",")).map((p) => p.trim()).filter(Boolean);
    for (const p of parts) {
      if (!fields[p]) throw new Error(`fake: ${path}.${p} is not modelled for reading`);
      state.setValue(p, undefined);
      state.load(p);
    }
    let response = 0;
    enqueue(
      ctx,
      jsonBytes(parts),
      () => {
        const r = rangeOf();
        ctx.touched.add(state);
        for (const p of parts) {
          const v = fields[p].read(r);
          response += jsonBytes(v);
          state.setValue(p, v);
          state.load(p);
        }
      },
      () => response,
    );
    return proxy;
  };
  const proxy: unknown = new Proxy({} as Record<string, unknown>, {
    get(_t, key) {
      if (typeof key === "symbol" || PASS_THROUGH.has(key)) return undefined;
      if (key === "load") return load;
      if (fields[key]) {
        if (!(key in state))
          throw new ExcelError("PropertyNotLoaded", `${path}.${key} was read without load() and context.sync()`);
        const v = state[key];
        if (v === NOT_LOADED || v === NOT_SYNCED) throw new ExcelError("PropertyNotLoaded", `${path}.${key}: ${v}`);
        return v;
      }
      if (children[key]) {
        if (!childCache.has(key)) childCache.set(key, children[key]());
        return childCache.get(key);
      }
      return rest[key];
    },
    set(_t, key, value) {
      if (typeof key === "string" && fields[key]) {
        enqueue(ctx, jsonBytes(value), () => {
          const r = rangeOf();
          checkUnprotected(r.sheet, path);
          r.sheet.log.push(`${path}.${key}${where()}=${JSON.stringify(value)}`);
          fields[key].write(r, value);
        });
        return true;
      }
      rest[key as string] = value;
      return true;
    },
  });
  return proxy;
}

function rangeProxy(ctx: Ctx, compute: () => RangeRef | null, kind = "Range"): unknown {
  const self: unknown = makeObject<RangeRef>(
    ctx,
    {
      kind,
      props: {
        address: (r) => addressOf(r),
        rowIndex: (r) => r.row,
        columnIndex: (r) => r.column,
        rowCount: (r) => r.rows,
        columnCount: (r) => r.columns,
        values: (r) => readValues(r),
        text: (r) => {
          if (r.rows * r.columns > EXCEL_MAX_READ_CELLS) return null;
          const values = readValues(r) as CellValue[][];
          return values.map((row, i) =>
            row.map((v, j) => displayText(v, formatOf(r.sheet, r.row + i, r.column + j), ctx.model.date1904)),
          );
        },
        numberFormat: (r) => {
          const out: string[][] = [];
          for (let i = 0; i < r.rows; i++)
            out.push(Array.from({ length: r.columns }, (_, j) => formatOf(r.sheet, r.row + i, r.column + j)));
          return out;
        },
      },
      setters: {
        values: (r, v) => writeValues(r, v),
        numberFormat: (r, v) => writeFormats(r, v),
      },
      methods: {
        getUsedRangeOrNullObject: (valuesOnly?: unknown) => {
          requireApi(ctx, "1.4", "Range.getUsedRangeOrNullObject");
          if (valuesOnly !== true) throw new Error("fake: only getUsedRangeOrNullObject(true) is modelled");
          return rangeProxy(ctx, () =>
            usedRangeOf(needOf<RangeRef>(self, "getUsedRange").sheet, needOf<RangeRef>(self, "getUsedRange")),
          );
        },
        getCell: (row: unknown, column: unknown) =>
          rangeProxy(ctx, () => {
            const r = needOf<RangeRef>(self, "getCell");
            return {
              sheet: r.sheet,
              row: r.row + (row as number),
              column: r.column + (column as number),
              rows: 1,
              columns: 1,
            };
          }),
        merge: (across?: unknown) => {
          enqueue(ctx, jsonBytes(across ?? false), () => {
            const r = needOf<RangeRef>(self, "merge");
            checkUnprotected(r.sheet, "merge");
            r.sheet.log.push(`merge@${addressOf(r)}(${JSON.stringify(across ?? false)})`);
          });
        },
        select: () => {
          enqueue(ctx, 0, () => {
            const r = needOf<RangeRef>(self, "select");
            if (r.sheet.visibility !== "Visible")
              throw new ExcelError("InvalidOperation", `select() on hidden sheet "${r.sheet.name}"`);
            if (ctx.model.activeSheet !== r.sheet.name)
              throw new ExcelError("InvalidSelection", "select() on a sheet that is not active");
            ctx.model.selection = addressOf(r);
          });
        },
      },
      children: {
        format: () => rangeFormatProxy(ctx, () => needOf<RangeRef>(self, "format")),
        dataValidation: () =>
          makeObject<RangeRef>(
            ctx,
            {
              kind: "DataValidation",
              setters: {
                rule: (r, v) => {
                  requireApi(ctx, "1.8", "DataValidation");
                  checkUnprotected(r.sheet, "DataValidation.rule");
                  r.sheet.validations.push({ address: addressOf(r), rule: v });
                },
                errorAlert: (r, v) => {
                  requireApi(ctx, "1.8", "DataValidation");
                  r.sheet.log.push(`dataValidation.errorAlert@${addressOf(r)}=${JSON.stringify(v)}`);
                },
              },
            },
            () => needOf<RangeRef>(self, "dataValidation"),
          ),
        conditionalFormats: () =>
          makeObject<RangeRef>(
            ctx,
            {
              kind: "ConditionalFormatCollection",
              methods: {
                add: (type: unknown) => {
                  requireApi(ctx, "1.6", "ConditionalFormatCollection.add");
                  enqueue(ctx, jsonBytes(type), () => {
                    const r = needOf<RangeRef>(self, "conditionalFormats");
                    checkUnprotected(r.sheet, "ConditionalFormatCollection.add");
                    r.sheet.conditionalFormats.push({ address: addressOf(r), type: String(type) });
                  });
                  return recorder(
                    ctx,
                    () => needOf<RangeRef>(self, "conditionalFormats").sheet,
                    `conditionalFormat(${String(type)})`,
                    "1.6",
                  );
                },
              },
            },
            () => needOf<RangeRef>(self, "conditionalFormats"),
          ),
      },
    },
    compute,
  );
  return self;
}

function refOf(range: unknown, what: string): RangeRef {
  return needOf<RangeRef>(range, what);
}

/** Excel keeps every reference to a renamed sheet pointing at it: so do the addresses the fake records. */
function followRename(model: WorkbookModel, from: string, to: string): void {
  const fix = (text: string): string => text.split(`${from}!`).join(`${to}!`);
  for (const t of model.tables) t.address = fix(t.address);
  for (const sheet of model.sheets) {
    sheet.log = sheet.log.map(fix);
    for (const cf of sheet.conditionalFormats) cf.address = fix(cf.address);
    for (const v of sheet.validations) v.address = fix(v.address);
    if (sheet.autoFilter) sheet.autoFilter = fix(sheet.autoFilter);
    for (const c of sheet.charts) {
      if (c.position) c.position = fix(c.position);
      for (const x of c.series) {
        x.values = fix(x.values);
        if (x.xValues) x.xValues = fix(x.xValues);
      }
    }
  }
  if (model.selection) model.selection = fix(model.selection);
}

function sheetByName(model: WorkbookModel, name: string): SheetModel | null {
  return model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
}

function worksheetProxy(ctx: Ctx, resolve: () => SheetModel | null): unknown {
  const model = ctx.model;
  const self: unknown = makeObject<SheetModel>(
    ctx,
    {
      kind: "Worksheet",
      props: {
        name: (s) => s.name,
        position: (s) => model.sheets.indexOf(s),
        visibility: (s) => s.visibility,
      },
      setters: {
        name: (s, v) => {
          checkStructure(model, "Worksheet.name");
          const n = String(v);
          if (n.length === 0 || n.length > 31 || INVALID_SHEET_NAME.test(n))
            throw new ExcelError("InvalidArgument", `sheet name "${n}"`);
          const other = sheetByName(model, n);
          if (other && other !== s) throw new ExcelError("ItemAlreadyExists", `sheet "${n}"`);
          if (model.activeSheet === s.name) model.activeSheet = n;
          followRename(model, quoteSheet(s.name), quoteSheet(n));
          s.name = n;
        },
        position: (s, v) => {
          checkStructure(model, "Worksheet.position");
          const i = model.sheets.indexOf(s);
          model.sheets.splice(i, 1);
          model.sheets.splice(Math.min(Number(v), model.sheets.length), 0, s);
        },
      },
      methods: {
        delete: () =>
          enqueue(ctx, 0, () => {
            const s = needOf<SheetModel>(self, "delete");
            checkStructure(model, "Worksheet.delete");
            if (s.visibility === "VeryHidden")
              throw new ExcelError(
                "InvalidOperation",
                `delete() of VeryHidden sheet "${s.name}": make it visible first`,
              );
            if (model.sheets.length === 1) throw new ExcelError("InvalidOperation", "a workbook must keep one sheet");
            model.sheets.splice(model.sheets.indexOf(s), 1);
            model.tables = model.tables.filter((t) => t.sheet !== s);
            if (model.activeSheet === s.name) model.activeSheet = model.sheets[0].name;
          }),
        activate: () =>
          enqueue(ctx, 0, () => {
            const s = needOf<SheetModel>(self, "activate");
            if (s.visibility !== "Visible")
              throw new ExcelError("InvalidOperation", `activate() on ${s.visibility} sheet "${s.name}"`);
            model.activeSheet = s.name;
            model.selection = null;
          }),
        getRange: (address: unknown) =>
          rangeProxy(ctx, () => parseAddress(needOf<SheetModel>(self, "getRange"), String(address))),
        getRangeByIndexes: (row: unknown, column: unknown, rows: unknown, columns: unknown) => {
          requireApi(ctx, "1.7", "Worksheet.getRangeByIndexes");
          const [r, c, n, m] = [row, column, rows, columns].map(Number);
          if (r < 0 || c < 0 || n < 1 || m < 1 || r + n > MAX_ROWS || c + m > MAX_COLUMNS) {
            throw new ExcelError("InvalidArgument", `getRangeByIndexes(${r}, ${c}, ${n}, ${m})`);
          }
          return rangeProxy(ctx, () => ({
            sheet: needOf<SheetModel>(self, "getRangeByIndexes"),
            row: r,
            column: c,
            rows: n,
            columns: m,
          }));
        },
        getUsedRangeOrNullObject: (valuesOnly?: unknown) => {
          requireApi(ctx, "1.4", "Worksheet.getUsedRangeOrNullObject");
          if (valuesOnly !== true) throw new Error("fake: only getUsedRangeOrNullObject(true) is modelled");
          return rangeProxy(ctx, () => usedRangeOf(needOf<SheetModel>(self, "getUsedRange")));
        },
      },
      children: {
        names: () => namesProxy(ctx, () => needOf<SheetModel>(self, "names")),
        protection: () =>
          makeObject<SheetModel>(ctx, { kind: "WorksheetProtection", props: { protected: (s) => s.protected } }, () =>
            needOf<SheetModel>(self, "protection"),
          ),
        tables: () => tablesProxy(ctx, () => needOf<SheetModel>(self, "tables")),
        charts: () => chartsProxy(ctx, () => needOf<SheetModel>(self, "charts")),
        freezePanes: () =>
          makeObject<SheetModel>(
            ctx,
            {
              kind: "WorksheetFreezePanes",
              methods: {
                freezeRows: (n: unknown) => {
                  requireApi(ctx, "1.7", "freezePanes");
                  enqueue(ctx, 8, () => {
                    needOf<SheetModel>(self, "freezePanes").frozenRows = Number(n);
                  });
                },
              },
            },
            () => needOf<SheetModel>(self, "freezePanes"),
          ),
        autoFilter: () =>
          makeObject<SheetModel>(
            ctx,
            {
              kind: "AutoFilter",
              methods: {
                apply: (range: unknown) => {
                  requireApi(ctx, "1.9", "AutoFilter");
                  enqueue(ctx, 8, () => {
                    needOf<SheetModel>(self, "autoFilter").autoFilter = addressOf(refOf(range, "autoFilter"));
                  });
                },
              },
            },
            () => needOf<SheetModel>(self, "autoFilter"),
          ),
        pageLayout: () => pageLayoutProxy(ctx, () => needOf<SheetModel>(self, "pageLayout")),
        horizontalPageBreaks: () =>
          makeObject<SheetModel>(
            ctx,
            {
              kind: "PageBreakCollection",
              methods: {
                add: (at: unknown) => {
                  requireApi(ctx, "1.9", "horizontalPageBreaks");
                  enqueue(ctx, 16, () => {
                    const sheet = needOf<SheetModel>(self, "horizontalPageBreaks");
                    checkUnprotected(sheet, "horizontalPageBreaks");
                    const ref =
                      typeof at === "string" ? parseAddress(sheet, at) : refOf(at, "horizontalPageBreaks.add");
                    if (ref.row === 0) throw new ExcelError("InvalidArgument", "a page break above row 1");
                    sheet.print.rowBreaks.push(ref.row);
                  });
                },
              },
            },
            () => needOf<SheetModel>(self, "horizontalPageBreaks"),
          ),
      },
    },
    resolve,
  );
  return self;
}

function namesProxy(ctx: Ctx, sheetOf: () => SheetModel): unknown {
  const named = (resolve: () => NameModel | null): unknown => {
    const self: unknown = makeObject<NameModel>(
      ctx,
      {
        kind: "NamedItem",
        props: { name: (n) => n.name, formula: (n) => n.formula, visible: (n) => n.visible, comment: (n) => n.comment },
        setters: {
          visible: (n, v) => {
            checkUnprotected(sheetOf(), "NamedItem.visible");
            n.visible = Boolean(v);
          },
        },
        methods: {
          delete: () => {
            requireApi(ctx, "1.4", "NamedItem.delete");
            enqueue(ctx, 0, () => {
              const n = needOf<NameModel>(self, "delete");
              const s = sheetOf();
              checkUnprotected(s, "NamedItem.delete");
              s.names.splice(s.names.indexOf(n), 1);
            });
          },
        },
      },
      resolve,
    );
    return self;
  };
  return makeObject<SheetModel>(
    ctx,
    {
      kind: "NamedItemCollection",
      items: (s) => s.names.map((n) => named(() => n)),
      methods: {
        add: (name: unknown, reference: unknown, comment?: unknown) => {
          requireApi(ctx, "1.4", "NamedItemCollection.add");
          let created: NameModel | null = null;
          enqueue(ctx, jsonBytes([name, reference, comment]), () => {
            const s = sheetOf();
            checkUnprotected(s, "NamedItemCollection.add");
            const n = String(name);
            if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(n)) throw new ExcelError("InvalidArgument", `name "${n}"`);
            if (s.names.some((x) => x.name.toLowerCase() === n.toLowerCase()))
              throw new ExcelError("ItemAlreadyExists", `name "${n}"`);
            created = {
              name: n,
              formula: String(reference),
              comment: comment === undefined ? "" : String(comment),
              visible: true,
            };
            s.names.push(created);
          });
          return named(() => created);
        },
        getItem: (name: unknown) =>
          named(() => {
            const n = sheetOf().names.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
            if (!n) throw new ExcelError("ItemNotFound", `name "${String(name)}"`);
            return n;
          }),
        getItemOrNullObject: (name: unknown) => {
          requireApi(ctx, "1.4", "NamedItemCollection.getItemOrNullObject");
          return named(() => sheetOf().names.find((x) => x.name.toLowerCase() === String(name).toLowerCase()) ?? null);
        },
      },
    },
    sheetOf,
  );
}

function tableRef(t: TableModel): RangeRef {
  return parseAddress(t.sheet, t.address.split("!")[1]);
}

/**
 * Table.rows.add at the end, as Excel does it: the cells below the table, in its columns, move down; the new
 * rows take the number formats of the table's last row, and the data validation of its columns grows with it.
 */
function addTableRows(t: TableModel, values: unknown): void {
  const ref = tableRef(t);
  if (!Array.isArray(values) || values.length === 0)
    throw new ExcelError("InvalidArgument", "rows.add: values must be a non-empty 2-D array");
  const n = values.length;
  const sheet = t.sheet;
  const end = ref.row + ref.rows; // first row below the table
  for (let r = sheet.values.length - 1; r >= end; r--) {
    for (let c = ref.column; c < ref.column + ref.columns; c++) {
      const line = sheet.values[r];
      if (!line || isBlank(line[c])) continue;
      (sheet.values[r + n] ??= [])[c] = line[c];
      line[c] = "";
      const f = sheet.formats.get(cellKey(r, c));
      if (f !== undefined) {
        sheet.formats.set(cellKey(r + n, c), f);
        sheet.formats.delete(cellKey(r, c));
      }
    }
  }
  for (let i = 0; i < n; i++)
    for (let c = ref.column; c < ref.column + ref.columns; c++) {
      const f = sheet.formats.get(cellKey(end - 1, c));
      if (f !== undefined) sheet.formats.set(cellKey(end + i, c), f);
      else sheet.formats.delete(cellKey(end + i, c));
    }
  writeValues({ sheet, row: end, column: ref.column, rows: n, columns: ref.columns }, values);
  const grown = { ...ref, rows: ref.rows + n };
  for (const v of sheet.validations) {
    const a = parseAddress(sheet, v.address.split("!")[1]);
    if (a.row + a.rows === end && a.column >= ref.column && a.column + a.columns <= ref.column + ref.columns)
      v.address = addressOf({ ...a, rows: a.rows + n });
  }
  t.address = addressOf(grown);
}

function tableProxy(ctx: Ctx, resolve: () => TableModel | null): unknown {
  const self: unknown = makeObject<TableModel>(
    ctx,
    {
      kind: "Table",
      props: { name: (t) => t.name, style: (t) => t.style },
      methods: {
        getRange: () => rangeProxy(ctx, () => tableRef(needOf<TableModel>(self, "getRange"))),
        getHeaderRowRange: () =>
          rangeProxy(ctx, () => ({ ...tableRef(needOf<TableModel>(self, "getHeaderRowRange")), rows: 1 })),
      },
      children: {
        worksheet: () => worksheetProxy(ctx, () => needOf<TableModel>(self, "worksheet").sheet),
        rows: () =>
          makeObject<TableModel>(
            ctx,
            {
              kind: "TableRowCollection",
              methods: {
                add: (index: unknown, values: unknown) => {
                  if (index !== undefined && index !== null)
                    throw new Error("fake: only rows.add(undefined, values) (at the end) is modelled");
                  enqueue(ctx, jsonBytes(values), () => addTableRows(needOf<TableModel>(self, "rows.add"), values));
                },
              },
            },
            () => needOf<TableModel>(self, "rows"),
          ),
      },
      setters: {
        name: (t, v) => {
          checkUnprotected(t.sheet, "Table.name");
          const n = String(v);
          if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(n)) throw new ExcelError("InvalidArgument", `table name "${n}"`);
          if (ctx.model.tables.some((x) => x !== t && x.name.toLowerCase() === n.toLowerCase()))
            throw new ExcelError("ItemAlreadyExists", `table "${n}"`);
          t.name = n;
        },
        style: (t, v) => (t.style = String(v)),
      },
    },
    resolve,
  );
  return self;
}

function tablesProxy(ctx: Ctx, sheetOf: (() => SheetModel) | null): unknown {
  const model = ctx.model;
  return makeObject<WorkbookModel>(
    ctx,
    {
      kind: "TableCollection",
      items: (m) => m.tables.filter((t) => !sheetOf || t.sheet === sheetOf()).map((t) => tableProxy(ctx, () => t)),
      methods: {
        getItem: (name: unknown) =>
          tableProxy(ctx, () => {
            const key = String(name).toLowerCase();
            const t = model.tables.find((x) => x.name.toLowerCase() === key && (!sheetOf || x.sheet === sheetOf()));
            if (!t) throw new ExcelError("ItemNotFound", `table "${String(name)}"`);
            return t;
          }),
        add: (range: unknown, hasHeaders: unknown) => {
          let created: TableModel | null = null;
          enqueue(ctx, jsonBytes([typeof range === "string" ? range : null, hasHeaders]), () => {
            const ref =
              typeof range === "string"
                ? parseAddress(sheetOf ? sheetOf() : model.sheets[0], range)
                : refOf(range, "tables.add");
            if (sheetOf && ref.sheet !== sheetOf())
              throw new ExcelError("InvalidArgument", "table range on another sheet");
            checkUnprotected(ref.sheet, "TableCollection.add");
            const overlaps = model.tables.some((t) => {
              if (t.sheet !== ref.sheet) return false;
              const o = parseAddress(t.sheet, t.address.split("!")[1]);
              return (
                o.row < ref.row + ref.rows &&
                ref.row < o.row + o.rows &&
                o.column < ref.column + ref.columns &&
                ref.column < o.column + o.columns
              );
            });
            if (overlaps) throw new ExcelError("InvalidOperation", "tables cannot overlap");
            let k = model.tables.length + 1;
            while (model.tables.some((t) => t.name === `Table${k}`)) k++;
            created = { name: `Table${k}`, sheet: ref.sheet, address: addressOf(ref), style: "TableStyleMedium2" };
            model.tables.push(created);
          });
          return tableProxy(ctx, () => created);
        },
      },
    },
    () => model,
  );
}

function chartsProxy(ctx: Ctx, sheetOf: () => SheetModel): unknown {
  return makeObject<SheetModel>(
    ctx,
    {
      kind: "ChartCollection",
      methods: {
        add: (type: unknown, source: unknown, seriesBy: unknown) => {
          let chart: ChartModel | null = null;
          enqueue(ctx, jsonBytes([type, seriesBy]), () => {
            const ref = refOf(source, "charts.add");
            checkUnprotected(ref.sheet, "ChartCollection.add");
            chart = {
              type: String(type),
              seriesBy: String(seriesBy),
              title: "",
              series: guessSeries(ref, String(seriesBy)),
              position: null,
            };
            sheetOf().charts.push(chart);
          });
          return chartProxy(ctx, sheetOf, () => chart);
        },
      },
    },
    sheetOf,
  );
}

/**
 * Excel's own reading of a chart's source (charts.add without setValues): one series per column (or
 * row, by `seriesBy`); when the first row (column) holds no number but the rest does, it is taken for
 * the series' names, and the values start below it. A blank first cell above numbers is read the same way.
 */
function guessSeries(ref: RangeRef, seriesBy: string): ChartModel["series"] {
  const values = readValues(ref) ?? [];
  const byRows = seriesBy === "Rows";
  const count = byRows ? ref.rows : ref.columns;
  const length = byRows ? ref.columns : ref.rows;
  const at = (k: number, i: number): CellValue => (byRows ? values[k]?.[i] : values[i]?.[k]) ?? "";
  let header = false;
  if (length > 1) {
    let firstHasNumber = false;
    let restHasNumber = false;
    for (let k = 0; k < count; k++) {
      if (typeof at(k, 0) === "number") firstHasNumber = true;
      for (let i = 1; i < length; i++) if (typeof at(k, i) === "number") restHasNumber = true;
    }
    header = !firstHasNumber && restHasNumber;
  }
  const out: ChartModel["series"] = [];
  for (let k = 0; k < count; k++) {
    const part: RangeRef = byRows
      ? {
          sheet: ref.sheet,
          row: ref.row + k,
          column: ref.column + (header ? 1 : 0),
          rows: 1,
          columns: ref.columns - (header ? 1 : 0),
        }
      : {
          sheet: ref.sheet,
          row: ref.row + (header ? 1 : 0),
          column: ref.column + k,
          rows: ref.rows - (header ? 1 : 0),
          columns: 1,
        };
    out.push({ name: header ? String(at(k, 0)) : "", values: addressOf(part), xValues: null });
  }
  return out;
}

function chartProxy(ctx: Ctx, sheetOf: () => SheetModel, resolve: () => ChartModel | null): unknown {
  const self: unknown = makeObject<ChartModel>(
    ctx,
    {
      kind: "Chart",
      props: { name: () => "Chart" },
      methods: {
        setPosition: (a: unknown, b: unknown) =>
          enqueue(ctx, 0, () => {
            needOf<ChartModel>(self, "setPosition").position =
              `${addressOf(refOf(a, "setPosition"))}:${addressOf(refOf(b, "setPosition"))}`;
          }),
      },
      children: {
        title: () =>
          makeObject<ChartModel>(ctx, { kind: "ChartTitle", setters: { text: (c, v) => (c.title = String(v)) } }, () =>
            needOf<ChartModel>(self, "title"),
          ),
        axes: () => recorder(ctx, sheetOf, "chart.axes"),
        series: () => {
          const series = (pick: (c: ChartModel) => ChartModel["series"][number]): unknown => {
            const s = makeObject<ChartModel["series"][number]>(
              ctx,
              {
                kind: "ChartSeries",
                setters: { name: (x, v) => (x.name = String(v)) },
                methods: {
                  setValues: (range: unknown) => {
                    requireApi(ctx, "1.7", "ChartSeries.setValues");
                    enqueue(
                      ctx,
                      0,
                      () =>
                        (needOf<ChartModel["series"][number]>(s, "setValues").values = addressOf(
                          refOf(range, "setValues"),
                        )),
                    );
                  },
                  setXAxisValues: (range: unknown) => {
                    requireApi(ctx, "1.7", "ChartSeries.setXAxisValues");
                    enqueue(
                      ctx,
                      0,
                      () =>
                        (needOf<ChartModel["series"][number]>(s, "setXAxisValues").xValues = addressOf(
                          refOf(range, "setXAxisValues"),
                        )),
                    );
                  },
                },
              },
              () => pick(needOf<ChartModel>(self, "series")),
            );
            return s;
          };
          return makeObject<ChartModel>(
            ctx,
            {
              kind: "ChartSeriesCollection",
              methods: {
                getItemAt: (i: unknown) =>
                  series((c) => {
                    const x = c.series[Number(i)];
                    if (!x) throw new ExcelError("ItemNotFound", `series ${String(i)}`);
                    return x;
                  }),
                add: (name: unknown) => {
                  requireApi(ctx, "1.7", "ChartSeriesCollection.add");
                  let created: ChartModel["series"][number] | null = null;
                  enqueue(ctx, jsonBytes(name), () => {
                    created = { name: String(name ?? ""), values: "", xValues: null };
                    needOf<ChartModel>(self, "series.add").series.push(created);
                  });
                  return series(() => created as ChartModel["series"][number]);
                },
              },
            },
            () => needOf<ChartModel>(self, "series"),
          );
        },
      },
    },
    resolve,
  );
  return self;
}

function worksheetsProxy(ctx: Ctx): unknown {
  const model = ctx.model;
  return makeObject<WorkbookModel>(
    ctx,
    {
      kind: "WorksheetCollection",
      items: (m) => m.sheets.map((s) => worksheetProxy(ctx, () => s)),
      methods: {
        add: (name: unknown) => {
          let created: SheetModel | null = null;
          enqueue(ctx, jsonBytes(name), () => {
            checkStructure(model, "WorksheetCollection.add");
            const n = String(name);
            if (n.length === 0 || n.length > 31 || INVALID_SHEET_NAME.test(n))
              throw new ExcelError("InvalidArgument", `sheet name "${n}"`);
            if (sheetByName(model, n)) throw new ExcelError("ItemAlreadyExists", `sheet "${n}"`);
            created = newSheet(n);
            model.sheets.push(created);
          });
          return worksheetProxy(ctx, () => created);
        },
        getItem: (name: unknown) =>
          worksheetProxy(ctx, () => {
            const s = sheetByName(model, String(name));
            if (!s) throw new ExcelError("ItemNotFound", `sheet "${String(name)}"`);
            return s;
          }),
        getItemOrNullObject: (name: unknown) => {
          requireApi(ctx, "1.4", "WorksheetCollection.getItemOrNullObject");
          return worksheetProxy(ctx, () => sheetByName(model, String(name)));
        },
        getActiveWorksheet: () =>
          worksheetProxy(ctx, () => sheetByName(model, model.activeSheet ?? "") ?? model.sheets[0]),
      },
    },
    () => model,
  );
}

function applicationProxy(ctx: Ctx): unknown {
  return makeObject<WorkbookModel>(
    ctx,
    {
      kind: "Application",
      methods: {
        suspendApiCalculationUntilNextSync: () => {
          requireApi(ctx, "1.6", "suspendApiCalculationUntilNextSync");
          ctx.suspendedCalculation = true;
        },
        suspendScreenUpdatingUntilNextSync: () => {
          requireApi(ctx, "1.9", "suspendScreenUpdatingUntilNextSync");
          ctx.suspendedScreen = true;
        },
      },
    },
    () => ctx.model,
  );
}

// ---------------------------------------------------------------- the fake host

/** The fake's `Excel` namespace: what officeExcelRun wraps. */
export interface FakeExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface StrictExcel {
  /** The adapter's entry: this host's Excel.run through the add-in's one wrapper (officeExcelRun). */
  run: ExcelRun;
  /** Excel.run itself, as the host offers it (no options unless given). */
  api: FakeExcelApi;
  /** The user starts editing a cell (F2, or typing): batches fail or wait until `endCellEdit`. */
  beginCellEdit(): void;
  endCellEdit(): void;
  /** Makes the n-th sync (as stats.syncs counts them) fail whole, nothing of it done. */
  failAtSync(n: number | undefined): void;
  /** Office.context.requirements.isSetSupported of this host (an office-addin-mock object). */
  isSetSupported: (name: string, version?: string) => boolean;
  model: WorkbookModel;
  stats: FakeStats;
  resetStats(): void;
  sheet(name: string): SheetModel;
  /** A cell as Excel holds it: value, number format and whether it is a formula. */
  cell(sheet: string, address: string): { value: CellValue; format: string; formula: boolean };
  /** Bytes of the JSON of a sheet's used-range values: what a full read must move. */
  usedValueBytes(names?: string[]): number;
}

export function createStrictExcel(options: FakeOptions = {}): StrictExcel {
  const apiVersion = options.apiVersion ?? "1.12";
  const model: WorkbookModel = {
    sheets: [],
    settings: new Map(),
    structureProtected: options.structureProtected ?? false,
    tables: [],
    date1904: options.date1904 ?? false,
    activeSheet: null,
    selection: null,
  };
  for (const seed of options.sheets ?? []) {
    const s = newSheet(seed.name);
    const at = seed.at ?? { row: 0, column: 0 };
    seed.rows.forEach((row, i) => {
      s.values[at.row + i] = at.column === 0 ? [...row] : [...new Array(at.column).fill(""), ...row];
    });
    for (const [c, f] of Object.entries(seed.columnFormats ?? {})) s.columnFormats.set(Number(c) + at.column, f);
    for (const [address, look] of Object.entries(seed.styles ?? {})) {
      const r = parseAddress(s, address);
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.columns; j++) s.styles.set(cellKey(r.row + i, r.column + j), { ...look });
    }
    for (const [c, w] of Object.entries(seed.columnWidths ?? {})) s.columnWidths.set(Number(c), w);
    for (const [r, h] of Object.entries(seed.rowHeights ?? {})) s.rowHeights.set(Number(r), h);
    if (seed.ownedMark)
      s.names.push({
        name: seed.ownedMark,
        formula: seed.ownedMarkFormula ?? '="Casebook"',
        comment: "",
        visible: false,
      });
    s.visibility = seed.visibility ?? "Visible";
    s.protected = seed.protected ?? false;
    model.sheets.push(s);
    for (const t of seed.tables ?? [])
      model.tables.push({
        name: t.name,
        sheet: s,
        address: addressOf(parseAddress(s, t.address)),
        style: "TableStyleMedium2",
      });
  }
  model.activeSheet = model.sheets[0]?.name ?? null;
  const stats: FakeStats = { syncs: 0, batches: [], maxPayloadBytes: 0, runs: 0 };

  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && versionAtLeast(apiVersion, version ?? "1.1"),
      },
    },
  }) as unknown as { context: { requirements: { isSetSupported: (n: string, v?: string) => boolean } } };

  const host: HostState = { cellEdit: false, waiting: [], payloadLimit: options.payloadLimit ?? EXCEL_PAYLOAD_LIMIT };
  const rawRun = async <T>(
    optionsOrBatch: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    maybeBatch?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
    const runOptions = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
    if (!batch) throw new Error("fake: Excel.run without a batch function");
    stats.runs++;
    const ctx: Ctx = {
      host,
      delayForCellEdit: runOptions.delayForCellEdit === true,
      model,
      stats,
      apiVersion,
      queue: [],
      touched: new Set(),
      suspendedCalculation: false,
      suspendedScreen: false,
    };
    const workbook = makeObject<WorkbookModel>(
      ctx,
      {
        kind: "Workbook",
        methods: {
          // The user's selection on the active sheet (A1 when nothing was selected yet), as Excel keeps one.
          getSelectedRange: () =>
            rangeProxy(ctx, () => {
              const sheet = sheetByName(model, model.activeSheet ?? "") ?? model.sheets[0];
              const selected = model.selection?.split("!").pop() ?? "A1";
              return parseAddress(sheet, selected);
            }),
        },
        children: {
          worksheets: () => worksheetsProxy(ctx),
          tables: () => tablesProxy(ctx, null),
          application: () => applicationProxy(ctx),
          settings: () => {
            requireApi(ctx, "1.4", "SettingCollection");
            const setting = (key: string): unknown =>
              makeObject<{ key: string; value: unknown }>(
                ctx,
                { kind: "Setting", props: { key: (x) => x.key, value: (x) => x.value } },
                () => (model.settings.has(key) ? { key, value: model.settings.get(key) } : null),
              );
            return makeObject<WorkbookModel>(
              ctx,
              {
                kind: "SettingCollection",
                methods: {
                  add: (key: unknown, value: unknown) => {
                    enqueue(ctx, jsonBytes([key, value]), () => void model.settings.set(String(key), value));
                    return setting(String(key));
                  },
                  getItemOrNullObject: (key: unknown) => setting(String(key)),
                },
              },
              () => model,
            );
          },
          protection: () => {
            requireApi(ctx, "1.7", "WorkbookProtection");
            return makeObject<WorkbookModel>(
              ctx,
              { kind: "WorkbookProtection", props: { protected: (m) => m.structureProtected } },
              () => model,
            );
          },
        },
      },
      () => model,
    );
    const context = {
      workbook,
      get application() {
        return (workbook as Record<string, unknown>).application;
      },
      sync: () => sync(ctx),
    };
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends what is still queued when the batch function returns.
    if (ctx.queue.length > 0) await sync(ctx);
    return result;
  };

  const api = { run: rawRun } as FakeExcelApi;
  return {
    run: officeExcelRun(api),
    api,
    beginCellEdit() {
      host.cellEdit = true;
    },
    endCellEdit() {
      host.cellEdit = false;
      for (const resume of host.waiting.splice(0)) resume();
    },
    failAtSync(n) {
      host.failAtSync = n;
    },
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    model,
    stats,
    resetStats() {
      stats.syncs = 0;
      stats.batches = [];
      stats.maxPayloadBytes = 0;
      stats.runs = 0;
    },
    sheet(name) {
      const s = sheetByName(model, name);
      if (!s) throw new Error(`no sheet "${name}"`);
      return s;
    },
    cell(sheetName, address) {
      const s = sheetByName(model, sheetName);
      if (!s) throw new Error(`no sheet "${sheetName}"`);
      const ref = parseAddress(s, address);
      const v = s.values[ref.row]?.[ref.column];
      return {
        value: isBlank(v) ? "" : (v as CellValue),
        format: formatOf(s, ref.row, ref.column),
        formula: s.formulas.has(cellKey(ref.row, ref.column)),
      };
    },
    usedValueBytes(names) {
      let total = 0;
      for (const s of model.sheets) {
        if (names && !names.includes(s.name)) continue;
        const used = usedRangeOf(s);
        if (used) total += jsonBytes(readValues(used));
      }
      return total;
    },
  };
}
