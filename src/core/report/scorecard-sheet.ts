/**
 * 物业考核 Scorecards (§5.7.2, §5.7.6; DESIGN §4). The report's sheet ranks the companies, then explains
 * each company's score: per KPI its weight (as set, and as used once KPIs without data passed theirs on),
 * target, value, what its numerator and denominator count ("7 分 / 3 次检查"), KPI score and points, under
 * the composite's formula in one line; a missing Communities or Inspections sheet is stated on the sheet.
 * A year adds the company × month scores as a trend. A KPI without data is "no data", never 0 %.
 * The clerk's workbook keeps the wide table (one row per company, every KPI's numerator and denominator).
 */
import { monthlyScorecardsAsClosed, yearlyScorecardsAsClosed } from "../month-close";
import { GRADE_LABELS, type Lang } from "../labels";
import type { Grade, Scorecard } from "../model";
import {
  MAX_CHART_SERIES,
  type ChartSpec,
  type ColumnSpec,
  type SheetDoc,
  type TableBlock,
  type TableCell,
} from "../output";
import { DEFAULT_BANDS, KPI_DEFINITIONS, round1, type KpiDefinition, type KpiWorking } from "../scorecard";
import { fromMinutes } from "../time";
import { sheetName, sheetTitle, tableName, type ReportContext } from "./context";
import { shortMonth } from "./period-text";
import type { ResolvedPeriod } from "../shared/period";

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
  // Last year's scores as its year-end assessment gave them: at its close, whenever this report is made.
  const yearly = yearlyScorecardsAsClosed(ctx.analysis);
  const previous = new Map(yearly.filter((y) => y.year === year - 1).map((y) => [y.company, y.score]));
  return yearly
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
      // A company's name over its column wraps: three names side by side would push the KPI tables above
      // them off the printed page.
      ...cards.map((c): ColumnSpec => ({ header: c.company, kind: "number", width: 14, wrap: true })),
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
  // A closed month's scorecards as known at its close, as its report has them.
  const cards = monthlyScorecardsAsClosed(ctx.analysis).sort((a, b) =>
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

/** The scorecard's working, when the pipeline built it (a hand-made Analysis may lack it). */
function workingOf(s: Scorecard): Record<string, KpiWorking> | undefined {
  return (s as Scorecard & { working?: Record<string, KpiWorking> }).working;
}

/** A KPI's value or target as people write it: 90.6%, 114.1, 7. */
function amountText(def: KpiDefinition, v: number): string {
  return def.kind === "rate" ? `${round1(v * 100)}%` : String(round1(v));
}

function kpiWeight(ctx: ReportContext, id: string): number {
  for (const s of ctx.analysis.scorecards.monthly) {
    const w = workingOf(s)?.[id];
    if (w) return w.setWeight;
  }
  return KPI_DEFINITIONS.find((k) => k.id === id)?.defaultWeight ?? 0;
}

/**
 * What the scorecards cannot count, in words, with the weight it moves: a workbook without a
 * Communities sheet (or without households in it) has no complaints per 1,000 households, one without
 * an Inspections sheet no inspection deductions.
 */
export function scorecardNotes(ctx: ReportContext): string[] {
  const { t, lang } = ctx;
  const notes: string[] = [];
  const kpi = (id: string) => KPI_DEFINITIONS.find((k) => k.id === id) as KpiDefinition;
  const missing = (id: string, sheet: string): void => {
    const def = kpi(id);
    const weight = kpiWeight(ctx, id);
    if (weight > 0) notes.push(t.score.missingSheet(sheet, def[lang], weight));
  };
  if (!ctx.analysis.communities.some((c) => (c.households ?? 0) > 0))
    missing("complaints-per-1000", t.score.sheets.communities);
  if (ctx.analysis.inspections.length === 0) missing("inspection-deductions", t.score.sheets.inspections);
  return notes;
}

/** The formula and grade bands: the lines that let a reader redo the score. */
export function scoreRules(ctx: ReportContext): string[] {
  const bands = DEFAULT_BANDS.map((b) => `${b.grade} ${b[ctx.lang]}${b.min > 0 ? ` ≥ ${b.min}` : ""}`).join(
    ctx.lang === "zh" ? "，" : ", ",
  );
  return [ctx.t.score.formula, ctx.t.score.grades(bands)];
}

/** One company's KPIs: weight set and used, target, value, what was counted, KPI score and points. */
export function kpiDetailTable(ctx: ReportContext, name: string, card: Scorecard): TableBlock {
  const { t, lang } = ctx;
  const h = t.score.head;
  const working = workingOf(card);
  const rows: TableCell[][] = KPI_DEFINITIONS.map((def) => {
    const r = card.kpis[def.id];
    const w = working?.[def.id];
    const has = r !== undefined && r.value !== null;
    const extra = w ? t.score.pending(w.pending, w.unknown) : "";
    const unit = def.kind === "points" ? ` ${t.score.points}` : "";
    return [
      def[lang],
      w ? w.setWeight : def.defaultWeight,
      has && w ? w.weight : null,
      w ? t.score.target(def.higherIsBetter, amountText(def, w.target) + unit) : "",
      has ? amountText(def, r.value as number) + unit : t.noData,
      r === undefined ? "" : t.score.basis[def.id](r.num, r.den),
      has && w ? w.score : null,
      has && w && w.score !== null ? round1((w.weight * w.score) / 100) : null,
      has ? extra : [t.score.noData, extra].filter(Boolean).join(lang === "zh" ? "；" : "; "),
    ];
  });
  return {
    name,
    caption: t.score.detailCaption(card.company),
    columns: [
      // A KPI's name wraps ("Complaints per 1,000 households"): the points and the note stay on the page.
      { header: h.kpi, kind: "text", width: 18, wrap: true },
      { header: h.setWeight, kind: "integer" },
      { header: h.weight, kind: "number" },
      { header: h.target, kind: "text" },
      { header: h.value, kind: "text" },
      { header: h.basis, kind: "text", width: 22, wrap: true },
      { header: h.kpiScore, kind: "number" },
      { header: h.points, kind: "number" },
      { header: h.note, kind: "text" },
    ],
    rows: [...rows, [t.head.score, null, null, "", "", "", null, card.score, gradeText(card.grade, lang)]],
  };
}

/** Rank, company, score, grade and the change in points. */
function rankingTable(
  ctx: ReportContext,
  name: string,
  kind: "month" | "year",
  cards: (Scorecard & { change: number | null })[],
): TableBlock {
  const h = ctx.t.head;
  return {
    name,
    caption: ctx.t.score.rankCaption,
    columns: [
      { header: h.rank, kind: "integer" },
      { header: ctx.t.dim.company, kind: "text" },
      { header: h.score, kind: "number" },
      { header: h.grade, kind: "text", highlight: "grade" },
      { header: h.change[kind], kind: "number", width: 12, wrap: true },
    ],
    rows: [...cards].sort(byRank).map((s) => [s.rank, s.company, s.score, gradeText(s.grade, ctx.lang), s.change]),
  };
}

export function scorecardSheet(ctx: ReportContext, period: ResolvedPeriod): SheetDoc {
  const name = (n: string) => tableName(ctx, n);
  const cards: (Scorecard & { change: number | null })[] =
    period.kind === "month"
      ? ctx.analysis.scorecards.monthly.filter((s) => s.month === period.key)
      : yearCards(ctx, Number(period.key));
  const ranking = rankingTable(ctx, name("Scorecard_Companies"), period.kind, cards);
  const tables: TableBlock[] = [ranking];
  const charts: ChartSpec[] = [];
  if (hasScores(ranking, 2)) charts.push(scoreChart(ctx, ranking));
  [...cards].sort(byRank).forEach((card, i) => tables.push(kpiDetailTable(ctx, name(`Scorecard_KPIs_${i + 1}`), card)));
  if (period.kind === "year") {
    const trend = trendTable(ctx, name("Scorecard_Trend"), Number(period.key));
    tables.push(trend);
    if (trend.columns.length > 1 && trend.rows.some((r) => r.slice(1).some((v) => v !== null)))
      charts.push(trendChart(ctx, trend));
  }
  return {
    name: sheetName(ctx, ctx.t.sheet.scorecards),
    title: sheetTitle(ctx, ctx.t.sheet.scorecards),
    subtitle: [...ctx.subtitle, ...scorecardNotes(ctx), ...scoreRules(ctx)],
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
