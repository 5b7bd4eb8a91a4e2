/** "Now" on the center's wall clock (core/clock), whatever zone the machine runs in. */
import { DEFAULT_TIME_ZONE, wallClock } from "../core/clock";
import type { LocalMinutes } from "../core/time";

export const CENTER_TIME_ZONE = DEFAULT_TIME_ZONE;

export function nowAtCenter(now: Date = new Date()): LocalMinutes {
  return wallClock(now, CENTER_TIME_ZONE);
}
