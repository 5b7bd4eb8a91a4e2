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
}

export const BUILT_IN_HOLIDAY_SOURCE = "国务院办公厅节假日安排通知（chinese-days 数据包）";

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
      y = { year, holidays: [], makeUpWorkdays: [], source: BUILT_IN_HOLIDAY_SOURCE };
      years.set(year, y);
    }
    return y;
  };
  for (const iso of Object.keys(table.holidays)) {
    const day = parseIsoDay(iso);
    if (day !== null) yearOf(iso).holidays.push(day);
  }
  for (const iso of Object.keys(table.workdays)) {
    const day = parseIsoDay(iso);
    if (day !== null) yearOf(iso).makeUpWorkdays.push(day);
  }
  for (const y of years.values()) {
    y.holidays.sort((a, b) => a - b);
    y.makeUpWorkdays.sort((a, b) => a - b);
  }
  return years;
}
