/**
 * The monthly and year-end report (issue 5): the sheets of one period, its file name, and the headline
 * figures a terminal prints. Pure: a writer (src/xlsx-writer, or the Office.js adapter) turns the sheets into a workbook.
 */
import type { Analysis } from "../analysis";
import type { Lang } from "../labels";
import { CATEGORIES } from "../model";
import { analysisForMonth, analysisForYear, yearlyScorecardsAsClosed } from "../month-close";
import { clipSheetText } from "../output";
import type { SheetDoc } from "../output";
import { complianceSheet, onTimeRows, REPORT_EXCEPTIONS } from "./compliance-sheet";
import { makeContext, percentText, type ReportContext } from "./context";
import { periodFigures } from "./counts";
import { issuesSheet } from "./issues-sheet";
import { resolvePeriod, type ReportPeriod, type ResolvedPeriod } from "../shared/period";
import { registerSheet } from "./register-sheet";
import { gradeText, scorecardSheet } from "./scorecard-sheet";
import { summarySheet } from "./summary-sheet";
import { texts } from "./text";
import { warrantyLedgerSheet, yearEndSheet } from "./year-end-sheet";

export interface ReportOptions {
  lang: Lang;
  /** Default true: phones masked 138****5678, full names 王**, phone numbers in free text masked. */
  masked?: boolean;
}

export interface Headline {
  label: string;
  value: string;
}

/**
 * A closed month is reported as known at its close, a closed year at December's (../month-close), so its report
 * is the same whenever made.
 */
function reportContext(analysis: Analysis, period: ResolvedPeriod, lang: Lang, masked: boolean): ReportContext {
  const source =
    period.kind === "month" ? analysisForMonth(analysis, period.key) : analysisForYear(analysis, Number(period.key));
  return makeContext(source, lang, period, { masked, tablePrefix: "", sheetPrefix: "" });
}

/** Summary, scorecards (a year: the year-end assessment and the warranty ledger), compliance, one register per category, data issues — in that order. */
export function buildReport(analysis: Analysis, period: ReportPeriod, opts: ReportOptions): SheetDoc[] {
  const p = resolvePeriod(period);
  const ctx = reportContext(analysis, p, opts.lang, opts.masked ?? true);
  return [
    summarySheet(ctx, p),
    scorecardSheet(ctx, p),
    ...(p.kind === "year" ? [yearEndSheet(ctx, p), warrantyLedgerSheet(ctx, p)] : []),
    complianceSheet(ctx, REPORT_EXCEPTIONS),
    ...CATEGORIES.map((c) => registerSheet(ctx, c)),
    issuesSheet(ctx),
  ].map(clipSheetText);
}

/** 客服中心月报-2026-10.xlsx, 客服中心年度报告-2026.xlsx (en: customer-service-monthly-report-2026-10.xlsx). */
export function reportFileName(period: ReportPeriod, lang: Lang): string {
  const p = resolvePeriod(period);
  return texts(lang).fileName[p.kind](p.key);
}

/** The period's figures in a few lines, for the CLI demo. */
export function headlineKpis(analysis: Analysis, period: ReportPeriod, lang: Lang): Headline[] {
  const p = resolvePeriod(period);
  const ctx = reportContext(analysis, p, lang, true);
  const { t } = ctx;
  const f = periodFigures(ctx, p);
  const n = (x: number) => x.toLocaleString("en-US");
  const was = (counts: number[], i: number) => (f.covered[i] ? n(counts[i]) : t.noData);
  const vs = (counts: number[]) =>
    p.kind === "month" ? t.headline.vs.month(was(counts, 1), was(counts, 2)) : t.headline.vs.year(was(counts, 1));
  // Brackets as the language writes them: full-width in Chinese.
  const paren = (s: string) => (lang === "zh" ? `（${s}）` : ` (${s})`);
  const ratio = (value: number | null, num: number, den: number) =>
    value === null ? t.noData : `${percentText(value, t)}${paren(`${n(num)}/${n(den)}`)}`;
  const complaints = f.byCategory.find((r) => r.key === "complaint")?.counts ?? f.total.map(() => 0);
  let num = 0;
  let den = 0;
  for (const r of onTimeRows(ctx)) {
    num += r.num;
    den += r.den;
  }
  const out: Headline[] = [
    { label: t.headline.cases, value: `${n(f.total[0])}${vs(f.total)}` },
    { label: t.headline.complaints, value: `${n(complaints[0])}${vs(complaints)}` },
    { label: t.headline.onTime, value: ratio(den === 0 ? null : num / den, num, den) },
    { label: t.headline.open, value: `${n(f.open)} / ${n(f.overdue)}` },
    ...(
      [
        [t.headline.followUpComplaints, f.followUp.followUpComplaints],
        [t.headline.followUpRepairs, f.followUp.followUpRepairs],
      ] as const
    ).map(([label, r]) => ({ label, value: ratio(r.value, r.num, r.den) })),
    { label: t.headline.satisfaction, value: ratio(f.satisfaction.value, f.satisfaction.num, f.satisfaction.den) },
  ];
  const cards = (
    p.kind === "month"
      ? ctx.analysis.scorecards.monthly.filter((s) => s.month === p.key)
      : yearlyScorecardsAsClosed(ctx.analysis).filter((s) => String(s.year) === p.key)
  )
    .filter((s) => s.score !== null && s.rank !== null)
    .sort((a, b) => (a.rank as number) - (b.rank as number) || (a.company < b.company ? -1 : 1));
  const card = (s: (typeof cards)[number]) => `${s.company} ${s.score}${paren(gradeText(s.grade, lang))}`;
  if (cards.length > 0) out.push({ label: t.headline.top, value: card(cards[0]) });
  if (cards.length > 1) out.push({ label: t.headline.bottom, value: card(cards[cards.length - 1]) });
  return out;
}
