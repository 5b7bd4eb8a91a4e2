/** The pane's written-out integers and percentages against Intl.NumberFormat with the options the pane used before. */
import fc from "fast-check";
import { formatters, type Lang } from "../../src/taskpane/i18n";
import { integerText, percentText } from "../../src/taskpane/i18n/numbers";

describe.each(["zh-CN", "en-US"] as Lang[])("numbers in %s", (lang) => {
  const fmt = formatters(lang);
  const int = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });

  it("integers print as Intl prints them", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.maxSafeInteger().map((n) => -n), fc.integer({ min: -2000, max: 2000 })), (n) => {
        expect(fmt.integer(n)).toBe(int.format(n));
      }),
      { numRuns: 500 },
    );
    for (const n of [0, -0, 999, 1000, 1234567, -1000, 0.5, 2.5, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity]) {
      expect(fmt.integer(n)).toBe(int.format(n));
    }
  });

  it("ratios of counts print as Intl prints them, halves included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.nat(20_000), (den, k) => {
        const f = (k % (den + 1)) / den;
        expect(fmt.percent(f)).toBe(pct.format(f));
      }),
      { numRuns: 2000 },
    );
    // Exact halves (1/8 = 12.5%, 1/16 = 6.25%, 1/2000 = 0.05%) and the ends.
    for (const f of [0, 1, 1 / 8, 1 / 16, 1 / 2000, 3 / 2000, 0.00145, 0.12345, 0.9995, 0.99949]) {
      expect(fmt.percent(f)).toBe(pct.format(f));
    }
  });

  it("leaves what it does not write to Intl", () => {
    expect(integerText(0.5)).toBeNull();
    expect(integerText(-0)).toBeNull();
    expect(percentText(1.5)).toBeNull();
    expect(percentText(-0.1)).toBeNull();
    expect(percentText(NaN)).toBeNull();
    expect(fmt.percent(1.5)).toBe(pct.format(1.5));
  });
});
