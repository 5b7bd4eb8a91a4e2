/**
 * Which cases are open (未办结) and which overdue (逾期) at an instant, one definition for the pane's
 * "now" tiles and the reports' month and year ends.
 *
 * - A deadline is running at T when its clock has started by T (or starts with the case) and has not
 *   stopped by T. It is overdue at T when it is running and T is past its due instant.
 * - A case is open at T when it was received before T and either is not completed by T or still has a
 *   deadline running (a completed complaint still waiting for its follow-up call is not finished: §9.3).
 * - A case is overdue at T when one of its deadlines is overdue at T.
 *
 * So every overdue case is open (overdue ⊆ open), at any instant.
 */
import type { Case, ComplianceEntry, ComplianceStatus } from "../model";
import { caseLocator, idLocator } from "../shared/case-locator";
import type { LocalMinutes } from "../time";

export interface OverdueCase {
  caseId: string;
  /** The rules overdue at the instant, in entry order. */
  rules: string[];
}

export interface CaseStates {
  at: LocalMinutes;
  /** Ids of the open cases, in log order. */
  open: string[];
  /** The overdue cases (each also open), in log order. */
  overdue: OverdueCase[];
}

/** Clocks still running at as-of; `unknown` and `not-applicable` entries never run. */
const runningAtAsOf = (s: ComplianceStatus): boolean => s === "open" || s === "due-soon" || s === "overdue";
/** Clocks stopped by as-of: they ran only until their stop instant. */
const stopped = (s: ComplianceStatus): boolean => s === "met" || s === "breached";

/** Whether an entry's clock runs at `at`: started by then (or with the case) and not stopped by then. */
function runsAt(e: ComplianceEntry, at: LocalMinutes): boolean {
  if (stopped(e.status)) {
    if (e.stopAt === null || e.stopAt <= at) return false;
  } else if (!runningAtAsOf(e.status) || (e.stopAt !== null && e.stopAt <= at)) return false;
  return e.startAt === null || e.startAt <= at;
}

export function caseStatesAt(
  cases: readonly Case[],
  compliance: readonly ComplianceEntry[],
  at: LocalMinutes,
): CaseStates {
  const running = new Uint8Array(cases.length);
  const overdueRules = new Map<number, string[]>();
  const locate = caseLocator(cases);
  for (let k = 0; k < compliance.length; k++) {
    const e = compliance[k];
    if (!runsAt(e, at)) continue;
    const i = locate(e.caseId);
    if (i < 0 || cases[i].receivedAt.at >= at) continue;
    running[i] = 1;
    if (e.dueAt !== null && at > e.dueAt) {
      let rules = overdueRules.get(i);
      if (rules === undefined) overdueRules.set(i, (rules = []));
      rules.push(e.rule);
    }
  }
  const open: string[] = [];
  const overdue: OverdueCase[] = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    if (c.receivedAt.at >= at) continue;
    const notDone = c.completedAt === null || c.completedAt.at > at;
    if (!notDone && running[i] === 0) continue;
    open.push(c.id);
    const rules = overdueRules.get(i);
    if (rules !== undefined) overdue.push({ caseId: c.id, rules });
  }
  return { at, open, overdue };
}

/** How many cases are open and overdue at an instant: caseStatesAt's counts. */
export interface StateCount {
  open: number;
  overdue: number;
}

/**
 * caseStatesAt's counts at each of `ats`, the log's entries walked once for all of them: what the key figures
 * ask (a period's end and now) without listing the cases. `received` and `completed` are the cases' instants
 * (+Infinity when not completed), by index with their `ids`, so no record is visited again.
 */
export function stateCountsAt(
  compliance: readonly ComplianceEntry[],
  ats: readonly LocalMinutes[],
  ids: readonly string[],
  received: Float64Array,
  completed: Float64Array,
): StateCount[] {
  const n = ats.length;
  /** Per case and instant: 1 when a clock runs then, 2 when one is overdue then as well. */
  const flags = new Uint8Array(ids.length * n);
  const locate = idLocator(ids);
  for (let k = 0; k < compliance.length; k++) {
    const e = compliance[k];
    let i = -2;
    for (let j = 0; j < n; j++) {
      const at = ats[j];
      if (!runsAt(e, at)) continue;
      if (i === -2) i = locate(e.caseId);
      if (i < 0 || received[i] >= at) continue;
      flags[i * n + j] |= e.dueAt !== null && at > e.dueAt ? 3 : 1;
    }
  }
  return ats.map((at, j) => {
    let open = 0;
    let overdue = 0;
    for (let i = 0; i < ids.length; i++) {
      if (received[i] >= at) continue;
      const f = flags[i * n + j];
      if (completed[i] <= at && f === 0) continue;
      open++;
      if (f >= 2) overdue++;
    }
    return { open, overdue };
  });
}
