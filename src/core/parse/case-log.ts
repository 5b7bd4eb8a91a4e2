/**
 * The case log (案件登记) → ParsedCase records, with every row that did not become a case accounted for
 * (DESIGN §2, issue 2 item 3).
 *
 * Contract "nothing lost": every non-blank row under the header is either one case or one or more rejections;
 * `cases.length + distinct rejected rows === dataRows`. Bad optional cells never cost the case: they are
 * recorded in `case.invalid` and `cellIssues`.
 */
import { REGISTER_TITLES } from "../labels";
import { msg, type Message, type Words } from "../messages";
import {
  DATE_FIELDS,
  type CellFault,
  type CellIssue,
  type CellValue,
  type DateField,
  type Duplicate,
  type ParsedCase,
  type Rejection,
  type SheetValues,
  type SheetVisibility,
  type Stamp,
  type WorkbookInput,
} from "../model";
import { dayOf, formatDay, formatMinutes, fromMinutes, MINUTES_PER_DAY } from "../time";
import {
  cellText,
  dateCellText,
  errorReason,
  excelError,
  isBlank,
  isBlankRow,
  parseDateCell,
  parseNumberCell,
  parseTimeCell,
  shownValue,
  valueText,
  type DateCell,
  type DateContext,
} from "./cells";
import { CASE_LOG_COLUMNS, normalizeHeader, SEQ_COLUMN, type ColumnDef } from "./columns";
import { emptyTally, faultReason, faultsByRow, tally } from "./faults";
import { COMMUNITY_SHEET_NAMES } from "./communities";
import { INSPECTION_SHEET_NAMES } from "./inspections";
import { SETTINGS_SHEET_NAMES } from "./settings";
import { expectedWords, VALUE_MAP_FIELDS } from "./value-map";
import {
  CATEGORY_SPEC,
  CHANNEL_SPEC,
  FOLLOW_UP_METHOD_SPEC,
  RESPONSIBLE_SPEC,
  SATISFACTION_SPEC,
  VERIFICATION_SPEC,
  normalizeToken,
  parseEnumCell,
  parseMajorCell,
  type Coded,
  type EnumSpec,
} from "./enums";
import {
  buildHeaderIndex,
  columnLetter,
  findHeaderRow,
  findSheetByName,
  hasColumns,
  HEADER_SCAN_ROWS,
  looksLikeHeader,
  matchHeader,
  sheetsOf,
  type ColumnAt,
  type HeaderLayout,
} from "./header";
import { mostCommonYear, rowProblem, TOTALS_REASON, totalsCellIndex } from "./rows";

export interface CaseLogColumn {
  key: string;
  /** The header as the clerk wrote it. */
  header: string;
  /** Excel column number (1-based). */
  column: number;
}

/** One sheet read as (part of) the case log, with its rows accounted for. */
export interface LogSheetAccount {
  name: string;
  /** Excel row number of the header row. */
  headerRow: number;
  /** Non-blank rows under the header. */
  dataRows: number;
  cases: number;
  /** Rows that became no case (each has one or more rejections). */
  rejectedRows: number;
  visibility: SheetVisibility;
  /** The header as the clerk wrote it, left to right, with its Excel column numbers (for a new month's sheet). */
  columns: CaseLogColumn[];
  /** No 编号 column: ids come from the sheet name and 序号 (or the row). */
  generatedIds: boolean;
}

/** A sheet of the workbook not read as the case log, and why. */
export interface SkippedSheet {
  name: string;
  /** not-a-log: its header is not a case log's (汇总, 统计); empty: nothing in it; hidden: a hidden log beside visible ones. */
  why: "not-a-log" | "empty" | "hidden";
}

/** A coded value no mapping knows, counted once for all the rows that hold it. */
export interface UnknownValue {
  field: EnumKey;
  /** The header of the column as the clerk wrote it (of the first row seen). */
  column: string;
  /** The clerk's text, as first seen. */
  value: string;
  count: number;
  /** The first rows holding it (at most FIRST_ROWS). */
  rows: { sheet: string; row: number }[];
}

export interface CaseLogResult {
  /** The first sheet read as the log (the sheet a single-sheet log is on), null when none was found. */
  sheetName: string | null;
  /** Every sheet read as the log, in workbook order. */
  sheets: LogSheetAccount[];
  /** The other sheets, named so the clerk knows what was not read. */
  skipped: SkippedSheet[];
  /** Excel row number of the header row (of the first sheet read). */
  headerRow: number | null;
  cases: ParsedCase[];
  rejected: Rejection[];
  duplicates: Duplicate[];
  cellIssues: CellIssue[];
  /** Coded values no mapping knows, once per distinct value (the cases keep the clerk's text in `unmapped`). */
  unknownValues: UnknownValue[];
  warnings: Message[];
  /** Non-blank rows under the header, over all sheets read. */
  dataRows: number;
  /** Which known column sits where (in the first sheet read). */
  columns: CaseLogColumn[];
  /** Headers the reader does not know (kept in the sheet, ignored), over all sheets read. */
  unknownColumns: string[];
  /** The year given to dates written without one, null when none was needed or none could be found. */
  defaultYear: number | null;
  /**
   * Why a log sheet that was found cannot be read at all (no header row, a required column missing): the
   * warning that says so, null when the log was read. A command line stops on it rather than report nothing.
   */
  unreadable?: Message | null;
}

/** A mapping of the clerk's words to codes, per coded column (Settings 取值对照); words compared as normalizeToken. */
export type ValueMap = Partial<Record<EnumKey, ReadonlyMap<string, string>>>;

export interface ReadCaseLogOptions {
  /** Year for `10月3日`-style dates; by default the year most full dates of 受理时间 carry, else a year in the title rows or sheet name. */
  defaultYear?: number | null;
  /** The center's own words for coded values, looked up before the built-in ones. */
  valueMap?: ValueMap;
}

