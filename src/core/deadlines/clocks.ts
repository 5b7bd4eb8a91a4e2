/**
 * The five clocks of DESIGN §3: when a limit falls due, and how much time passed between two instants,
 * measured the way the rule counts (working hours of the center, wall-clock hours, days, official working days).
 * They take the compiled calendar so evaluating many cases looks the tables up once.
 */
import {
  addWorkingDaysIn,
  addWorkingMinutesIn,
  clockReading,
  compileCalendar,
  workdayReading,
  type CalendarConfig,
  type CompiledCalendar,
} from "../calendar";
import { dayOf, MINUTES_PER_DAY, startOfDay, type LocalMinutes } from "../time";
import type { Clock } from "./rules";

/** Due instant of a limit started at `start` (not used by `absolute`, whose due is a date of the case). */
export function dueIn(c: CompiledCalendar, clock: Clock, start: LocalMinutes, limit: number): LocalMinutes {
  switch (clock) {
    case "working-hours":
      return addWorkingMinutesIn(c, start, Math.round(limit * 60));
    case "calendar-hours":
      return start + Math.round(limit * 60);
    case "calendar-days":
    case "absolute":
      return startOfDay(dayOf(start) + limit + 1);
    case "working-days":
      return addWorkingDaysIn(c, start, limit);
  }
}

/** Time from a to b in the clock's unit (hours or days); negative when b is before a. */
export function measureIn(c: CompiledCalendar, clock: Clock, a: LocalMinutes, b: LocalMinutes): number {
  switch (clock) {
    case "working-hours":
      return (clockReading(c, b) - clockReading(c, a)) / 60;
    case "calendar-hours":
      return (b - a) / 60;
    case "working-days":
      return workdayReading(c, b) - workdayReading(c, a);
    case "calendar-days":
    case "absolute":
      return (b - a) / MINUTES_PER_DAY;
  }
}

export function dueAfter(cfg: CalendarConfig, clock: Clock, start: LocalMinutes, limit: number): LocalMinutes {
  return dueIn(compileCalendar(cfg), clock, start, limit);
}

export function measure(cfg: CalendarConfig, clock: Clock, a: LocalMinutes, b: LocalMinutes): number {
  return measureIn(compileCalendar(cfg), clock, a, b);
}

/** Rounded to 2 decimals, as lateness is reported. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
