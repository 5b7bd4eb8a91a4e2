/**
 * 摘要 Summary: what leadership reads first (§4.3.8) — the period's headline figures against last month
 * and the same month last year (a year: against last year), on-time rates, open and overdue at the
 * period's end, follow-up and satisfaction, the counts by channel, category, community and responsible
 * party, complaints by property company and the problems that recur; a year adds cases by month.
 */
import { totalsLabel } from "../output";
import type { ChartSpec, ColumnSpec, KeyFigure, SheetDoc, TableBlock } from "../output";
import { CATEGORY_LABELS, CHANNEL_LABELS, label, RESPONSIBLE_LABELS } from "../labels";
import type { Category, Channel, Ratio, Responsible } from "../model";
import { CATEGORIES } from "../model";
import { changeText, endText, ruleName, sheetName, tableName, type ReportContext } from "./context";
import { onTimeRows, onTimeTable } from "./compliance-sheet";
import { NONE, periodFigures, type ComparedRow, type PeriodFigures } from "./counts";
import { shortMonth } from "./period-text";
import type { ResolvedPeriod } from "../shared/period";

export function reportTitle(ctx: ReportContext, period: ResolvedPeriod): string {
  return period.kind === "month" ? ctx.t.monthlyTitle(ctx.periodText) : ctx.t.yearlyTitle(ctx.periodText);
}

/** Rows rejected (distinct Excel rows), duplicate ids, warnings: the data notes under every report's title. */
export function dataNotes(ctx: ReportContext): string {
  const a = ctx.analysis;
  return ctx.t.dataNotes(new Set(a.rejected.map((r) => r.row)).size, a.duplicates.length, a.warnings.length);
}

/** Counts with the comparisons the log does not reach emptied. */
const shown = (counts: readonly number[], covered: readonly boolean[]): (number | null)[] =>
  counts.map((n, i) => (covered[i] ? n : null));

function comparedTable(
  ctx: ReportContext,
  period: ResolvedPeriod,
  f: PeriodFigures,
  name: string,
  caption: string,
  dimension: string,
  rows: ComparedRow[],
  keyLabel: (key: string) => string,
): TableBlock {
  const heads = ctx.t.compared[period.kind];
  return {
    name,
    caption,
    columns: [{ header: dimension, kind: "text" }, ...heads.map((h): ColumnSpec => ({ header: h, kind: "integer" }))],
    rows: rows.map((r) => [r.key === NONE ? ctx.t.none : keyLabel(r.key), ...shown(r.counts, f.covered)]),
    totals: true,
    totalsLabel: totalsLabel(ctx.lang),
  };
}

function ratioFigure(ctx: ReportContext, text: string, r: Ratio, note: string): KeyFigure {
  return {
    label: text,
    value: r.value,
    kind: "percent",
    note: r.value === null ? `${ctx.t.noData} · ${note}` : `${ctx.t.figure.working(r.num, r.den)} · ${note}`,
  };
}

function figures(ctx: ReportContext, period: ResolvedPeriod, f: PeriodFigures): KeyFigure[] {
  const { t, lang } = ctx;
  const kind = period.kind;
  const heads = t.compared[kind];
  const out: KeyFigure[] = [{ label: t.figure.cases[kind], value: f.total[0], kind: "integer" }];
  const compared = (i: number, text: string, say: (pct: string) => string): KeyFigure => {
    if (!f.covered[i]) return { label: text, value: null, kind: "integer", note: t.noData };
    const c = changeText(f.total[0], f.total[i]);
    return { label: text, value: f.total[i], kind: "integer", ...(c === null ? {} : { note: say(c) }) };
  };
  out.push(compared(1, t.figure.casesPrev[kind], kind === "month" ? t.figure.change : t.figure.yoy));
  if (kind === "month") out.push(compared(2, t.figure.casesLastYear, t.figure.yoy));
  for (const row of f.byCategory) {
    if (row.key === NONE) continue;
    out.push({
      label: label(CATEGORY_LABELS, row.key as Category, lang),
      value: row.counts[0],
      kind: "integer",
      note: t.figure.categoryNote(
        row.counts.slice(1).map((n, i) => `${heads[i + 1]} ${f.covered[i + 1] ? n : t.noData}`),
      ),
    });
  }
  for (const r of onTimeRows(ctx)) {
    out.push({
      label: t.figure.onTime(ruleName(r.rule, lang)),
      value: r.value,
      kind: "percent",
      note: r.value === null ? t.noData : t.figure.working(r.num, r.den),
    });
  }
  const at = t.figure.measuredAt(endText(f.measuredAt));
  out.push({ label: t.figure.open[kind], value: f.open, kind: "integer", note: at });
  out.push({ label: t.figure.overdue[kind], value: f.overdue, kind: "integer", note: at });
  out.push(
    ratioFigure(ctx, t.figure.followUpComplaints, f.followUp.followUpComplaints, t.figure.followUpComplaintsNote),
  );
  out.push(ratioFigure(ctx, t.figure.followUpRepairs, f.followUp.followUpRepairs, t.figure.followUpRepairsNote));
  out.push(ratioFigure(ctx, t.figure.satisfaction, f.satisfaction, t.figure.satisfactionNote));
  return out;
}