const LOG_INDEX_COLUMNS = [...CASE_LOG_COLUMNS, SEQ_COLUMN];
const CASE_LOG_INDEX = buildHeaderIndex(LOG_INDEX_COLUMNS);
const REQUIRED = CASE_LOG_COLUMNS.filter((c) => c.required).map((c) => String(c.key));
const DEF_BY_KEY = new Map(LOG_INDEX_COLUMNS.map((c) => [String(c.key), c]));
/** Rows of an unknown value named in its warning. */
const FIRST_ROWS = 5;

const LOG_SHEET_NAMES = [
  "案件登记",
  "案件登记表",
  "案件台账",
  "案件记录",
  "客服案件登记",
  "Case Log",
  "Cases",
  "Case Register",
];
const REGISTER_NAMES = new Set(
  Object.values(REGISTER_TITLES).flatMap((t) => [normalizeHeader(t.zh), normalizeHeader(t.en)]),
);
/** Sheets other readers own (设置, 小区, 巡检, 暂停记录): never a log, never named as skipped. */
const OTHER_INPUT_NAMES = new Set(
  [...SETTINGS_SHEET_NAMES, ...COMMUNITY_SHEET_NAMES, ...INSPECTION_SHEET_NAMES, "暂停记录", "暂停", "Pauses"].map(
    normalizeHeader,
  ),
);
/** The prefix of the sheets Casebook writes into the workbook (registers, compliance …). */
const OWNED_PREFIX = "cb-";

/** Columns only a case log has: a sheet without 编号 or 序号 must name one of them to be taken for a log. */
const LOG_ONLY_KEYS = ["channel", "category", "responsible", "customer", "phone", "unit"];

/** Whether a header row is a case log's: 受理时间 with 编号, or with 序号, or with enough of a log's own columns. */
function isLogLayout(layout: HeaderLayout): boolean {
  const has = (k: string): boolean => layout.columns.has(k);
  if (!has("receivedAt")) return false;
  if (has("id") || has("seq")) return true;
  return layout.columns.size >= 4 && LOG_ONLY_KEYS.some(has);
}

function isOwnedOrOtherInput(name: string): boolean {
  const n = normalizeHeader(name);
  return REGISTER_NAMES.has(n) || OTHER_INPUT_NAMES.has(n) || name.trim().toLowerCase().startsWith(OWNED_PREFIX);
}

const visibilityOf = (s: SheetValues): SheetVisibility => s.visibility ?? "visible";

/**
 * The case-log sheet a single-sheet reader would take: by name (案件登记 / Case Log …), else the sheet whose
 * header row names 编号 and 受理时间 and the most known columns (ties → more rows, as the add-in's own
 * registers hold a subset of the log). Used when no sheet reads as a log, to say what is wrong with it.
 */
export function findCaseLogSheet(input: WorkbookInput): SheetValues | null {
  const byName = findSheetByName(input, LOG_SHEET_NAMES);
  if (byName) return byName;
  const sheets = sheetsOf(input);
  for (const s of sheets) {
    const n = normalizeHeader(String(s.name ?? ""));
    if (n.includes("案件登记") || n.includes("caselog")) return s;
  }
  let best: SheetValues | null = null;
  let bestCols = 0;
  let bestRows = 0;
  for (const s of sheets) {
    if (REGISTER_NAMES.has(normalizeHeader(String(s.name ?? "")))) continue;
    const layout = findHeaderRow(s.values, CASE_LOG_INDEX, REQUIRED);
    if (!layout || !hasColumns(layout, REQUIRED)) continue;
    const cols = layout.columns.size;
    const rows = s.values.length - layout.rowIndex;
    if (cols > bestCols || (cols === bestCols && rows > bestRows)) {
      best = s;
      bestCols = cols;
      bestRows = rows;
    }
  }
  return best;
}

/** Which sheets are the log: every sheet whose header is a log's, visible ones first (DESIGN §2). */
export function chooseLogSheets(input: WorkbookInput): {
  read: { sheet: SheetValues; layout: HeaderLayout }[];
  skipped: SkippedSheet[];
} {
  const logs: { sheet: SheetValues; layout: HeaderLayout }[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of sheetsOf(input)) {
    const name = String(sheet.name ?? "");
    if (isOwnedOrOtherInput(name)) continue;
    if (isBlankSheet(sheet.values)) {
      skipped.push({ name, why: "empty" });
      continue;
    }
    const layout = findHeaderRow(sheet.values, CASE_LOG_INDEX, REQUIRED);
    if (layout && isLogLayout(layout)) logs.push({ sheet, layout });
    else skipped.push({ name, why: "not-a-log" });
  }
  const visible = logs.filter((l) => visibilityOf(l.sheet) === "visible");
  // A hidden log (an old year, a VeryHidden backup) is read only when the clerk has no visible one.
  if (visible.length === 0 || visible.length === logs.length) return { read: logs, skipped };
  for (const l of logs)
    if (visibilityOf(l.sheet) !== "visible") skipped.push({ name: String(l.sheet.name), why: "hidden" });
  const order = new Map(sheetsOf(input).map((s, i) => [String(s.name), i]));
  skipped.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  return { read: visible, skipped };
}

function isBlankSheet(values: readonly (readonly CellValue[])[]): boolean {
  for (const row of values) if (!isBlankRow(row)) return false;
  return true;
}

function emptyResult(sheet: SheetValues | null, warnings: Message[], skipped: SkippedSheet[] = []): CaseLogResult {
  return {
    sheetName: sheet ? String(sheet.name) : null,
    sheets: [],
    skipped,
    headerRow: null,
    cases: [],
    rejected: [],
    duplicates: [],
    cellIssues: [],
    unknownValues: [],
    warnings,
    dataRows: 0,
    columns: [],
    unknownColumns: [],
    defaultYear: null,
  };
}

