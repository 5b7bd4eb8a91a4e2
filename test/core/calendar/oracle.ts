/**
 * Slow, obviously-correct reference implementations the fast engine is checked against. They share no
 * code with src/core/calendar beyond the config record: they walk minute by minute / day by day.
 */
import type { CalendarConfig } from "../../../src/core/calendar";
import { MINUTES_PER_DAY, type DayNumber, type LocalMinutes } from "../../../src/core/time";

/** 0 = Sunday … 6 = Saturday, from 1970-01-01 being a Thursday. */
const dow = (day: DayNumber): number => (((day % 7) + 7 + 4) % 7);

const listCache = new WeakMap<CalendarConfig, { off: Set<DayNumber>; on: Set<DayNumber> }>();

export function dayLists(cfg: CalendarConfig): { off: Set<DayNumber>; on: Set<DayNumber> } {
  const hit = listCache.get(cfg);
  if (hit) return hit;
  const off = new Set<DayNumber>();
  const on = new Set<DayNumber>();
  for (const y of cfg.years.values()) {
    y.holidays.forEach((d) => off.add(d));
    y.makeUpWorkdays.forEach((d) => on.add(d));
  }
  for (const d of on) off.delete(d);
  listCache.set(cfg, { off, on });
  return { off, on };
}

/** Is the center open in the minute [t, t+1)? */
export function openMinute(cfg: CalendarConfig, off: Set<DayNumber>, t: LocalMinutes): boolean {
  const day = Math.floor(t / MINUTES_PER_DAY);
  if (cfg.closedOnHolidays && off.has(day)) return false;
  const tod = t - day * MINUTES_PER_DAY;
  const hours = dow(day) === 0 || dow(day) === 6 ? cfg.weekendHours : cfg.weekdayHours;
  return hours.some(([a, b]) => tod >= a && tod < b);
}

/** Walks the clock one minute at a time until `n` open minutes have passed. */
export function slowAddWorkingMinutes(cfg: CalendarConfig, start: LocalMinutes, n: number): LocalMinutes {
  const { off } = dayLists(cfg);
  let t = start;
  let left = n;
  while (left > 0) {
    if (openMinute(cfg, off, t)) left--;
    t++;
  }
  return t;
}

export function slowWorkingMinutesBetween(cfg: CalendarConfig, a: LocalMinutes, b: LocalMinutes): number {
  const { off } = dayLists(cfg);
  let n = 0;
  for (let t = a; t < b; t++) if (openMinute(cfg, off, t)) n++;
  return n;
}

/**
 * Excel's WORKDAY.INTL(start, days, weekend, holidays) for days ≥ 1: step forward one day at a time and count
 * days that are not weekend days per the 7-character mask (Monday first, "1" = weekend) and not in
 * `holidays`. Excel has no make-up working days; `extraWorkdays` adds them (a weekend day that works).
 */
export function workdayIntl(start: DayNumber, days: number, weekendMask: string, holidays: Set<DayNumber>, extraWorkdays = new Set<DayNumber>()): DayNumber {
  let d = start;
  let left = days;
  while (left > 0) {
    d++;
    const mondayFirst = (dow(d) + 6) % 7;
    const working = extraWorkdays.has(d) || (weekendMask[mondayFirst] === "0" && !holidays.has(d));
    if (working) left--;
  }
  return d;
}
