/**
 * The key figures of a period, for the whole center or one property company: the one definition the
 * pane's tiles, the report's summary, the demo and the CLI's JSON all show.
 *
 * - cases: received in the period (a case belongs to the period of its 受理时间, as on the scorecards).
 * - previousCases: received in the period before; null when the log holds nothing that early.
 * - onTime per rule: of the deadlines of the period's cases, met over met + breached + overdue (a clock
 *   still running in time is not decided yet).
 * - open / overdue: at the as-of instant (now) and at the period's end (or as-of, when earlier), by
 *   caseStatesAt, so overdue ⊆ open.
 * - followUpComplaints / followUpRepairs (§9.3): complaints / repairs completed in the period, over those
 *   followed up — the two rates the scorecards assess against their own targets; followUp is both together,
 *   kept for the CLI's JSON, which published it.
 * - satisfaction: cases received in the period with an answer, 满意 + 基本满意 over answered.
 */
import { analysisForMonthFigures } from "../month-close";
import type { Analysis } from "../analysis";
import type { Case, ComplianceEntry, Ratio } from "../model";
import { isFollowedUp } from "../shared/follow-up";
import { resolvePeriod, type ResolvedPeriod } from "../shared/period";
import { monthIndexOf, monthLabel, monthStart } from "../shared/months";
import type { LocalMinutes } from "../time";
import { ratio } from "./ratio";
import { caseStatesAt } from "./states";

export interface StateCounts {
  at: LocalMinutes;
  open: number;
  overdue: number;
}

export interface KeyFigures {
  /** `2026-10` or `2026`. */
  period: string;
  /** null = every property company. */
  company: string | null;
  cases: number;
  previousCases: number | null;
  onTime: { rule: string; ratio: Ratio }[];
  now: StateCounts;
  end: StateCounts;
  followUp: Ratio;
  followUpComplaints: Ratio;
  followUpRepairs: Ratio;
  satisfaction: Ratio;
}

export function companyMatches(c: Case, company: string | null): boolean {
  return company === null || c.propertyCompany === company;
}

/**
 * Complaints and repairs (or only those of `category`) completed in [start, end), over those followed up
 * (§9.3).
 */
export function followUpRatio(
  cases: readonly Case[],
  start: LocalMinutes,
  end: LocalMinutes,
  category?: "complaint" | "repair",
): Ratio {
  let num = 0;
  let den = 0;
  for (const c of cases) {
    if ((c.category !== "complaint" && c.category !== "repair") || c.completedAt === null) continue;
    if (category !== undefined && c.category !== category) continue;
    if (c.completedAt.at < start || c.completedAt.at >= end) continue;
    den++;
    if (isFollowedUp(c)) num++;
  }
  return ratio(num, den);
}

export interface FollowUpRatios {
  /** Complaints and repairs together. */
  followUp: Ratio;
  followUpComplaints: Ratio;
  followUpRepairs: Ratio;
}

/** The follow-up rates of the period [start, end) as the summary, the pane and the JSON show them. */
export function followUpRatios(cases: readonly Case[], start: LocalMinutes, end: LocalMinutes): FollowUpRatios {
  return {
    followUp: followUpRatio(cases, start, end),
    followUpComplaints: followUpRatio(cases, start, end, "complaint"),
    followUpRepairs: followUpRatio(cases, start, end, "repair"),
  };
}

/** Answered cases among `cases`: 满意 + 基本满意 over answered. */
export function satisfactionRatio(cases: readonly Case[]): Ratio {
  let num = 0;
  let den = 0;
  for (const c of cases) {
    if (c.satisfaction === null) continue;
    den++;
    if (c.satisfaction !== "unsatisfied") num++;
  }
  return ratio(num, den);
}

/** Met over met + breached + overdue, per rule, of the given entries (rules in `rules` order). */
export function onTimeByRule(
  entries: readonly ComplianceEntry[],
  rules: readonly string[],
): { rule: string; ratio: Ratio }[] {
  const counts = new Map(rules.map((r) => [r, { num: 0, den: 0 }]));
  for (const e of entries) {
    const c = counts.get(e.rule);
    if (c === undefined) continue;
    if (e.status === "met") {
      c.num++;
      c.den++;
    } else if (e.status === "breached" || e.status === "overdue") c.den++;
  }
  return rules.map((rule) => ({ rule, ratio: ratio(counts.get(rule)!.num, counts.get(rule)!.den) }));
}

/** What the key figures read of an analysis (a closed month's are judged at its close: ../month-close). */
export type FiguresSource = Pick<Analysis, "asOf" | "cases" | "compliance" | "rules">;

export function keyFigures(a: FiguresSource, period: ResolvedPeriod, company: string | null): KeyFigures {
  const mine = company === null ? a.cases : a.cases.filter((c) => companyMatches(c, company));
  const mineIds = company === null ? null : new Set(mine.map((c) => c.id));
  const compliance = mineIds === null ? a.compliance : a.compliance.filter((e) => mineIds.has(e.caseId));
  const received = mine.filter((c) => c.receivedAt.at >= period.start && c.receivedAt.at < period.end);
  const before = period.comparisons[1];
  const previousStart = monthStart(before.first);
  const hasEarlier = mine.some((c) => c.receivedAt.at < period.start);
  const previousCases = hasEarlier
    ? mine.filter((c) => c.receivedAt.at >= previousStart && c.receivedAt.at < period.start).length
    : null;
  const periodIds = new Set(received.map((c) => c.id));
  const onTime = onTimeByRule(
    compliance.filter((e) => periodIds.has(e.caseId)),
    a.rules.map((r) => r.id),
  );
  const states = (at: LocalMinutes): StateCounts => {
    const s = caseStatesAt(mine, compliance, at);
    return { at, open: s.open.length, overdue: s.overdue.length };
  };
  const now = states(a.asOf);
  const endAt = Math.min(period.end, a.asOf);
  return {
    period: period.key,
    company,
    cases: received.length,
    previousCases,
    onTime,
    now,
    end: endAt === a.asOf ? now : states(endAt),
    ...followUpRatios(mine, period.start, period.end),
    satisfaction: satisfactionRatio(received),
  };
}

/**
 * The key figures of every month from the log's first case to the as-of month (a closed month's as of its
 * close), then of every year they span, for the whole center: what the CLI's JSON carries. Nothing after the as-of month is a period.
 */
export function everyPeriodFigures(a: Analysis): KeyFigures[] {
  if (a.cases.length === 0) return [];
  let first = Infinity;
  for (const c of a.cases) first = Math.min(first, monthIndexOf(c.receivedAt.at));
  const last = monthIndexOf(a.asOf);
  const out: KeyFigures[] = [];
  // A closed month's figures are those known at its close (../month-close).
  for (let m = first; m <= last; m++) {
    const month = monthLabel(m);
    out.push(keyFigures(analysisForMonthFigures(a, month), resolvePeriod({ month }), null));
  }
  for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++)
    out.push(keyFigures(a, resolvePeriod({ year: y }), null));
  return out;
}