const names = (d: ColumnDef | undefined): Words => (d ? { zh: d.zh, en: d.en } : { zh: "", en: "" });

/** Optional columns named as examples of what a header row holds. */
const EXAMPLE_HEADERS: Words[] = CASE_LOG_COLUMNS.filter((c) => !c.required)
  .slice(0, 7)
  .map((c) => ({ zh: c.zh, en: c.en }));

/** No row reads as a header: say so, where it was looked for, and which names a header row must hold. */
function noHeaderWarning(sheet: string, rows: number, firstRow: number): Message {
  const required = REQUIRED.map((k) => names(DEF_BY_KEY.get(k)));
  if (rows === 0) return msg("log.empty-sheet", { sheet, required, examples: EXAMPLE_HEADERS });
  const scanned = Math.min(rows, HEADER_SCAN_ROWS);
  return msg("log.no-header", {
    sheet,
    from: firstRow,
    to: firstRow + scanned - 1,
    required,
    examples: EXAMPLE_HEADERS,
  });
}

/** The one note naming the sheets not read: 汇总、统计 (not logs), a hidden old log. */
function skippedNote(skipped: readonly SkippedSheet[]): Message | null {
  const list = (why: SkippedSheet["why"]): string[] => skipped.filter((s) => s.why === why).map((s) => s.name);
  if (skipped.length === 0) return null;
  return msg("log.sheets-skipped", { notLog: list("not-a-log"), empty: list("empty"), hidden: list("hidden") });
}

/** Workbook-wide state of one read: duplicates and year inference span the sheets. */
interface LogState {
  date1904: boolean;
  /** The built-in words of each coded column with the center's value mapping over them. */
  specs: Record<EnumKey, EnumSpec<string>>;
  options: ReadCaseLogOptions;
  /** More than one sheet: every row reference names its sheet. */
  multi: boolean;
  cases: ParsedCase[];
  rejected: Rejection[];
  cellIssues: CellIssue[];
  warnings: Message[];
  firstById: Map<string, { sheet: string; row: number }>;
  duplicates: Map<string, { rows: number[]; sheets: string[] }>;
  unknown: Map<string, UnknownValue>;
  yearlessReceived: number;
  yearlessOther: number;
  /** The year inference behind the first year-less 受理时间, for the warning. */
  yearSource: { year: number | null; source: Words } | null;
  /** The year most 受理时间 of all the log sheets carry, for a sheet that gives none (8月 beside 2026年 sheets). */
  workbookYear: () => number | null;
  noIdSheets: string[];
  unknownColumns: Set<string>;
}

export function readCaseLog(input: WorkbookInput, options: ReadCaseLogOptions = {}): CaseLogResult {
  const { read, skipped } = chooseLogSheets(input);
  const note = skippedNote(skipped);
  if (read.length === 0) return noLogResult(input, skipped);
  const date1904 = input.date1904 === true;
  let workbookYear: number | null | undefined;
  const state: LogState = {
    date1904,
    specs: withValueMap(options.valueMap),
    options,
    multi: read.length > 1,
    cases: [],
    rejected: [],
    cellIssues: [],
    warnings: [],
    firstById: new Map(),
    duplicates: new Map(),
    unknown: new Map(),
    yearlessReceived: 0,
    yearlessOther: 0,
    yearSource: null,
    workbookYear: () => {
      if (workbookYear === undefined) {
        const counts = new Map<number, number>();
        for (const { sheet, layout } of read) {
          const rec = layout.columns.get("receivedAt") as ColumnAt;
          const y = mostCommonYear(sheet.values, layout.rowIndex + 1, rec.index, date1904);
          if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
        }
        workbookYear = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
      }
      return workbookYear;
    },
    noIdSheets: [],
    unknownColumns: new Set(),
  };
  const accounts = read.map(({ sheet, layout }) => readSheetRows(sheet, layout, state));
  const first = accounts[0];
  const warnings = [...state.warnings];
  if (note) warnings.unshift(note);
  if (state.noIdSheets.length > 0) {
    const example = state.cases.find((c) => state.noIdSheets.includes(c.sheet ?? ""))?.id ?? "";
    warnings.push(msg("log.generated-ids", { sheets: state.noIdSheets, example }));
  }
  if (state.multi) {
    warnings.push(
      msg("log.sheets-read", {
        sheets: accounts.map((a) => a.name),
        rows: accounts.map((a) => a.dataRows),
        cases: accounts.map((a) => a.cases),
        rejected: accounts.map((a) => a.rejectedRows),
      }),
    );
  }
  const ys = state.yearSource;
  const explicitYear = options.defaultYear;
  const usedYear = explicitYear ?? ys?.year ?? null;
  if (state.yearlessReceived > 0 && usedYear !== null) {
    const why =
      explicitYear !== undefined && explicitYear !== null
        ? { zh: "按指定年份", en: "the year given" }
        : (ys?.source ?? { zh: "", en: "" });
    warnings.push(msg("log.yearless-received", { count: state.yearlessReceived, year: usedYear, why }));
  }
  if (state.yearlessOther > 0) warnings.push(msg("log.yearless-other", { count: state.yearlessOther }));
  const unknownValues = [...state.unknown.values()];
  for (const u of unknownValues) warnings.push(unknownValueWarning(u, state.multi));
  const unreadable = null;
  return {
    sheetName: first.name,
    sheets: accounts,
    skipped,
    headerRow: first.headerRow,
    cases: state.cases,
    rejected: state.rejected,
    duplicates: [...state.duplicates].map(([id, d]) => ({ id, rows: d.rows, sheets: d.sheets })),
    cellIssues: state.cellIssues,
    unknownValues,
    warnings,
    dataRows: accounts.reduce((n, a) => n + a.dataRows, 0),
    columns: first.columns.filter((c) => c.key !== ""),
    unknownColumns: [...state.unknownColumns],
    defaultYear: state.yearlessReceived > 0 ? usedYear : null,
    unreadable,
  };
}

