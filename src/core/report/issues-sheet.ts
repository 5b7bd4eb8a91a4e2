/**
 * 数据问题 Data issues: what the figures could not use, so nothing is lost silently — rejected rows (in no
 * figure), duplicate case numbers, unusable optional cells, classifications to confirm, and warnings.
 *
 * Rejected rows, duplicates and warnings belong to the whole log (a rejected row has no trustworthy date);
 * cell issues and unconfirmed classifications are those of the cases in scope. Values go through the
 * report's masking: a rejected cell may hold anything a clerk typed.
 *
 * The tables share the sheet's columns, and a column is as wide as its widest table needs: each table's long
 * text (reason, description, warning) stands in column B, wrapping within one width, and the short columns
 * follow it, so every column of every table prints on an A4 page at a readable scale.
 */
import { CATEGORY_LABELS, label } from "../labels";
import { say } from "../messages";
import type { ColumnSpec, SheetDoc, TableBlock } from "../output";
import { sheetName, sheetTitle, tableName, type ReportContext } from "./context";
import { fieldHeader } from "./text";

/** Width of column B, where every table's long text wraps: a line of a reason or warning, about 30 汉字. */
export const ISSUE_TEXT_WIDTH = 60;

export function issuesSheet(ctx: ReportContext): SheetDoc {
  const { t, lang, mask, analysis } = ctx;
  const h = t.head;
  const name = (n: string) => tableName(ctx, n);
  const caseNo = fieldHeader("id", lang);
  const inScope = (id: string) => ctx.period === null || ctx.caseIds.has(id);
  const long = (header: string): ColumnSpec => ({ header, kind: "text", width: ISSUE_TEXT_WIDTH, wrap: true });

  const rejected: TableBlock = {
    name: name("Issues_Rejected"),
    caption: t.caption.rejected,
    columns: [
      { header: h.row, kind: "integer" },
      long(h.reason),
      { header: caseNo, kind: "text" },
      { header: h.column, kind: "text" },
      { header: h.value, kind: "text" },
    ],
    rows: [...analysis.rejected]
      .sort((a, b) => a.row - b.row)
      .map((r) => [r.row, mask.text(say(r.reason, lang)), r.id ?? "", r.column, mask.text(r.value)]),
  };
  const duplicates: TableBlock = {
    name: name("Issues_Duplicates"),
    caption: t.caption.duplicates,
    columns: [
      { header: caseNo, kind: "text" },
      { header: h.rows, kind: "text" },
    ],
    rows: analysis.duplicates.map((d) => [d.id, d.rows.join(lang === "zh" ? "、" : ", ")]),
  };
  const cellIssues: TableBlock = {
    name: name("Issues_Cells"),
    caption: t.caption.cellIssues,
    columns: [
      { header: h.row, kind: "integer" },
      long(h.reason),
      { header: caseNo, kind: "text" },
      { header: h.column, kind: "text" },
      { header: h.value, kind: "text" },
    ],
    rows: analysis.cellIssues
      .filter((c) => inScope(c.caseId))
      .map((c) => [c.row, mask.text(say(c.reason, lang)), c.caseId, c.column, mask.text(c.value)]),
  };
  const byId = new Map(ctx.cases.map((c) => [c.id, c]));
  const unconfirmed: TableBlock = {
    name: name("Issues_Unconfirmed"),
    caption: t.caption.unconfirmed,
    columns: [
      { header: h.row, kind: "integer" },
      long(fieldHeader("description", lang)),
      { header: caseNo, kind: "text" },
      { header: fieldHeader("receivedAt", lang), kind: "datetime" },
      { header: h.classifiedAs, kind: "text" },
    ],
    rows: analysis.unconfirmed.flatMap((id) => {
      const c = byId.get(id);
      return c === undefined
        ? []
        : [[c.row, mask.text(c.description), c.id, c.receivedAt.at, label(CATEGORY_LABELS, c.category, lang)]];
    }),
  };
  const warnings: TableBlock = {
    name: name("Issues_Warnings"),
    caption: t.caption.warnings,
    columns: [{ header: h.index, kind: "integer" }, long(h.warning)],
    rows: analysis.warnings.map((w, i) => [i + 1, mask.text(say(w, lang))]),
  };
  return {
    name: sheetName(ctx, t.sheet.issues),
    title: sheetTitle(ctx, t.sheet.issues),
    subtitle: ctx.subtitle,
    tables: [rejected, duplicates, cellIssues, unconfirmed, warnings],
    charts: [],
  };
}
