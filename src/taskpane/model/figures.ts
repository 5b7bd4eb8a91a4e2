/**
 * What the pane shows, derived from one Analysis for one period and property-company filter. Pure, so the
 * numbers on the tiles are tested apart from React; every ratio keeps its numerator and denominator.
 */
import type { Analysis, RuleInfo } from "../../core/analysis";
import { companyMatches, keyFigures } from "../../core/figures";
import type { Case, ComplianceEntry, Ratio } from "../../core/model";
import { CATEGORIES, type Category } from "../../core/model";
import { resolvePeriod } from "../../core/shared/period";
import { chartMonths, periodKey, toReportPeriod, type Period } from "./period";
import { monthKey } from "../../core/time";
import {
  analysisForMonth,
  analysisForYear,
  monthlyScorecardsAsClosed,
  yearlyScorecardsAsClosed,
} from "../../core/month-close";

export interface PaneFilter {
  period: Period;
  /** null = all property companies. */
  company: string | null;
}

export interface PaneFigures {
  cases: number;
  /** Cases of the previous period; null when the log holds nothing that early (no basis for a change). */
  previousCases: number | null;
  onTime: { rule: RuleInfo; ratio: Ratio }[];
  /**
   * Cases open and overdue, counted now while the period runs; a period that ended before the as-of instant
   * (a past or closed month, a past year) is counted at its end, as its report counts them.
   */
  open: number;
  overdue: number;
  countedAt: "now" | "month-end" | "year-end";
  /** Complaints and repairs followed up apart: each has its own target (every complaint, a sample of repairs). */
  followUpComplaints: Ratio;
  followUpRepairs: Ratio;
  satisfaction: Ratio;
}

/** Property companies named in the log or the scorecards, in no particular order. */
export function companyNames(a: Analysis): string[] {
  const names = new Set<string>();
  for (const c of a.cases) if (c.propertyCompany) names.add(c.propertyCompany);
  for (const s of a.scorecards.monthly) names.add(s.company);
  for (const s of a.scorecards.yearly) names.add(s.company);
  return [...names];
}

/** Names in the locale's collation (pinyin for zh). */
export function sortCompanies(names: readonly string[], lang: string): string[] {
  const collator = new Intl.Collator(lang);
  return [...names].sort(collator.compare);
}

/** Property companies named in the log or the scorecards, in the locale's collation (pinyin for zh). */
export function companies(a: Analysis, lang: string): string[] {
  return sortCompanies(companyNames(a), lang);
}

function byId(a: Analysis): Map<string, Case> {
  const map = new Map<string, Case>();
  for (const c of a.cases) if (!map.has(c.id)) map.set(c.id, c);
  return map;
}

/**
 * The tiles' figures: the core's key figures of the period (the same the report and the CLI show), open and
 * overdue at the period's end or, while it runs, now (the core's `end`, the report's 月末/年末 figure).
 */
export function paneFigures(whole: Analysis, f: PaneFilter): PaneFigures {
  const a = periodSource(whole, f.period);
  const k = keyFigures(a, resolvePeriod(toReportPeriod(f.period)), f.company);
  const rules = new Map(a.rules.map((r) => [r.id, r]));
  return {
    cases: k.cases,
    previousCases: k.previousCases,
    onTime: k.onTime.map(({ rule, ratio }) => ({ rule: rules.get(rule)!, ratio })),
    open: k.end.open,
    overdue: k.end.overdue,
    countedAt: k.end.at < a.asOf ? (f.period.kind === "month" ? "month-end" : "year-end") : "now",
    followUpComplaints: k.followUpComplaints,
    followUpRepairs: k.followUpRepairs,
    satisfaction: k.satisfaction,
  };
}

/** What a period is shown from: a closed month or year as known at its close (core month-close), else the analysis. */
export function periodSource(a: Analysis, p: Period): Analysis {
  return p.kind === "month" ? analysisForMonth(a, periodKey(p)) : analysisForYear(a, p.year);
}

