import fc from "fast-check";
import {
  addWorkingMinutes,
  defaultCalendarConfig,
  isOpenAt,
  nextOpening,
  workingMinutesBetween,
  type CalendarConfig,
} from "../../../src/core/calendar";
import { formatMinutes, parseIsoMinutes, toMinutes, type LocalMinutes } from "../../../src/core/time";
import { slowAddWorkingMinutes, slowWorkingMinutesBetween } from "./oracle";

const at = (iso: string): LocalMinutes => parseIsoMinutes(iso)!;
const cfg = defaultCalendarConfig();
const closedCfg: CalendarConfig = { ...defaultCalendarConfig(), closedOnHolidays: true };
const due8h = (c: CalendarConfig, iso: string): string => formatMinutes(addWorkingMinutes(c, at(iso), 8 * 60));

describe("center working hours (§5.2), hand-worked", () => {
  it("Friday 16:30 complaint: 30 min on Friday, then Saturday 09:00–17:00 runs the other 7.5 h", () => {
    // 2026-10-16 is a Friday with no holiday around it.
    expect(due8h(cfg, "2026-10-16T16:30")).toBe("2026-10-17T16:30");
  });

  it("20:00 complaint starts at the next opening (Friday 08:30) and uses the lunch break correctly", () => {
    // Thu 20:00 → Fri 08:30–12:00 (3.5 h) + 13:00–17:00 (4 h) = 7.5 h, then Sat 09:00 + 0.5 h.
    expect(due8h(cfg, "2026-10-15T20:00")).toBe("2026-10-17T09:30");
    expect(formatMinutes(nextOpening(cfg, at("2026-10-15T20:00")))).toBe("2026-10-16T08:30");
  });

  it("12:30 complaint waits for the 13:00 reopening", () => {
    // Wed 12:30 → 13:00–17:00 (4 h) + Thu 08:30–12:00 (3.5 h) + Thu 13:00–13:30.
    expect(due8h(cfg, "2026-10-14T12:30")).toBe("2026-10-15T13:30");
    expect(isOpenAt(cfg, at("2026-10-14T12:30"))).toBe(false);
  });

  it("a limit used up exactly at closing is due at closing, not at the next opening", () => {
    // Sat 09:00 + 8 h = Sat 17:00.
    expect(due8h(cfg, "2026-10-17T09:00")).toBe("2026-10-17T17:00");
    expect(formatMinutes(addWorkingMinutes(cfg, at("2026-10-16T13:00"), 240))).toBe("2026-10-16T17:00");
  });

  it("works through public holidays by default (seven-day center) and stops on them when Settings close it", () => {
    // 2026-09-30 Wed 16:00: 1 h on Wed, then Thu 1 Oct (holiday, a weekday: weekday hours) 08:30 + 7 h.
    expect(due8h(cfg, "2026-09-30T16:00")).toBe("2026-10-01T16:30");
    // Closed 1–7 Oct: Thu 8 Oct 08:30 + 7 h → 16:30.
    expect(due8h(closedCfg, "2026-09-30T16:00")).toBe("2026-10-08T16:30");
  });

  it("measures working minutes between instants, ignoring nights and lunch", () => {
    expect(workingMinutesBetween(cfg, at("2026-10-16T16:30"), at("2026-10-17T16:30"))).toBe(480);
    expect(workingMinutesBetween(cfg, at("2026-10-14T11:00"), at("2026-10-14T14:00"))).toBe(120);
    expect(workingMinutesBetween(cfg, at("2026-10-14T14:00"), at("2026-10-14T11:00"))).toBe(-120);
    expect(workingMinutesBetween(cfg, at("2026-10-14T20:00"), at("2026-10-15T08:30"))).toBe(0);
  });

  it("works the same far outside the years with holiday data (weekly pattern)", () => {
    expect(due8h(cfg, "2040-06-01T16:30")).toBe("2040-06-02T16:30"); // a Friday
    expect(due8h(cfg, "1990-06-01T16:30")).toBe("1990-06-02T16:30"); // a Friday
    expect(workingMinutesBetween(cfg, at("1990-01-01T00:00"), at("1990-01-08T00:00"))).toBe(5 * 450 + 2 * 480);
  });

  it("refuses negative amounts", () => {
    expect(() => addWorkingMinutes(cfg, at("2026-10-14T10:00"), -1)).toThrow(RangeError);
  });
});

// Instants across 2025–2027 (holiday data, the year boundary, and a year without data).
const instant = fc
  .integer({ min: toMinutes({ year: 2025, month: 1, day: 1, hour: 0, minute: 0 }), max: toMinutes({ year: 2027, month: 12, day: 20, hour: 0, minute: 0 }) });
const configs = fc.constantFrom(cfg, closedCfg, {
  ...defaultCalendarConfig(),
  weekdayHours: [[0, 60], [600, 1440]] as [number, number][],
  weekendHours: [] as [number, number][],
});

describe("center working hours, properties", () => {
  it("adding then measuring working minutes round-trips", () => {
    fc.assert(
      fc.property(configs, instant, fc.integer({ min: 0, max: 20_000 }), (c, start, n) => {
        const due = addWorkingMinutes(c, start, n);
        expect(workingMinutesBetween(c, start, due)).toBe(n);
        expect(due).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: 1000 },
    );
  });

  it("measuring then adding lands on the instant itself, or on the closing that precedes it", () => {
    fc.assert(
      fc.property(configs, instant, fc.integer({ min: 0, max: 14 * 1440 }), (c, a, span) => {
        const b = a + span;
        const n = workingMinutesBetween(c, a, b);
        const back = n === 0 ? a : addWorkingMinutes(c, a, n);
        expect(back).toBeLessThanOrEqual(b);
        // Nothing between the recovered instant and b is working time.
        expect(workingMinutesBetween(c, back, b)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("a due date never falls inside a closed period: the minute before it is working time", () => {
    fc.assert(
      fc.property(configs, instant, fc.integer({ min: 1, max: 20_000 }), (c, start, n) => {
        const due = addWorkingMinutes(c, start, n);
        expect(isOpenAt(c, due - 1)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with a minute-by-minute oracle on thousands of generated cases", () => {
    fc.assert(
      fc.property(configs, instant, fc.integer({ min: 0, max: 2400 }), (c, start, n) => {
        expect(addWorkingMinutes(c, start, n)).toBe(slowAddWorkingMinutes(c, start, n));
      }),
      { numRuns: 1200 },
    );
    fc.assert(
      fc.property(configs, instant, fc.integer({ min: 0, max: 5 * 1440 }), (c, a, span) => {
        expect(workingMinutesBetween(c, a, a + span)).toBe(slowWorkingMinutesBetween(c, a, a + span));
      }),
      { numRuns: 1000 },
    );
  });
});
