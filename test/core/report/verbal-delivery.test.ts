/**
 * The compliance sheet (in the report and in the clerk's workbook) counts the deliveries made only verbally
 * (口头送达: by phone or in person, so §5.7.1's written delivery is still missing and its clock ran on).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/pipeline";
import { analysisForMonth } from "../../../src/core/month-close";
import { buildReport, buildWorkbookSheets } from "../../../src/core/report";
import { parseIsoMinutes, monthKey } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";
import { column, table } from "./helpers";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));
const a = analyze(sample, { asOf: parseIsoMinutes("2026-12-31T17:00")! });

const verbalOf = (entries: typeof a.compliance, month: string | null) => {
  const cases = new Map(a.cases.map((c) => [c.id, c]));
  return entries.filter(
    (e) => e.delivery === "verbal" && (month === null || monthKey(cases.get(e.caseId)!.receivedAt.at) === month),
  ).length;
};

describe("verbal deliveries on the compliance sheet", () => {
  it("the September report counts September's verbal deliveries, as known at its close, on the notify-property row", () => {
    const sheets = buildReport(a, { month: "2026-09" }, { lang: "zh" });
    const byRule = table(sheets.find((s) => s.name === "时限合规")!, "Compliance_ByRule");
    const rules = column(byRule, "时限规则");
    const verbal = column(byRule, "口头送达（未书面）");
    const want = verbalOf(analysisForMonth(a, "2026-09").compliance, "2026-09");
    expect(want).toBeGreaterThan(0);
    expect(verbal[rules.indexOf("8小时内书面送达物业")]).toBe(want);
    // Rules that do not ask for a written delivery have nothing to count.
    expect(verbal[rules.indexOf("物业整改")]).toBeNull();
  });

  it("the clerk's workbook counts every verbal delivery of the log, in English too", () => {
    const sheets = buildWorkbookSheets(a, "en");
    const byRule = sheets.flatMap((s) => s.tables).find((t) => t.name.endsWith("Compliance_ByRule"))!;
    const verbal = column(byRule, "Delivered verbally (not in writing)");
    const rules = column(byRule, "Deadline rule");
    expect(verbal[rules.indexOf("Notify property company (8 h)")]).toBe(verbalOf(a.compliance, null));
  });
});