/** No sheet is a log: say what is wrong with the sheet that looks most like one (as a single-sheet reader did). */
function noLogResult(input: WorkbookInput, skipped: SkippedSheet[]): CaseLogResult {
  const sheet = findCaseLogSheet(input);
  if (!sheet) return emptyResult(null, [msg("log.not-found", {})], skipped);
  const values = sheet.values;
  const firstRow = Number.isInteger(sheet.firstRow) ? sheet.firstRow : 1;
  const layout = findHeaderRow(values, CASE_LOG_INDEX, REQUIRED);
  const header = layout && looksLikeHeader(values[layout.rowIndex], layout) ? layout : null;
  if (!header) {
    const warning = noHeaderWarning(String(sheet.name), values.length, firstRow);
    return { ...emptyResult(sheet, [warning], skipped), unreadable: warning };
  }
  const missing = REQUIRED.filter((k) => !header.columns.has(k)).map((k) => names(DEF_BY_KEY.get(k)));
  const headerRow = firstRow + header.rowIndex;
  const warning = msg("log.missing-columns", { sheet: String(sheet.name), missing, headerRow });
  return { ...emptyResult(sheet, [warning], skipped), unreadable: warning, headerRow };
}

function unknownValueWarning(u: UnknownValue, multi: boolean): Message {
  return msg("log.unknown-value", {
    column: u.column,
    value: u.value,
    what: VALUE_MAP_FIELDS[u.field],
    expected: expectedWords(u.field),
    count: u.count,
    sheets: u.rows.map((r) => r.sheet),
    rows: u.rows.map((r) => r.row),
    multi: multi ? 1 : 0,
  });
}

type TextKey =
  | "customer"
  | "phone"
  | "community"
  | "unit"
  | "description"
  | "contactFormNo"
  | "followUpNotes"
  | "followUpBy"
  | "status"
  | "notes"
  | "deliveryKind"
  | "contractor";
const TEXT_KEYS: ReadonlySet<string> = new Set<TextKey>([
  "deliveryKind",
  "contractor",
  "customer",
  "phone",
  "community",
  "unit",
  "description",
  "contactFormNo",
  "followUpNotes",
  "followUpBy",
  "status",
  "notes",
]);
/** The optional dates: 受理时间 is read apart, as the case's key. */
const DATE_KEYS: ReadonlySet<string> = new Set<DateField>(DATE_FIELDS.filter((f) => f !== "receivedAt"));
export type EnumKey = "channel" | "category" | "responsible" | "verification" | "satisfaction" | "followUpMethod";
const ENUM_SPECS: Record<EnumKey, EnumSpec<string>> = {
  channel: CHANNEL_SPEC,
  category: CATEGORY_SPEC,
  responsible: RESPONSIBLE_SPEC,
  verification: VERIFICATION_SPEC,
  satisfaction: SATISFACTION_SPEC,
  followUpMethod: FOLLOW_UP_METHOD_SPEC,
};
/** Free-text columns are never read for a totals marker: a description may well begin with 合计. */
const FREE_TEXT_KEYS = new Set([
  "description",
  "notes",
  "status",
  "customer",
  "followUpNotes",
  "followUpBy",
  "contractor",
]);

const DATE_HEADER = /(?:日期|date)$/;
const TIME_HEADER = /(?:时间|时刻|time)$/;

/**
 * Date-times split over a date column and a time column (受理日期 + 受理时间, 日期 + 时间, 完成日期 + 完成时间):
 * both columns name the same field, one as a date and one as a time. The date column becomes the field's
 * column; the time column is returned by key and no longer counts as a repeated column.
 */
function splitDateTimes(layout: HeaderLayout): Map<string, ColumnAt> {
  const times = new Map<string, ColumnAt>();
  for (const key of ["receivedAt", ...DATE_KEYS]) {
    const main = layout.columns.get(key);
    if (!main) continue;
    const all = [main, ...layout.repeated.filter((r) => r.key === key)];
    if (all.length < 2) continue;
    const kind = (c: ColumnAt): "date" | "time" | null => {
      const n = normalizeHeader(c.header);
      const date = DATE_HEADER.test(n) && !/时间|time/.test(n);
      const time = TIME_HEADER.test(n) && !/日期|date/.test(n);
      return date ? "date" : time ? "time" : null;
    };
    const date = all.find((c) => kind(c) === "date");
    const time = all.find((c) => kind(c) === "time");
    if (!date || !time) continue;
    layout.columns.set(key, date);
    layout.repeated = layout.repeated.filter((r) => r !== date && r !== time);
    times.set(key, time);
  }
  return times;
}

