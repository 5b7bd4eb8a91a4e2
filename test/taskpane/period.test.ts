import fc from "fast-check";
import { fromMinutes, toMinutes } from "../../src/core/time";
import { chartMonths, defaultPeriod, inPeriod, landingMonth, monthOptions, parsePeriodKey, periodKey, periodRange, previousPeriod, yearOptions, type Period } from "../../src/taskpane/model/period";
import { at } from "./fixture";

describe("period", () => {
  it("defaults to the last complete month before the as-of instant", () => {
    expect(defaultPeriod(at("2026-10-31T17:00"))).toEqual({ kind: "month", year: 2026, month: 9 });
    expect(defaultPeriod(at("2026-11-01T00:00"))).toEqual({ kind: "month", year: 2026, month: 10 });
    expect(defaultPeriod(at("2026-01-15T09:00"))).toEqual({ kind: "month", year: 2025, month: 12 });
  });

  it("a month's range is [1st 00:00, next 1st 00:00) and years roll over", () => {
    const dec = periodRange({ kind: "month", year: 2026, month: 12 });
    expect(dec).toEqual({ start: at("2026-12-01"), end: at("2027-01-01") });
    expect(inPeriod(at("2026-12-31T23:59"), { kind: "month", year: 2026, month: 12 })).toBe(true);
    expect(inPeriod(at("2027-01-01T00:00"), { kind: "month", year: 2026, month: 12 })).toBe(false);
    expect(periodRange({ kind: "year", year: 2024 }).end - periodRange({ kind: "year", year: 2024 }).start).toBe(366 * 1440);
  });

  it("every instant lies in exactly its own month, whose previous period ends where it starts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 1439 }), (year, month, day, mins) => {
        const m = toMinutes({ year, month, day, hour: 0, minute: 0 }) + mins;
        const p: Period = { kind: "month", year, month };
        expect(inPeriod(m, p)).toBe(true);
        expect(inPeriod(m, previousPeriod(p))).toBe(false);
        expect(periodRange(previousPeriod(p)).end).toBe(periodRange(p).start);
        expect(parsePeriodKey(periodKey(p))).toEqual(p);
      }),
      { numRuns: 200 },
    );
  });

  it("rejects malformed period keys", () => {
    expect(parsePeriodKey("2026-13")).toBeNull();
    expect(parsePeriodKey("26-01")).toBeNull();
    expect(parsePeriodKey("2026")).toEqual({ kind: "year", year: 2026 });
  });

  it("offers months from the earliest case to the as-of month, newest first, and their years", () => {
    const months = monthOptions([at("2025-11-20T10:00"), at("2026-02-01T08:00")], at("2026-03-05T12:00"));
    expect(months.map(periodKey)).toEqual(["2026-03", "2026-02", "2026-01", "2025-12", "2025-11"]);
    expect(yearOptions(months).map(periodKey)).toEqual(["2026", "2025"]);
    // With no cases, the default period is still offered.
    expect(monthOptions([], at("2026-03-05T12:00")).map(periodKey)).toEqual(["2026-03", "2026-02"]);
  });

  it("a switch from a year back to months lands on its newest complete month with cases, never the unfinished one", () => {
    const asOf = at("2026-10-31T17:00");
    const months = monthOptions([at("2025-03-02T10:00")], asOf);
    const key = (p: Period | null) => (p ? periodKey(p) : null);
    const data = new Set(["2025-03", "2025-04", "2025-05", "2026-01", "2026-08", "2026-10"]);
    // 2026-10 is the as-of month (unfinished) and 2026-09 has no cases: the landing is August.
    expect(key(landingMonth(2026, months, data, asOf))).toBe("2026-08");
    // An earlier year: its last month with cases.
    expect(key(landingMonth(2025, months, data, asOf))).toBe("2025-05");
    // No cases at all: the newest complete month, not the current one.
    expect(key(landingMonth(2026, months, new Set(), asOf))).toBe("2026-09");
    // The as-of year has only its current month: that month.
    const january = at("2027-01-10T09:00");
    expect(key(landingMonth(2027, monthOptions([], january), new Set(), january))).toBe("2027-01");
    expect(landingMonth(2019, months, data, asOf)).toBeNull();
  });

  it("charts span the year, or the twelve months ending with the selected one", () => {
    expect(chartMonths({ kind: "year", year: 2026 })).toHaveLength(12);
    const m = chartMonths({ kind: "month", year: 2026, month: 3 });
    expect(m[0]).toEqual({ year: 2025, month: 4 });
    expect(m[11]).toEqual({ year: 2026, month: 3 });
    expect(fromMinutes(periodRange({ kind: "month", year: 2026, month: 3 }).start).day).toBe(1);
  });
});
