/**
 * 时限合规 Compliance: the on-time rate of each deadline rule (DESIGN §3), then the exceptions — each late,
 * overdue or undecidable deadline with its case, times, lateness in the rule's unit as a person writes it, the
 * explanation (说明: start, clock, days skipped, pauses, limit, due, stop, verdict — for an undecidable one its
 * reason — in one line).
 *
 * Both tables share the sheet's columns and print whole on A4 landscape at 70 % or more: the long texts (a
 * rule's name, the lateness, the responsible party, the company, the explanation) wrap within set widths,
 * and the per-rule table's columns stand over the exceptions' columns of about their width, its verbal
 * deliveries over the explanation.
 *
 * In a report, the entries are those of the cases received in the period (the registers' and scorecards'
 * attribution): a case received in October that is still overdue at as-of shows in October's report.
 */
import type { ComplianceEntry, ComplianceStatus } from "../model";
import { label, RESPONSIBLE_LABELS, STATUS_LABELS } from "../labels";
import { analysisExplainer, summarizeCompliance, type OnTimeSummary } from "../deadlines";
import type { ChartSpec, ColumnSpec, SheetDoc, TableBlock, TableCell } from "../output";
import { limitText, ruleName, sheetName, sheetTitle, tableName, type ReportContext } from "./context";
import { fieldHeader } from "./text";

export interface OnTimeRow extends OnTimeSummary {
  rule: string;
  clause: string;
  limitText: string;
  /** Deliveries made only verbally (口头送达, the clock ran on); null for a rule that does not ask for writing. */
  verbal: number | null;
}

const onTimeCache = new WeakMap<ReportContext, OnTimeRow[]>();

/** One row per rule in force (in the Settings' order), also when it has no entry: its rate is then empty. */
export function onTimeRows(ctx: ReportContext): OnTimeRow[] {
  let rows = onTimeCache.get(ctx);
  if (rows === undefined) onTimeCache.set(ctx, (rows = computeOnTimeRows(ctx)));
  return rows;
}

function computeOnTimeRows(ctx: ReportContext): OnTimeRow[] {
  const byRule = new Map(summarizeCompliance(ctx.compliance, ctx.cases, "rule").map((s) => [s.key, s]));
  const empty = (key: string): OnTimeSummary => ({
    key,
    num: 0,
    den: 0,
    value: null,
    counts: { met: 0, breached: 0, open: 0, "due-soon": 0, overdue: 0, "not-applicable": 0, unknown: 0, paused: 0 },
  });
  // How deliveries were made is known only for a rule whose stop must be written (its entries carry `delivery`).
  const verbal = new Map<string, number>();
  for (const e of ctx.compliance) {
    if (e.delivery === undefined) continue;
    verbal.set(e.rule, (verbal.get(e.rule) ?? 0) + (e.delivery === "verbal" ? 1 : 0));
  }
  const rows: OnTimeRow[] = ctx.analysis.rules.map((r) => ({
    ...(byRule.get(r.id) ?? empty(r.id)),
    rule: r.id,
    clause: r.clause,
    limitText: limitText(ctx, r),
    verbal: verbal.get(r.id) ?? null,
  }));
  // Entries of a rule no longer in force still count somewhere.
  for (const [key, s] of byRule)
    if (!ctx.analysis.rules.some((r) => r.id === key))
      rows.push({ ...s, rule: key, clause: "", limitText: "", verbal: verbal.get(key) ?? null });
  return rows;
}

/** Widths of the wrapping columns (character units); the two tables' columns A–K print side by side. */
const WIDTH = {
  rule: 12,
  status: 9,
  clause: 8,
  limit: 12,
  late: 10,
  responsible: 10,
  company: 12,
  verbal: 10,
  explain: 28,
} as const;

/** The per-rule table; `compact` (the summary's) keeps the rate and its working only. */
export function onTimeTable(ctx: ReportContext, name: string, compact: boolean): TableBlock {
  const { t } = ctx;
  const h = t.head;
  const rows = onTimeRows(ctx);
  if (compact) {
    return {
      name,
      caption: t.caption.onTime,
      columns: [
        { header: h.rule, kind: "text" },
        { header: h.rate, kind: "percent" },
        { header: h.met, kind: "integer" },
        { header: h.decided, kind: "integer" },
      ],
      rows: rows.map((r) => [ruleName(r.rule, ctx.lang), r.value, r.num, r.den]),
    };
  }
  return {
    name,
    caption: t.caption.onTime,
    columns: [
      { header: h.rule, kind: "text", width: WIDTH.rule, wrap: true },
      { header: h.clause, kind: "text", width: WIDTH.clause, wrap: true },
      { header: h.limit, kind: "text", width: WIDTH.limit, wrap: true },
      { header: h.rate, kind: "percent" },
      { header: h.met, kind: "integer" },
      { header: h.decided, kind: "integer" },
      { header: h.breached, kind: "integer" },
      { header: h.overdue, kind: "integer" },
      { header: h.running, kind: "integer" },
      { header: h.unknown, kind: "integer" },
      { header: h.verbal, kind: "integer", width: WIDTH.verbal, wrap: true },
    ],
    rows: rows.map((r) => [
      ruleName(r.rule, ctx.lang),
      r.clause,
      r.limitText,
      r.value,
      r.num,
      r.den,
      r.counts.breached,
      r.counts.overdue,
      r.counts.open + r.counts["due-soon"],
      r.counts.unknown,
      r.verbal,
    ]),
  };
}