const anyCount = (t: TableBlock, column: number): boolean =>
  t.rows.some((r) => typeof r[column] === "number" && r[column] !== 0);

export function summarySheet(ctx: ReportContext, period: ResolvedPeriod): SheetDoc {
  const { t, lang } = ctx;
  const f = periodFigures(ctx, period);
  const name = (n: string) => tableName(ctx, n);
  const heads = t.compared[period.kind];

  const byCategory = comparedTable(
    ctx,
    period,
    f,
    name("Summary_ByCategory"),
    t.caption.byCategory,
    t.dim.category,
    f.byCategory,
    (k) => label(CATEGORY_LABELS, k as Category, lang),
  );
  const byCompany = comparedTable(
    ctx,
    period,
    f,
    name("Summary_ComplaintsByCompany"),
    t.caption.complaintsByCompany,
    t.dim.company,
    f.complaintsByCompany,
    (k) => k,
  );
  const onTime = onTimeTable(ctx, name("Summary_OnTime"), true);
  const byChannel = comparedTable(
    ctx,
    period,
    f,
    name("Summary_ByChannel"),
    t.caption.byChannel,
    t.dim.channel,
    f.byChannel,
    (k) => label(CHANNEL_LABELS, k as Channel, lang),
  );
  const byResponsible = comparedTable(
    ctx,
    period,
    f,
    name("Summary_ByResponsible"),
    t.caption.byResponsible,
    t.dim.responsible,
    f.byResponsible,
    (k) => label(RESPONSIBLE_LABELS, k as Responsible, lang),
  );
  const byCommunity = comparedTable(
    ctx,
    period,
    f,
    name("Summary_ByCommunity"),
    t.caption.byCommunity,
    t.dim.community,
    f.byCommunity,
    (k) => k,
  );
  const problems: TableBlock = {
    name: name("Summary_Problems"),
    caption: t.caption.problems,
    columns: [
      { header: t.dim.problem, kind: "text" },
      { header: heads[0], kind: "integer" },
      { header: heads[1], kind: "integer" },
      { header: t.head.where, kind: "text" },
    ],
    rows: f.problems.map((p) => [
      p.subcategory,
      p.counts[0],
      f.covered[1] ? p.counts[1] : null,
      p.communities
        .map((c) => `${c.community === NONE ? t.none : c.community} ${c.count}`)
        .join(lang === "zh" ? "、" : ", "),
    ]),
  };
  const tables = [byCategory, byCompany, onTime, byChannel, byResponsible, byCommunity, problems];

  const charts: ChartSpec[] = [];
  if (anyCount(byCategory, 1))
    charts.push({
      kind: "doughnut",
      title: t.chart.categoryMix,
      table: byCategory.name,
      categoryColumn: 0,
      seriesColumns: [1],
    });
  // Comparisons the log does not reach are left out of the chart rather than drawn as empty series.
  const companySeries = heads.map((_, i) => i + 1).filter((j) => f.covered[j - 1]);
  if (byCompany.rows.length > 0 && companySeries.some((j) => anyCount(byCompany, j)))
    charts.push({
      kind: "column",
      title: t.chart.complaintsByCompany,
      table: byCompany.name,
      categoryColumn: 0,
      seriesColumns: companySeries,
    });
  if (onTime.rows.some((r) => r[1] !== null))
    charts.push({
      kind: "bar",
      title: t.chart.onTime,
      table: onTime.name,
      categoryColumn: 0,
      seriesColumns: [1],
      percentAxis: true,
    });

  if (period.kind === "year") {
    const byMonth: TableBlock = {
      name: name("Summary_ByMonth"),
      caption: t.caption.casesByMonth,
      columns: [
        { header: t.head.month, kind: "text" },
        ...CATEGORIES.map((c): ColumnSpec => ({ header: label(CATEGORY_LABELS, c, lang), kind: "integer" })),
        { header: t.dim.total, kind: "integer" },
      ],
      rows: f.byMonth.map((m) => {
        const counts = CATEGORIES.map((c) => m.counts[c]);
        return [shortMonth(m.month, lang), ...counts, counts.reduce((a, b) => a + b, 0)];
      }),
    };
    tables.push(byMonth);
    if (anyCount(byMonth, CATEGORIES.length + 1)) {
      charts.push({
        kind: "stacked-column",
        title: t.chart.casesByMonth,
        table: byMonth.name,
        categoryColumn: 0,
        seriesColumns: CATEGORIES.map((_, i) => i + 1),
      });
      charts.push({
        kind: "line",
        title: t.chart.casesTrend,
        table: byMonth.name,
        categoryColumn: 0,
        seriesColumns: [CATEGORIES.length + 1],
      });
    }
  }

  return {
    name: sheetName(ctx, t.sheet.summary),
    title: reportTitle(ctx, period),
    subtitle: [...ctx.subtitle, dataNotes(ctx), ...(ctx.mask.masked ? [t.maskedNote] : [])],
    figures: figures(ctx, period, f),
    tables,
    charts,
  };
}
