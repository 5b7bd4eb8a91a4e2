/**
 * One cell of `range.values` → a typed value, or a reason a clerk can read (DESIGN §2 "Dates arrive as …"),
 * as a message of ../messages (the cell's own text shown as the clerk sees it).
 *
 * Hot path: a 100k-row log passes ~2.5M cells through here, so numbers and plain strings take a fast path and
 * regexes only run on text that can actually be a date.
 */
import { msg, type Message } from "../messages";
import type { CellValue, Stamp } from "../model";
import {
  daysInMonth,
  formatDay,
  formatMinutes,
  fromExcelSerial,
  fromMinutes,
  MINUTES_PER_DAY,
  toMinutes,
} from "../time";

/** Every error value Excel (desktop, web, Office.js) can put in `range.values`, upper case. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#BUSY!",
  "#PYTHON!",
  "#EXTERNAL!",
]);

/** The error value a cell holds ("#N/A" …), or null. */
export function excelError(v: unknown): string | null {
  if (typeof v !== "string" || v.length < 4 || v.length > 20) return null;
  const c0 = v.charCodeAt(0);
  // Quick exit for ordinary text: Office gives "#N/A" exactly; only leading blanks need a trim.
  if (c0 !== 35 && c0 > 32 && c0 !== 0x3000) return null;
  const t = v.trim();
  if (t.charCodeAt(0) !== 35 /* # */) return null;
  const u = t.toUpperCase();
  return EXCEL_ERRORS.has(u) ? u : null;
}

export function errorReason(code: string): Message {
  return msg("cell.error-value", { code });
}

/** "" / null / whitespace only (incl. full-width spaces). Numbers, even 0, and booleans are content. */
export function isBlank(v: unknown): boolean {
  if (typeof v === "string") return v.length === 0 || !NON_SPACE.test(v);
  if (typeof v === "number") return !Number.isFinite(v);
  return typeof v !== "boolean";
}
const NON_SPACE = /\S/;

