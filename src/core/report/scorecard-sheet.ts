/**
 * 物业考核 Scorecards (§5.7.2, §5.7.6; DESIGN §4): one row per property company — rank, score, grade,
 * change, and every KPI with its numerator and denominator. A year adds the company × month scores as
 * a trend. A KPI without data is an empty cell, never 0 %.
 */
import { GRADE_LABELS, type Lang } from "../labels";
import type { Grade, Scorecard } from "../model";
import {
  MAX_CHART_SERIES,
  type ChartSpec,
  type ColumnSpec,
  type SheetDoc,
  type TableBlock,
  type TableCell,
} from "../output/sheet-doc";
import { KPI_DEFINITIONS, round1 } from "../scorecard";
import { fromMinutes } from "../time";
import { sheetName, sheetTitle, tableName, type ReportContext } from "./context";
import { shortMonth, type ResolvedPeriod } from "./period";

export function gradeText(grade: Grade | null, lang: Lang): string {
  return grade === null ? "" : `${grade} ${GRADE_LABELS[grade][lang]}`;
}

const byRank = <T extends Scorecard>(a: T, b: T): number =>
  (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.company < b.company ? -1 : a.company > b.company ? 1 : 0);

function kpiColumns(ctx: ReportContext): ColumnSpec[] {
  return KPI_DEFINITIONS.flatMap((k): ColumnSpec[] => [
    { header: k[ctx.lang], kind: k.kind === "rate" ? "percent" : "number" },
    { header: ctx.t.head.working(k[ctx.lang]), kind: "text" },
  ]);
}

function kpiCells(s: Scorecard): TableCell[] {
  return KPI_DEFINITIONS.flatMap((k) => {
    const r = s.kpis[k.id];
    return r === undefined ? [null, ""] : [r.value, `${r.num}/${r.den}`];
  });
}

/** The companies of one period, best first; `change` against the previous period. */
function companiesTable(
  ctx: ReportContext,
  name: string,
  kind: "month" | "year",
  cards: (Scorecard & { change: number | null })[],
): TableBlock {
  const h = ctx.t.head;
  return {
    name,
    caption: ctx.t.caption.scorecards,
    columns: [
      { header: h.rank, kind: "integer" },
      { header: ctx.t.dim.company, kind: "text" },
      { header: h.score, kind: "number" },
      { header: h.grade, kind: "text", highlight: "grade" },
      { header: h.change[kind], kind: "number" },
      ...kpiColumns(ctx),
    ],
    rows: [...cards]
      .sort(byRank)
      .map((s) => [s.rank, s.company, s.score, gradeText(s.grade, ctx.lang), s.change, ...kpiCells(s)]),
  };
}

function yearCards(ctx: ReportContext, year: number) {
  const previous = new Map(
    ctx.analysis.scorecards.yearly.filter((y) => y.year === year - 1).map((y) => [y.company, y.score]),
  );
  return ctx.analysis.scorecards.yearly
    .filter((y) => y.year === year)
    .map((y) => {
      const before = previous.get(y.company) ?? null;
      return { ...y, change: y.score === null || before === null ? null : round1(y.score - before) };
    });
}

/** Months down, companies across: the shape a line chart of each company's trend needs. */
function trendTable(ctx: ReportContext, name: string, year: number): TableBlock {
  const cards = yearCards(ctx, year).sort(byRank);
  return {
    name,
    caption: ctx.t.caption.scoreTrend,
    columns: [
      { header: ctx.t.head.month, kind: "text" },
      ...cards.map((c): ColumnSpec => ({ header: c.company, kind: "number" })),
    ],
    rows:
      cards.length === 0
        ? []
        : Array.from({ length: 12 }, (_, k) => [
            shortMonth(year * 12 + k, ctx.lang),
            ...cards.map((c) => c.monthlyScores[k] ?? null),
          ]),
  };
}