/** Reads one log sheet's rows into the shared state; returns its account. */
function readSheetRows(sheet: SheetValues, layout: HeaderLayout, state: LogState): LogSheetAccount {
  const values = sheet.values;
  const sheetName = String(sheet.name);
  const firstRow = Number.isInteger(sheet.firstRow) ? sheet.firstRow : 1;
  const firstColumn = Number.isInteger(sheet.firstColumn) ? sheet.firstColumn : 1;
  const { date1904, options } = state;
  const subHeader = subHeaderColumns(values[layout.rowIndex + 1], layout);
  for (const c of subHeader) layout.columns.set(c.key, c);
  const timeOf = splitDateTimes(layout);
  const idCol = layout.columns.get("id") ?? null;
  const seqCol = idCol ? null : (layout.columns.get("seq") ?? null);
  const keyCol = idCol ?? seqCol;
  const recCol = layout.columns.get("receivedAt") as ColumnAt;
  const recTime = timeOf.get("receivedAt") ?? null;
  const idDef = DEF_BY_KEY.get("id") as ColumnDef;
  const optional = [...layout.columns.values()]
    .filter((c) => c.key !== "id" && c.key !== "receivedAt" && c.key !== "seq")
    .sort((a, b) => a.index - b.index)
    .map((c) => {
      const time = timeOf.get(c.key);
      const timeIndex = time?.index ?? -1;
      return {
        ...c,
        hasTime: timeIndex >= 0,
        timeIndex,
        timeHeader: time?.header ?? c.header,
        read: fieldReader(c.key, timeIndex, state),
      };
    });
  const keyAtIndex = new Map([...layout.columns.values()].map((c) => [c.index, c.key]));
  const totalsIndexes = [...new Set([keyCol?.index ?? 0, 0, 1])].filter((i) => {
    const k = keyAtIndex.get(i);
    return k === undefined || k === "id" || k === "seq" || !FREE_TEXT_KEYS.has(k);
  });
  const headerRowValues = values[layout.rowIndex] as CellValue[];
  const headerAt = (i: number): string =>
    cellText(headerRowValues[i]).replace(/\s+/g, " ") || `${columnLetter(firstColumn + i)} 列`;
  const where = state.multi ? sheetName : undefined;
  const reasonAt = (row: number, column: string, detail: Message): Message => rowProblem(row, column, detail, where);
  const reject = (row: number, column: string, value: string, detail: Message): void => {
    state.rejected.push({ row, sheet: sheetName, column, value, reason: reasonAt(row, column, detail) });
  };

  for (const r of layout.repeated) {
    const kept = layout.columns.get(r.key) as ColumnAt;
    const def = DEF_BY_KEY.get(r.key);
    state.warnings.push(
      msg("log.repeated-column", {
        column: columnLetter(firstColumn + r.index),
        header: r.header,
        keptColumn: columnLetter(firstColumn + kept.index),
        keptHeader: kept.header,
        field: { zh: def?.zh ?? r.header, en: def?.en ?? r.header },
      }),
    );
  }
  for (const u of layout.unknown) state.unknownColumns.add(u.header);
  if (!idCol) state.noIdSheets.push(sheetName);

  // The year of `10月3日` is only worked out if such a date turns up.
  let inferred: { year: number | null; source: Words } | null = null;
  const explicitYear = options.defaultYear;
  const yearFor = (): number | null => {
    if (explicitYear !== undefined && explicitYear !== null) return explicitYear;
    if (inferred === null) {
      inferred = inferYear(sheet, layout, recCol.index, date1904);
      if (inferred.year === null) {
        const y = state.workbookYear();
        if (y !== null)
          inferred = {
            year: y,
            source: {
              zh: "其他案件登记工作表中多数受理时间的年份",
              en: "the year most received times of the other log sheets carry",
            },
          };
      }
    }
    return inferred.year;
  };
  const recCtx: DateContext = {
    date1904,
    get defaultYear() {
      return yearFor();
    },
  };
  // Optional dates without a year take the year of their own case's 受理时间 (one context, updated per row).
  let current: Stamp | null = null;
  let currentYear: number | null = null;
  const optCtx: DateContext = {
    date1904,
    get defaultYear() {
      if (currentYear === null && current !== null) currentYear = fromMinutes(current.at).year;
      return currentYear;
    },
  };

  const casesBefore = state.cases.length;
  const rejectedRows = new Set<number>();
  const seqRows = new Map<string, number[]>();
  let dataRows = 0;

  // A second header line straight under the first (编号 over Case No) belongs to the header, not the data.
  let headerEnd = layout.rowIndex + (subHeader.length > 0 ? 1 : 0);
  // Cells the file holds without a value (formulas never calculated, broken shared strings): their rows are
  // not blank, and each such cell is named where it costs the case or a field of it.
  const faults = faultsByRow(sheet.faults);
  const faultTally = emptyTally();
  const faultAt = (list: readonly CellFault[] | undefined, index: number | undefined): CellFault | undefined =>
    index === undefined || list === undefined ? undefined : list.find((f) => f.column - firstColumn === index);

  for (let r = headerEnd + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const rowFaults = faults?.get(firstRow + r);
    if (rowFaults === undefined && isBlankRow(row)) continue;
    if (r === headerEnd + 1 && isHeaderLike(row, keyCol, recCol.index)) {
      headerEnd = r;
      continue;
    }
    dataRows++;
    const excelRow = firstRow + r;
    const before = state.rejected.length;

    const t = totalsCellIndex(row, totalsIndexes);
    if (t >= 0) {
      reject(excelRow, headerAt(t), valueText(row[t]), TOTALS_REASON);
      rejectedRows.add(excelRow);
      continue;
    }
    if (isHeaderLike(row, keyCol, recCol.index)) {
      const col = keyCol ?? recCol;
      reject(excelRow, col.header, valueText(row[col.index]), msg("row.repeated-header", {}));
      rejectedRows.add(excelRow);
      continue;
    }

    if (rowFaults !== undefined && isBlankRow(row)) {
      // Nothing in the row can be read: its unreadable cells are all it holds. The first one names the fault.
      const f = rowFaults[0];
      reject(excelRow, headerAt(f.column - firstColumn), "", faultReason(f));
      for (const each of rowFaults) tally(faultTally, each);
      rejectedRows.add(excelRow);
      continue;
    }
    const idFault = faultAt(rowFaults, idCol?.index);
    const recFault = faultAt(rowFaults, recCol.index) ?? faultAt(rowFaults, recTime?.index);
    for (const f of [idFault, recFault]) if (f) tally(faultTally, f);

    let id: string | null = null;
    if (idFault && idCol) reject(excelRow, idCol.header, "", faultReason(idFault));
    else if (idCol) {
      const idV = row[idCol.index];
      const idErr = excelError(idV);
      if (idErr) reject(excelRow, idCol.header, valueText(idV), errorReason(idErr));
      else if (isBlank(idV)) reject(excelRow, idCol.header, "", msg("log.blank-id", {}));
      else id = cellText(idV);
    } else {
      // No 编号: the sheet's name and the 序号 (10月-12), or the row where 序号 is blank or repeated.
      const seqV = seqCol ? row[seqCol.index] : null;
      const seq = seqCol && !isBlank(seqV) && !excelError(seqV) ? cellText(seqV) : "";
      const seen = seq === "" ? undefined : seqRows.get(seq);
      if (seq !== "") {
        if (seen) seen.push(excelRow);
        else seqRows.set(seq, [excelRow]);
      }
      id = seq !== "" && !seen ? `${sheetName}-${seq}` : `${sheetName}-第${excelRow}行`;
    }

    let receivedAt: Stamp | null = null;
    const rec: DateCell & { inTime?: boolean } = recTime
      ? readSplit(row[recCol.index], row[recTime.index], recCtx, date1904)
      : parseDateCell(row[recCol.index], recCtx);
    const recColumn = recTime && rec.kind === "error" && rec.inTime ? recTime : recCol;
    const recValue = dateCellText(row[recColumn.index], date1904);
    if (recFault) {
      reject(
        excelRow,
        recFault.column - firstColumn === recCol.index ? recCol.header : (recTime as ColumnAt).header,
        "",
        faultReason(recFault),
      );
    } else if (rec.kind === "ok") {
      receivedAt = rec.stamp;
      if (rec.yearInferred) {
        state.yearlessReceived++;
        state.yearSource ??=
          inferred ??
          (explicitYear != null ? { year: explicitYear, source: { zh: "按指定年份", en: "the year given" } } : null);
      }
    } else if (rec.kind === "blank") reject(excelRow, recCol.header, recValue, msg("log.blank-received", {}));
    else reject(excelRow, recColumn.header, recValue, rec.reason);

    if (id !== null) {
      const first = state.firstById.get(id);
      if (first === undefined) state.firstById.set(id, { sheet: sheetName, row: excelRow });
      else {
        const firstAt = first.sheet === sheetName ? { row: first.row } : { sheet: first.sheet, row: first.row };
        reject(excelRow, keyCol?.header ?? idDef.zh, id, msg("log.duplicate-id", firstAt));
        const d = state.duplicates.get(id);
        if (d) {
          d.rows.push(excelRow);
          d.sheets.push(sheetName);
        } else state.duplicates.set(id, { rows: [first.row, excelRow], sheets: [first.sheet, sheetName] });
      }
    }
    if (state.rejected.length > before || id === null || receivedAt === null) {
      rejectedRows.add(excelRow);
      continue;
    }

    const c = newCase(id, sheetName, excelRow, receivedAt);
    current = receivedAt;
    currentYear = null;
    for (const f of optional) {
      const v = row[f.index];
      if ((v === "" || v === null || v === undefined) && !f.hasTime) continue;
      const problem = f.read(c, v, optCtx, row);
      if (problem === null) continue;
      if (problem === YEARLESS) {
        state.yearlessOther++;
        continue;
      }
      const column = problem.inTime ? f.timeHeader : f.header;
      const cell = problem.inTime ? row[f.timeIndex] : v;
      const reason = reasonAt(excelRow, column, problem.detail);
      if (problem.invalid) (c.invalid as Record<string, Message>)[f.key] = reason;
      if (problem.unknown) {
        noteUnknown(state, f.key as EnumKey, f.header, problem.unknown, sheetName, excelRow);
        continue;
      }
      state.cellIssues.push({
        row: excelRow,
        sheet: sheetName,
        column,
        value: DATE_KEYS.has(f.key) ? dateCellText(cell, date1904) : valueText(cell),
        reason,
        caseId: id,
      });
    }
    // An unreadable cell of a field the case has costs that field, not the case.
    for (const f of rowFaults ?? []) {
      if (f === idFault || f === recFault) continue;
      const field = optional.find((o) => o.index === f.column - firstColumn || o.timeIndex === f.column - firstColumn);
      if (!field) continue;
      const column = field.index === f.column - firstColumn ? field.header : field.timeHeader;
      const reason = reasonAt(excelRow, column, faultReason(f));
      (c.invalid as Record<string, Message>)[field.key] ??= reason;
      state.cellIssues.push({ row: excelRow, sheet: sheetName, column, value: "", reason, caseId: id });
      tally(faultTally, f);
    }
    state.cases.push(c);
  }

  if (dataRows === 0) state.warnings.push(msg("log.no-data-rows", { sheet: sheetName }));
  if (faultTally.formulas > 0)
    state.warnings.push(
      msg("log.formulas-without-values", {
        sheet: sheetName,
        count: faultTally.formulas,
        example: faultTally.formulaExample,
      }),
    );
  if (faultTally.strings > 0)
    state.warnings.push(
      msg("log.broken-shared-strings", {
        sheet: sheetName,
        count: faultTally.strings,
        example: faultTally.stringExample,
      }),
    );
  for (const [seq, rows] of seqRows)
    if (rows.length > 1)
      state.warnings.push(
        msg("log.seq-repeated", { sheet: sheetName, seq, rows, example: `${sheetName}-第${rows[1]}行` }),
      );
  const headerCells = [...layout.columns.values(), ...timeOf.values()];
  return {
    name: sheetName,
    headerRow: firstRow + layout.rowIndex,
    dataRows,
    cases: state.cases.length - casesBefore,
    rejectedRows: rejectedRows.size,
    visibility: visibilityOf(sheet),
    columns: headerCells
      .filter((c) => c.key !== "seq")
      .sort((a, b) => a.index - b.index)
      .map((c) => ({
        key: timeOf.get(c.key) === c ? `${c.key}:time` : c.key,
        header: c.header,
        column: firstColumn + c.index,
      })),
    generatedIds: idCol === null,
  };
}

