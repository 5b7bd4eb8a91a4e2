/**
 * A cumulative per-day quantity (working minutes of the center, or official working days) that follows a
 * weekly pattern except inside a table of explicitly known days (the years with holiday data).
 *
 * Outside the table the pattern is purely weekly, so both the running total and its inverse are O(1)
 * there; inside, a prefix-sum array gives O(1) totals and an O(log n) inverse. This is what lets
 * 100k cases × 7 rules run in milliseconds.
 */
import { weekday, type DayNumber } from "../time";

export interface DayPrefix {
  /** First day of the table. */
  lo: DayNumber;
  /** Day after the table's last day. */
  hi: DayNumber;
  /** cum[i] = total of days lo … lo+i−1; length hi−lo+1. */
  cum: Float64Array;
  /** Weight of each weekday outside the table, indexed 0 = Sunday … 6 = Saturday. */
  weekly: number[];
  weekTotal: number;
}

export function buildPrefix(
  lo: DayNumber,
  hi: DayNumber,
  weekly: number[],
  weightOf: (day: DayNumber) => number,
): DayPrefix {
  const cum = new Float64Array(hi - lo + 1);
  for (let d = lo; d < hi; d++) cum[d - lo + 1] = cum[d - lo] + weightOf(d);
  return { lo, hi, cum, weekly, weekTotal: weekly.reduce((a, b) => a + b, 0) };
}

/** Weekly-pattern total of days a … b−1 (a ≤ b). */
function weeklySum(p: DayPrefix, a: DayNumber, b: DayNumber): number {
  const weeks = Math.floor((b - a) / 7);
  let sum = weeks * p.weekTotal;
  for (let d = a + weeks * 7; d < b; d++) sum += p.weekly[weekday(d)];
  return sum;
}

/** Total of the days before `day`, counted from the table's first day (negative before it). */
export function cumBefore(p: DayPrefix, day: DayNumber): number {
  if (day < p.lo) return -weeklySum(p, day, p.lo);
  if (day <= p.hi) return p.cum[day - p.lo];
  return p.cum[p.hi - p.lo] + weeklySum(p, p.hi, day);
}

/**
 * The day d ≥ from on which the running total reaches `target`: cumBefore(d) < target ≤ cumBefore(d+1).
 * Requires cumBefore(from) < target. Returns null when the total can never reach it (nothing ever counts).
 */
export function dayReaching(p: DayPrefix, from: DayNumber, target: number): DayNumber | null {
  const tableEnd = p.cum[p.hi - p.lo];
  if (target > 0 && target <= tableEnd && from < p.hi) {
    // Inside the table: smallest i with cum[i] ≥ target, then d = lo + i − 1.
    let lo = Math.max(from - p.lo, 0);
    let hi = p.hi - p.lo;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (p.cum[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return p.lo + lo - 1;
  }
  if (p.weekTotal <= 0) {
    // Only the table has weight: the target is either inside it (handled above) or out of reach.
    return null;
  }
  // Weekly region (before or after the table): whole weeks at once, then at most a week of single days.
  let d = target > tableEnd ? Math.max(from, p.hi) : from;
  let c = cumBefore(p, d);
  const weeks = Math.max(0, Math.floor((target - c - 1) / p.weekTotal));
  d += weeks * 7;
  c += weeks * p.weekTotal;
  for (;;) {
    const next = c + (d >= p.lo && d < p.hi ? p.cum[d - p.lo + 1] - p.cum[d - p.lo] : p.weekly[weekday(d)]);
    if (next >= target) return d;
    c = next;
    d++;
  }
}
