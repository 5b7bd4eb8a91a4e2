/**
 * 年终考核 Year-end assessment (§5.7.2): per property company its twelve monthly scores, the mean of the
 * months beside the annual score (the year's KPIs together, as the scorecards count them), rank, grade
 * and the reward or penalty its grade carries (a center setting; none unless the center sets one).
 * 质保金台账 Warranty ledger (§5.6.2): per responsible unit, the cases not completed by the agreed date
 * and the amounts withheld, per month and for the year. The unit is the contractor the log's 维修单位 column
 * names, since the 质保金 is withheld from that contractor; a case without one counts under its 责任单位.
 */
import { yearlyScorecardsAsClosed } from "../month-close";
import { totalsLabel } from "../output";
import type { ColumnSpec, SheetDoc, TableBlock, TableCell } from "../output";
import { label, RESPONSIBLE_LABELS } from "../labels";
import type { Case, ComplianceEntry, Grade } from "../model";
import { DEFAULT_BANDS, DEFAULT_YEAR_END, round1 } from "../scorecard";
import { fromMinutes } from "../time";
import { tableName, type ReportContext } from "./context";
import { shortMonth } from "./period-text";
import type { ResolvedPeriod } from "../shared/period";
import { gradeText } from "./scorecard-sheet";
import { fieldHeader } from "./text";

const TEXTS = {
  zh: {
    sheet: "年终考核",
    title: (year: string) => `物业公司年终考核 ${year}`,
    rule: {
      kpis: "年度得分：全年各项指标合并计算（与月度同一算法，目标按有数据的月数放大）；月均分为各月得分的平均，供参考（设置“年终考核 / 年度得分”）",
      months: "年度得分：各月得分的平均（设置“年终考核 / 年度得分”为月均分）；等级与排名按此得分",
    },
    rewardNote: "奖惩：按等级执行中心设定的奖惩（设置“年终考核 / 奖惩”），未设定的等级为“无”",
    bandsCaption: "等级与奖惩",
    scoreRange: "得分",
    caption: "年终考核",
    mean: "月均分",
    annual: "年度得分",
    reward: "奖惩",
    none: "无",
    ledgerSheet: "质保金台账",
    ledgerTitle: (year: string) => `质保金台账 ${year}`,
    ledgerNote: "未按约定时间完成的案件（超时或已逾期）与扣留的质保金，按责任单位、按月",
    unitRule: "责任单位取登记表“维修单位”列所填的单位；未填时取“责任单位”列",
    ledgerCaption: "按责任单位",
    unit: "责任单位",
    late: "未按约定完成（件）",
    amount: "扣留质保金（元）",
    casesCaption: "未按约定完成的案件",
    agreed: "约定完成时间",
    completed: "完成时间",
    month: "月份",
  },
  en: {
    sheet: "Year-end",
    title: (year: string) => `Property companies' year-end assessment ${year}`,
    rule: {
      kpis: "Annual score: the year's KPIs together (the monthly method, amount targets × months with data); the mean of the months is shown for reference (Settings: year-end assessment, annual score)",
      months:
        "Annual score: the mean of the monthly scores (Settings: year-end assessment, annual score = months); grade and rank follow it",
    },
    rewardNote:
      "Reward or penalty: the center's setting for each grade (Settings: year-end assessment); none where a grade has none",
    bandsCaption: "Grades and rewards",
    scoreRange: "Score",
    caption: "Year-end assessment",
    mean: "Mean of months",
    annual: "Annual score",
    reward: "Reward / penalty",
    none: "none",
    ledgerSheet: "Warranty ledger",
    ledgerTitle: (year: string) => `Warranty ledger ${year}`,
    ledgerNote:
      "Cases not completed by the agreed date (breached or overdue) and the warranty withheld, by responsible unit and month",
    unitRule:
      "The responsible unit is the contractor named in the log's Contractor column; without one, the Responsible column",
    ledgerCaption: "By responsible unit",
    unit: "Responsible",
    late: "Not completed by agreed date",
    amount: "Warranty withheld (CNY)",
    casesCaption: "Cases not completed by the agreed date",
    agreed: "Agreed completion",
    completed: "Completed",
    month: "Month",
  },
};