export interface LateItem {
  entry: ComplianceEntry;
  case: Case | null;
  rule: RuleInfo | null;
  /** Past due (overdue) or time left (due-soon), in the rule's unit, one decimal. */
  amount: number;
  unit: "hours" | "days";
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Deadlines to act on now: first those due soon (today's among them), the earliest due first, so what can
 * still be met leads; then the overdue ones, the longest overdue first.
 */
export function lateItems(a: Analysis, company: string | null): LateItem[] {
  const cases = byId(a);
  const rules = new Map(a.rules.map((r) => [r.id, r]));
  const out: LateItem[] = [];
  for (const e of a.compliance) {
    if (e.status !== "overdue" && e.status !== "due-soon") continue;
    const c = cases.get(e.caseId) ?? null;
    if (c && !companyMatches(c, company)) continue;
    if (!c && company !== null) continue;
    const rule = rules.get(e.rule) ?? null;
    const unit = rule?.unit ?? "hours";
    const perUnit = unit === "hours" ? 60 : 1440;
    const amount =
      e.status === "overdue"
        ? e.late !== null
          ? e.late
          : e.dueAt !== null
            ? (a.asOf - e.dueAt) / perUnit
            : 0
        : e.dueAt !== null
          ? Math.max(0, (e.dueAt - a.asOf) / perUnit)
          : 0;
    out.push({ entry: e, case: c, rule, amount: round1(amount), unit });
  }
  const key = (i: LateItem): number => i.entry.dueAt ?? Number.NEGATIVE_INFINITY;
  const group = (i: LateItem): number => (i.entry.status === "overdue" ? 1 : 0);
  return out.sort(
    (x, y) =>
      group(x) - group(y) ||
      key(x) - key(y) ||
      x.entry.caseId.localeCompare(y.entry.caseId) ||
      x.entry.rule.localeCompare(y.entry.rule),
  );
}

export interface CategorySeries {
  months: { year: number; month: number }[];
  series: { category: Category; counts: number[] }[];
  total: number;
}

export function casesByCategoryAndMonth(a: Analysis, f: PaneFilter): CategorySeries {
  const months = chartMonths(f.period);
  const index = new Map(
    months.map((m, i) => [`${String(m.year).padStart(4, "0")}-${String(m.month).padStart(2, "0")}`, i]),
  );
  const counts = new Map<Category, number[]>(CATEGORIES.map((c) => [c, months.map(() => 0)]));
  let total = 0;
  for (const c of a.cases) {
    if (!companyMatches(c, f.company)) continue;
    const i = index.get(monthKey(c.receivedAt.at));
    if (i === undefined) continue;
    counts.get(c.category)![i]++;
    total++;
  }
  return { months, series: CATEGORIES.map((category) => ({ category, counts: counts.get(category)! })), total };
}

export interface ScoreBar {
  company: string;
  score: number | null;
  grade: "A" | "B" | "C" | "D" | null;
  rank: number | null;
}

/** The companies' composite scores for the period (monthly or year-end), best first; unscored last. */
export function scoreBars(whole: Analysis, p: Period): ScoreBar[] {
  const a = periodSource(whole, p);
  const rows =
    p.kind === "month"
      ? a.scorecards.monthly.filter((s) => s.month === periodKey(p))
      : yearlyScorecardsAsClosed(whole).filter((s) => s.year === p.year);
  return rows
    .map((s) => ({ company: s.company, score: s.score, grade: s.grade, rank: s.rank }))
    .sort((x, y) => (y.score ?? -1) - (x.score ?? -1) || x.company.localeCompare(y.company));
}

/** A company's monthly scores over the chart's twelve months; null where it has no score. */
export function scoreTrend(
  a: Analysis,
  company: string,
  p: Period,
): { months: { year: number; month: number }[]; scores: (number | null)[] } {
  const months = chartMonths(p);
  // A closed month's score as its report gives it, at its close.
  const byMonth = new Map(
    monthlyScorecardsAsClosed(a)
      .filter((s) => s.company === company)
      .map((s) => [s.month, s.score]),
  );
  const scores = months.map(
    (m) => byMonth.get(`${String(m.year).padStart(4, "0")}-${String(m.month).padStart(2, "0")}`) ?? null,
  );
  return { months, scores };
}
