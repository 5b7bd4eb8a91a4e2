/**
 * Calendar-day and official-working-day deadlines (DESIGN §3): due at the end (24:00) of the Nth day after
 * the start date, the start day not counted, and written as the next day's 00:00.
 */
import { dayOf, MINUTES_PER_DAY, startOfDay, type DayNumber, type LocalMinutes } from "../time";
import type { CalendarConfig } from "./config";
import { compile, isOfficialDay, type CompiledCalendar } from "./compiled";
import { cumBefore, dayReaching } from "./prefix";

/** Monday–Friday, minus the State Council's holidays, plus its make-up working days (调休). */
export function isOfficialWorkday(cfg: CalendarConfig, day: DayNumber): boolean {
  return isOfficialDay(compile(cfg), day);
}

/** End of the Nth calendar day after the start date. */
export function addDays(start: LocalMinutes, n: number): LocalMinutes {
  return startOfDay(dayOf(start) + n + 1);
}

/**
 * End of the Nth official working day after the start date (the start day not counted, whether or not it
 * is a working day). N = 0 gives the end of the start day.
 */
export function addWorkingDays(cfg: CalendarConfig, start: LocalMinutes, n: number): LocalMinutes {
  return addWorkingDaysIn(compile(cfg), start, n);
}

/** addWorkingDays on an already compiled calendar (the hot path of evaluateCompliance). */
export function addWorkingDaysIn(c: CompiledCalendar, start: LocalMinutes, n: number): LocalMinutes {
  const from = dayOf(start) + 1;
  if (n <= 0) return startOfDay(from);
  const p = c.workdays;
  const day = dayReaching(p, from, cumBefore(p, from) + n);
  // Every week has five weekdays outside the data years, so a working day is always reached.
  return startOfDay((day ?? from) + 1);
}

/**
 * Official working days between two instants, counting each working day as 1440 minutes and every other
 * day as none — the measure for "N working days" lateness and for how much of such a limit is used.
 */
export function workingDaysBetween(cfg: CalendarConfig, a: LocalMinutes, b: LocalMinutes): number {
  const c = compile(cfg);
  return workdayReading(c, b) - workdayReading(c, a);
}

/** Official working days from the table's origin to instant `t`, a working day counting 1 per 1440 minutes. */
export function workdayReading(c: CompiledCalendar, t: LocalMinutes): number {
  const day = dayOf(t);
  return cumBefore(c.workdays, day) + (isOfficialDay(c, day) ? (t - startOfDay(day)) / MINUTES_PER_DAY : 0);
}
