import fc from "fast-check";
import { firstDayOfMonth, monthIndexMemo, monthIndexOf, monthIndexOfDay, monthLabel } from "../../../src/core/shared/months";
import { dayNumber, fromMinutes, startOfDay } from "../../../src/core/time";

describe("months", () => {
  it("finds the month of any day without Date, across leap years and centuries", () => {
    for (let d = dayNumber(1899, 12, 1); d < dayNumber(2101, 2, 1); d += 7) {
      const p = fromMinutes(startOfDay(d));
      expect(monthIndexOfDay(d)).toBe(p.year * 12 + p.month - 1);
    }
    expect(monthLabel(2026 * 12 + 9)).toBe("2026-10");
  });

  it("finds the first day of any month without Date, across leap years and centuries", () => {
    for (let index = 1600 * 12; index < 2401 * 12; index++) {
      expect(firstDayOfMonth(index)).toBe(dayNumber(Math.floor(index / 12), (index % 12) + 1, 1));
    }
  });

  it("the remembering variant answers as monthIndexOf, in any order of instants", () => {
    const instant = fc.integer({ min: startOfDay(dayNumber(1999, 12, 1)), max: startOfDay(dayNumber(2001, 3, 1)) });
    // Month edges as well as anywhere: the last minute of a month and the first of the next.
    const edge = fc.integer({ min: 0, max: 15 }).chain((k) =>
      fc.constantFrom(-1, 0).map((d) => startOfDay(dayNumber(2000 + Math.floor(k / 12), (k % 12) + 1, 1)) + d),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(instant, edge), { maxLength: 60 }), (ms) => {
        const memo = monthIndexMemo();
        expect(ms.map(memo)).toEqual(ms.map(monthIndexOf));
      }),
      { numRuns: 300 },
    );
  });
});
