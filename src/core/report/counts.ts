/**
 * The counts and rates of a report's period and its comparisons (§4.3.8). A month's come straight from
 * the monthly summary; a year's are the sums of its twelve monthly summaries (this year = Σ this month,
 * last year = Σ same month last year), so a month and a year are counted by the same code.
 *
 * Open and overdue are measured at the period's end (or as-of, when earlier), as the monthly summary
 * of the period's last month measures them.
 */
import type { Case, Category, Ratio } from "../model";
import { CATEGORIES } from "../model";
import { compileRules, subcategoryOf } from "../classify";
import { followUpRatios, satisfactionRatio, type FollowUpRatios } from "../figures";
import { monthIndexOf, monthLabel } from "../shared/months";
import { monthlySummary, NONE, type CountRow, type MonthlySummary } from "../summary";
import type { LocalMinutes } from "../time";
import type { ReportContext } from "./context";
import { monthsOf, type ResolvedPeriod } from "../shared/period";

export { NONE };

/** A key (channel code, community, company …) with one count per comparison period. */
export interface ComparedRow {
  key: string;
  counts: number[];
}

export interface RecurringRow {
  subcategory: string;
  /** This period, and the period before (last month / last year). */
  counts: [number, number];
  communities: { community: string; count: number }[];
}

export interface PeriodFigures {
  /**
   * Per comparison: whether the log reaches back to it. A comparison period that ends before the log's
   * first case has no data — shown empty, never as 0 cases. The period itself always counts.
   */
  covered: boolean[];
  total: number[];
  byChannel: ComparedRow[];
  byCategory: ComparedRow[];
  byCommunity: ComparedRow[];
  byResponsible: ComparedRow[];
  complaintsByCompany: ComparedRow[];
  problems: RecurringRow[];
  /** Year reports: cases received per month of the year, by category. */
  byMonth: { month: number; counts: Record<Category, number> }[];
  measuredAt: LocalMinutes;
  open: number;
  overdue: number;
  /** Complaints and repairs completed in the period, followed up (§9.3) — the scorecard's definition, centre-wide. */
  followUp: FollowUpRatios;
  /** Cases received in the period with an answer: 满意 + 基本满意 over answered. */
  satisfaction: Ratio;
}

const TOP_PROBLEMS = 5;

