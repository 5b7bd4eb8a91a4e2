/**
 * "Now" for the pane: the center's wall clock (Asia/Shanghai by default, core/clock), never the zone of
 * the machine the pane runs on, so the pane and the CLI count the same cases open and overdue.
 */
import { DEFAULT_TIME_ZONE, wallClock } from "../core/clock";
import { parseIsoMinutes, type LocalMinutes } from "../core/time";
import { SAMPLE_AS_OF } from "./sample";

export function centerNow(date: Date = new Date(), zone: string = DEFAULT_TIME_ZONE): LocalMinutes {
  return wallClock(date, zone);
}

/** `?asOf=2026-10-31T17:00` pins the as-of instant (tests, screenshots, reproducing a report). */
export function asOfFrom(search: string, date?: Date): LocalMinutes {
  return pinnedAsOf(search) ?? centerNow(date);
}

function pinnedAsOf(search: string): LocalMinutes | null {
  const text = new URLSearchParams(search).get("asOf");
  return text === null ? null : parseIsoMinutes(text);
}

/**
 * The preview's as-of: a pinned `?asOf=`, else the bundled sample's own instant when the preview shows the
 * sample (so its figures are complete, with no case "from the future"), else now.
 */
export function previewAsOf(search: string, date?: Date): LocalMinutes {
  const showsSample = !new URLSearchParams(search).has("sample");
  return pinnedAsOf(search) ?? (showsSample ? SAMPLE_AS_OF : centerNow(date));
}
