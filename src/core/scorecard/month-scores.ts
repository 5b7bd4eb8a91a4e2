/**
 * A year's assessment beside its months: the twelve monthly scores a year-end scorecard shows are the months'
 * own (each as its report gives it — a closed month's as known at its close), and under the annual rule 月均分
 * the annual score, grade and rank are their mean's.
 */
import type { Grade, MonthlyScorecard, YearlyScorecard } from "../model";
import { gradeOf, rankScores, round1, type GradeBand } from "./scoring";
import type { AnnualRule } from "./year-end";

/** The mean of the months scored, one decimal, and its grade; none when no month was scored. */
export function annualOfMonths(
  scores: readonly (number | null)[],
  bands: readonly GradeBand[],
): { score: number | null; grade: Grade | null } {
  const scored = scores.filter((s): s is number => s !== null);
  if (scored.length === 0) return { score: null, grade: null };
  const mean = round1(scored.reduce((a, b) => a + b, 0) / scored.length);
  return { score: mean, grade: gradeOf(mean, bands) };
}

/**
 * One year's scorecards with each month's score taken from `monthly` (where it has the month), and, under
 * 月均分, the annual score, grade and rank made again from them. The year's KPIs are left as they are.
 */
export function withMonthScores(
  year: readonly YearlyScorecard[],
  monthly: readonly MonthlyScorecard[],
  rule: AnnualRule,
  bands: readonly GradeBand[],
): YearlyScorecard[] {
  const score = new Map(monthly.map((m) => [`${m.company}\u0000${m.month}`, m.score]));
  const monthKey = (y: number, k: number) => `${y}-${String(k + 1).padStart(2, "0")}`;
  const next = year.map((c) => ({
    ...c,
    monthlyScores: c.monthlyScores.map((s, k) => {
      const key = `${c.company}\u0000${monthKey(c.year, k)}`;
      return score.has(key) ? (score.get(key) as number | null) : s;
    }),
  }));
  if (rule !== "months") return next;
  const annual = next.map((c) => annualOfMonths(c.monthlyScores, bands));
  const ranks = rankScores(annual.map((a) => a.score));
  return next.map((c, i) => ({ ...c, score: annual[i].score, grade: annual[i].grade, rank: ranks[i] }));
}
