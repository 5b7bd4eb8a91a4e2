/** "Now" as the center's naive local minutes: the one place the pane reads the machine's clock and zone. */
import { parseIsoMinutes, type LocalMinutes } from "../core/time";

export function localNow(date: Date = new Date()): LocalMinutes {
  // The pane runs on the center's own machine, so its wall clock is the center's.
  return Math.floor((date.getTime() - date.getTimezoneOffset() * 60_000) / 60_000);
}

/** `?asOf=2026-10-31T17:00` pins the as-of instant (tests, screenshots, reproducing a report). */
export function asOfFrom(search: string, date?: Date): LocalMinutes {
  const text = new URLSearchParams(search).get("asOf");
  const pinned = text === null ? null : parseIsoMinutes(text);
  return pinned ?? localNow(date);
}
