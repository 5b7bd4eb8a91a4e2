/**
 * A period report reuses the repeat complaints the analysis found over the whole log instead of scanning the
 * period and its look-back window again: the reports must come out the same either way, in every month of
 * the sample year (which has repeats across month starts) and for the year.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../../src/core/analysis";
import { analyze } from "../../../src/core/pipeline";
import { buildReport } from "../../../src/core/report";
import { parseIsoMinutes } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));
const found = analyze(sample, { asOf: parseIsoMinutes("2026-12-31T17:00") as number });
const rescanned: Analysis = { ...found, repeatCaseIds: undefined };

describe("repeat complaints in period reports", () => {
  it("the analysis found repeats over the whole log", () => {
    expect(found.repeatCaseIds?.size ?? 0).toBeGreaterThan(0);
  });

  it.each(["2026-01", "2026-03", "2026-06", "2026-10", "2026-12"])(
    "%s: same report with the analysis's repeats as with a rescan",
    (month) => {
      expect(JSON.stringify(buildReport(found, { month }, { lang: "zh" }))).toBe(
        JSON.stringify(buildReport(rescanned, { month }, { lang: "zh" })),
      );
    },
  );

  it("the year: same report either way", () => {
    expect(JSON.stringify(buildReport(found, { year: 2026 }, { lang: "en" }))).toBe(
      JSON.stringify(buildReport(rescanned, { year: 2026 }, { lang: "en" })),
    );
  });
});
