import {
  casesByCategoryAndMonth,
  companies,
  lateItems,
  paneFigures,
  scoreBars,
  scoreTrend,
} from "../../src/taskpane/model/figures";
import { dataIssues } from "../../src/taskpane/model/issues";
import { msg } from "../../src/core/messages";
import { rowProblem } from "../../src/core/parse/rows";
import type { MonthlyScorecard } from "../../src/core/model";
import { analysisOf, at, entry, makeCase } from "./fixture";

const sept = { kind: "month" as const, year: 2026, month: 9 };

const cases = [
  makeCase({ id: "A1", received: "2026-08-10T09:00" }),
  makeCase({
    id: "A2",
    received: "2026-09-02T09:00",
    completedAt: { at: at("2026-09-05T10:00"), dateOnly: false },
    followUpAt: { at: at("2026-09-06T10:00"), dateOnly: false },
    satisfaction: "satisfied",
  }),
  makeCase({
    id: "A3",
    received: "2026-09-15T14:00",
    category: "repair",
    completedAt: { at: at("2026-09-20T10:00"), dateOnly: false },
    satisfaction: "unsatisfied",
  }),
  makeCase({ id: "A4", received: "2026-09-30T23:59", category: "routine", satisfaction: "basic" }),
  makeCase({ id: "B1", received: "2026-09-10T10:00", propertyCompany: "华润物业" }),
  makeCase({ id: "C1", received: "2026-10-01T00:00" }),
];

const compliance = [
  entry("A2", "notify-property", "met", "2026-09-02T17:00"),
  entry("A3", "notify-property", "breached", "2026-09-16T10:00", 3),
  entry("A4", "notify-property", "overdue", "2026-10-01T10:00", 50),
  entry("B1", "notify-property", "open", "2026-10-31T17:30"),
  entry("A3", "rectify", "due-soon", "2026-10-31T20:00"),
  entry("C1", "rectify", "not-applicable", null),
  entry("A1", "rectify", "overdue", "2026-08-20T00:00", null),
];

const a = analysisOf({ asOf: "2026-10-31T17:00", cases, compliance });

describe("pane figures", () => {
  it("counts the period's cases and the change against the previous month", () => {
    const f = paneFigures(a, { period: sept, company: null });
    expect(f.cases).toBe(4);
    expect(f.previousCases).toBe(1);
  });

  it("has no previous-period basis when the log starts in the period", () => {
    expect(paneFigures(a, { period: { kind: "month", year: 2026, month: 8 }, company: null }).previousCases).toBeNull();
  });

  it("on-time rate per rule counts met over met, breached and overdue; open clocks are not judged yet", () => {
    const f = paneFigures(a, { period: sept, company: null });
    const notify = f.onTime.find((r) => r.rule.id === "notify-property")!.ratio;
    expect(notify).toEqual({ num: 1, den: 3, value: 1 / 3 });
    const rectify = f.onTime.find((r) => r.rule.id === "rectify")!.ratio;
    expect(rectify).toEqual({ num: 0, den: 0, value: null });
  });

  it("open and overdue count cases now while the period runs, and every overdue case is open", () => {
    const f = paneFigures(a, { period: { kind: "month", year: 2026, month: 10 }, company: null });
    // Not completed (A1, A4, B1, C1) or completed with a clock still running (A3's rectify).
    expect([f.open, f.overdue, f.countedAt]).toEqual([5, 2, "now"]); // overdue: A4, A1
  });

  it("a period that has ended counts open and overdue at its end, as its report does", () => {
    const f = paneFigures(a, { period: sept, company: null });
    // At 10-01 00:00: C1 not yet received; A4's 8 hours not yet past (due 10-01 10:00), A1's rectify is.
    expect([f.open, f.overdue, f.countedAt]).toEqual([4, 1, "month-end"]);
    const year = paneFigures(a, { period: { kind: "year", year: 2025 }, company: null });
    expect([year.open, year.overdue, year.countedAt]).toEqual([0, 0, "year-end"]);
    expect(paneFigures(a, { period: { kind: "year", year: 2026 }, company: null }).countedAt).toBe("now");
  });

  it("follow-up rates are the report's: complaints and repairs completed in the period, followed up, apart", () => {
    const f = paneFigures(a, { period: sept, company: null });
    // A3 has no 回访时间 but a satisfaction answer: it was followed up (as the scorecards and reports count).
    expect(f.followUpComplaints).toEqual({ num: 1, den: 1, value: 1 });
    expect(f.followUpRepairs).toEqual({ num: 1, den: 1, value: 1 });
    expect(f.satisfaction).toEqual({ num: 2, den: 3, value: 2 / 3 });
  });

  it("the company filter narrows every figure", () => {
    const f = paneFigures(a, { period: sept, company: "华润物业" });
    expect(f.cases).toBe(1);
    expect(f.open).toBe(1);
    expect(f.overdue).toBe(0);
    expect(f.satisfaction.value).toBeNull();
  });

  it("lists property companies in pinyin order for zh", () => {
    expect(companies(a, "zh-CN")).toEqual(["安居物业", "华润物业"]);
  });
});

