/**
 * How a pause moves a due (DESIGN §2 Pauses, §3). Each clock counts its own minutes:
 * - center working hours: the minutes inside the center's opening intervals;
 * - calendar hours and calendar days: every minute;
 * - official working days: every minute of an official working day.
 * A pause removes the counted minutes it covers. The due is the first instant at which the minutes counted since
 * the start, less those removed, reach what they reach at the unpaused due. An unpaused case keeps its due
 * exactly: without a pause the result is the unpaused due itself, never recomputed.
 */
import { addWorkingMinutesIn, clockReading, workdayReading, type CompiledCalendar } from "../calendar";
import { isOfficialDay } from "../calendar";
import { dayOf, MINUTES_PER_DAY, startOfDay, type LocalMinutes } from "../time";
import type { Clock } from "./rules";

/** A stretch of time [from, to). */
export interface Span {
  from: LocalMinutes;
  to: LocalMinutes;
}

/** Minutes the clock counts in [a, b) (0 when b ≤ a). */
export function clockMinutes(c: CompiledCalendar, clock: Clock, a: LocalMinutes, b: LocalMinutes): number {
  if (b <= a) return 0;
  switch (clock) {
    case "working-hours":
      return clockReading(c, b) - clockReading(c, a);
    case "working-days":
      // workdayReading is in days with minute fractions: ×1440 gives whole minutes back.
      return Math.round((workdayReading(c, b) - workdayReading(c, a)) * MINUTES_PER_DAY);
    case "calendar-hours":
    case "calendar-days":
    case "absolute":
      return b - a;
  }
}

/** The first instant t ≥ from at which the clock has counted n minutes since `from`. */
export function reach(c: CompiledCalendar, clock: Clock, from: LocalMinutes, n: number): LocalMinutes {
  if (n <= 0) return from;
  switch (clock) {
    case "working-hours":
      return addWorkingMinutesIn(c, from, n);
    case "working-days": {
      let day = dayOf(from);
      let t = from;
      let left = n;
      // A day at a time: a limit is a few working days, a long pause a few weeks at most.
      for (;;) {
        const end = startOfDay(day + 1);
        if (isOfficialDay(c, day)) {
          if (end - t >= left) return t + left;
          left -= end - t;
        }
        day++;
        t = end;
      }
    }
    case "calendar-hours":
    case "calendar-days":
    case "absolute":
      return from + n;
  }
}

/** The spans from `start` on, in order, overlapping ones joined (overlapping pauses count once). */
export function joinSpans(spans: readonly Span[], start: LocalMinutes): Span[] {
  const sorted = spans
    .map((s) => ({ from: Math.max(s.from, start), to: s.to }))
    .filter((s) => s.to > s.from)
    .sort((a, b) => a.from - b.from);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

export interface PausedDue {
  due: LocalMinutes;
  /** Clock minutes the pauses removed before the due. */
  removed: number;
  /** The joined pauses that moved the due, each with the clock minutes it removed. */
  used: { span: Span; minutes: number }[];
}

/**
 * The due of a clock started at `start`, unpaused due `due0`, with `pauses` (ends already known: an open pause
 * is passed ending at the as-of instant). Pauses that begin once the limit is used up change nothing.
 */
export function pausedDue(
  c: CompiledCalendar,
  clock: Clock,
  start: LocalMinutes,
  due0: LocalMinutes,
  pauses: readonly Span[],
): PausedDue {
  const joined = joinSpans(pauses, start);
  if (joined.length === 0 || clock === "absolute") return { due: due0, removed: 0, used: [] };
  let left = clockMinutes(c, clock, start, due0);
  let t = start;
  let removed = 0;
  const used: PausedDue["used"] = [];
  for (const span of joined) {
    const before = clockMinutes(c, clock, t, span.from);
    if (before >= left) break;
    left -= before;
    const minutes = clockMinutes(c, clock, span.from, span.to);
    if (minutes > 0) used.push({ span, minutes });
    removed += minutes;
    t = span.to;
  }
  if (removed === 0) return { due: due0, removed: 0, used: [] };
  return { due: reach(c, clock, t, left), removed, used };
}
