/**
 * "Now" for the pane: the center's wall clock (Asia/Shanghai by default, core/clock), never the zone of
 * the machine the pane runs on, so the pane and the CLI count the same cases open and overdue.
 */
import { DEFAULT_TIME_ZONE, wallClock } from "../core/clock";
import { parseIsoMinutes, type LocalMinutes } from "../core/time";

export function centerNow(date: Date = new Date(), zone: string = DEFAULT_TIME_ZONE): LocalMinutes {
  return wallClock(date, zone);
}

/** `?asOf=2026-10-31T17:00` pins the as-of instant (tests, screenshots, reproducing a report). */
export function asOfFrom(search: string, date?: Date): LocalMinutes {
  const text = new URLSearchParams(search).get("asOf");
  const pinned = text === null ? null : parseIsoMinutes(text);
  return pinned ?? centerNow(date);
}
