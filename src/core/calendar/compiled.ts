/**
 * A CalendarConfig turned into lookup tables once, then shared by every computation on it.
 * Configs are treated as immutable after first use (the cache is keyed by the object).
 */
import { dayNumber, dayParts, weekday, type DayNumber } from "../time";
import { holidaySets, type CalendarConfig, type Interval } from "./config";
import { buildPrefix, type DayPrefix } from "./prefix";

/** Opening intervals of one kind of day and their running totals. */
export interface DayHours {
  intervals: Interval[];
  total: number;
}

export interface CompiledCalendar {
  weekday: DayHours;
  weekend: DayHours;
  closed: DayHours;
  /** Center hours of a day inside the table: 0 weekday hours, 1 weekend hours, 2 closed. */
  kind: Uint8Array;
  /** Working minutes of the center, per day. */
  minutes: DayPrefix;
  /** Official working days (1 per working day). */
  workdays: DayPrefix;
  /** Official working day flag for days inside the table. */
  official: Uint8Array;
}

const cache = new WeakMap<CalendarConfig, CompiledCalendar>();

const isWeekend = (day: DayNumber): boolean => {
  const w = weekday(day);
  return w === 0 || w === 6;
};

function hoursOf(intervals: Interval[]): DayHours {
  const sorted = intervals.map((i): Interval => [i[0], i[1]]).sort((a, b) => a[0] - b[0]);
  return { intervals: sorted, total: sorted.reduce((s, [a, b]) => s + (b - a), 0) };
}

export function compile(cfg: CalendarConfig): CompiledCalendar {
  const hit = cache.get(cfg);
  if (hit) return hit;
  const { holidays, makeUp } = holidaySets(cfg);
  // The table spans the whole years that have data; elsewhere both calendars are purely weekly.
  const yearsKnown = [...cfg.years.keys()];
  const dataDays = [...holidays, ...makeUp];
  const loYear = Math.min(...yearsKnown, ...dataDays.map((d) => dayParts(d).year));
  const hiYear = Math.max(...yearsKnown, ...dataDays.map((d) => dayParts(d).year));
  const [lo, hi] = Number.isFinite(loYear) ? [dayNumber(loYear, 1, 1), dayNumber(hiYear + 1, 1, 1)] : [0, 0];

  const wk = hoursOf(cfg.weekdayHours);
  const we = hoursOf(cfg.weekendHours);
  const closed: DayHours = { intervals: [], total: 0 };
  const kind = new Uint8Array(hi - lo);
  const official = new Uint8Array(hi - lo);
  for (let d = lo; d < hi; d++) {
    const weekend = isWeekend(d);
    const holiday = holidays.has(d);
    kind[d - lo] = holiday && cfg.closedOnHolidays ? 2 : weekend ? 1 : 0;
    official[d - lo] = makeUp.has(d) || (!weekend && !holiday) ? 1 : 0;
  }
  const weeklyMinutes = [0, 1, 2, 3, 4, 5, 6].map((w) => (w === 0 || w === 6 ? we.total : wk.total));
  const weeklyWork = [0, 1, 1, 1, 1, 1, 0];
  const byKind = [wk, we, closed];
  const compiled: CompiledCalendar = {
    weekday: wk,
    weekend: we,
    closed,
    kind,
    official,
    minutes: buildPrefix(lo, hi, weeklyMinutes, (d) => byKind[kind[d - lo]].total),
    workdays: buildPrefix(lo, hi, weeklyWork, (d) => official[d - lo]),
  };
  cache.set(cfg, compiled);
  return compiled;
}

/** The center's hours on a given day. */
export function hoursOn(c: CompiledCalendar, day: DayNumber): DayHours {
  const { lo, hi } = c.minutes;
  if (day >= lo && day < hi) {
    const k = c.kind[day - lo];
    return k === 0 ? c.weekday : k === 1 ? c.weekend : c.closed;
  }
  return isWeekend(day) ? c.weekend : c.weekday;
}

export function isOfficialDay(c: CompiledCalendar, day: DayNumber): boolean {
  const { lo, hi } = c.workdays;
  if (day >= lo && day < hi) return c.official[day - lo] === 1;
  return !isWeekend(day);
}