/** Each coded column's lookup with the mapping's words added (a mapped word overrides a built-in one). */
function withValueMap(map: ValueMap | undefined): Record<EnumKey, EnumSpec<string>> {
  if (!map) return ENUM_SPECS;
  const out = { ...ENUM_SPECS };
  for (const k of Object.keys(ENUM_SPECS) as EnumKey[]) {
    const own = map[k];
    if (!own || own.size === 0) continue;
    const lookup = new Map(ENUM_SPECS[k].lookup);
    for (const [word, code] of own) lookup.set(word, code);
    out[k] = { ...ENUM_SPECS[k], lookup };
  }
  return out;
}

function noteUnknown(state: LogState, field: EnumKey, column: string, text: string, sheet: string, row: number): void {
  const key = `${field}\u0000${normalizeToken(text)}`;
  const u = state.unknown.get(key);
  if (u) {
    u.count++;
    if (u.rows.length < FIRST_ROWS) u.rows.push({ sheet, row });
  } else state.unknown.set(key, { field, column, value: text, count: 1, rows: [{ sheet, row }] });
}

/** A date column and its time column → one instant; a time without a date is never a date-time. */
function readSplit(
  dateV: CellValue | undefined,
  timeV: CellValue | undefined,
  ctx: DateContext,
  date1904: boolean,
): DateCell & { inTime?: boolean } {
  const d = parseDateCell(dateV, ctx);
  const t = parseTimeCell(timeV, date1904);
  if (t.kind === "error") return d.kind === "error" ? d : { kind: "error", reason: t.reason, inTime: true };
  if (d.kind === "blank") {
    if (t.kind === "blank") return d;
    if (t.whole) return { kind: "ok", stamp: t.whole };
    return { kind: "error", reason: msg("cell.time-only", { value: dateCellText(timeV, date1904) }), inTime: true };
  }
  if (t.kind === "ok" && t.whole) return { kind: "ok", stamp: t.whole };
  if (d.kind === "error" || t.kind === "blank") return d;
  const at = dayOf(d.stamp.at) * MINUTES_PER_DAY + t.minutes;
  return { kind: "ok", stamp: { at, dateOnly: false }, ...(d.yearInferred ? { yearInferred: true } : {}) };
}