/** Every cell blank; ragged or missing rows are blank. */
export function isBlankRow(row: unknown): boolean {
  if (!Array.isArray(row)) return true;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

const FULL_WIDTH = /[\u3000\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const FULL_WIDTH_G = /[\u3000\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/**
 * A cell as trimmed text. Full-width spaces, digits and Latin letters become half-width (clerks type "３号楼",
 * "Ａ００１"); full-width punctuation is left alone because "，" and "。" are ordinary Chinese text.
 */
export function cellText(v: CellValue | undefined): string {
  if (typeof v === "string") {
    const t = v.trim();
    return FULL_WIDTH.test(t) ? t.replace(FULL_WIDTH_G, toHalfWidth) : t;
  }
  if (typeof v === "number") return Number.isFinite(v) ? formatNumber(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return "";
}

function toHalfWidth(ch: string): string {
  return ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** Shortest faithful text of a number: 0.1+0.2 shows as 0.3, as Excel shows it. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** A value as a reason quotes it, cut so one enormous cell cannot flood a report. */
export function shownValue(v: CellValue | undefined, max = 40): string {
  const t = cellText(v);
  return t.length > max ? t.slice(0, max) + "…" : t;
}

/** Text kept in Rejection/CellIssue `value`; long cells are cut. */
export function valueText(v: CellValue | undefined, max = 200): string {
  const t = cellText(v);
  return t.length > max ? t.slice(0, max) + "…" : t;
}

/**
 * A number in a cell: real numbers, or text such as "1,200", "￥300", "300元", "1200户".
 * null when blank or not a number; the caller says what was expected.
 */
export function parseNumberCell(v: CellValue | undefined, unit: RegExp | null = null): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || v.length > 64) return null;
  let t = v
    .normalize("NFKC")
    .trim()
    .replace(/[,\s]/g, "")
    .replace(/^[¥￥]|^rmb|^cny/i, "");
  if (unit) t = t.replace(unit, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export type DateCell =
  { kind: "blank" } | { kind: "ok"; stamp: Stamp; yearInferred?: boolean } | { kind: "error"; reason: Message };

export interface DateContext {
  date1904: boolean;
  /** Year for dates written without one (`10月3日`); null when the context gives none. */
  defaultYear: number | null;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/**
 * A date(-time) cell: an Excel serial (respecting the 1904 system), or text in the clerk styles of DESIGN §2 —
 * `2026-10-03 14:20`, `2026/10/3 14:20`, `2026.10.3`, `2026年10月3日 14时20分`, `2026年10月3日14:20`,
 * `10月3日` / `10-03 14:20` (year from `defaultYear`), `20261003`, optional seconds (dropped), 上午/下午 or am/pm,
 * a weekday after the date, full-width digits. Impossible dates and times are errors, never rolled over.
 */
export function parseDateCell(v: CellValue | undefined, ctx: DateContext): DateCell {
  if (typeof v === "number") return fromNumber(v, v, ctx);
  if (typeof v === "string") {
    if (isBlank(v)) return { kind: "blank" };
    const err = excelError(v);
    if (err) return { kind: "error", reason: errorReason(err) };
    return fromText(v, ctx);
  }
  if (typeof v === "boolean") return notADate(v);
  return { kind: "blank" };
}

function notADate(v: CellValue): DateCell {
  return { kind: "error", reason: msg("cell.not-a-date", { value: shownValue(v) }) };
}

/** Serials of 1900-03-01 … 9999-12-31 in the 1900 system, where the serial is plain days since 1899-12-30. */
const PLAIN_1900_FROM = 61;
const PLAIN_1900_TO = 2958465;
const EPOCH_1970_1900 = 25569;

function fromNumber(n: number, original: CellValue, ctx: DateContext): DateCell {
  if (!Number.isFinite(n)) return notADate(original);
  // Fast path for the serials of every real log; the same arithmetic as time.fromExcelSerial, which the tests check.
  const at =
    !ctx.date1904 && n >= PLAIN_1900_FROM && n < PLAIN_1900_TO
      ? Math.round((n - EPOCH_1970_1900) * 1440)
      : fromExcelSerial(n, ctx.date1904);
  if (at !== null) return { kind: "ok", stamp: { at, dateOnly: at % 1440 === 0 } };
  // 20261003 typed into a cell is stored as a number far beyond Excel's last serial; clerks mean the date.
  if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) {
    const r = ymd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, original);
    if (r.kind === "ok") return r;
  }
  // 0.6 is 14:24 with no day: a time typed into a date column (shown as the clerk sees it, never as 0.6).
  if (n > 0 && n < 1) return { kind: "error", reason: msg("cell.time-only", { value: clockText(n) }) };
  return { kind: "error", reason: msg("cell.date-out-of-range", { value: shownValue(original) }) };
}

function ymd(
  year: number,
  month: number,
  day: number,
  original: CellValue,
  hour = 0,
  minute = 0,
  dateOnly = true,
): DateCell {
  const value = (): string => shownValue(original);
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { kind: "error", reason: msg("cell.bad-year", { value: value(), min: MIN_YEAR, max: MAX_YEAR }) };
  if (month < 1 || month > 12) return { kind: "error", reason: msg("cell.bad-month", { value: value() }) };
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim)
    return { kind: "error", reason: msg("cell.bad-day", { value: value(), year, month, days: dim }) };
  return { kind: "ok", stamp: { at: toMinutes({ year, month, day, hour, minute }), dateOnly } };
}

const NUMERIC = /^\d+(\.\d+)?$/;
const DOTTED_MONTH_DAY = /^\d{1,2}\.\d{1,2}$/;
const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
const YEARLESS_DATE = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const WEEKDAY = /^\s*\(?\s*(?:星期|周|礼拜)[一二三四五六日天七]\s*\)?/;
/**
 * Groups: 1 meridiem before, 2 hour, 3 minute after ":", 4 seconds after ":", 5 "时/点", 6 "半",
 * 7 minute after 时, 8 seconds before 秒, 9 meridiem after.
 */
const TIME =
  /^(?:t|\s)*(上午|下午|中午|晚上|凌晨|早上|早晨|傍晚|夜里|夜间|am|pm)?\s*(\d{1,2})\s*(?::\s*(\d{1,2})(?:\s*:\s*(\d{1,2})(?:\.\d+)?)?|(时|点)\s*(?:(半)|(\d{1,2})\s*分?)?\s*(?:(\d{1,2})\s*秒)?)\s*(am|pm|a\.m\.|p\.m\.)?\s*$/;
const AFTERNOON = new Set(["下午", "晚上", "傍晚", "夜里", "夜间", "pm", "p.m."]);
const MORNING = new Set(["上午", "凌晨", "早上", "早晨", "am", "a.m."]);

function fromText(raw: string, ctx: DateContext): DateCell {
  // No clerk date is this long; refusing early keeps huge cells cheap.
  if (raw.length > 64) return notADate(raw);
  const s = raw.normalize("NFKC").trim().toLowerCase();
  if (NUMERIC.test(s) && !DOTTED_MONTH_DAY.test(s)) {
    if (s.length === 8 && !s.includes(".")) {
      return ymd(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)), raw);
    }
    return fromNumber(Number(s), raw, ctx);
  }
  let year: number;
  let month: number;
  let day: number;
  let yearInferred = false;
  let rest: string;
  let m = FULL_DATE.exec(s) ?? COMPACT_DATE.exec(s);
  if (!m && TIME.test(s)) return { kind: "error", reason: msg("cell.time-only", { value: shownValue(raw) }) };
  if (m) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
    rest = s.slice(m[0].length);
  } else {
    m = YEARLESS_DATE.exec(s);
    if (!m) return notADate(raw);
    month = Number(m[1]);
    day = Number(m[2]);
    rest = s.slice(m[0].length);
    if (ctx.defaultYear === null) return { kind: "error", reason: msg("cell.no-year", { value: shownValue(raw) }) };
    year = ctx.defaultYear;
    yearInferred = true;
  }
  const wd = WEEKDAY.exec(rest);
  if (wd) rest = rest.slice(wd[0].length);
  let hour = 0;
  let minute = 0;
  const dateOnly = rest.trim() === "";
  if (!dateOnly) {
    const t = TIME.exec(rest);
    if (!t) return notADate(raw);
    hour = Number(t[2]);
    minute = t[6] ? 30 : Number(t[3] ?? t[7] ?? 0);
    const second = Number(t[4] ?? t[8] ?? 0);
    const meridiem = t[1] ?? t[9];
    if (meridiem !== undefined) {
      if (hour > 12 && !AFTERNOON.has(meridiem) && meridiem !== "中午") return badTime(raw);
      if ((AFTERNOON.has(meridiem) || (meridiem === "中午" && hour < 11)) && hour < 12) hour += 12;
      else if (MORNING.has(meridiem) && hour === 12 && meridiem.startsWith("a")) hour = 0;
    }
    // 24:00 is the end of the day (DESIGN §3 writes deadlines that way); anything later is a typo, not a rollover.
    if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) return badTime(raw);
  }
  const r = ymd(year, month, day, raw, hour, minute, dateOnly);
  if (r.kind === "ok" && yearInferred) return { ...r, yearInferred };
  return r;
}

