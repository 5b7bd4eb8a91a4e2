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
import { analysisForMonthFigures, analysisForYear } from "../month-close";
import type { Analysis } from "../analysis";
import type { Case, ComplianceEntry, Ratio } from "../model";
import { idLocator } from "../shared/case-locator";
import { isFollowedUp } from "../shared/follow-up";
import { resolvePeriod, type ResolvedPeriod } from "../shared/period";
import { monthIndexOf, monthLabel, monthStart } from "../shared/months";
import type { LocalMinutes } from "../time";
import { ratio } from "./ratio";
import { stateCountsAt } from "./states";

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
  const previousStart = monthStart(period.comparisons[1].first);
  // One walk over the cases for every figure that counts them (a long log's records are far apart in memory:
  // visiting each once, not once per figure, is most of the cost): the definitions are those of
  // followUpRatio, satisfactionRatio and caseStatesAt above, which tests hold these to.
  const ids: string[] = new Array(mine.length);
  const received = new Float64Array(mine.length);
  const completed = new Float64Array(mine.length);
  const inPeriod = new Uint8Array(mine.length);
  let cases = 0;
  let earlier = 0;
  let previous = 0;
  const follow = { all: [0, 0], complaint: [0, 0], repair: [0, 0] };
  const answered = [0, 0];
  for (let i = 0; i < mine.length; i++) {
    const c = mine[i];
    ids[i] = c.id;
    const r = (received[i] = c.receivedAt.at);
    completed[i] = c.completedAt === null ? Infinity : c.completedAt.at;
    if (r >= period.start && r < period.end) {
      cases++;
      inPeriod[i] = 1;
      if (c.satisfaction !== null) {
        answered[1]++;
        if (c.satisfaction !== "unsatisfied") answered[0]++;
      }
    } else if (r < period.start) {
      earlier++;
      if (r >= previousStart) previous++;
    }
    const doneInPeriod = completed[i] >= period.start && completed[i] < period.end;
    if (doneInPeriod && (c.category === "complaint" || c.category === "repair")) {
      const done = isFollowedUp(c) ? 1 : 0;
      const mineOf = c.category === "complaint" ? follow.complaint : follow.repair;
      follow.all[0] += done;
      follow.all[1]++;
      mineOf[0] += done;
      mineOf[1]++;
    }
  }
  const locate = idLocator(ids);
  const onTime = onTimeByRule(
    compliance.filter((e) => {
      const i = locate(e.caseId);
      return i >= 0 && inPeriod[i] === 1;
    }),
    a.rules.map((r) => r.id),
  );
  const endAt = Math.min(period.end, a.asOf);
  const [now, end] = stateCountsAt(compliance, endAt === a.asOf ? [a.asOf] : [a.asOf, endAt], ids, received, completed);
  return {
    period: period.key,
    company,
    cases,
    previousCases: earlier > 0 ? previous : null,
    onTime,
    now: { at: a.asOf, ...now },
    end: endAt === a.asOf ? { at: a.asOf, ...now } : { at: endAt, ...end },
    followUp: ratio(follow.all[0], follow.all[1]),
    followUpComplaints: ratio(follow.complaint[0], follow.complaint[1]),
    followUpRepairs: ratio(follow.repair[0], follow.repair[1]),
    satisfaction: ratio(answered[0], answered[1]),
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
  // A closed year's, as known at December's close.
  for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++)
    out.push(keyFigures(analysisForYear(a, y), resolvePeriod({ year: y }), null));
  return out;
}
