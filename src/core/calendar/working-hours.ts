/**
 * The center's working-hours clock (DESIGN §3 "center working hours"): it runs only while the center is
 * open, so a complaint logged at 20:00 starts its clock at the next opening and an 8 h limit falls due
 * the instant eight hours of opening time have passed.
 */
import { dayOf, MINUTES_PER_DAY, startOfDay, type LocalMinutes } from "../time";
import type { CalendarConfig } from "./config";
import { compile, hoursOn, type CompiledCalendar, type DayHours } from "./compiled";
import { cumBefore, dayReaching } from "./prefix";

/** Working minutes of a day before minute-of-day `tod`. */
function workedBefore(h: DayHours, tod: number): number {
  let sum = 0;
  for (const [a, b] of h.intervals) {
    if (tod <= a) break;
    sum += Math.min(tod, b) - a;
  }
  return sum;
}

/** Working minutes from the table's origin to instant `t` (a monotone clock reading). */
export function clockReading(c: CompiledCalendar, t: LocalMinutes): number {
  const day = dayOf(t);
  return cumBefore(c.minutes, day) + workedBefore(hoursOn(c, day), t - startOfDay(day));
}

/** Whether the center is open during the minute starting at `t`. */
export function isOpenAt(cfg: CalendarConfig, t: LocalMinutes): boolean {
  const day = dayOf(t);
  const tod = t - startOfDay(day);
  return hoursOn(compile(cfg), day).intervals.some(([a, b]) => tod >= a && tod < b);
}

/**
 * The instant at which `minutes` working minutes have run from `start`: the earliest instant whose clock
 * reading is that far on, so a limit used up at closing time falls due at closing, not at the next opening.
 * Zero minutes gives `start` itself. Throws when the calendar has no opening hours at all.
 */
export function addWorkingMinutes(cfg: CalendarConfig, start: LocalMinutes, minutes: number): LocalMinutes {
  return addWorkingMinutesIn(compile(cfg), start, minutes);
}

/** addWorkingMinutes on an already compiled calendar (the hot path of evaluateCompliance). */
export function addWorkingMinutesIn(c: CompiledCalendar, start: LocalMinutes, minutes: number): LocalMinutes {
  if (!(minutes >= 0)) throw new RangeError(`addWorkingMinutes: minutes must be ≥ 0, got ${minutes}`);
  if (minutes === 0) return start;
  const target = clockReading(c, start) + minutes;
  const day = dayReaching(c.minutes, dayOf(start), target);
  if (day === null) throw new RangeError("addWorkingMinutes: the calendar has no working hours");
  let rest = target - cumBefore(c.minutes, day);
  for (const [a, b] of hoursOn(c, day).intervals) {
    if (rest <= b - a) return startOfDay(day) + a + rest;
    rest -= b - a;
  }
  // Unreachable: dayReaching guarantees the day holds the remaining minutes.
  return startOfDay(day) + MINUTES_PER_DAY;
}

/** Working minutes between two instants (negative when b is before a). */
export function workingMinutesBetween(cfg: CalendarConfig, a: LocalMinutes, b: LocalMinutes): number {
  const c = compile(cfg);
  return clockReading(c, b) - clockReading(c, a);
}

/** The first opening at or after `t` (where a clock started at `t` actually begins to run). */
export function nextOpening(cfg: CalendarConfig, t: LocalMinutes): LocalMinutes {
  // One working minute later, minus that minute, is the opening the clock starts at.
  return addWorkingMinutes(cfg, t, 1) - 1;
}
