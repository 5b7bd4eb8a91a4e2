/**
 * The two calendars deadlines run on: the center's opening hours (§5.2) and the official working days.
 */
import type { DayNumber } from "../time";
import { builtInHolidayYears, type HolidayYear } from "./holidays";

/** An opening interval within a day: minutes from midnight, start < end, end ≤ 1440. */
export type Interval = [startMin: number, endMin: number];

export interface CalendarConfig {
  /** Monday–Friday opening hours, sorted and disjoint. */
  weekdayHours: Interval[];
  /** Saturday–Sunday opening hours (the center works seven days, §5.2). */
  weekendHours: Interval[];
  /** Settings may close the center on official holidays; by default it stays open (§5.2 "每周七天"). */
  closedOnHolidays: boolean;
  /** Official holiday data per year; a year missing here has no data (warned about, never guessed). */
  years: Map<number, HolidayYear>;
}

const hm = (h: number, m: number): number => h * 60 + m;

/** §5.2: 周一至周五 8:30–12:00, 13:00–17:00. */
export const DEFAULT_WEEKDAY_HOURS: readonly Interval[] = [
  [hm(8, 30), hm(12, 0)],
  [hm(13, 0), hm(17, 0)],
];
/** §5.2: 周六、周日 9:00–17:00. */
export const DEFAULT_WEEKEND_HOURS: readonly Interval[] = [[hm(9, 0), hm(17, 0)]];

export function defaultCalendarConfig(): CalendarConfig {
  return {
    weekdayHours: DEFAULT_WEEKDAY_HOURS.map((i) => [i[0], i[1]]),
    weekendHours: DEFAULT_WEEKEND_HOURS.map((i) => [i[0], i[1]]),
    closedOnHolidays: false,
    years: builtInHolidayYears(),
  };
}

/** The years among `years` for which the calendar has no official holiday data. */
export function yearsWithoutData(cfg: CalendarConfig, years: number[]): number[] {
  return [...new Set(years)].filter((y) => !cfg.years.has(y)).sort((a, b) => a - b);
}

/** Every day the year data mention, as sets. A day listed as both counts as a make-up workday. */
export function holidaySets(cfg: CalendarConfig): { holidays: Set<DayNumber>; makeUp: Set<DayNumber> } {
  const holidays = new Set<DayNumber>();
  const makeUp = new Set<DayNumber>();
  for (const y of cfg.years.values()) {
    for (const d of y.holidays) holidays.add(d);
    for (const d of y.makeUpWorkdays) makeUp.add(d);
  }
  for (const d of makeUp) holidays.delete(d);
  return { holidays, makeUp };
}
