/**
 * On-time rates of the compliance entries, grouped by rule, responsible party, property company or month.
 *
 * On-time rate = met / (met + breached + overdue): every deadline already decided (stopped) or already
 * missed (running past due). Open, due-soon and paused cases are not decided yet and unknown ones cannot be judged;
 * they are counted alongside but stay out of the ratio. No decided deadline → value null ("no data").
 */
import type { Case, ComplianceEntry, ComplianceStatus } from "../model";
import { monthKey } from "../time";

export type SummaryBy = "rule" | "responsible" | "property" | "month";

export interface OnTimeSummary {
  key: string;
  /** Met deadlines. */
  num: number;
  /** Met + breached + overdue. */
  den: number;
  value: number | null;
  counts: Record<ComplianceStatus, number>;
}

const emptyCounts = (): Record<ComplianceStatus, number> => ({
  met: 0,
  breached: 0,
  open: 0,
  "due-soon": 0,
  overdue: 0,
  "not-applicable": 0,
  unknown: 0,
  paused: 0,
});

/** Key of an entry's group; months are those the deadline fell due in (received month when there is no due). */
function keyOf(e: ComplianceEntry, c: Case | undefined, by: SummaryBy): string {
  switch (by) {
    case "rule":
      return e.rule;
    case "responsible":
      return c?.responsible ?? "";
    case "property":
      return c?.propertyCompany ?? "";
    case "month":
      return e.dueAt !== null ? monthKey(e.dueAt - 1) : c ? monthKey(c.receivedAt.at) : "";
  }
}

/** Groups sorted by key; "" collects entries whose case has no value for the grouping. */
export function summarizeCompliance(
  entries: readonly ComplianceEntry[],
  cases: readonly Case[],
  by: SummaryBy,
): OnTimeSummary[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const groups = new Map<string, OnTimeSummary>();
  for (const e of entries) {
    const key = keyOf(e, byId.get(e.caseId), by);
    let g = groups.get(key);
    if (!g) {
      g = { key, num: 0, den: 0, value: null, counts: emptyCounts() };
      groups.set(key, g);
    }
    g.counts[e.status]++;
    if (e.status === "met") g.num++;
    if (e.status === "met" || e.status === "breached" || e.status === "overdue") g.den++;
  }
  const out = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const g of out) g.value = g.den > 0 ? g.num / g.den : null;
  return out;
}
