import fc from "fast-check";
import { CATEGORIES, type ComplianceEntry, type Inspection } from "../../../src/core/model";
import {
  DEFAULT_BANDS,
  DEFAULT_SCORING,
  KPI_IDS,
  buildScorecards,
  gradeOf,
  kpiScore,
  rankScores,
} from "../../../src/core/scorecard";
import { at, makeCase } from "../classify/make-case";
import { communities } from "./fixture";

describe("KPI score against target", () => {
  it("higher is better: proportional below target, capped at 100", () => {
    expect(kpiScore(0.95, 0.95, true)).toBe(100);
    expect(kpiScore(1, 0.95, true)).toBe(100);
    expect(kpiScore(0.475, 0.95, true)).toBe(50);
    expect(kpiScore(0, 0.95, true)).toBe(0);
  });
  it("lower is better: 100 up to the target, then target / value", () => {
    expect(kpiScore(0, 2, false)).toBe(100);
    expect(kpiScore(2, 2, false)).toBe(100);
    expect(kpiScore(4, 2, false)).toBe(50);
    expect(kpiScore(1, 0, false)).toBe(0);
  });
});

describe("grades and ranks", () => {
  it("applies the bands A ≥ 90, B ≥ 80, C ≥ 70, else D, at their edges", () => {
    expect([100, 90, 89.9, 80, 79.9, 70, 69.9, 0].map((s) => gradeOf(s, DEFAULT_BANDS))).toEqual(["A", "A", "B", "B", "C", "C", "D", "D"]);
  });
  it("ranks by score, ties sharing a rank, unscored unranked", () => {
    expect(rankScores([80, null, 95, 80, 60])).toEqual([2, null, 1, 2, 4]);
  });
});

describe("scorecard invariants on random logs", () => {
  const arb = fc.array(
    fc.record({
      company: fc.constantFrom("甲物业", "乙物业", null),
      category: fc.constantFrom(...CATEGORIES),
      responsible: fc.constantFrom("property" as const, "engineering" as const),
      day: fc.integer({ min: 0, max: 364 }),
      doneAfter: fc.option(fc.integer({ min: 0, max: 40 })),
      verification: fc.constantFrom(null, "passed" as const, "failed" as const),
      satisfaction: fc.constantFrom(null, "satisfied" as const, "basic" as const, "unsatisfied" as const),
      rectify: fc.constantFrom(null, "met", "breached", "open", "due-soon", "overdue", "unknown") as fc.Arbitrary<ComplianceEntry["status"] | null>,
      repeat: fc.boolean(),
      points: fc.option(fc.integer({ min: 0, max: 10 })),
    }),
    { maxLength: 50 },
  );

  it("sums the months' numerators and denominators into the year, keeps scores within 0–100, ranks consistently", () => {
    fc.assert(
      fc.property(arb, (rows) => {
        const start = at("2026-01-01").at;
        const cases = rows.map((x, i) =>
          makeCase({
            id: `C${i}`,
            propertyCompany: x.company,
            community: "春华苑",
            category: x.category,
            responsible: x.responsible,
            receivedAt: { at: start + x.day * 1440 + 600, dateOnly: false },
            completedAt: x.doneAfter === null ? null : { at: start + (x.day + x.doneAfter) * 1440 + 700, dateOnly: false },
            verification: x.verification,
            satisfaction: x.satisfaction,
          }),
        );
        const compliance: ComplianceEntry[] = rows.flatMap((x, i) =>
          x.rectify === null ? [] : [{ caseId: `C${i}`, rule: "rectify", startAt: null, dueAt: null, stopAt: null, status: x.rectify, late: null }],
        );
        const inspections: Inspection[] = rows.flatMap((x) =>
          x.points === null || x.company === null
            ? []
            : [{ row: 2, date: start + x.day * 1440, community: "", propertyCompany: x.company, item: "", problem: "", deduction: x.points, rectifyBy: null, rectifiedAt: null }],
        );
        const repeatCaseIds = new Set(rows.flatMap((x, i) => (x.repeat ? [`C${i}`] : [])));
        const res = buildScorecards({ cases, compliance, communities, inspections, config: DEFAULT_SCORING, repeatCaseIds });

        for (const y of res.yearly) {
          const months = res.monthly.filter((m) => m.company === y.company && m.month.startsWith(`${y.year}-`));
          for (const id of KPI_IDS) {
            const sum = (f: (r: { num: number; den: number }) => number) => months.reduce((a, m) => a + f(m.kpis[id]), 0);
            expect(y.kpis[id].num).toBe(sum((k) => k.num));
            if (id !== "complaints-per-1000") expect(y.kpis[id].den).toBe(sum((k) => k.den));
            expect(y.kpis[id].value === null).toBe(y.kpis[id].den === 0);
          }
          expect(y.monthlyScores).toHaveLength(12);
        }
        for (const s of [...res.monthly, ...res.yearly]) {
          const scores = Object.values(s.working).filter((w) => w.score !== null);
          if (s.score !== null) {
            expect(s.score).toBeGreaterThanOrEqual(Math.min(...scores.map((w) => w.score!)) - 0.1);
            expect(s.score).toBeLessThanOrEqual(Math.max(...scores.map((w) => w.score!)) + 0.1);
            const weights = Object.values(s.working).reduce((a, w) => a + w.weight, 0);
            expect(Math.abs(weights - 100)).toBeLessThan(0.5);
            expect(s.grade).toBe(gradeOf(s.score, DEFAULT_BANDS));
          } else {
            expect(s.grade).toBeNull();
            expect(s.rank).toBeNull();
          }
        }
        const rankedCases = res.monthly.filter((m) => m.score !== null);
        for (const m of rankedCases) {
          const better = rankedCases.filter((o) => o.month === m.month && o.score! > m.score!).length;
          expect(m.rank).toBe(better + 1);
        }
        const attributed = cases.filter((c) => c.propertyCompany !== null).length;
        expect(res.unattributed.cases).toBe(cases.length - attributed);
      }),
      { numRuns: 100 },
    );
  });
});
