import type { Ratio } from "../../../src/core/model";
import { findRepeatComplaints } from "../../../src/core/registers";
import { DEFAULT_SCORING, buildScorecards, type ScoringConfig } from "../../../src/core/scorecard";
import { at, makeCase } from "../classify/make-case";
import { cases, communities, compliance, inspections, repeatCaseIds } from "./fixture";

// The default weights and targets, except 2 complaints per 1,000 households a month (default 8), so this
// small fixture's complaint counts land on both sides of the target.
const config: ScoringConfig = {
  ...DEFAULT_SCORING,
  kpis: DEFAULT_SCORING.kpis.map((k) => (k.id === "complaints-per-1000" ? { ...k, target: 2 } : k)),
};
const result = buildScorecards({ cases, compliance, communities, inspections, config, repeatCaseIds });
const month = (company: string, m: string) => result.monthly.find((s) => s.company === company && s.month === m)!;
const year = (company: string) => result.yearly.find((s) => s.company === company && s.year === 2026)!;
const r = (num: number, den: number, value: number | null): Ratio => ({ num, den, value });

describe("scorecards on the hand-computed fixture (weights 20/10/15/5/5/20/10/5/10)", () => {
  it("uses the repeat complaints the registers find on the fixture", () => {
    expect([...findRepeatComplaints(cases, 30)]).toEqual([...repeatCaseIds]);
  });

  it("makes one monthly scorecard per company per month and one yearly per company", () => {
    expect(result.monthly.map((s) => `${s.month} ${s.company}`)).toEqual([
      "2026-03 乙物业",
      "2026-03 甲物业",
      "2026-04 乙物业",
      "2026-04 甲物业",
    ]);
    expect(result.yearly.map((s) => s.company)).toEqual(["乙物业", "甲物业"]);
    expect(result.unattributed).toEqual({ cases: 1, inspections: 0 });
  });

  it("computes every KPI of 甲物业 in March with its numerator and denominator", () => {
    const k = month("甲物业", "2026-03").kpis;
    // rectify: A1 met; A2 breached, A4 overdue → 1/3 (A6 open: pending).
    expect(k["rectify-on-time"]).toEqual(r(1, 3, 1 / 3));
    // notify: A1, A2 met → 2/2 (A6 unknown: left out).
    expect(k["notify-on-time"]).toEqual(r(2, 2, 1));
    // verification, property-responsible only: A1 passed, A2 failed (A3 is engineering's) → 1/2.
    expect(k["verification-pass"]).toEqual(r(1, 2, 0.5));
    // follow-up, completed in March: complaints A1 yes, A2 no → 1/2; repairs A3 yes → 1/1 (A4 completed in
    // April). Both together, the JSON's follow-up-rate: 2/3.
    expect(k["complaint-follow-up"]).toEqual(r(1, 2, 0.5));
    expect(k["repair-follow-up"]).toEqual(r(1, 1, 1));
    expect(k["follow-up-rate"]).toEqual(r(2, 3, 2 / 3));
    // satisfaction, received in March and answered: A1 满意, A3 基本满意, A4 不满意 → 2/3.
    expect(k["satisfaction-rate"]).toEqual(r(2, 3, 2 / 3));
    // complaints A1, A2, A6 over 1,000 households → 3.0 per 1,000.
    expect(k["complaints-per-1000"]).toEqual(r(3, 1000, 3));
    // repeat: A2 of the three complaints.
    expect(k["repeat-complaints"]).toEqual(r(1, 3, 1 / 3));
    // inspections: 3 + 4 points in two records (秋实苑's company from the Communities sheet).
    expect(k["inspection-deductions"]).toEqual(r(7, 2, 7));
  });

  it("shows what was left out of the on-time KPIs", () => {
    const w = month("甲物业", "2026-03").working;
    expect(w["rectify-on-time"]).toMatchObject({ pending: 1, unknown: 0 });
    expect(w["notify-on-time"]).toMatchObject({ pending: 0, unknown: 1 });
  });

  it("scores each KPI against its target and weights them into the composite and grade", () => {
    const s = month("甲物业", "2026-03");
    const expected = {
      "rectify-on-time": 35.1, // 100 × (1/3) / 0.95 = 35.09
      "notify-on-time": 100,
      "verification-pass": 52.6, // 100 × 0.5 / 0.95
      "complaint-follow-up": 50, // 100 × 0.5 / 1
      "repair-follow-up": 100, // 100 × 1 / 0.3, capped at 100
      "satisfaction-rate": 74.1, // 100 × (2/3) / 0.9
      "complaints-per-1000": 66.7, // lower is better: 100 × 2 / 3
      "repeat-complaints": 15, // 100 × 0.05 / (1/3)
      "inspection-deductions": 71.4, // 100 × 5 / 7
    };
    for (const [id, score] of Object.entries(expected)) expect(s.working[id].score).toBe(score);
    // (20×35.088 + 10×100 + 15×52.632 + 5×50 + 5×100 + 20×74.074 + 10×66.667 + 5×15 + 10×71.429) / 100 = 61.79
    expect(s.score).toBe(61.8);
    expect(s.grade).toBe("D");
    expect(s.working["rectify-on-time"].weight).toBe(20);
  });

  it("redistributes the weight of a KPI without data instead of counting it as 0 % or 100 %", () => {
    const s = month("乙物业", "2026-03");
    expect(s.kpis["inspection-deductions"]).toEqual(r(0, 0, null));
    expect(s.working["inspection-deductions"]).toMatchObject({ score: null, weight: 0 });
    // Complaints 1 / 400 households = 2.5 per 1,000 → 100 × 2 / 2.5 = 80; all else 100.
    expect(s.kpis["complaints-per-1000"]).toEqual(r(1, 400, 2.5));
    // (2000 + 1000 + 1500 + 1000 + 2000 + 10×80 + 500) / 90 = 97.78 — not 88.0 (as 0 %) nor 98.0 (as 100 %).
    expect(s.score).toBe(97.8);
    expect(s.grade).toBe("A");
    expect(s.working["complaints-per-1000"].weight).toBe(11.1); // 10 / 90
  });

  it("ranks the companies of a month and gives the change against the previous month", () => {
    expect(month("乙物业", "2026-03")).toMatchObject({ rank: 1, change: null });
    expect(month("甲物业", "2026-03")).toMatchObject({ rank: 2, change: null });
    // April: 甲 has all KPIs at target (A7, A4's completion, 2 points in one inspection) → 100.
    const a = month("甲物业", "2026-04");
    expect(a.kpis["complaint-follow-up"]).toEqual(r(1, 1, 1));
    expect(a.kpis["repair-follow-up"]).toEqual(r(1, 1, 1));
    expect(a.kpis["inspection-deductions"]).toEqual(r(2, 1, 2));
    expect(a).toMatchObject({ score: 100, grade: "A", change: 38.2 });
    // 乙 has no case in April: only "0 complaints per 1,000 households" has data → 100. Equal scores share rank 1.
    const b = month("乙物业", "2026-04");
    expect(b.kpis["complaints-per-1000"]).toEqual(r(0, 400, 0));
    expect(b.kpis["satisfaction-rate"]).toEqual(r(0, 0, null));
    expect(b).toMatchObject({ score: 100, rank: 1, change: 2.2 });
    expect(a.rank).toBe(1);
  });

  it("scores the year from the year's cases together, not from the monthly percentages", () => {
    const y = year("甲物业");
    expect(y.months).toBe(2); // March–April: the data's range
    expect(y.kpis).toEqual({
      "rectify-on-time": r(2, 4, 0.5),
      "notify-on-time": r(3, 3, 1),
      "verification-pass": r(2, 3, 2 / 3),
      "complaint-follow-up": r(2, 3, 2 / 3),
      "repair-follow-up": r(2, 2, 1),
      "follow-up-rate": r(4, 5, 0.8),
      "satisfaction-rate": r(3, 4, 0.75),
      "complaints-per-1000": r(4, 1000, 4),
      "repeat-complaints": r(1, 4, 0.25),
      "inspection-deductions": r(9, 3, 9),
    });
    // Amount targets × 2 months: 4 per 1,000 → 100; 9 points ≤ 10 → 100.
    expect(y.working["complaints-per-1000"]).toMatchObject({ target: 4, score: 100 });
    expect(y.working["inspection-deductions"]).toMatchObject({ target: 10, score: 100 });
    // (20×52.632 + 10×100 + 15×70.175 + 5×66.667 + 5×100 + 20×83.333 + 10×100 + 5×20 + 10×100) / 100 = 77.05;
    // the mean of the monthly scores would be (61.8 + 100) / 2 = 80.9.
    expect(y.score).toBe(77.1);
    expect(y.grade).toBe("C");
    expect(y.rank).toBe(2);
    expect(y.monthlyScores).toEqual([null, null, 61.8, 100, null, null, null, null, null, null, null, null]);
    expect(year("乙物业")).toMatchObject({ score: 100, grade: "A", rank: 1 });
  });

  it("uses edited weights and bands", () => {
    const notifyOnly: ScoringConfig = {
      kpis: DEFAULT_SCORING.kpis.map((k) => ({ ...k, weight: k.id === "notify-on-time" ? 1 : 0 })),
      bands: DEFAULT_SCORING.bands,
    };
    const only = buildScorecards({ cases, compliance, communities, inspections, config: notifyOnly, repeatCaseIds });
    const s = only.monthly.find((x) => x.company === "甲物业" && x.month === "2026-03")!;
    expect(s.score).toBe(100);
    expect(s.working["notify-on-time"].weight).toBe(100);
    expect(s.working["rectify-on-time"]).toMatchObject({ score: 35.1, weight: 0 });
  });

  it("puts a mistyped year on one month of its own, not on decades of empty ones; change needs the calendar month before", () => {
    const typo = makeCase({
      id: "T1",
      propertyCompany: "甲物业",
      community: "春华苑",
      category: "complaint",
      receivedAt: at("2062-04-02T09:00"),
    });
    const res = buildScorecards({
      cases: [...cases, typo],
      compliance,
      communities,
      inspections,
      config,
      repeatCaseIds,
    });
    expect([...new Set(res.monthly.map((s) => s.month))]).toEqual(["2026-03", "2026-04", "2062-04"]);
    expect(res.yearly.map((y) => `${y.year} ${y.company} ${y.months}`)).toEqual([
      "2026 乙物业 2",
      "2026 甲物业 2",
      "2062 乙物业 1",
      "2062 甲物业 1",
    ]);
    expect(res.monthly.find((s) => s.month === "2062-04" && s.company === "甲物业")!.change).toBeNull();
  });

  it("has nothing to score without data", () => {
    expect(
      buildScorecards({
        cases: [],
        compliance: [],
        communities,
        inspections: [],
        config: DEFAULT_SCORING,
        repeatCaseIds: new Set(),
      }),
    ).toEqual({ monthly: [], yearly: [], unattributed: { cases: 0, inspections: 0 } });
  });
});
