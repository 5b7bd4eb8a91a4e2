import fc from "fast-check";
import {
  addDays,
  addWorkingDays,
  defaultCalendarConfig,
  isOfficialWorkday,
  workingDaysBetween,
  yearsWithoutData,
} from "../../../src/core/calendar";
import { dayNumber, dayOf, formatMinutes, parseIsoMinutes, startOfDay, type LocalMinutes } from "../../../src/core/time";
import { dayLists, workdayIntl } from "./oracle";

const at = (iso: string): LocalMinutes => parseIsoMinutes(iso)!;
const cfg = defaultCalendarConfig();
const plus = (iso: string, n: number): string => formatMinutes(addWorkingDays(cfg, at(iso), n));

describe("official working days, hand-worked", () => {
  it("National Day 2026: 3 working days from Wed 30 Sep end with the make-up Saturday 10 Oct", () => {
    // 1–7 Oct off; Thu 8, Fri 9, Sat 10 (调休上班) → due at the end of 10 Oct.
    expect(plus("2026-09-30T15:00", 3)).toBe("2026-10-11T00:00");
    expect(isOfficialWorkday(cfg, dayNumber(2026, 10, 10))).toBe(true);
    expect(isOfficialWorkday(cfg, dayNumber(2026, 10, 5))).toBe(false); // a Monday inside the holiday
    expect(isOfficialWorkday(cfg, dayNumber(2026, 9, 20))).toBe(true); // Sunday make-up day before it
    // Started on the make-up Sunday 20 Sep: Mon 21, Tue 22, Wed 23.
    expect(plus("2026-09-20T10:00", 3)).toBe("2026-09-24T00:00");
  });

  it("Spring Festival 2026 counts both make-up Saturdays (14 Feb and 28 Feb)", () => {
    // Thu 12 Feb: Fri 13, Sat 14 (调休), then 15–23 Feb off, Tue 24.
    expect(plus("2026-02-12T09:00", 3)).toBe("2026-02-25T00:00");
    // Wed 25 Feb: Thu 26, Fri 27, Sat 28 (调休).
    expect(plus("2026-02-25T09:00", 3)).toBe("2026-03-01T00:00");
    expect(isOfficialWorkday(cfg, dayNumber(2026, 2, 14))).toBe(true);
    expect(isOfficialWorkday(cfg, dayNumber(2026, 2, 28))).toBe(true);
    expect(isOfficialWorkday(cfg, dayNumber(2026, 2, 16))).toBe(false); // Monday, holiday
  });

  it("does not count the start day, even a working day, and starts counting from a holiday start too", () => {
    expect(plus("2026-10-14T08:00", 1)).toBe("2026-10-16T00:00"); // Wed → end of Thu
    expect(plus("2026-10-03T08:00", 1)).toBe("2026-10-09T00:00"); // holiday Sat → end of Thu 8 Oct
    expect(plus("2026-10-14T08:00", 0)).toBe("2026-10-15T00:00");
  });

  it("calendar days end at 24:00 of the Nth day, written as the next day 00:00", () => {
    expect(formatMinutes(addDays(at("2026-10-08T10:00"), 3))).toBe("2026-10-12T00:00");
    expect(formatMinutes(addDays(at("2026-12-30T23:59"), 3))).toBe("2027-01-03T00:00");
  });

  it("a year without data is plain Monday–Friday and is reported by yearsWithoutData", () => {
    expect(yearsWithoutData(cfg, [2025, 2026, 2027, 2027, 2031])).toEqual([2027, 2031]);
    // 2027-01-01 is a Friday; with no data it counts as a working day.
    expect(isOfficialWorkday(cfg, dayNumber(2027, 1, 1))).toBe(true);
    expect(plus("2026-12-30T10:00", 3)).toBe("2027-01-05T00:00"); // Thu 31, Fri 1 Jan, Mon 4 Jan
  });

  it("measures working days between instants (lateness unit): a working day counts 1, others 0", () => {
    // Sat 10 Oct (make-up, 1) + Sun 11 Oct (rest, 0) + half of Mon 12 Oct.
    expect(workingDaysBetween(cfg, at("2026-10-10T00:00"), at("2026-10-12T12:00"))).toBe(1.5);
    // From the end of 30 Sep to the end of 10 Oct: exactly the 3 working days of the design rule.
    expect(workingDaysBetween(cfg, at("2026-10-01T00:00"), at("2026-10-11T00:00"))).toBe(3);
  });
});

describe("official working days, properties against Excel WORKDAY.INTL semantics", () => {
  const { off, on } = dayLists(cfg);
  const day = fc.integer({ min: dayNumber(2004, 1, 1), max: dayNumber(2028, 12, 31) });

  it("addWorkingDays = WORKDAY.INTL(start, n, \"0000011\", holidays) with make-up days, due at the end of that day", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1439 }), (d, n, tod) => {
        const due = addWorkingDays(cfg, startOfDay(d) + tod, n);
        expect(due).toBe(startOfDay(workdayIntl(d, n, "0000011", off, on) + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it("isOfficialWorkday agrees with the WORKDAY.INTL day test, and working days between whole days count them", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (d, span) => {
        let count = 0;
        for (let x = d; x < d + span; x++) {
          const w = workdayIntl(x - 1, 1, "0000011", off, on) === x;
          expect(isOfficialWorkday(cfg, x)).toBe(w);
          if (w) count++;
        }
        expect(workingDaysBetween(cfg, startOfDay(d), startOfDay(d + span))).toBe(count);
      }),
      { numRuns: 200 },
    );
  });

  it("pure WORKDAY.INTL (no holiday data at all) in years without data", () => {
    const bare = { ...defaultCalendarConfig(), years: new Map() };
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2200, 1, 1) }), fc.integer({ min: 1, max: 400 }), (d, n) => {
        expect(dayOf(addWorkingDays(bare, startOfDay(d), n)) - 1).toBe(workdayIntl(d, n, "0000011", new Set()));
      }),
      { numRuns: 1000 },
    );
  });
});