/**
 * The second line of a two-line header (处理情况 merged over 完成时间 | 备注, with 编号 and 受理时间 merged down
 * both lines): a row whose 编号 and 受理时间 cells are blank and whose every other cell names a column not yet
 * found, under a blank or unknown (group) header cell. Its columns join the layout; [] when the row is not one.
 */
function subHeaderColumns(row: readonly CellValue[] | undefined, layout: HeaderLayout): ColumnAt[] {
  if (!Array.isArray(row)) return [];
  const id = layout.columns.get("id") ?? layout.columns.get("seq");
  const rec = layout.columns.get("receivedAt");
  if (!rec || (id && !isBlank(row[id.index])) || !isBlank(row[rec.index])) return [];
  const taken = new Map([...layout.columns.values()].map((c) => [c.index, c.key]));
  const found: ColumnAt[] = [];
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || taken.has(i)) return [];
    const header = cellText(v).replace(/\s+/g, " ");
    const hit = matchHeader(header, CASE_LOG_INDEX);
    if (!hit || layout.columns.has(hit.key) || found.some((f) => f.key === hit.key)) return [];
    found.push({ key: hit.key, index: i, header });
  }
  return found;
}

/** A row whose 编号 (or 序号) and 受理时间 cells are themselves names of those columns: a header line, not a case. */
function isHeaderLike(row: readonly CellValue[], key: ColumnAt | null, recIndex: number): boolean {
  const recV = row[recIndex];
  if (typeof recV !== "string" || matchHeader(cellText(recV), CASE_LOG_INDEX)?.key !== "receivedAt") return false;
  if (!key) return true;
  const idV = row[key.index];
  return typeof idV === "string" && matchHeader(cellText(idV), CASE_LOG_INDEX)?.key === key.key;
}

function newCase(id: string, sheet: string, row: number, receivedAt: Stamp): ParsedCase {
  return {
    id,
    row,
    sheet,
    receivedAt,
    channel: null,
    customer: "",
    phone: "",
    community: "",
    unit: "",
    category: null,
    description: "",
    responsible: null,
    propertyCompany: null,
    major: false,
    notifiedAt: null,
    contactFormNo: "",
    agreedAt: null,
    designIssuedAt: null,
    completedAt: null,
    repliedAt: null,
    verification: null,
    followUpAt: null,
    followUpMethod: null,
    satisfaction: null,
    followUpNotes: "",
    followUpBy: "",
    warrantyWithheld: null,
    status: "",
    notes: "",
    unmapped: undefined,
    invalid: {},
  };
}

/** A problem with an optional cell: `invalid` ones also go to `case.invalid` (the field is unusable). */
type FieldProblem = {
  detail: Message;
  invalid: boolean;
  /** A coded value no mapping knows: the clerk's text, reported once per distinct value rather than per row. */
  unknown?: string;
  /** The problem is in the time column of a split date-time. */
  inTime?: boolean;
};
/** Marker: the cell was read, but its year came from context (counted for the warning). */
const YEARLESS = Symbol("yearless");

type FieldReader = (
  c: ParsedCase,
  v: CellValue | undefined,
  ctx: DateContext,
  row: readonly CellValue[],
) => FieldProblem | typeof YEARLESS | null;

/**
 * The reader of one optional column, chosen once per column rather than per cell (a 100k-row log has
 * 2.3M optional cells).
 */