describe("late list", () => {
  it("holds only due-soon then overdue deadlines, each group earliest due first, with lateness in the rule's unit", () => {
    const items = lateItems(a, null);
    expect(items.map((i) => `${i.entry.caseId}/${i.entry.rule}`)).toEqual([
      "A3/rectify",
      "A1/rectify",
      "A4/notify-property",
    ]);
    // Due soon: time left.
    expect(items[0].entry.status).toBe("due-soon");
    expect(items[0].amount).toBe(0.1);
    // No `late` from the engine: computed from as-of in days (2026-08-20 → 2026-10-31T17:00).
    expect(items[1].amount).toBe(72.7);
    expect(items[1].unit).toBe("days");
    expect(items[2].amount).toBe(50);
    expect(items[2].unit).toBe("hours");
  });

  it("follows the company filter", () => {
    expect(lateItems(a, "华润物业")).toEqual([]);
  });
});

describe("chart data", () => {
  it("stacks cases by category over the twelve months ending with the period", () => {
    const d = casesByCategoryAndMonth(a, { period: sept, company: null });
    expect(d.months).toHaveLength(12);
    expect(d.total).toBe(5); // C1 (October) is outside
    const complaint = d.series.find((s) => s.category === "complaint")!.counts;
    expect(complaint[11]).toBe(2); // A2, B1 in September
    expect(complaint[10]).toBe(1); // A1 in August
  });

  it("orders scorecards best first and keeps unscored companies last", () => {
    const sc = (company: string, score: number | null, month = "2026-09"): MonthlyScorecard => ({
      company,
      month,
      score,
      grade: score === null ? null : score >= 90 ? "A" : "C",
      rank: null,
      change: null,
      kpis: {},
    });
    const b = analysisOf({
      asOf: "2026-10-31T17:00",
      scorecards: { monthly: [sc("甲", 75), sc("乙", null), sc("丙", 92), sc("甲", 80, "2026-08")], yearly: [] },
    });
    expect(scoreBars(b, sept).map((s) => s.company)).toEqual(["丙", "甲", "乙"]);
    const trend = scoreTrend(b, "甲", sept);
    expect(trend.scores.slice(-2)).toEqual([80, 75]);
    expect(trend.scores.filter((s) => s === null)).toHaveLength(10);
  });
});

describe("data issues", () => {
  it("lists problems in row order with their column, warnings last", () => {
    const b = analysisOf({
      asOf: "2026-10-31T17:00",
      rejected: [
        {
          row: 9,
          column: "受理时间",
          value: "昨天",
          reason: rowProblem(9, "受理时间", msg("cell.not-a-date", { value: "昨天" })),
        },
      ],
      cellIssues: [
        {
          row: 4,
          column: "满意度",
          value: "很好",
          reason: rowProblem(4, "满意度", msg("cell.error-value", { code: "#N/A" })),
          caseId: "K4",
        },
      ],
      duplicates: [{ id: "K7", rows: [12, 7] }],
      warnings: [msg("holidays.missing", { years: [2027] })],
    });
    const issues = dataIssues(b, "zh-CN");
    expect(issues.map((i) => [i.kind, i.row])).toEqual([
      ["cell", 4],
      ["duplicate", 7],
      ["rejected", 9],
      ["warning", null],
    ]);
    expect(issues[1]).toMatchObject({ rows: [7, 12] });
    // Each reason in the pane's language.
    expect(issues[0]).toMatchObject({ reason: "第 4 行 满意度：单元格为错误值 #N/A" });
    expect(dataIssues(b, "en-US")[2]).toMatchObject({
      reason: 'Row 9, 受理时间: "昨天" is not a date (expected a date such as 2026-10-03 14:20)',
    });
  });
});
