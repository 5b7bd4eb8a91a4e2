/**
 * Paused dues against a minute-stepping oracle, on every clock: each minute from the start counts when the
 * clock counts it (center open, any minute, a minute of an official working day) and no pause covers it;
 * the due is the first instant the count reaches what it reaches, unpaused, at the unpaused due.
 * scripts/test.sh runs this under two time zones.
 */
import fc from "fast-check";
import { compileCalendar, defaultCalendarConfig, type CalendarConfig } from "../../../src/core/calendar";
import { dueAfter } from "../../../src/core/deadlines";
import { joinSpans, pausedDue, type Span } from "../../../src/core/deadlines/pause-clock";
import type { Clock } from "../../../src/core/deadlines/rules";
import { MINUTES_PER_DAY, toMinutes, type LocalMinutes } from "../../../src/core/time";
import { dayLists, openMinute } from "../calendar/oracle";

const open = defaultCalendarConfig();
const closed: CalendarConfig = { ...defaultCalendarConfig(), closedOnHolidays: true };
const dow = (day: number): number => ((day % 7) + 7 + 4) % 7;

function countsMinute(cfg: CalendarConfig, clock: Clock, t: LocalMinutes): boolean {
  const { off, on } = dayLists(cfg);
  const day = Math.floor(t / MINUTES_PER_DAY);
  switch (clock) {
    case "working-hours":
      return openMinute(cfg, off, t);
    case "working-days":
      return on.has(day) || (dow(day) !== 0 && dow(day) !== 6 && !off.has(day));
    default:
      return true;
  }
}

/** The oracle: minute by minute. */
function slowPausedDue(cfg: CalendarConfig, clock: Clock, start: LocalMinutes, due0: LocalMinutes, pauses: Span[]) {
  const paused = (t: LocalMinutes) => pauses.some((p) => t >= p.from && t < p.to);
  let target = 0;
  for (let t = start; t < due0; t++) if (countsMinute(cfg, clock, t)) target++;
  let count = 0;
  let removed = 0;
  let t = start;
  while (count < target) {
    if (countsMinute(cfg, clock, t)) {
      if (paused(t)) removed++;
      else count++;
    }
    t++;
  }
  return { due: t, removed };
}

const lo = toMinutes({ year: 2025, month: 12, day: 20, hour: 0, minute: 0 });
// Spring Festival 2026 (Feb) and National Day 2026 (Oct) fall inside.
const clockArb = fc.constantFrom<Clock>("working-hours", "calendar-hours", "calendar-days", "working-days");
const caseArb = fc.record({
  cfg: fc.constantFrom(open, closed),
  clock: clockArb,
  start: fc.oneof(
    fc.integer({ min: lo, max: lo + 330 * MINUTES_PER_DAY }),
    // Around the National Day holidays, to cross long runs of non-working days.
    fc.integer({ min: toMinutes({ year: 2026, month: 9, day: 28, hour: 0, minute: 0 }), max: toMinutes({ year: 2026, month: 10, day: 9, hour: 0, minute: 0 }) }),
  ),
  hours: fc.integer({ min: 1, max: 16 }),
  days: fc.integer({ min: 1, max: 5 }),
  pauses: fc.array(
    fc.record({ offset: fc.integer({ min: -2 * MINUTES_PER_DAY, max: 8 * MINUTES_PER_DAY }), length: fc.integer({ min: 0, max: 4 * MINUTES_PER_DAY }) }),
    { maxLength: 3 },
  ),
});

it("a paused due is the instant the unpaused count is reached, minute by minute, on every clock", () => {
  fc.assert(
    fc.property(caseArb, ({ cfg, clock, start, hours, days, pauses }) => {
      const limit = clock === "working-hours" || clock === "calendar-hours" ? hours : days;
      const due0 = dueAfter(cfg, clock, start, limit);
      const spans = pauses.map((p) => ({ from: start + p.offset, to: start + p.offset + p.length }));
      const got = pausedDue(compileCalendar(cfg), clock, start, due0, spans);
      const want = slowPausedDue(cfg, clock, start, due0, spans);
      expect({ due: got.due, removed: got.removed }).toEqual(want);
      expect(got.used.reduce((s, u) => s + u.minutes, 0)).toBe(got.removed);
      if (got.removed === 0) expect(got.due).toBe(due0);
    }),
    { numRuns: 300 },
  );
});

it("without pauses, or with pauses the clock does not count, the due is today's due exactly", () => {
  const c = compileCalendar(open);
  const start = toMinutes({ year: 2026, month: 10, day: 16, hour: 16, minute: 30 }); // a Friday
  const due0 = dueAfter(open, "working-days", start, 1);
  expect(pausedDue(c, "working-days", start, due0, [])).toEqual({ due: due0, removed: 0, used: [] });
  // Saturday and Sunday are not official working days: a weekend pause changes nothing.
  const weekend = { from: toMinutes({ year: 2026, month: 10, day: 17, hour: 0, minute: 0 }), to: toMinutes({ year: 2026, month: 10, day: 19, hour: 0, minute: 0 }) };
  expect(pausedDue(c, "working-days", start, due0, [weekend]).due).toBe(due0);
  // A pause after the due changes nothing either.
  expect(pausedDue(c, "working-days", start, due0, [{ from: due0, to: due0 + 5000 }]).due).toBe(due0);
});

it("overlapping pauses count once; a pause before the start counts only after it", () => {
  expect(joinSpans([{ from: 50, to: 80 }, { from: 10, to: 60 }, { from: 100, to: 120 }, { from: 0, to: 5 }], 20)).toEqual([
    { from: 20, to: 80 },
    { from: 100, to: 120 },
  ]);
  const c = compileCalendar(open);
  const start = toMinutes({ year: 2026, month: 10, day: 20, hour: 10, minute: 0 });
  const due0 = dueAfter(open, "calendar-hours", start, 8);
  const r = pausedDue(c, "calendar-hours", start, due0, [
    { from: start - 600, to: start + 60 },
    { from: start + 30, to: start + 90 },
  ]);
  expect(r).toMatchObject({ due: due0 + 90, removed: 90 });
});
