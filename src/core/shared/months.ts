/**
 * Calendar months as plain integers (year × 12 + month − 1), so periods can be indexed, compared and
 * stepped (previous month = index − 1, same month last year = index − 12) without Date objects.
 */
import { dayOf, dayParts, startOfDay, type LocalMinutes } from "../time";

/** Month index of a day number (year × 12 + month − 1), from the calendar date time.ts works out by integer arithmetic. */
export function monthIndexOfDay(day: number): number {
  const { year, month } = dayParts(day);
  return year * 12 + month - 1;
}

export function monthIndexOf(m: LocalMinutes): number {
  return monthIndexOfDay(dayOf(m));
}

/** Day number of the first day of a month index, by integer arithmetic (days-from-civil). */
export function firstDayOfMonth(index: number): number {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  // Years start in March here, so February's leap day falls at the end of one.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * monthIndexOf that remembers the bounds of the last month it answered: a log kept in date order asks
 * about the same month thousands of times running, and then the answer is two comparisons.
 */
export function monthIndexMemo(): (m: LocalMinutes) => number {
  let start = 0;
  let end = 0;
  let month = 0;
  return (m) => {
    if (m >= start && m < end) return month;
    month = monthIndexOf(m);
    start = monthStart(month);
    end = monthStart(month + 1);
    return month;
  };
}

/** `YYYY-MM`. */
export function monthLabel(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** `YYYY-MM` → month index, or null when it is not a month. */
export function parseMonthLabel(text: string): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** 00:00 of the first day of a month. */
export function monthStart(index: number): LocalMinutes {
  return startOfDay(firstDayOfMonth(index));
}