/** Most urgent first. */
const ORDER: readonly ComplianceStatus[] = ["overdue", "breached", "due-soon", "unknown"];

/** A report lists what went wrong; the clerk's workbook also what is about to. */
export const REPORT_EXCEPTIONS: readonly ComplianceStatus[] = ["overdue", "breached", "unknown"];
export const LIVE_EXCEPTIONS: readonly ComplianceStatus[] = ["overdue", "breached", "due-soon", "unknown"];

export function exceptionsTable(ctx: ReportContext, name: string, statuses: readonly ComplianceStatus[]): TableBlock {
  const { t, lang } = ctx;
  const h = t.head;
  const caseById = new Map(ctx.cases.map((c) => [c.id, c]));
  const wanted = new Set(statuses);
  const keyed = ctx.compliance
    .filter((e) => wanted.has(e.status))
    .map((e) => ({
      e,
      order: ORDER.indexOf(e.status),
      due: e.dueAt ?? Infinity,
      row: caseById.get(e.caseId)?.row ?? 0,
    }));
  keyed.sort(
    (a, b) =>
      a.order - b.order || a.due - b.due || a.row - b.row || (a.e.rule < b.e.rule ? -1 : a.e.rule > b.e.rule ? 1 : 0),
  );
  const entries: ComplianceEntry[] = keyed.map((k) => k.e);
  const columns: ColumnSpec[] = [
    { header: fieldHeader("id", lang), kind: "text" },
    { header: h.row, kind: "integer" },
    { header: h.rule, kind: "text", width: WIDTH.rule, wrap: true },
    { header: h.start, kind: "datetime" },
    { header: h.due, kind: "datetime" },
    { header: h.stop, kind: "datetime" },
    { header: h.status, kind: "text", highlight: "status", width: WIDTH.status },
    { header: h.late, kind: "text", width: WIDTH.late, wrap: true },
    { header: t.dim.responsible, kind: "text", width: WIDTH.responsible, wrap: true },
    { header: t.dim.company, kind: "text", width: WIDTH.company, wrap: true },
    // An undecidable deadline's reason is the explanation's verdict, word for word: no column of its own.
    { header: h.explain, kind: "text", width: WIDTH.explain, wrap: true },
  ];
  const explain = analysisExplainer(ctx.analysis);
  const rows: TableCell[][] = entries.map((e) => {
    const c = caseById.get(e.caseId);
    const x = explain(e);
    const verdict = x.steps[x.steps.length - 1];
    return [
      e.caseId,
      c?.row ?? null,
      ruleName(e.rule, lang),
      e.startAt,
      e.dueAt,
      e.stopAt,
      label(STATUS_LABELS, e.status, lang),
      // Lateness as a person writes it, in the rule's unit (2 天 3 小时, 3.5 个工作小时).
      verdict.step === "verdict" && verdict.late ? verdict.late[lang] : "",
      c?.responsible ? label(RESPONSIBLE_LABELS, c.responsible, lang) : "",
      c?.propertyCompany ?? "",
      ctx.mask.text(x.text[lang]),
    ];
  });
  return {
    name,
    caption: statuses.includes("due-soon") ? t.caption.exceptionsLive : t.caption.exceptions,
    columns,
    rows,
  };
}

export function complianceSheet(ctx: ReportContext, statuses: readonly ComplianceStatus[]): SheetDoc {
  const byRule = onTimeTable(ctx, tableName(ctx, "Compliance_ByRule"), false);
  const exceptions = exceptionsTable(ctx, tableName(ctx, "Compliance_Exceptions"), statuses);
  const charts: ChartSpec[] = byRule.rows.some((r) => r[3] !== null)
    ? [
        {
          kind: "bar",
          title: ctx.t.chart.onTime,
          table: byRule.name,
          categoryColumn: 0,
          seriesColumns: [3],
          percentAxis: true,
        },
      ]
    : [];
  return {
    name: sheetName(ctx, ctx.t.sheet.compliance),
    title: sheetTitle(ctx, ctx.t.sheet.compliance),
    subtitle: ctx.subtitle,
    tables: [byRule, exceptions],
    charts,
  };
}
