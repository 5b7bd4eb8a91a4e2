/**
 * The five clocks of DESIGN §3: when a limit falls due, and how much time passed between two instants,
 * measured the way the rule counts (working hours of the center, wall-clock hours, days, official working days).
 */
import {
  addDays,
  addWorkingDays,
  addWorkingMinutes,
  workingDaysBetween,
  workingMinutesBetween,
  type CalendarConfig,
} from "../calendar";
import { MINUTES_PER_DAY, type LocalMinutes } from "../time";
import type { Clock } from "./rules";

/** Due instant of a limit started at `start` (not used by `absolute`, whose due is a date of the case). */
export function dueAfter(cfg: CalendarConfig, clock: Exclude<Clock, "absolute">, start: LocalMinutes, limit: number): LocalMinutes {
  switch (clock) {
    case "working-hours":
      return addWorkingMinutes(cfg, start, Math.round(limit * 60));
    case "calendar-hours":
      return start + Math.round(limit * 60);
    case "calendar-days":
      return addDays(start, limit);
    case "working-days":
      return addWorkingDays(cfg, start, limit);
  }
}

/** Time from a to b in the clock's unit (hours or days); negative when b is before a. */
export function measure(cfg: CalendarConfig, clock: Clock, a: LocalMinutes, b: LocalMinutes): number {
  switch (clock) {
    case "working-hours":
      return workingMinutesBetween(cfg, a, b) / 60;
    case "calendar-hours":
      return (b - a) / 60;
    case "working-days":
      return workingDaysBetween(cfg, a, b);
    case "calendar-days":
    case "absolute":
      return (b - a) / MINUTES_PER_DAY;
  }
}

/** Rounded to 2 decimals, as lateness is reported. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
