/** The reporting period the pane shows: a calendar month or a calendar year, as naive local minute ranges. */
import type { ReportPeriod } from "../../core/shared/period";
import { fromMinutes, toMinutes, type LocalMinutes } from "../../core/time";

export type Period = { kind: "month"; year: number; month: number } | { kind: "year"; year: number };

/** The core's period of the same span (the reports', the key figures'). */
export function toReportPeriod(p: Period): ReportPeriod {
  return p.kind === "year" ? { year: p.year } : { month: periodKey(p) };
}

/** [start, end) in local minutes. */
export function periodRange(p: Period): { start: LocalMinutes; end: LocalMinutes } {
  if (p.kind === "year") {
    return {
      start: toMinutes({ year: p.year, month: 1, day: 1, hour: 0, minute: 0 }),
      end: toMinutes({ year: p.year + 1, month: 1, day: 1, hour: 0, minute: 0 }),
    };
  }
  const next = p.month === 12 ? { year: p.year + 1, month: 1 } : { year: p.year, month: p.month + 1 };
  return {
    start: toMinutes({ year: p.year, month: p.month, day: 1, hour: 0, minute: 0 }),
    end: toMinutes({ ...next, day: 1, hour: 0, minute: 0 }),
  };
}

export function inPeriod(m: LocalMinutes, p: Period): boolean {
  const { start, end } = periodRange(p);
  return m >= start && m < end;
}

export function previousPeriod(p: Period): Period {
  if (p.kind === "year") return { kind: "year", year: p.year - 1 };
  return p.month === 1
    ? { kind: "month", year: p.year - 1, month: 12 }
    : { kind: "month", year: p.year, month: p.month - 1 };
}

/** The last complete month before the as-of instant (§4.3.8: the manager reports the month just ended). */
export function defaultPeriod(asOf: LocalMinutes): Period {
  const p = fromMinutes(asOf);
  return previousPeriod({ kind: "month", year: p.year, month: p.month });
}

/** `YYYY-MM` or `YYYY`, the keys the scorecards use. */
export function periodKey(p: Period): string {
  const y = String(p.year).padStart(4, "0");
  return p.kind === "year" ? y : `${y}-${String(p.month).padStart(2, "0")}`;
}

export function parsePeriodKey(key: string): Period | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { kind: "year", year };
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { kind: "month", year, month } : null;
}

/**
 * The months a picker offers: every month from the earliest received case up to the as-of month, newest
 * first, always including the default period so the picker never opens on a value it cannot show.
 */
export function monthOptions(receivedAt: readonly LocalMinutes[], asOf: LocalMinutes): Period[] {
  const last = fromMinutes(asOf);
  let first = { year: last.year, month: last.month };
  for (const m of receivedAt) {
    const p = fromMinutes(m);
    if (p.year < first.year || (p.year === first.year && p.month < first.month))
      first = { year: p.year, month: p.month };
  }
  const fallback = defaultPeriod(asOf);
  if (
    fallback.kind === "month" &&
    (fallback.year < first.year || (fallback.year === first.year && fallback.month < first.month))
  ) {
    first = { year: fallback.year, month: fallback.month };
  }
  const out: Period[] = [];
  let cur: Period = { kind: "month", year: last.year, month: last.month };
  // Bounded so a stray 1900 date cannot make a picker of thousands of months.
  while (out.length < 240) {
    out.push(cur);
    if (cur.kind === "month" && cur.year === first.year && cur.month === first.month) break;
    cur = previousPeriod(cur);
  }
  return out;
}

export function yearOptions(months: readonly Period[]): Period[] {
  const years = [...new Set(months.map((p) => p.year))].sort((a, b) => b - a);
  return years.map((year) => ({ kind: "year", year }));
}

/** The twelve months a chart spans: the year itself, or the twelve months ending with the selected one. */
export function chartMonths(p: Period): { year: number; month: number }[] {
  const out: { year: number; month: number }[] = [];
  if (p.kind === "year") {
    for (let month = 1; month <= 12; month++) out.push({ year: p.year, month });
    return out;
  }
  let cur: Period = p;
  for (let i = 0; i < 12; i++) {
    if (cur.kind !== "month") break;
    out.unshift({ year: cur.year, month: cur.month });
    cur = previousPeriod(cur);
  }
  return out;
}

/**
 * The month a switch from "year" back to "month" lands on: the newest complete month of that year (up to
 * the default period) that has cases; when none has, the newest complete month of the year; the current,
 * unfinished month only when the year has nothing else.
 */
export function landingMonth(
  year: number,
  months: readonly Period[],
  withData: ReadonlySet<string>,
  asOf: LocalMinutes,
): Period | null {
  const lastComplete = periodRange(defaultPeriod(asOf)).end;
  const inYear = months.filter((m) => m.kind === "month" && m.year === year);
  const complete = inYear.filter((m) => periodRange(m).end <= lastComplete);
  return complete.find((m) => withData.has(periodKey(m))) ?? complete[0] ?? inYear[0] ?? null;
}