/** Most first; the blank key last whatever its count. */
function byCountDesc(a: ComparedRow, b: ComparedRow): number {
  const blank = (r: ComparedRow) => (r.key === NONE ? 1 : 0);
  for (let i = 0; i < a.counts.length; i++)
    if (a.counts[i] !== b.counts[i]) return blank(a) - blank(b) || b.counts[i] - a.counts[i];
  return blank(a) - blank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Sums rows of several months, keeping the first-seen key order (the summary's fixed orders survive). */
function sumRows(lists: CountRow[][], pick: (r: CountRow) => number[], sort: boolean): ComparedRow[] {
  const acc = new Map<string, number[]>();
  for (const list of lists) {
    for (const r of list) {
      const v = pick(r);
      const row = acc.get(r.key);
      if (row === undefined) acc.set(r.key, [...v]);
      else v.forEach((x, i) => (row[i] += x));
    }
  }
  const out = [...acc.entries()].map(([key, counts]) => ({ key, counts }));
  if (sort) out.sort(byCountDesc);
  return out;
}

export function periodFigures(ctx: ReportContext, period: ResolvedPeriod): PeriodFigures {
  const { analysis } = ctx;
  const month = period.kind === "month";
  const summaries: MonthlySummary[] = month ? [monthSummary(ctx, period)] : yearSummaries(ctx, period);
  const pick = (r: CountRow): number[] =>
    month ? [r.thisMonth, r.lastMonth, r.sameMonthLastYear] : [r.thisMonth, r.sameMonthLastYear];
  const last = summaries[summaries.length - 1];

  const problems: RecurringRow[] = month
    ? last.topProblems.map((p) => ({
        subcategory: p.subcategory,
        counts: [p.count, p.lastMonth],
        communities: p.communities,
      }))
    : yearProblems(ctx, period);

  let firstMonth = Infinity;
  for (const c of analysis.cases) firstMonth = Math.min(firstMonth, monthIndexOf(c.receivedAt.at));
  return {
    covered: period.comparisons.map((span, i) => i === 0 || span.last >= firstMonth),
    total: sumRows([summaries.map((s) => ({ key: "", ...s.total }))], pick, false)[0].counts,
    byChannel: sumRows(
      summaries.map((s) => s.byChannel),
      pick,
      false,
    ),
    byCategory: sumRows(
      summaries.map((s) => s.byCategory),
      pick,
      false,
    ),
    byCommunity: sumRows(
      summaries.map((s) => s.byCommunity),
      pick,
      true,
    ),
    byResponsible: sumRows(
      summaries.map((s) => s.byResponsible),
      pick,
      false,
    ),
    complaintsByCompany: complaintsByCompany(ctx, period),
    problems,
    byMonth: month
      ? []
      : summaries.map((s, i) => ({
          month: period.span.first + i,
          counts: Object.fromEntries(
            CATEGORIES.map((c) => [c, s.byCategory.find((r) => r.key === c)?.thisMonth ?? 0]),
          ) as Record<Category, number>,
        })),
    measuredAt: last.measuredAt,
    open: last.open.count,
    overdue: last.overdue.count,
    followUp: followUpRatios(analysis.cases, period.start, period.end),
    satisfaction: satisfactionRatio(ctx.cases),
  };
}

function monthSummary(ctx: ReportContext, period: ResolvedPeriod): MonthlySummary {
  const a = ctx.analysis;
  return monthlySummary(a.cases, a.compliance, period.key, a.asOf, { rules: a.keywordRules, top: TOP_PROBLEMS });
}

/**
 * The twelve monthly summaries of a year. Counting a month needs only the cases of it, the month before and
 * the same month a year before, so each is handed those; the last also measures open and overdue at the
 * year's end, from the whole log. Problem types are counted for the year as a whole (yearProblems).
 */
function yearSummaries(ctx: ReportContext, period: ResolvedPeriod): MonthlySummary[] {
  const a = ctx.analysis;
  const first = period.span.first - 12;
  const byMonth: Case[][] = Array.from({ length: 24 }, () => []);
  for (const c of a.cases) {
    const m = monthIndexOf(c.receivedAt.at) - first;
    if (m >= 0 && m < 24) byMonth[m].push(c);
  }
  return monthsOf(period.span).map((m) => {
    const k = m - first;
    const isLast = m === period.span.last;
    const cases = isLast ? a.cases : [...byMonth[k - 12], ...byMonth[k - 1], ...byMonth[k]];
    return monthlySummary(cases, isLast ? a.compliance : [], monthLabel(m), a.asOf, { rules: [], top: 0 });
  });
}

/** Which comparison a case's month falls in, or −1. */
function comparisonOf(period: ResolvedPeriod, c: Case): number {
  const m = monthIndexOf(c.receivedAt.at);
  return period.comparisons.findIndex((s) => m >= s.first && m <= s.last);
}

/** Complaints per property company; every company scored in the period is listed, with none too. */
function complaintsByCompany(ctx: ReportContext, period: ResolvedPeriod): ComparedRow[] {
  const n = period.comparisons.length;
  const acc = new Map<string, number[]>();
  const row = (key: string): number[] => {
    let r = acc.get(key);
    if (r === undefined) acc.set(key, (r = new Array<number>(n).fill(0)));
    return r;
  };
  const scored =
    period.kind === "month"
      ? ctx.analysis.scorecards.monthly.filter((s) => s.month === period.key)
      : ctx.analysis.scorecards.yearly.filter((s) => String(s.year) === period.key);
  for (const s of scored) row(s.company);
  for (const c of ctx.analysis.cases) {
    if (c.category !== "complaint") continue;
    const p = comparisonOf(period, c);
    if (p < 0) continue;
    row(c.propertyCompany?.trim() || NONE)[p]++;
  }
  return [...acc.entries()].map(([key, counts]) => ({ key, counts })).sort(byCountDesc);
}

/**
 * A year's recurring problems: this year's from the registers' subcategories, last year's by the same
 * keyword rules (as the monthly summary finds them).
 */
function yearProblems(ctx: ReportContext, period: ResolvedPeriod): RecurringRow[] {
  const acc = new Map<string, { counts: [number, number]; communities: Map<string, number> }>();
  const entry = (sub: string) => {
    let a = acc.get(sub);
    if (a === undefined) acc.set(sub, (a = { counts: [0, 0], communities: new Map() }));
    return a;
  };
  const { registers } = ctx;
  for (const indexes of Object.values(registers.byCategory)) {
    for (const i of indexes) {
      const sub = registers.subcategory[i];
      const c = registers.cases[i];
      if (sub === null || !ctx.caseIds.has(c.id)) continue;
      const a = entry(sub);
      a.counts[0]++;
      const where = c.community.trim() || NONE;
      a.communities.set(where, (a.communities.get(where) ?? 0) + 1);
    }
  }
  const compiled = compileRules(ctx.analysis.keywordRules);
  const before = period.comparisons[1];
  for (const c of ctx.analysis.cases) {
    const m = monthIndexOf(c.receivedAt.at);
    if (m < before.first || m > before.last) continue;
    const sub = subcategoryOf(compiled, c.description);
    // Only the problems of this year are listed; last year's count is their comparison.
    if (sub !== null && acc.has(sub)) entry(sub).counts[1]++;
  }
  return [...acc.entries()]
    .map(([subcategory, a]) => ({
      subcategory,
      counts: a.counts,
      communities: [...a.communities.entries()]
        .map(([community, count]) => ({ community, count }))
        .sort((x, y) => y.count - x.count || (x.community < y.community ? -1 : 1))
        .slice(0, 3),
    }))
    .sort((a, b) => b.counts[0] - a.counts[0] || b.counts[1] - a.counts[1] || (a.subcategory < b.subcategory ? -1 : 1))
    .slice(0, TOP_PROBLEMS);
}
