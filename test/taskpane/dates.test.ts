/** The pane's hand-written date texts against Intl.DateTimeFormat with the options the pane used before them. */
import fc from "fast-check";
import { toMinutes } from "../../src/core/time";
import { formatters, type Lang } from "../../src/taskpane/i18n";
import { handFormatted } from "../../src/taskpane/i18n/dates";

const LANGS: Lang[] = ["zh-CN", "en-US"];

function intl(lang: Lang) {
  const dt = new Intl.DateTimeFormat(lang, { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const d = new Intl.DateTimeFormat(lang, { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" });
  const mon = new Intl.DateTimeFormat(lang, { timeZone: "UTC", year: "numeric", month: "long" });
  const monShort = new Intl.DateTimeFormat(lang, { timeZone: "UTC", month: "short" });
  return { dt, d, mon, monShort };
}

const instant = fc.record({
  year: fc.integer({ min: 1000, max: 9999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
});

const utc = (p: { year: number; month: number; day: number; hour: number; minute: number }): Date => {
  const date = new Date(Date.UTC(2000, p.month - 1, p.day, p.hour, p.minute));
  date.setUTCFullYear(p.year);
  return date;
};

describe.each(LANGS)("date texts in %s", (lang) => {
  const fmt = formatters(lang);
  const ref = intl(lang);

  it("print what Intl prints for any four-digit-year instant", () => {
    fc.assert(
      fc.property(instant, (p) => {
        const m = toMinutes(p);
        expect(fmt.dateTime(m)).toBe(ref.dt.format(utc(p)));
        expect(fmt.date(m)).toBe(ref.d.format(utc(p)));
        expect(fmt.month(p.year, p.month)).toBe(ref.mon.format(utc({ ...p, day: 1 })));
        expect(fmt.monthShort(p.year, p.month)).toBe(ref.monShort.format(utc({ ...p, day: 1 })));
      }),
      { numRuns: 300 },
    );
  });

  it("print the sample's dates as the pane shows them", () => {
    const m = toMinutes({ year: 2026, month: 10, day: 31, hour: 17, minute: 5 });
    expect(fmt.dateTime(m)).toBe(lang === "zh-CN" ? "2026/10/31 17:05" : "10/31/2026, 17:05");
    expect(fmt.month(2026, 9)).toBe(lang === "zh-CN" ? "2026年9月" : "September 2026");
  });

  it("leave years outside 1000–9999 to Intl", () => {
    expect(handFormatted(999)).toBe(false);
    expect(handFormatted(10000)).toBe(false);
    const p = { year: 999, month: 3, day: 4, hour: 5, minute: 6 };
    expect(fmt.month(p.year, p.month)).toBe(ref.mon.format(utc({ ...p, day: 1 })));
  });
});
