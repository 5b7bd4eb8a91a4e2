/**
 * The period a report covers, as month indexes (year × 12 + month − 1) and a [start, end) minute range.
 * A case belongs to the period of its 受理时间, as on the scorecards and the monthly summary.
 */
import { monthLabel, monthStart, parseMonthLabel } from "./months";
import type { LocalMinutes } from "../time";

export type ReportPeriod = { month: string } | { year: number };

/** A run of whole months, inclusive. */
export interface MonthSpan {
  first: number;
  last: number;
}

export interface ResolvedPeriod {
  kind: "month" | "year";
  /** `2026-10` or `2026`. */
  key: string;
  span: MonthSpan;
  start: LocalMinutes;
  end: LocalMinutes;
  /**
   * The period and what it is compared with: a month against last month and the same month last year;
   * a year against last year. Index 0 is the period itself.
   */
  comparisons: MonthSpan[];
}

export function resolvePeriod(period: ReportPeriod): ResolvedPeriod {
  if ("month" in period) {
    const m = parseMonthLabel(period.month);
    if (m === null) throw new RangeError(`A report month is YYYY-MM, not "${period.month}"`);
    const one = (i: number): MonthSpan => ({ first: i, last: i });
    return {
      kind: "month",
      key: monthLabel(m),
      span: one(m),
      start: monthStart(m),
      end: monthStart(m + 1),
      comparisons: [one(m), one(m - 1), one(m - 12)],
    };
  }
  const y = period.year;
  if (!Number.isInteger(y) || y < 1900 || y > 9998)
    throw new RangeError(`A report year is a four-digit year, not "${y}"`);
  const year = (k: number): MonthSpan => ({ first: k * 12, last: k * 12 + 11 });
  return {
    kind: "year",
    key: String(y),
    span: year(y),
    start: monthStart(y * 12),
    end: monthStart(y * 12 + 12),
    comparisons: [year(y), year(y - 1)],
  };
}

/** Months of a span, first to last. */
export function monthsOf(span: MonthSpan): number[] {
  const out: number[] = [];
  for (let m = span.first; m <= span.last; m++) out.push(m);
  return out;
}
