import { builtInHolidayYears } from "../../../src/core/calendar";
import { formatDay } from "../../../src/core/time";

// lunar-javascript ships no types; only HolidayUtil is used, as an independent second source.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HolidayUtil } = require("lunar-javascript") as {
  HolidayUtil: { getHolidays(year: number): { getDay(): string; isWork(): boolean }[] };
};

describe("built-in holiday data (chinese-days)", () => {
  const years = builtInHolidayYears();

  it.each([2025, 2026])("%i agrees with lunar-javascript's HolidayUtil, day by day", (year) => {
    const other = HolidayUtil.getHolidays(year);
    const otherOff = other.filter((h) => !h.isWork()).map((h) => h.getDay()).sort();
    const otherOn = other.filter((h) => h.isWork()).map((h) => h.getDay()).sort();
    const ours = years.get(year)!;
    expect(ours.holidays.map(formatDay)).toEqual(otherOff);
    expect(ours.makeUpWorkdays.map(formatDay)).toEqual(otherOn);
    expect(otherOff.length).toBeGreaterThan(20);
  });

  it("knows the 2026 make-up days the deadlines depend on", () => {
    const y = years.get(2026)!;
    expect(y.makeUpWorkdays.map(formatDay)).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    expect(y.source).toMatch(/chinese-days/);
  });

  it("covers every year from 2004 on, with no gap", () => {
    const known = [...years.keys()].sort((a, b) => a - b);
    expect(known[0]).toBe(2004);
    expect(known).toEqual(Array.from({ length: known.length }, (_, i) => 2004 + i));
  });
});
