/**
 * Naive local date-times of the center, as whole minutes since 1970-01-01T00:00 (local wall clock).
 *
 * The center's deadlines are wall-clock rules (§5.2, §5.7.1): a case received "10:00 on 3 Oct" means
 * that wall-clock instant wherever the machine runs. Keeping instants as plain minute counts, and doing
 * all calendar arithmetic through Date.UTC, makes every computation independent of the machine's zone.
 */

/** Minutes since 1970-01-01T00:00, naive local. */
export type LocalMinutes = number;

export const MINUTES_PER_DAY = 1440;

/** Day number: days since 1970-01-01 (naive local). */
export type DayNumber = number;

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
  hour: number;
  minute: number;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day number of a calendar date (1-based month). Years 0–99 are taken literally, not as 19xx. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / 86_400_000);
}

export function toMinutes(p: DateParts): LocalMinutes {
  return dayNumber(p.year, p.month, p.day) * MINUTES_PER_DAY + p.hour * 60 + p.minute;
}

/** Whole minutes Date can hold (±100,000,000 days): the arithmetic below agrees with Date on all of them. */
const DATE_LIMIT = 8.64e15 / 60_000;

export function fromMinutes(m: LocalMinutes): DateParts {
  if (!Number.isInteger(m) || Math.abs(m) > DATE_LIMIT) {
    const d = new Date(m * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
    };
  }
  const day = Math.floor(m / MINUTES_PER_DAY);
  const tod = m - day * MINUTES_PER_DAY;
  const p = civilDay(day);
  return { year: p.year, month: p.month, day: p.day, hour: Math.floor(tod / 60), minute: tod % 60 };
}

/**
 * The calendar date of a day number by integer arithmetic (civil-from-days, the proleptic Gregorian calendar of
 * Date.UTC): an explanation or a JSON document formats hundreds of thousands of dates, and a Date each costs.
 */
function civilDay(day: DayNumber): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

export function dayOf(m: LocalMinutes): DayNumber {
  return Math.floor(m / MINUTES_PER_DAY);
}

export function startOfDay(day: DayNumber): LocalMinutes {
  return day * MINUTES_PER_DAY;
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. 1970-01-01 was a Thursday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function dayParts(day: DayNumber): { year: number; month: number; day: number } {
  if (Number.isInteger(day) && Math.abs(startOfDay(day)) <= DATE_LIMIT) return civilDay(day);
  const p = fromMinutes(startOfDay(day));
  return { year: p.year, month: p.month, day: p.day };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => pad(n));

/**
 * `YYYY-MM-DD` of the days formatted lately: a log's dates fall on a few hundred days, formatted again for
 * every instant on them. Cleared when full, so a caller walking centuries holds no more than this.
 */
const dayTexts = new Map<DayNumber, string>();
const DAY_TEXTS = 4096;

/** `YYYY-MM-DDTHH:mm`, the JSON form of DESIGN §5. */
export function formatMinutes(m: LocalMinutes): string {
  if (!Number.isInteger(m) || Math.abs(m) > DATE_LIMIT) {
    const p = fromMinutes(m);
    return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
  }
  const day = Math.floor(m / MINUTES_PER_DAY);
  const tod = m - day * MINUTES_PER_DAY;
  return `${formatDay(day)}T${TWO_DIGITS[Math.floor(tod / 60)] ?? pad(Math.floor(tod / 60))}:${TWO_DIGITS[tod % 60]}`;
}

/** `YYYY-MM-DD`. */
export function formatDay(day: DayNumber): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    const p = dayParts(day);
    text = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
    if (dayTexts.size >= DAY_TEXTS) dayTexts.clear();
    dayTexts.set(day, text);
  }
  return text;
}

/** `YYYY-MM` of an instant. */
export function monthKey(m: LocalMinutes): string {
  const p = fromMinutes(m);
  return `${pad(p.year, 4)}-${pad(p.month)}`;
}

/** Parses the strict ISO-like forms `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` (also with a space). */
export function parseIsoMinutes(text: string): LocalMinutes | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  if (!isValidDate(year, month, day)) return null;
  // 24:00 is allowed: it is how DESIGN §3 writes the end of a day.
  if (hour > 24 || minute > 59 || (hour === 24 && minute !== 0)) return null;
  return toMinutes({ year, month, day, hour, minute });
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01; serial 61 is 1900-03-01 (60 is the phantom 29 Feb 1900). */
const EXCEL_1900_EPOCH_OFFSET = 25569;
/** Excel's 1904 date system (Mac): serial 0 is 1904-01-01. */
const EXCEL_1904_EPOCH_OFFSET = 24107;

/**
 * Excel serial → local minutes, rounded to the nearest minute (Excel stores 14:20 as a binary fraction).
 * Returns null for serials Excel itself cannot show as a date.
 */
export function fromExcelSerial(serial: number, date1904 = false): LocalMinutes | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (!date1904 && serial < 1) return null;
  if (!date1904 && serial >= 60 && serial < 61) return null; // 29 Feb 1900 never existed
  const adjusted = !date1904 && serial < 60 ? serial + 1 : serial;
  const days = adjusted - (date1904 ? EXCEL_1904_EPOCH_OFFSET : EXCEL_1900_EPOCH_OFFSET);
  const minutes = Math.round(days * MINUTES_PER_DAY);
  // Excel's last date is 9999-12-31.
  if (minutes >= dayNumber(10000, 1, 1) * MINUTES_PER_DAY) return null;
  return minutes;
}

/** Local minutes → Excel serial (1900 system unless date1904). */
export function toExcelSerial(m: LocalMinutes, date1904 = false): number {
  const days = m / MINUTES_PER_DAY + (date1904 ? EXCEL_1904_EPOCH_OFFSET : EXCEL_1900_EPOCH_OFFSET);
  return !date1904 && days < 61 ? days - 1 : days;
}
