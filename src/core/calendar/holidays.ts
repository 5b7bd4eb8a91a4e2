/**
 * Official public holidays and make-up working days (调休) per year, as the State Council announces them.
 *
 * The built-in years come from the `chinese-days` package's JSON table (maintained, updated from the
 * State Council's notices, 2004 onwards). We read the JSON rather than the package's functions: its date
 * helpers go through `Date` in the machine's zone, and the core must not.
 */
import raw from "chinese-days/dist/chinese-days.json";
import { dayNumber, isValidDate, type DayNumber } from "../time";

export interface HolidayYear {
  year: number;
  /** Days off (放假), including the weekend days inside a holiday period. */
  holidays: DayNumber[];
  /** Saturdays/Sundays that are official working days (调休上班). */
  makeUpWorkdays: DayNumber[];
  /** Where the year's data comes from, shown next to it in Settings and warnings. */
  source: string;
  /** The holiday each listed day belongs to (国庆节 / National Day), for explaining a skipped or make-up day. */
  names?: Map<DayNumber, HolidayName>;
}

/** A public holiday's name in both languages. */
export interface HolidayName {
  zh: string;
  en: string;
}

export const BUILT_IN_HOLIDAY_SOURCE = "国务院办公厅节假日安排通知（chinese-days 数据包）";

/** The table's value is "National Day,国庆节,3": English name, Chinese name, a serial. */
function nameOf(value: string): HolidayName | null {
  const [en, zh] = value.split(",");
  return en && zh ? { zh: zh.trim(), en: en.trim() } : null;
}

interface ChineseDaysTable {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** `YYYY-MM-DD` → day number, or null when the text is not a real date. */
export function parseIsoDay(text: string): DayNumber | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** The years the `chinese-days` package knows, keyed by year. */
export function builtInHolidayYears(): Map<number, HolidayYear> {
  const table = raw as unknown as ChineseDaysTable;
  const years = new Map<number, HolidayYear>();
  const yearOf = (iso: string): HolidayYear => {
    const year = Number(iso.slice(0, 4));
    let y = years.get(year);
    if (!y) {
      y = { year, holidays: [], makeUpWorkdays: [], source: BUILT_IN_HOLIDAY_SOURCE, names: new Map() };
      years.set(year, y);
    }
    return y;
  };
  for (const iso of Object.keys(table.holidays)) {
    const day = parseIsoDay(iso);
    if (day === null) continue;
    const y = yearOf(iso);
    y.holidays.push(day);
    const name = nameOf(table.holidays[iso]);
    if (name) y.names?.set(day, name);
  }
  for (const iso of Object.keys(table.workdays)) {
    const day = parseIsoDay(iso);
    if (day === null) continue;
    const y = yearOf(iso);
    y.makeUpWorkdays.push(day);
    const name = nameOf(table.workdays[iso]);
    if (name) y.names?.set(day, name);
  }
  for (const y of years.values()) {
    y.holidays.sort((a, b) => a - b);
    y.makeUpWorkdays.sort((a, b) => a - b);
  }
  return years;
}