function badTime(raw: string): { kind: "error"; reason: Message } {
  return { kind: "error", reason: msg("cell.bad-time", { value: shownValue(raw) }) };
}

/** The calendar year of a date cell without resolving anything else: used to infer the year of `10月3日`. */
export function yearOfCell(v: CellValue | undefined, date1904: boolean): number | null {
  if (typeof v === "number") {
    const at = fromExcelSerial(v, date1904);
    return at === null ? null : fromMinutes(at).year;
  }
  if (typeof v !== "string" || v.length > 64) return null;
  const m = YEAR_PREFIX.exec(v);
  if (m) return Number(m[1]);
  if (FULL_WIDTH.test(v)) {
    const n = YEAR_PREFIX.exec(v.normalize("NFKC"));
    if (n) return Number(n[1]);
  }
  return null;
}
const YEAR_PREFIX = /^\s*((?:19|20|21)\d{2})\s*[-/.年]\s*\d/;

/** A fraction of a day as the clock shows it: 0.4270833 → 10:15. */
function clockText(fraction: number): string {
  const minutes = Math.round(fraction * MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * A date or time cell as the clerk sees it, for messages and rejected values: a serial becomes 2026-10-06,
 * 2026-10-06 10:15 or 10:15, never 46301.427…; other cells are their text.
 */
export function dateCellText(v: CellValue | undefined, date1904: boolean): string {
  if (typeof v !== "number" || !Number.isFinite(v)) return valueText(v);
  if (v >= 0 && v < 1) return clockText(v);
  const at = fromExcelSerial(v, date1904);
  if (at === null) return valueText(v);
  return at % MINUTES_PER_DAY === 0 ? formatDay(Math.floor(at / MINUTES_PER_DAY)) : formatMinutes(at).replace("T", " ");
}

export type TimeCell =
  | { kind: "blank" }
  /** `whole`: the cell held a whole date-time (typed into the time column), which then stands for itself. */
  | { kind: "ok"; minutes: number; whole?: Stamp }
  | { kind: "error"; reason: Message };

/**
 * The time half of a date split over two columns (受理日期 + 受理时间): a time serial (0.4270833), a
 * date-time serial or text whose time of day is taken, or text such as 10:15, 10时15分, 下午2点半, 14:20:00.
 * Minutes since midnight.
 */
export function parseTimeCell(v: CellValue | undefined, date1904: boolean): TimeCell {
  if (isBlank(v)) return { kind: "blank" };
  const err = excelError(v);
  if (err) return { kind: "error", reason: errorReason(err) };
  if (typeof v === "number") {
    if (v >= 0 && v < 1) return { kind: "ok", minutes: Math.round(v * MINUTES_PER_DAY) % MINUTES_PER_DAY };
    const at = fromExcelSerial(v, date1904);
    if (at !== null && at % MINUTES_PER_DAY !== 0)
      return { kind: "ok", minutes: at % MINUTES_PER_DAY, whole: { at, dateOnly: false } };
    return { kind: "error", reason: msg("cell.not-a-time", { value: dateCellText(v, date1904) }) };
  }
  if (typeof v !== "string" || v.length > 64)
    return { kind: "error", reason: msg("cell.not-a-time", { value: shownValue(v) }) };
  const s = v.normalize("NFKC").trim().toLowerCase();
  // A whole date-time typed into the time column: its time of day.
  const full = parseDateCell(v, { date1904, defaultYear: 2000 });
  if (full.kind === "ok" && !full.stamp.dateOnly && !full.yearInferred)
    return { kind: "ok", minutes: full.stamp.at % MINUTES_PER_DAY, whole: full.stamp };
  const t = TIME.exec(s);
  if (!t) return { kind: "error", reason: msg("cell.not-a-time", { value: shownValue(v) }) };
  let hour = Number(t[2]);
  const minute = t[6] ? 30 : Number(t[3] ?? t[7] ?? 0);
  const meridiem = t[1] ?? t[9];
  if (meridiem !== undefined) {
    if (hour > 12 && !AFTERNOON.has(meridiem) && meridiem !== "中午")
      return { kind: "error", reason: badTime(v).reason };
    if ((AFTERNOON.has(meridiem) || (meridiem === "中午" && hour < 11)) && hour < 12) hour += 12;
    else if (MORNING.has(meridiem) && hour === 12 && meridiem.startsWith("a")) hour = 0;
  }
  if (hour > 23 || minute > 59) return { kind: "error", reason: badTime(v).reason };
  return { kind: "ok", minutes: hour * 60 + minute };
}