function fieldReader(key: string, timeIndex: number, state: LogState): FieldReader {
  if (TEXT_KEYS.has(key) || key === "propertyCompany") {
    const k = key as TextKey | "propertyCompany";
    return (c, v) => {
      const err = excelError(v);
      // A #N/A from a lookup formula is not a name: the field stays empty (物业公司 is then looked up from 小区).
      if (err) return { detail: errorReason(err), invalid: false };
      const text = cellText(v);
      if (k === "propertyCompany") c.propertyCompany = text === "" ? null : text;
      else c[k] = text;
      return null;
    };
  }
  if (key in ENUM_SPECS) {
    const k = key as EnumKey;
    const spec = state.specs[k];
    return (c, v) => {
      const r = parseEnumCell(v, spec);
      if (r.kind === "ok") (c as unknown as Record<EnumKey, unknown>)[k] = r.value;
      if (r.kind !== "error") return null;
      if (excelError(v)) return { detail: r.reason, invalid: true };
      const text = cellText(v);
      // A unit named for its trade (青岛安居物业服务有限公司, XX物业服务中心) is the property company.
      if (k === "responsible" && text.includes("物业") && text.length <= 60) {
        c.responsible = "property";
        return null;
      }
      // The clerk's own word: kept on the case as written, reported once per distinct word.
      c.unmapped = { ...c.unmapped, [k]: text };
      return { detail: r.reason, invalid: true, unknown: text };
    };
  }
  if (key === "major") {
    return (c, v) => {
      const r: Coded<boolean> = parseMajorCell(v);
      if (r.kind === "ok") c.major = r.value;
      return r.kind === "error" ? { detail: r.reason, invalid: true } : null;
    };
  }
  if (DATE_KEYS.has(key)) {
    const k = key as DateField;
    const date1904 = state.date1904;
    if (timeIndex >= 0) return (c, v, ctx, row) => readDate(c, k, v, ctx, row[timeIndex], date1904);
    return (c, v, ctx) => readDate(c, k, v, ctx, undefined, date1904);
  }
  if (key === "warrantyWithheld") {
    return (c, v) => {
      if (isBlank(v)) return null;
      const err = excelError(v);
      if (err) return { detail: errorReason(err), invalid: true };
      const n = parseNumberCell(v, /元$/);
      if (n === null) return { detail: msg("cell.not-an-amount", { value: shownValue(v) }), invalid: true };
      if (n < 0) return { detail: msg("cell.negative-amount", { value: shownValue(v) }), invalid: true };
      c.warrantyWithheld = n;
      return null;
    };
  }
  return () => null;
}

/** A date as the clerk reads it: 2026-10-03, or 2026-10-03 14:20. */
const stampText = (s: Stamp): string => (s.dateOnly ? formatDay(dayOf(s.at)) : formatMinutes(s.at).replace("T", " "));

/** An optional date (with its time column when the log splits them); `time` undefined when it has none. */
function readDate(
  c: ParsedCase,
  key: DateField,
  v: CellValue | undefined,
  ctx: DateContext,
  time: CellValue | undefined,
  date1904: boolean,
): FieldProblem | typeof YEARLESS | null {
  const parse = (context: DateContext): DateCell =>
    time === undefined ? parseDateCell(v, context) : readSplit(v, time, context, date1904);
  let r: DateCell & { inTime?: boolean } = parse(ctx);
  if (r.kind === "blank") return null;
  if (r.kind === "error") return { detail: r.reason, invalid: true, ...(r.inTime ? { inTime: true } : {}) };
  const received = c.receivedAt;
  // A year-less date after a December case is in the next year: "1月5日" completes a case received 28 Dec.
  if (r.yearInferred && dayOf(r.stamp.at) < dayOf(received.at) && ctx.defaultYear !== null) {
    const next = parse({ date1904: ctx.date1904, defaultYear: ctx.defaultYear + 1 });
    if (next.kind === "ok") r = next;
  }
  c[key] = r.stamp;
  const early = r.stamp.dateOnly ? dayOf(r.stamp.at) < dayOf(received.at) : r.stamp.at < received.at;
  // Kept as written (the clerk may have swapped two dates); flagged so someone looks.
  if (early)
    return {
      detail: msg("cell.before-received", { value: stampText(r.stamp), received: stampText(received) }),
      invalid: false,
    };
  return r.yearInferred ? YEARLESS : null;
}

/**
 * The year of dates written without one: the year most 受理时间 cells carry, else a year written in the title
 * rows (2026年客服中心案件登记表), else one in the sheet name.
 */
function inferYear(
  sheet: SheetValues,
  layout: HeaderLayout,
  recIndex: number,
  date1904: boolean,
): { year: number | null; source: Words } {
  const values = sheet.values;
  const best = mostCommonYear(values, layout.rowIndex + 1, recIndex, date1904);
  if (best !== null)
    return { year: best, source: { zh: "表中多数受理时间的年份", en: "the year most received times carry" } };
  for (let r = 0; r < layout.rowIndex; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    for (const v of row) {
      const y = yearInText(cellText(v));
      if (y === null) continue;
      const titleRow = (Number.isInteger(sheet.firstRow) ? sheet.firstRow : 1) + r;
      return {
        year: y,
        source: { zh: `第 ${titleRow} 行标题中的年份`, en: `the year in the title in row ${titleRow}` },
      };
    }
  }
  const y = yearInText(String(sheet.name ?? ""));
  return y !== null
    ? { year: y, source: { zh: "工作表名中的年份", en: "the year in the sheet's name" } }
    : { year: null, source: { zh: "", en: "" } };
}

function yearInText(text: string): number | null {
  if (text.length > 200) text = text.slice(0, 200);
  const m = /((?:19|20)\d{2})\s*年/.exec(text) ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}
