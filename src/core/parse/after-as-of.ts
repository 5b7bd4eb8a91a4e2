/**
 * Nothing from the future: a case received after the as-of instant has not happened yet as far as the
 * figures go. Usually a typo (2062 for 2026) or a log judged at an earlier instant than its last row: either
 * way it is a data issue with its row, never a case counted in a period, and no month after the as-of gets
 * a scorecard from it. Inspections dated after the as-of are left out the same way.
 */
import { msg, type Message } from "../messages";
import type { Inspection, ParsedCase, Rejection } from "../model";
import { formatMinutes, type LocalMinutes } from "../time";
import type { CaseLogResult } from "./case-log";
import { rowProblem } from "./rows";

/** `YYYY-MM-DD HH:mm`, as the clerk reads a time. */
const shown = (m: LocalMinutes): string => formatMinutes(m).replace("T", " ");

export function setAsideFutureCases(
  log: CaseLogResult,
  asOf: LocalMinutes,
): { log: CaseLogResult; warnings: Message[] } {
  const future = log.cases.filter((c) => c.receivedAt.at > asOf);
  if (future.length === 0) return { log, warnings: [] };
  const header = (sheet: string | undefined): string =>
    log.sheets.find((s) => s.name === sheet)?.columns.find((c) => c.key === "receivedAt")?.header ??
    log.columns.find((c) => c.key === "receivedAt")?.header ??
    "受理时间";
  const multi = log.sheets.length > 1;
  const rejected: Rejection[] = future.map((c: ParsedCase) => ({
    row: c.row,
    id: c.id,
    ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
    column: header(c.sheet),
    value: shown(c.receivedAt.at),
    reason: rowProblem(
      c.row,
      header(c.sheet),
      msg("log.received-after-as-of", { received: shown(c.receivedAt.at), asOf: shown(asOf), caseId: c.id }),
      multi && c.sheet ? c.sheet : undefined,
    ),
    afterAsOf: true as const,
  }));
  const bySheet = new Map<string | undefined, number>();
  for (const c of future) bySheet.set(c.sheet, (bySheet.get(c.sheet) ?? 0) + 1);
  const sheets = log.sheets.map((s) => {
    const n = bySheet.get(s.name) ?? (log.sheets.length === 1 ? (bySheet.get(undefined) ?? 0) : 0);
    return n === 0 ? s : { ...s, cases: s.cases - n, rejectedRows: s.rejectedRows + n };
  });
  const first = future.reduce((a, b) => (b.receivedAt.at > a.receivedAt.at ? b : a));
  return {
    log: {
      ...log,
      cases: log.cases.filter((c) => c.receivedAt.at <= asOf),
      rejected: [...log.rejected, ...rejected],
      sheets,
    },
    warnings: [
      msg("log.after-as-of", {
        count: future.length,
        asOf: shown(asOf),
        latestId: first.id,
        latestAt: shown(first.receivedAt.at),
      }),
    ],
  };
}

/** Inspections dated after the as-of: not yet made, left out of the scorecards with one warning. */
export function setAsideFutureInspections(
  inspections: Inspection[],
  asOf: LocalMinutes,
): { inspections: Inspection[]; warnings: Message[] } {
  const kept = inspections.filter((i) => i.date <= asOf);
  const later = inspections.length - kept.length;
  return {
    inspections: kept,
    warnings: later === 0 ? [] : [msg("inspections.after-as-of", { count: later, asOf: shown(asOf) })],
  };
}
