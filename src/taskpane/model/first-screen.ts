/**
 * The pane's first screen as a small record: the default period's tile figures and what the filters
 * need. The preview's worker computes it from the Analysis it just made and posts it ahead of the
 * Analysis itself (megabytes of structured clone), so the tiles need not wait for that message.
 */
import type { Analysis } from "../../core/analysis";
import type { LocalMinutes } from "../../core/time";
import { companyNames, paneFigures, type PaneFigures } from "./figures";
import { defaultPeriod, type Period } from "./period";

export interface FirstScreen {
  asOf: LocalMinutes;
  /** The period the figures are for: the default one (the pane opens on it, all companies). */
  period: Period;
  figures: PaneFigures;
  /** Earliest received time in the log (the month picker starts there); null for an empty log. */
  firstReceived: LocalMinutes | null;
  /** Property companies, unsorted: the page sorts them in its language. */
  companies: string[];
  logSheet: string | null;
}

export function firstScreen(a: Analysis): FirstScreen {
  const period = defaultPeriod(a.asOf);
  let firstReceived: LocalMinutes | null = null;
  for (const c of a.cases)
    if (firstReceived === null || c.receivedAt.at < firstReceived) firstReceived = c.receivedAt.at;
  return {
    asOf: a.asOf,
    period,
    figures: paneFigures(a, { period, company: null }),
    firstReceived,
    companies: companyNames(a),
    logSheet: a.logSheet,
  };
}

/** The first screen's figures, when they are the ones the pane asks for (same period, all companies). */
export function firstFigures(first: FirstScreen | null, period: Period, company: string | null): PaneFigures | null {
  if (!first || company !== null || first.period.kind !== period.kind || first.period.year !== period.year) return null;
  if (period.kind === "month" && first.period.kind === "month" && first.period.month !== period.month) return null;
  return first.figures;
}
