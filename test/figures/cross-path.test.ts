/**
 * Every figure of every month and of each year of the sample, through every path a user sees them: the
 * pane's model, the sheets written into the workbook (Office.js, under the strict fake), the report
 * workbook (.xlsx bytes read back) and the CLI's JSON. They must all equal the core's key figures.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { everyPeriodFigures, keyFigures, type KeyFigures } from "../../src/core/figures";
import type { Ratio } from "../../src/core/model";
import { analyze } from "../../src/core/pipeline";
import { analysisForMonth, analysisForYear } from "../../src/core/month-close";
import { buildReport, buildWorkbookSheets } from "../../src/core/report";
import { resolvePeriod, type ReportPeriod } from "../../src/core/shared/period";
import { texts } from "../../src/core/report/text";
import { ruleName } from "../../src/core/report/context";
import { parseIsoMinutes } from "../../src/core/time";
import { writeWorkbook } from "../../src/xlsx-writer";
import { lateItems, paneFigures } from "../../src/taskpane/model/figures";
import { parsePeriodKey } from "../../src/taskpane/model/period";
import { createOfficeWorkbookPort } from "../../src/workbook/office";
import { readXlsx } from "../../src/workbook/xlsx";
import { createStrictExcel } from "../workbook/office/strict-excel";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "assets", "sample", "case-log.xlsx");
const AS_OF = "2026-12-31T17:00";
const analysis = analyze(readXlsx(new Uint8Array(readFileSync(SAMPLE))), { asOf: parseIsoMinutes(AS_OF)! });
const core = everyPeriodFigures(analysis);

const working = (r: Ratio) => `${r.num}/${r.den}`;
const reportPeriod = (key: string): ReportPeriod => (key.length === 4 ? { year: Number(key) } : { month: key });

describe("the sample's key figures on every path", () => {
  it("covers the 24 months of 2025–2026 and both years", () => {
    expect(core.map((k) => k.period)).toEqual([
      ...[2025, 2026].flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, "0")}`)),
      "2025",
      "2026",
    ]);
    // A month of 2026 has its 去年同月 and the year its previous year.
    expect(core.find((k) => k.period === "2026")!.previousCases).toBeGreaterThan(2000);
    // The two follow-up rates split the one over both: a case is a complaint or a repair, never both.
    for (const k of core) {
      expect(k.followUpComplaints.num + k.followUpRepairs.num).toBe(k.followUp.num);
      expect(k.followUpComplaints.den + k.followUpRepairs.den).toBe(k.followUp.den);
      expect(k.followUpComplaints.den).toBeGreaterThan(0);
      expect(k.followUpRepairs.den).toBeGreaterThan(0);
    }
    // Overdue ⊆ open, at every period's end and now.
    for (const k of core) {
      expect(k.end.open).toBeGreaterThanOrEqual(k.end.overdue);
      expect(k.now.open).toBeGreaterThanOrEqual(k.now.overdue);
    }
  });

  it("the pane's model shows the core's figures (open and overdue the report's, at the period's end), for the center and for each property company", () => {
    const companies = [...new Set(analysis.cases.map((c) => c.propertyCompany).filter((c): c is string => !!c))];
    for (const k of core) {
      const period = parsePeriodKey(k.period)!;
      for (const company of [null, ...companies]) {
        // A closed month's figures are those known at its close, a closed year's at December's, for a company
        // as for the center.
        const source =
          k.period.length === 4 ? analysisForYear(analysis, Number(k.period)) : analysisForMonth(analysis, k.period);
        const want: KeyFigures =
          company === null ? k : keyFigures(source, resolvePeriod(reportPeriod(k.period)), company);
        const pane = paneFigures(analysis, { period, company });
        expect({
          period: k.period,
          company,
          pane: { ...pane, onTime: pane.onTime.map((r) => ({ rule: r.rule.id, ratio: r.ratio })) },
        }).toEqual({
          period: k.period,
          company,
          pane: {
            cases: want.cases,
            previousCases: want.previousCases,
            onTime: want.onTime,
            open: want.end.open,
            overdue: want.end.overdue,
            // Only December and the year 2026 run at the as-of (12-31 17:00); every other period has ended.
            countedAt: ["2026-12", "2026"].includes(k.period)
              ? "now"
              : k.period.length === 4
                ? "year-end"
                : "month-end",
            followUpComplaints: want.followUpComplaints,
            followUpRepairs: want.followUpRepairs,
            satisfaction: want.satisfaction,
          },
        });
      }
    }
  });

  it("the late list's overdue group counts the cases of the overdue tile, for the center and each company", () => {
    const companies = [null, ...new Set(analysis.cases.map((c) => c.propertyCompany).filter((c): c is string => !!c))];
    for (const company of companies) {
      const overdueCases = new Set(
        lateItems(analysis, company)
          .filter((i) => i.entry.status === "overdue")
          .map((i) => i.entry.caseId),
      );
      const tile = paneFigures(analysis, { period: { kind: "year", year: 2026 }, company }).overdue;
      expect({ company, cases: overdueCases.size }).toEqual({ company, cases: tile });
    }
  });

  it("the workbook's scorecard sheet (Office.js, strict fake) holds each company's follow-up rates and satisfaction as the pane filters them", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: [["编号", "受理时间"]] }] });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const docs = buildWorkbookSheets(analysis, "zh");
    await port.writeOwnedSheets(docs);
    const doc = docs.find((d) => d.tables.some((t) => t.name.endsWith("Scorecard_Monthly")))!;
    const table = excel.model.tables.find((t) => t.name.endsWith("Scorecard_Monthly"))!;
    const sheet = excel.sheet(doc.name);
    const [first, last] = table.address
      .split("!")[1]
      .split(":")
      .map((a) => Number(a.replace(/[A-Z$]/g, "")));
    const header = sheet.values[first - 1].map(String);
    const col = (name: string) => header.indexOf(name);
    const t = texts("zh");
    const complaintsCol = col(t.head.working("投诉回访率"));
    const repairsCol = col(t.head.working("维修回访率"));
    const satisfiedCol = col(t.head.working("满意率"));
    expect(complaintsCol).toBeGreaterThan(0);
    expect(repairsCol).toBeGreaterThan(0);
    let compared = 0;
    for (let r = first; r < last; r++) {
      const row = sheet.values[r];
      const [month, company] = [String(row[col(t.head.month)]), String(row[col(t.dim.company)])];
      const pane = paneFigures(analysis, { period: parsePeriodKey(month)!, company });
      expect({
        month,
        company,
        complaints: row[complaintsCol],
        repairs: row[repairsCol],
        satisfaction: row[satisfiedCol],
      }).toEqual({
        month,
        company,
        complaints: working(pane.followUpComplaints),
        repairs: working(pane.followUpRepairs),
        satisfaction: working(pane.satisfaction),
      });
      compared++;
    }
    // Every monthly scorecard: three companies, 24 months.
    expect(compared).toBe(analysis.scorecards.monthly.length);
    expect(compared).toBe(24 * 3);
  }, 60_000);

  it("each report workbook (.xlsx read back) shows the core's figures on its summary sheet", async () => {
    for (const k of core) {
      const period = resolvePeriod(reportPeriod(k.period));
      const bytes = await writeWorkbook(buildReport(analysis, reportPeriod(k.period), { lang: "zh", masked: true }), {
        lang: "zh",
      });
      const summary = readXlsx(bytes).sheets[0];
      const byLabel = new Map(
        summary.values.filter((r) => typeof r[0] === "string" && r[0] !== "").map((r) => [r[0] as string, r]),
      );
      const t = texts("zh").figure;
      const kind = period.kind;
      const value = (label: string) => byLabel.get(label)?.[1];
      const note = (label: string) => String(byLabel.get(label)?.[2] ?? "");
      const got = {
        period: k.period,
        cases: value(t.cases[kind]),
        previousCases: value(t.casesPrev[kind]),
        onTime: k.onTime.map((r) => ({ rule: r.rule, working: note(t.onTime(ruleName(r.rule, "zh"))).split(" ")[0] })),
        open: value(t.open[kind]),
        overdue: value(t.overdue[kind]),
        followUpComplaints: note(t.followUpComplaints).split(" · ")[0],
        followUpRepairs: note(t.followUpRepairs).split(" · ")[0],
        satisfaction: note(t.satisfaction).split(" · ")[0],
      };
      const noData = texts("zh").noData;
      expect(got).toEqual({
        period: k.period,
        cases: k.cases,
        previousCases: k.previousCases ?? "",
        onTime: k.onTime.map((r) => ({ rule: r.rule, working: r.ratio.value === null ? noData : working(r.ratio) })),
        open: k.end.open,
        overdue: k.end.overdue,
        followUpComplaints: k.followUpComplaints.value === null ? noData : working(k.followUpComplaints),
        followUpRepairs: k.followUpRepairs.value === null ? noData : working(k.followUpRepairs),
        satisfaction: k.satisfaction.value === null ? noData : working(k.satisfaction),
      });
    }
  }, 300_000);

  it("the CLI's JSON carries the same figures", () => {
    const run = spawnSync(
      "node",
      [join(ROOT, "scripts", "casebook.mjs"), "analyze", SAMPLE, "--json", "--as-of", AS_OF],
      {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, TZ: "America/New_York" },
      },
    );
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { figures: unknown[] };
    const at = (m: number) => new Date(m * 60_000).toISOString().slice(0, 16);
    expect(doc.figures).toEqual(
      core.map((k) => ({
        period: k.period,
        cases: k.cases,
        previousCases: k.previousCases,
        onTime: Object.fromEntries(k.onTime.map((r) => [r.rule, r.ratio])),
        followUp: k.followUp,
        followUpComplaints: k.followUpComplaints,
        followUpRepairs: k.followUpRepairs,
        satisfaction: k.satisfaction,
        end: { at: at(k.end.at), open: k.end.open, overdue: k.end.overdue },
        now: { at: at(k.now.at), open: k.now.open, overdue: k.now.overdue },
      })),
    );
  }, 120_000);
});