/** Every monthly scorecard, month by month: the clerk's workbook keeps the whole history filterable. */
function allMonthlyTable(ctx: ReportContext, name: string): TableBlock {
  const h = ctx.t.head;
  const cards = [...ctx.analysis.scorecards.monthly].sort((a, b) =>
    a.month < b.month ? -1 : a.month > b.month ? 1 : byRank(a, b),
  );
  return {
    name,
    caption: ctx.t.caption.allMonthly,
    columns: [
      { header: h.month, kind: "text" },
      { header: h.rank, kind: "integer" },
      { header: ctx.t.dim.company, kind: "text" },
      { header: h.score, kind: "number" },
      { header: h.grade, kind: "text", highlight: "grade" },
      { header: h.change.month, kind: "number" },
      ...kpiColumns(ctx),
    ],
    rows: cards.map((s) => [
      s.month,
      s.rank,
      s.company,
      s.score,
      gradeText(s.grade, ctx.lang),
      s.change,
      ...kpiCells(s),
    ]),
  };
}

const scoreChart = (ctx: ReportContext, table: TableBlock): ChartSpec => ({
  kind: "column",
  title: ctx.t.chart.score,
  table: table.name,
  categoryColumn: 1,
  seriesColumns: [2],
});

/**
 * One line per company, as many as Excel can draw: the trend table's columns are in rank order, so a
 * year with more companies than that shows the best ones and says so in the title (the table has all).
 */
function trendChart(ctx: ReportContext, table: TableBlock): ChartSpec {
  const companies = table.columns.length - 1;
  const shown = Math.min(companies, MAX_CHART_SERIES);
  return {
    kind: "line",
    title: ctx.t.chart.scoreTrend + (shown < companies ? ctx.t.chart.topOf(shown, companies) : ""),
    table: table.name,
    categoryColumn: 0,
    seriesColumns: Array.from({ length: shown }, (_, i) => i + 1),
  };
}

const hasScores = (t: TableBlock, column: number): boolean => t.rows.some((r) => r[column] !== null);

export function scorecardSheet(ctx: ReportContext, period: ResolvedPeriod): SheetDoc {
  const tables: TableBlock[] = [];
  const charts: ChartSpec[] = [];
  const name = (n: string) => tableName(ctx, n);
  if (period.kind === "month") {
    const companies = companiesTable(
      ctx,
      name("Scorecard_Companies"),
      "month",
      ctx.analysis.scorecards.monthly.filter((s) => s.month === period.key),
    );
    tables.push(companies);
    if (hasScores(companies, 2)) charts.push(scoreChart(ctx, companies));
  } else {
    const year = Number(period.key);
    const companies = companiesTable(ctx, name("Scorecard_Companies"), "year", yearCards(ctx, year));
    const trend = trendTable(ctx, name("Scorecard_Trend"), year);
    tables.push(companies, trend);
    if (hasScores(companies, 2)) charts.push(scoreChart(ctx, companies));
    if (trend.columns.length > 1 && trend.rows.some((r) => r.slice(1).some((v) => v !== null)))
      charts.push(trendChart(ctx, trend));
  }
  return {
    name: sheetName(ctx, ctx.t.sheet.scorecards),
    title: sheetTitle(ctx, ctx.t.sheet.scorecards),
    subtitle: ctx.subtitle,
    tables,
    charts,
  };
}

/**
 * The clerk's workbook: the current year (as-of's, else the latest with scorecards) with its trend, and
 * every monthly scorecard below.
 */
export function workbookScorecardSheet(ctx: ReportContext): SheetDoc {
  const years = [...new Set(ctx.analysis.scorecards.yearly.map((y) => y.year))].sort((a, b) => a - b);
  const asOfYear = fromMinutes(ctx.analysis.asOf).year;
  const year = years.includes(asOfYear) ? asOfYear : years.length > 0 ? years[years.length - 1] : asOfYear;
  const name = (n: string) => tableName(ctx, n);
  const companies = companiesTable(ctx, name("Scorecard_Year"), "year", yearCards(ctx, year));
  companies.caption = `${ctx.t.caption.scorecards} ${ctx.lang === "zh" ? `${year}年` : year}`;
  const trend = trendTable(ctx, name("Scorecard_Trend"), year);
  const monthly = allMonthlyTable(ctx, name("Scorecard_Monthly"));
  const charts: ChartSpec[] = [];
  if (hasScores(companies, 2)) charts.push(scoreChart(ctx, companies));
  if (trend.columns.length > 1 && trend.rows.some((r) => r.slice(1).some((v) => v !== null)))
    charts.push(trendChart(ctx, trend));
  return {
    name: sheetName(ctx, ctx.t.sheet.scorecards),
    title: ctx.t.sheet.scorecards,
    subtitle: ctx.subtitle,
    tables: [companies, trend, monthly],
    charts,
  };
}