export function yearEndSheet(ctx: ReportContext, period: ResolvedPeriod): SheetDoc {
  const x = TEXTS[ctx.lang];
  const year = Number(period.key);
  // Each month beside the year as its own report gives it (a closed month as known at its close).
  const cards = yearlyScorecardsAsClosed(ctx.analysis)
    .filter((y) => y.year === year)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.company < b.company ? -1 : 1));
  const months = Array.from({ length: 12 }, (_, k) => shortMonth(year * 12 + k, ctx.lang));
  const yearEnd = ctx.analysis.yearEnd ?? DEFAULT_YEAR_END;
  const bands = ctx.analysis.scoringConfig?.bands ?? DEFAULT_BANDS;
  const reward = (grade: Grade | null): string => (grade === null ? "" : (yearEnd.rewards[grade] ?? x.none));
  const table: TableBlock = {
    name: tableName(ctx, "YearEnd_Assessment"),
    caption: x.caption,
    columns: [
      { header: ctx.t.head.rank, kind: "integer" },
      { header: ctx.t.dim.company, kind: "text" },
      { header: x.annual, kind: "number", width: 9, wrap: true },
      { header: ctx.t.head.grade, kind: "text", highlight: "grade", width: 9, wrap: true },
      // The center's words wrap within the column: the twelve months stay on the page beside the company.
      { header: x.reward, kind: "text", width: 8, wrap: true },
      // Headers wrap ("Mean of months" in English): the twelve months stay on the page.
      { header: x.mean, kind: "number", width: 8, wrap: true },
      // Narrow month columns (a score is "93.4"): the twelve months print on the page beside the company.
      ...months.map((m): ColumnSpec => ({ header: m, kind: "number", width: 6.5 })),
    ],
    rows: cards.map((c) => {
      const scored = c.monthlyScores.filter((s): s is number => s !== null);
      const mean = scored.length === 0 ? null : round1(scored.reduce((a, b) => a + b, 0) / scored.length);
      return [c.rank, c.company, c.score, gradeText(c.grade, ctx.lang), reward(c.grade), mean, ...c.monthlyScores];
    }),
  };
  // What each grade needs and brings, as Settings say: the reader checks a company's line against it.
  const rewards: TableBlock = {
    name: tableName(ctx, "YearEnd_Rewards"),
    caption: x.bandsCaption,
    // The score first: the narrow rank column above takes it, and the sheet keeps its print width.
    columns: [
      { header: x.scoreRange, kind: "text" },
      { header: ctx.t.head.grade, kind: "text", highlight: "grade" },
      { header: x.reward, kind: "text", width: 9, wrap: true },
    ],
    rows: bands.map((b, i) => [
      b.min > 0 ? `≥ ${b.min}` : `< ${bands[i - 1]?.min ?? 0}`,
      gradeText(b.grade, ctx.lang),
      reward(b.grade),
    ]),
  };
  return {
    name: `${ctx.sheetPrefix}${x.sheet}`,
    title: x.title(ctx.periodText),
    subtitle: [...ctx.subtitle, x.rule[yearEnd.rule], x.rewardNote],
    tables: [table, rewards],
    charts: [],
  };
}

export function warrantyLedgerSheet(ctx: ReportContext, period: ResolvedPeriod): SheetDoc {
  const x = TEXTS[ctx.lang];
  const year = Number(period.key);
  const byId = new Map<string, Case>(ctx.cases.map((c) => [c.id, c]));
  const late: { c: Case; e: ComplianceEntry }[] = ctx.compliance
    .filter((e) => e.rule === "agreed-completion" && (e.status === "breached" || e.status === "overdue"))
    .flatMap((e) => (byId.has(e.caseId) ? [{ c: byId.get(e.caseId)!, e }] : []));
  const unitOf = (c: Case): string =>
    c.contractor?.trim() || (c.responsible ? label(RESPONSIBLE_LABELS, c.responsible, ctx.lang) : ctx.t.none);
  // The month a case counts in: the agreed date's.
  const monthOf = (e: ComplianceEntry): number => {
    const at = fromMinutes((e.dueAt ?? 1) - 1);
    return at.year === year ? at.month - 1 : -1;
  };
  const units = [...new Set(late.map(({ c }) => unitOf(c)))].sort();
  const rows: TableCell[][] = [];
  for (const unit of units) {
    const mine = late.filter(({ c }) => unitOf(c) === unit);
    for (let m = 0; m < 12; m++) {
      const inMonth = mine.filter(({ e }) => monthOf(e) === m);
      if (inMonth.length === 0) continue;
      const amount = inMonth.reduce((s, { c }) => s + (c.warrantyWithheld ?? 0), 0);
      rows.push([unit, shortMonth(year * 12 + m, ctx.lang), inMonth.length, Number(amount.toFixed(2))]);
    }
  }
  const ledger: TableBlock = {
    name: tableName(ctx, "YearEnd_Warranty"),
    caption: x.ledgerCaption,
    columns: [
      { header: x.unit, kind: "text" },
      { header: x.month, kind: "text" },
      { header: x.late, kind: "integer" },
      { header: x.amount, kind: "money" },
    ],
    rows,
    totals: true,
    totalsLabel: totalsLabel(ctx.lang),
  };
  const cases: TableBlock = {
    name: tableName(ctx, "YearEnd_WarrantyCases"),
    caption: x.casesCaption,
    columns: [
      { header: fieldHeader("id", ctx.lang), kind: "text" },
      { header: x.unit, kind: "text" },
      { header: ctx.t.dim.community, kind: "text" },
      { header: x.agreed, kind: "datetime" },
      { header: x.completed, kind: "datetime" },
      { header: ctx.t.head.late, kind: "number" },
      { header: x.amount, kind: "money" },
    ],
    rows: late
      .sort((a, b) => (a.e.dueAt ?? 0) - (b.e.dueAt ?? 0) || (a.c.id < b.c.id ? -1 : 1))
      .map(({ c, e }) => [c.id, unitOf(c), c.community, e.dueAt, e.stopAt, e.late, c.warrantyWithheld]),
    totals: true,
    totalsLabel: totalsLabel(ctx.lang),
  };
  return {
    name: `${ctx.sheetPrefix}${x.ledgerSheet}`,
    title: x.ledgerTitle(ctx.periodText),
    subtitle: [...ctx.subtitle, x.ledgerNote, x.unitRule],
    tables: [ledger, cases],
    charts: [],
  };
}
