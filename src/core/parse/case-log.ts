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
  type CellIssue,
  type CellValue,
  type DateField,
  type Duplicate,
  type ParsedCase,
  type Rejection,
  type SheetValues,
  type Stamp,
  type WorkbookInput,
} from "../model";
import { dayOf, formatDay, formatMinutes, fromMinutes } from "../time";
import {
  cellText,
  errorReason,
  excelError,
  isBlank,
  isBlankRow,
  parseDateCell,
  parseNumberCell,
  quote,
  valueText,
  type DateContext,
} from "./cells";
import { CASE_LOG_COLUMNS, normalizeHeader, type ColumnDef } from "./columns";
import {
  CATEGORY_SPEC,
  CHANNEL_SPEC,
  FOLLOW_UP_METHOD_SPEC,
  RESPONSIBLE_SPEC,
  SATISFACTION_SPEC,
  VERIFICATION_SPEC,
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
import { mostCommonYear, rejection, rowReason, TOTALS_REASON, totalsCellIndex } from "./rows";

export interface CaseLogColumn {
  key: string;
  /** The header as the clerk wrote it. */
  header: string;
  /** Excel column number (1-based). */
  column: number;
}

export interface CaseLogResult {
  sheetName: string | null;
  /** Excel row number of the header row. */
  headerRow: number | null;
  cases: ParsedCase[];
  rejected: Rejection[];
  duplicates: Duplicate[];
  cellIssues: CellIssue[];
  warnings: Message[];
  /** Non-blank rows under the header. */
  dataRows: number;
  /** Which known column sits where. */
  columns: CaseLogColumn[];
  /** Headers the reader does not know (kept in the sheet, ignored). */
  unknownColumns: string[];
  /** The year given to dates written without one, null when none was needed or none could be found. */
  defaultYear: number | null;
  /**
   * Why a log sheet that was found cannot be read at all (no header row, a required column missing): the
   * warning that says so, null when the log was read. A command line stops on it rather than report nothing.
   */
  unreadable?: Message | null;
}

export interface ReadCaseLogOptions {
  /** Year for `10月3日`-style dates; by default the year most full dates of 受理时间 carry, else a year in the title rows or sheet name. */
  defaultYear?: number | null;
}

const CASE_LOG_INDEX = buildHeaderIndex(CASE_LOG_COLUMNS);
const REQUIRED = CASE_LOG_COLUMNS.filter((c) => c.required).map((c) => String(c.key));
const DEF_BY_KEY = new Map(CASE_LOG_COLUMNS.map((c) => [String(c.key), c]));

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

/**
 * The case-log sheet: by name (案件登记 / Case Log …), else the sheet whose header row names 编号 and 受理时间
 * and the most known columns (ties → more rows, as the add-in's own registers hold a subset of the log).
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

function emptyResult(sheet: SheetValues | null, warnings: Message[]): CaseLogResult {
  return {
    sheetName: sheet ? String(sheet.name) : null,
    headerRow: null,
    cases: [],
    rejected: [],
    duplicates: [],
    cellIssues: [],
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

export function readCaseLog(input: WorkbookInput, options: ReadCaseLogOptions = {}): CaseLogResult {
  const sheet = findCaseLogSheet(input);
  if (!sheet) {
    return emptyResult(null, [msg("log.not-found", {})]);
  }
  const values = sheet.values;
  const firstRow = Number.isInteger(sheet.firstRow) ? sheet.firstRow : 1;
  const firstColumn = Number.isInteger(sheet.firstColumn) ? sheet.firstColumn : 1;
  const layout = findHeaderRow(values, CASE_LOG_INDEX, REQUIRED);
  if (!layout || !hasColumns(layout, REQUIRED)) {
    const header = layout && looksLikeHeader(values[layout.rowIndex], layout) ? layout : null;
    if (!header) {
      const warning = noHeaderWarning(String(sheet.name), values.length, firstRow);
      return { ...emptyResult(sheet, [warning]), unreadable: warning };
    }
    const missing = REQUIRED.filter((k) => !header.columns.has(k)).map((k) => names(DEF_BY_KEY.get(k)));
    const headerRow = firstRow + header.rowIndex;
    const warning = msg("log.missing-columns", { sheet: String(sheet.name), missing, headerRow });
    const result: CaseLogResult = { ...emptyResult(sheet, [warning]), unreadable: warning };
    result.headerRow = firstRow + header.rowIndex;
    return result;
  }
  return readRows(sheet, layout, firstRow, firstColumn, input.date1904 === true, options);
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
  | "deliveryKind";
const TEXT_KEYS: ReadonlySet<string> = new Set<TextKey>([
  "deliveryKind",
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
type EnumKey = "channel" | "category" | "responsible" | "verification" | "satisfaction" | "followUpMethod";
const ENUM_SPECS: Record<EnumKey, EnumSpec<string>> = {
  channel: CHANNEL_SPEC,
  category: CATEGORY_SPEC,
  responsible: RESPONSIBLE_SPEC,
  verification: VERIFICATION_SPEC,
  satisfaction: SATISFACTION_SPEC,
  followUpMethod: FOLLOW_UP_METHOD_SPEC,
};
/** Free-text columns are never read for a totals marker: a description may well begin with 合计. */
const FREE_TEXT_KEYS = new Set(["description", "notes", "status", "customer", "followUpNotes", "followUpBy"]);

function readRows(
  sheet: SheetValues,
  layout: HeaderLayout,
  firstRow: number,
  firstColumn: number,
  date1904: boolean,
  options: ReadCaseLogOptions,
): CaseLogResult {
  const values = sheet.values;
  const subHeader = subHeaderColumns(values[layout.rowIndex + 1], layout);
  for (const c of subHeader) layout.columns.set(c.key, c);
  const idCol = layout.columns.get("id") as ColumnAt;
  const recCol = layout.columns.get("receivedAt") as ColumnAt;
  const idDef = DEF_BY_KEY.get("id") as ColumnDef;
  const recDef = DEF_BY_KEY.get("receivedAt") as ColumnDef;
  const optional = [...layout.columns.values()]
    .filter((c) => c.key !== "id" && c.key !== "receivedAt")
    .sort((a, b) => a.index - b.index)
    .map((c) => ({ ...c, read: fieldReader(c.key) }));
  const keyAtIndex = new Map([...layout.columns.values()].map((c) => [c.index, c.key]));
  const totalsIndexes = [...new Set([idCol.index, 0, 1])].filter((i) => {
    const k = keyAtIndex.get(i);
    return k === undefined || k === "id" || !FREE_TEXT_KEYS.has(k);
  });
  const headerRowValues = values[layout.rowIndex] as CellValue[];
  const headerAt = (i: number): string =>
    cellText(headerRowValues[i]).replace(/\s+/g, " ") || `${columnLetter(firstColumn + i)} 列`;

  const warnings: Message[] = [];
  for (const r of layout.repeated) {
    const kept = layout.columns.get(r.key) as ColumnAt;
    const def = DEF_BY_KEY.get(r.key);
    warnings.push(
      msg("log.repeated-column", {
        column: columnLetter(firstColumn + r.index),
        header: r.header,
        keptColumn: columnLetter(firstColumn + kept.index),
        keptHeader: kept.header,
        field: { zh: def?.zh ?? r.header, en: def?.en ?? r.header },
      }),
    );
  }

  // The year of `10月3日` is only worked out if such a date turns up.
  let inferred: { year: number | null; source: Words } | null = null;
  const explicitYear = options.defaultYear;
  const yearFor = (): number | null => {
    if (explicitYear !== undefined && explicitYear !== null) return explicitYear;
    inferred ??= inferYear(sheet, layout, recCol.index, date1904);
    return inferred.year;
  };
  const recCtx: DateContext = {
    date1904,
    get defaultYear() {
      return yearFor();
    },
  };
  let yearlessReceived = 0;
  let yearlessOther = 0;
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

  const cases: ParsedCase[] = [];
  const rejected: Rejection[] = [];
  const cellIssues: CellIssue[] = [];
  const firstRowById = new Map<string, number>();
  const duplicateRows = new Map<string, number[]>();
  let dataRows = 0;

  // A second header line straight under the first (编号 over Case No) belongs to the header, not the data.
  let headerEnd = layout.rowIndex + (subHeader.length > 0 ? 1 : 0);
  for (let r = headerEnd + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    if (r === headerEnd + 1 && isHeaderLike(row, idCol.index, recCol.index)) {
      headerEnd = r;
      continue;
    }
    dataRows++;
    const excelRow = firstRow + r;
    const before = rejected.length;

    const t = totalsCellIndex(row, totalsIndexes);
    if (t >= 0) {
      rejected.push(rejection(excelRow, headerAt(t), row[t], TOTALS_REASON));
      continue;
    }
    const idV = row[idCol.index];
    const recV = row[recCol.index];
    if (isHeaderLike(row, idCol.index, recCol.index)) {
      rejected.push(rejection(excelRow, idCol.header, idV, "重复的表头行，不计为案件"));
      continue;
    }

    let id: string | null = null;
    const idErr = excelError(idV);
    if (idErr) rejected.push(rejection(excelRow, idCol.header, idV, errorReason(idErr)));
    else if (isBlank(idV)) rejected.push(rejection(excelRow, idCol.header, idV, `${idDef.zh}为空，每个案件都要有编号`));
    else id = cellText(idV);

    let receivedAt: Stamp | null = null;
    const rec = parseDateCell(recV, recCtx);
    if (rec.kind === "ok") {
      receivedAt = rec.stamp;
      if (rec.yearInferred) yearlessReceived++;
    } else if (rec.kind === "blank")
      rejected.push(rejection(excelRow, recCol.header, recV, `${recDef.zh}为空，应为日期时间（如 2026-10-03 14:20）`));
    else rejected.push(rejection(excelRow, recCol.header, recV, rec.reason));

    if (id !== null) {
      const first = firstRowById.get(id);
      if (first === undefined) firstRowById.set(id, excelRow);
      else {
        rejected.push(rejection(excelRow, idCol.header, idV, `编号重复（首次出现在第 ${first} 行）`));
        const rows = duplicateRows.get(id);
        if (rows) rows.push(excelRow);
        else duplicateRows.set(id, [first, excelRow]);
      }
    }
    if (rejected.length > before || id === null || receivedAt === null) continue;

    const c = newCase(id, excelRow, receivedAt);
    current = receivedAt;
    currentYear = null;
    for (const f of optional) {
      const v = row[f.index];
      if (v === "" || v === null || v === undefined) continue;
      const problem = f.read(c, v, optCtx);
      if (problem === null) continue;
      if (problem === YEARLESS) {
        yearlessOther++;
        continue;
      }
      const reason = rowReason(excelRow, f.header, problem.detail);
      if (problem.invalid) (c.invalid as Record<string, string>)[f.key] = reason;
      cellIssues.push({ row: excelRow, column: f.header, value: valueText(v), reason, caseId: id });
    }
    cases.push(c);
  }

  const duplicates: Duplicate[] = [...duplicateRows].map(([id, rows]) => ({ id, rows }));
  if (dataRows === 0) warnings.push(msg("log.no-data-rows", { sheet: String(sheet.name) }));
  const found = inferred as { year: number | null; source: Words } | null;
  const usedYear = explicitYear ?? found?.year ?? null;
  if (yearlessReceived > 0 && usedYear !== null) {
    const why =
      explicitYear !== undefined && explicitYear !== null
        ? { zh: "按指定年份", en: "the year given" }
        : (found?.source ?? { zh: "", en: "" });
    warnings.push(msg("log.yearless-received", { count: yearlessReceived, year: usedYear, why }));
  }
  if (yearlessOther > 0) warnings.push(msg("log.yearless-other", { count: yearlessOther }));
  return {
    sheetName: String(sheet.name),
    headerRow: firstRow + layout.rowIndex,
    cases,
    rejected,
    duplicates,
    cellIssues,
    warnings,
    dataRows,
    columns: [...layout.columns.values()]
      .sort((a, b) => a.index - b.index)
      .map((c) => ({ key: c.key, header: c.header, column: firstColumn + c.index })),
    unknownColumns: layout.unknown.map((u) => u.header),
    defaultYear: yearlessReceived > 0 ? usedYear : null,
  };
}

/**
 * The second line of a two-line header (处理情况 merged over 完成时间 | 备注, with 编号 and 受理时间 merged down
 * both lines): a row whose 编号 and 受理时间 cells are blank and whose every other cell names a column not yet
 * found, under a blank or unknown (group) header cell. Its columns join the layout; [] when the row is not one.
 */
function subHeaderColumns(row: readonly CellValue[] | undefined, layout: HeaderLayout): ColumnAt[] {
  if (!Array.isArray(row)) return [];
  const id = layout.columns.get("id");
  const rec = layout.columns.get("receivedAt");
  if (!id || !rec || !isBlank(row[id.index]) || !isBlank(row[rec.index])) return [];
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

/** A row whose 编号 and 受理时间 cells are themselves names of those columns: a header line, not a case. */
function isHeaderLike(row: readonly CellValue[], idIndex: number, recIndex: number): boolean {
  const idV = row[idIndex];
  const recV = row[recIndex];
  if (typeof idV !== "string" || typeof recV !== "string") return false;
  return (
    matchHeader(cellText(recV), CASE_LOG_INDEX)?.key === "receivedAt" &&
    matchHeader(cellText(idV), CASE_LOG_INDEX)?.key === "id"
  );
}

function newCase(id: string, row: number, receivedAt: Stamp): ParsedCase {
  return {
    id,
    row,
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
    invalid: {},
  };
}

/** A problem with an optional cell: `invalid` ones also go to `case.invalid` (the field is unusable). */
type FieldProblem = { detail: string; invalid: boolean };
/** Marker: the cell was read, but its year came from context (counted for the warning). */
const YEARLESS = Symbol("yearless");

type FieldReader = (c: ParsedCase, v: CellValue, ctx: DateContext) => FieldProblem | typeof YEARLESS | null;

/**
 * The reader of one optional column, chosen once per column rather than per cell (a 100k-row log has
 * 2.3M optional cells).
 */
function fieldReader(key: string): FieldReader {
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
    const spec = ENUM_SPECS[k];
    return (c, v) => {
      const r = parseEnumCell(v, spec);
      if (r.kind === "ok") (c as unknown as Record<EnumKey, unknown>)[k] = r.value;
      return r.kind === "error" ? { detail: r.reason, invalid: true } : null;
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
    return (c, v, ctx) => readDate(c, k, v, ctx);
  }
  if (key === "warrantyWithheld") {
    return (c, v) => {
      if (isBlank(v)) return null;
      const err = excelError(v);
      if (err) return { detail: errorReason(err), invalid: true };
      const n = parseNumberCell(v, /元$/);
      if (n === null) return { detail: `${quote(v)} 不是金额（应为数字，单位元）`, invalid: true };
      if (n < 0) return { detail: `${quote(v)} 不是有效金额（不能为负数）`, invalid: true };
      c.warrantyWithheld = n;
      return null;
    };
  }
  return () => null;
}

function readDate(
  c: ParsedCase,
  key: DateField,
  v: CellValue,
  ctx: DateContext,
): FieldProblem | typeof YEARLESS | null {
  let r = parseDateCell(v, ctx);
  if (r.kind === "blank") return null;
  if (r.kind === "error") return { detail: r.reason, invalid: true };
  const received = c.receivedAt;
  // A year-less date after a December case is in the next year: "1月5日" completes a case received 28 Dec.
  if (r.yearInferred && dayOf(r.stamp.at) < dayOf(received.at) && ctx.defaultYear !== null) {
    const next = parseDateCell(v, { date1904: ctx.date1904, defaultYear: ctx.defaultYear + 1 });
    if (next.kind === "ok") r = next;
  }
  c[key] = r.stamp;
  const early = r.stamp.dateOnly ? dayOf(r.stamp.at) < dayOf(received.at) : r.stamp.at < received.at;
  // Kept as written (the clerk may have swapped two dates); flagged so someone looks.
  if (early)
    return {
      detail: `${quote(v)} 早于受理时间 ${received.dateOnly ? formatDay(dayOf(received.at)) : formatMinutes(received.at).replace("T", " ")}`,
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
