import fc from "fast-check";
import {
  formatDay,
  formatMinutes,
  fromExcelSerial,
  fromMinutes,
  parseIsoMinutes,
  toExcelSerial,
  toMinutes,
  weekday,
  dayNumber,
} from "../../src/core/time";

describe("local minutes", () => {
  it("formats as the JSON contract's YYYY-MM-DDTHH:mm", () => {
    expect(formatMinutes(toMinutes({ year: 2026, month: 10, day: 3, hour: 14, minute: 20 }))).toBe("2026-10-03T14:20");
  });

  it("writes the end of a day as the next day 00:00", () => {
    expect(formatMinutes(parseIsoMinutes("2026-10-10T24:00")!)).toBe("2026-10-11T00:00");
  });

  it("knows the weekday without the machine's zone", () => {
    expect(weekday(dayNumber(2026, 10, 10))).toBe(6); // Saturday, the National Day make-up day
    expect(weekday(dayNumber(1970, 1, 1))).toBe(4);
  });

  it("reads Excel serials in both date systems", () => {
    expect(formatMinutes(fromExcelSerial(46298.5972222222)!)).toBe("2026-10-03T14:20");
    expect(formatMinutes(fromExcelSerial(46298.5972222222 - 1462, true)!)).toBe("2026-10-03T14:20");
    expect(formatMinutes(fromExcelSerial(1)!)).toBe("1900-01-01T00:00");
    expect(formatMinutes(fromExcelSerial(61)!)).toBe("1900-03-01T00:00");
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(2958466)).toBeNull();
    expect(fromExcelSerial(-1)).toBeNull();
  });

  it("reads the same date and time as Date does, for any minute Date can hold, negative ones and fractions too", () => {
    const viaDate = (m: number) => {
      const d = new Date(m * 60_000);
      return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
      };
    };
    const text = (p: ReturnType<typeof viaDate>) =>
      `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}T` +
      `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
    const limit = 8.64e15 / 60_000;
    const minutes = fc.oneof(
      fc.integer({ min: -limit, max: limit }),
      fc.integer({ min: -1e7, max: 1e8 }),
      fc.double({ min: -1e6, max: 1e8, noNaN: true }),
      fc.constantFrom(-limit, limit, limit + 1, -limit - 1, 0, -1, 1439, 1440, Infinity, NaN),
    );
    fc.assert(
      fc.property(minutes, (m) => {
        expect(fromMinutes(m)).toEqual(viaDate(m));
        expect(formatMinutes(m)).toBe(text(viaDate(m)));
        // Twice: the second reads the day's text remembered by the first.
        expect(formatMinutes(m)).toBe(text(viaDate(m)));
        if (Number.isInteger(m / 1440)) expect(formatDay(m / 1440)).toBe(text(viaDate(m)).split("T")[0]);
      }),
      { numRuns: 5000 },
    );
  });

  it("round-trips any minute between 1900 and 9999 through parts and Excel serials", () => {
    const lo = toMinutes({ year: 1900, month: 3, day: 1, hour: 0, minute: 0 });
    const hi = toMinutes({ year: 9999, month: 12, day: 31, hour: 23, minute: 59 });
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (m) => {
        expect(toMinutes(fromMinutes(m))).toBe(m);
        expect(fromExcelSerial(toExcelSerial(m))).toBe(m);
        const in1904 = m >= toMinutes({ year: 1904, month: 1, day: 1, hour: 0, minute: 0 });
        expect(fromExcelSerial(toExcelSerial(m, true), true)).toBe(in1904 ? m : null);
        expect(parseIsoMinutes(formatMinutes(m))).toBe(m);
      }),
      { numRuns: 2000 },
    );
  });
});
