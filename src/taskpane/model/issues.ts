/** The data-issues list: every problem the read found, each pointing at the row (and column) to fix. */
import type { Analysis } from "../../core/analysis";
import { say } from "../../core/messages";
import { coreLang, type Lang } from "../i18n/labels";

/** `sheet`: the log sheet of the row (a log may span sheets); `reason` in the pane's language. */
export type DataIssue =
  | { kind: "rejected"; row: number; sheet?: string; column: string; value: string; reason: string }
  | { kind: "cell"; row: number; sheet?: string; column: string; value: string; reason: string; caseId: string }
  | { kind: "duplicate"; row: number; sheet?: string; id: string; rows: number[] }
  | { kind: "warning"; row: null; sheet?: undefined; text: string };

/** Sheet and row order, so the clerk can walk down the log; warnings (not tied to a row) last. */
export function dataIssues(a: Analysis, lang: Lang): DataIssue[] {
  const core = coreLang(lang);
  const sheetOrder = new Map((a.logSheets ?? []).map((s, i) => [s.name, i]));
  const out: DataIssue[] = [
    ...a.rejected.map((r): DataIssue => ({
      kind: "rejected",
      row: r.row,
      sheet: r.sheet,
      column: r.column,
      value: r.value,
      reason: say(r.reason, core),
    })),
    ...a.cellIssues.map((c): DataIssue => ({
      kind: "cell",
      row: c.row,
      sheet: c.sheet,
      column: c.column,
      value: c.value,
      reason: say(c.reason, core),
      caseId: c.caseId,
    })),
    ...a.duplicates.map((d): DataIssue => ({
      kind: "duplicate",
      // Over several sheets the rows stay in the order found (each with its sheet); within one, smallest first.
      row: d.sheets && new Set(d.sheets).size > 1 ? d.rows[0] : Math.min(...d.rows),
      sheet: d.sheets?.[0],
      id: d.id,
      rows: d.sheets && new Set(d.sheets).size > 1 ? d.rows : [...d.rows].sort((x, y) => x - y),
    })),
  ];
  const order = (i: DataIssue): number => (i.sheet === undefined ? 0 : (sheetOrder.get(i.sheet) ?? 0));
  out.sort((x, y) => order(x) - order(y) || (x.row ?? 0) - (y.row ?? 0));
  return [...out, ...a.warnings.map((w): DataIssue => ({ kind: "warning", row: null, text: say(w, core) }))];
}
