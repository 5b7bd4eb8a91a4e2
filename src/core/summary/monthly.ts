/**
 * The monthly summary for leadership (§4.3.8: 统计分析): how many cases came in, by channel,
 * category, community and responsible party, this month against last month and the same month last
 * year; the problems that recur most (by the keyword rules' subcategories); the cases still open and
 * those overdue at month end.
 */
import { CATEGORIES, CHANNELS, RESPONSIBLES, type Case, type ComplianceEntry } from "../model";
import type { LocalMinutes } from "../time";
import { DEFAULT_KEYWORD_RULES, compileRules, memoByText, subcategoryOf, type KeywordRule } from "../classify";
import { caseStatesAt, type OverdueCase } from "../figures";
import { monthIndexMemo, monthLabel as label, monthStart, parseMonthLabel } from "../shared/months";

/** Key for cases without a channel, responsible party or community. */
export const NONE = "(none)";

export interface PeriodCounts {
  thisMonth: number;
  lastMonth: number;
  sameMonthLastYear: number;
}

export interface CountRow extends PeriodCounts {
  key: string;
}

export interface RecurringProblem {
  subcategory: string;
  count: number;
  lastMonth: number;
  /** Communities where it came up most this month (at most three), most first. */
  communities: { community: string; count: number }[];
}

export type { OverdueCase };

export interface MonthlySummary {
  month: string;
  lastMonth: string;
  sameMonthLastYear: string;
  /** The instant open/overdue are measured at: the end of the month, or as-of when that is earlier. */
  measuredAt: LocalMinutes;
  total: PeriodCounts;
  /** Channel codes in DESIGN §2 order, then NONE. */
  byChannel: CountRow[];
  byCategory: CountRow[];
  /** Communities with a case in any of the three months; most cases this month first. */
  byCommunity: CountRow[];
  byResponsible: CountRow[];
  /** Most frequent problem types this month (cases whose description matched a subcategory rule). */
  topProblems: RecurringProblem[];
  /** Cases open at `measuredAt` (figures/states: not completed, or a deadline still running). */
  open: { count: number; caseIds: string[] };
  /** Cases with at least one deadline running past due at `measuredAt` (each also open). */
  overdue: { count: number; cases: OverdueCase[] };
}

export interface MonthlySummaryOptions {
  /** Keyword rules that name the problem types; the defaults when absent. */
  rules?: readonly KeywordRule[];
  /** How many recurring problems to list (default 5). */
  top?: number;
}

export function monthlySummary(
  cases: readonly Case[],
  compliance: readonly ComplianceEntry[],
  month: string,
  asOf: LocalMinutes,
  opts: MonthlySummaryOptions = {},
): MonthlySummary {
  const current = parseMonthLabel(month);
  if (current === null) throw new RangeError(`month must be YYYY-MM, not "${month}"`);
  const periods = [current, current - 1, current - 12];
  const measuredAt = Math.min(monthStart(current + 1), asOf);
  const compiled = compileRules(opts.rules ?? DEFAULT_KEYWORD_RULES);
  const subcategory = memoByText((description) => subcategoryOf(compiled, description));

  const counters = {
    channel: new Map<string, number[]>(),
    category: new Map<string, number[]>(),
    community: new Map<string, number[]>(),
    responsible: new Map<string, number[]>(),
  };
  const bump = (map: Map<string, number[]>, key: string, p: number) => {
    let row = map.get(key);
    if (row === undefined) map.set(key, (row = [0, 0, 0]));
    row[p]++;
  };
  const total = [0, 0, 0];
  const problems = new Map<string, { count: number; lastMonth: number; communities: Map<string, number> }>();
  const monthOf = monthIndexMemo();

  // Index loops over the big arrays: run once per analysis, a for…of allocates an iterator result per step.
  for (let k = 0; k < cases.length; k++) {
    const c = cases[k];
    const received = c.receivedAt.at;
    const p = periods.indexOf(monthOf(received));
    if (p < 0) continue;
    total[p]++;
    bump(counters.channel, c.channel ?? NONE, p);
    bump(counters.category, c.category, p);
    bump(counters.community, c.community.trim() || NONE, p);
    bump(counters.responsible, c.responsible ?? NONE, p);
    if (p === 2) continue;
    const sub = subcategory(c.description);
    if (sub === null) continue;
    let prob = problems.get(sub);
    if (prob === undefined) problems.set(sub, (prob = { count: 0, lastMonth: 0, communities: new Map() }));
    if (p === 0) {
      prob.count++;
      const where = c.community.trim() || NONE;
      prob.communities.set(where, (prob.communities.get(where) ?? 0) + 1);
    } else {
      prob.lastMonth++;
    }
  }

  // Open and overdue at month end, from each entry's own start, due and stop instants (judged at as-of).
  const states = caseStatesAt(cases, compliance, measuredAt);

  const rows = (map: Map<string, number[]>, order?: readonly string[]): CountRow[] => {
    const keys = order ? [...order, ...(map.has(NONE) ? [NONE] : [])] : [...map.keys()];
    const out = keys.map((key) => {
      const [thisMonth, lastMonth, sameMonthLastYear] = map.get(key) ?? [0, 0, 0];
      return { key, thisMonth, lastMonth, sameMonthLastYear };
    });
    // Most cases first; cases without a value last, whatever their count.
    const rank = (r: CountRow) => (r.key === NONE ? 1 : 0);
    if (!order)
      out.sort(
        (a, b) =>
          rank(a) - rank(b) ||
          b.thisMonth - a.thisMonth ||
          b.lastMonth - a.lastMonth ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
    return out;
  };

  const topProblems = [...problems.entries()]
    .filter(([, v]) => v.count > 0)
    .map(([subcategory, v]) => ({
      subcategory,
      count: v.count,
      lastMonth: v.lastMonth,
      communities: [...v.communities.entries()]
        .map(([community, count]) => ({ community, count }))
        .sort((a, b) => b.count - a.count || (a.community < b.community ? -1 : 1))
        .slice(0, 3),
    }))
    .sort((a, b) => b.count - a.count || b.lastMonth - a.lastMonth || (a.subcategory < b.subcategory ? -1 : 1))
    .slice(0, opts.top ?? 5);

  return {
    month: label(current),
    lastMonth: label(current - 1),
    sameMonthLastYear: label(current - 12),
    measuredAt,
    total: { thisMonth: total[0], lastMonth: total[1], sameMonthLastYear: total[2] },
    byChannel: rows(counters.channel, CHANNELS),
    byCategory: rows(counters.category, CATEGORIES),
    byCommunity: rows(counters.community),
    byResponsible: rows(counters.responsible, RESPONSIBLES),
    topProblems,
    open: { count: states.open.length, caseIds: states.open },
    overdue: { count: states.overdue.length, cases: states.overdue },
  };
}
