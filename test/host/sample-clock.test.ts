/**
 * The preview of the bundled sample is judged at the sample's own instant, after its last case, so a
 * newcomer sees complete figures with no case set aside as "from the future"; a pinned ?asOf= still wins,
 * and a workbook other than the sample is judged now.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core/pipeline";
import { formatMinutes } from "../../src/core/time";
import { centerNow, previewAsOf } from "../../src/host/now";
import { SAMPLE_AS_OF, SAMPLE_AS_OF_TEXT, SAMPLE_PATH } from "../../src/host/sample";
import { readXlsx } from "../../src/workbook/xlsx";
import { said } from "../support/said";

describe("the sample's clock", () => {
  const today = new Date("2026-12-07T04:00:00Z");

  it("the preview of the sample takes the sample's as-of; ?asOf= pins it; another workbook is judged now", () => {
    expect(formatMinutes(previewAsOf("", today))).toBe(SAMPLE_AS_OF_TEXT);
    expect(formatMinutes(previewAsOf("?lang=en", today))).toBe(SAMPLE_AS_OF_TEXT);
    expect(formatMinutes(previewAsOf("?asOf=2026-10-31T17:00", today))).toBe("2026-10-31T17:00");
    expect(previewAsOf("?sample=/mine.xlsx", today)).toBe(centerNow(today));
  });

  it("at the sample's as-of every row of the sample is a case or a row rejected for its own fault, none for being later", () => {
    const input = readXlsx(new Uint8Array(readFileSync(join(__dirname, "..", "..", SAMPLE_PATH))));
    const a = analyze(input, { asOf: SAMPLE_AS_OF });
    expect(a.rejected.filter((r) => said(r.reason).includes("晚于数据截至时刻"))).toEqual([]);
    expect(a.warnings.some((w) => w.id === "log.after-as-of" || w.id === "inspections.after-as-of")).toBe(false);
    const last = Math.max(...a.cases.map((c) => c.receivedAt.at));
    expect(last).toBeLessThanOrEqual(SAMPLE_AS_OF);
    // The sample's as-of is no later than needed: within the evening of its last day.
    expect(SAMPLE_AS_OF - last).toBeLessThan(12 * 60);
  });
});
