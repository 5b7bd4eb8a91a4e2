/** The data-issues list: every problem the read found, each pointing at the row (and column) to fix. */
import type { Analysis } from "../../core/analysis";
import { say } from "../../core/messages";
import { coreLang, type Lang } from "../i18n/labels";

export type DataIssue =
  | { kind: "rejected"; row: number; column: string; value: string; reason: string }
  | { kind: "cell"; row: number; column: string; value: string; reason: string; caseId: string }
  | { kind: "duplicate"; row: number; id: string; rows: number[] }
  | { kind: "warning"; row: null; text: string };

/** Row order, so the clerk can walk down the log; warnings (not tied to a row) last. */
export function dataIssues(a: Analysis, lang: Lang): DataIssue[] {
  const out: DataIssue[] = [
    ...a.rejected.map((r): DataIssue => ({
      kind: "rejected",
      row: r.row,
      column: r.column,
      value: r.value,
      reason: r.reason,
    })),
    ...a.cellIssues.map((c): DataIssue => ({
      kind: "cell",
      row: c.row,
      column: c.column,
      value: c.value,
      reason: c.reason,
      caseId: c.caseId,
    })),
    ...a.duplicates.map((d): DataIssue => ({
      kind: "duplicate",
      row: Math.min(...d.rows),
      id: d.id,
      rows: [...d.rows].sort((x, y) => x - y),
    })),
  ];
  out.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
  return [...out, ...a.warnings.map((w): DataIssue => ({ kind: "warning", row: null, text: say(w, coreLang(lang)) }))];
}
