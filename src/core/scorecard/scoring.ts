/**
 * How KPI values become a composite score out of 100 and a grade.
 *
 * KPI score (0–100) against its target:
 * - higher is better: 100 × value / target, capped at 100 (at or above target → 100; 0 → 0);
 * - lower is better: 100 at or below target, else 100 × target / value (twice the target → 50).
 * Amount KPIs (complaints per 1,000 households, inspection points) have monthly targets; a year is
 * compared with target × its months on the scorecards (months with a case or an inspection record).
 *
 * Composite = Σ weight × KPI score / Σ weight over the KPIs that have data and a weight above 0, so a
 * KPI without data passes its weight on to the others in proportion (never counted as 0 % or 100 %).
 * No KPI with data → no score. The composite is rounded to one decimal and the grade taken from the
 * rounded score, so the grade always agrees with the number shown.
 */
import type { Grade } from "../model";
import { KPI_DEFINITIONS } from "./kpis";

export interface KpiConfig {
  id: string;
  weight: number;
  target: number;
  higherIsBetter: boolean;
}

export interface GradeBand {
  grade: Grade;
  /** Lowest score of the band (inclusive); D's is 0. */
  min: number;
  zh: string;
  en: string;
}

export interface ScoringConfig {
  kpis: KpiConfig[];
  /** Best band first. */
  bands: GradeBand[];
}

export const DEFAULT_BANDS: readonly GradeBand[] = [
  { grade: "A", min: 90, zh: "优秀", en: "Excellent" },
  { grade: "B", min: 80, zh: "良好", en: "Good" },
  { grade: "C", min: 70, zh: "合格", en: "Pass" },
  { grade: "D", min: 0, zh: "不合格", en: "Fail" },
];

export const DEFAULT_SCORING: ScoringConfig = {
  kpis: KPI_DEFINITIONS.map((k) => ({
    id: k.id,
    weight: k.defaultWeight,
    target: k.defaultTarget,
    higherIsBetter: k.higherIsBetter,
  })),
  bands: DEFAULT_BANDS.map((b) => ({ ...b })),
};

export function kpiScore(value: number, target: number, higherIsBetter: boolean): number {
  if (higherIsBetter) {
    if (target <= 0) return 100;
    return Math.min(100, (100 * value) / target);
  }
  if (value <= target) return 100;
  return (100 * target) / value;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function gradeOf(score: number, bands: readonly GradeBand[]): Grade {
  for (const b of bands) if (score >= b.min) return b.grade;
  return "D";
}

/** Competition ranking (1, 1, 3): equal scores share a rank; unscored → null. */
export function rankScores(scores: readonly (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((t) => t !== null && t > s).length));
}
