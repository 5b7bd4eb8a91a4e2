/**
 * One property company's pack for the monthly meeting (§5.7.5, §5.7.6; DESIGN §5): a cover notice to the
 * company, its scorecard explained, its rectifications and notifications still open or late, its
 * inspection findings, its repeat complaints and the change from last month. Only that company's cases:
 * the others appear only as ranks. Customers masked; no data issues, no log row numbers (the pack leaves
 * the center).
 */
import { totalsLabel, clipSheetText } from "../output";
import type { ColumnSpec, SheetDoc, TableBlock, TableCell } from "../output";
import type { Analysis } from "../analysis";
import { label, RULE_LABELS, STATUS_LABELS, type Lang } from "../labels";
import type { Case, ComplianceEntry, ComplianceStatus, MonthlyScorecard } from "../model";
import { KPI_DEFINITIONS, round1 } from "../scorecard";
import { analysisExplainer } from "../deadlines";
import { analysisForMonth } from "../month-close";
import { dayOf, formatDay } from "../time";
import { makeContext } from "./context";
import { resolvePeriod } from "../shared/period";
import { gradeText, kpiDetailTable, scorecardNotes, scoreRules } from "./scorecard-sheet";
import { fieldHeader } from "./text";

/** Days the company has to answer the notice in writing, from the day the pack is made (center setting). */
export const REPLY_DAYS = 7;

const PACK_RULES = ["rectify", "notify-property"] as const;
const OPEN: ReadonlySet<ComplianceStatus> = new Set(["open", "due-soon", "overdue"]);
const LATE_OR_OPEN: ReadonlySet<ComplianceStatus> = new Set(["open", "due-soon", "overdue", "breached"]);

const TEXTS = {
  zh: {
    sheet: { notice: "致函", scores: "考核得分", cases: "整改与送达", inspections: "巡检", repeats: "重复投诉" },
    title: (company: string) => `致 ${company}`,
    subject: (period: string) => `${period}客服工作考核通报`,
    score: "综合得分",
    grade: "等级",
    rank: "排名",
    rankOf: (rank: number | null, n: number) =>
      rank === null ? `无排名（共 ${n} 家）` : `第 ${rank} 名（共 ${n} 家）`,
    change: "较上月（分）",
    awaiting: "待书面整改的案件",
    overdue: "其中已逾期",
    reply: (date: string) => `请于 ${date} 前将上述案件的整改情况书面回复客服中心。`,
    awaitingCaption: "待书面整改的案件（整改期限）",
    rankCaption: "各公司排名（其他公司仅列名次）",
    you: "本公司",
    other: "—",
    changeCaption: "与上月比较",
    lastMonth: "上月",
    thisMonth: "本月",
    delta: "变化",
    casesCaption: "整改与联系单送达（未完成或超时）",
    inspectionsCaption: "巡检发现的问题与扣分",
    repeatsCaption: "重复投诉（同一房号、同类问题）",
    head: {
      rule: "事项",
      start: "起算时间",
      due: "期限",
      stop: "完成时间",
      status: "状态",
      late: "超出",
      explain: "说明",
      date: "日期",
      item: "检查项目",
      problem: "问题描述",
      deduction: "扣分",
      rectifyBy: "整改期限",
      rectifiedAt: "整改完成时间",
      kpi: "考核指标",
    },
    none: "本月无",
    pointsOfPercent: (n: number) => `${n} 个百分点`,
    fileName: (month: string, company: string) => `${company}-客服考核-${month}.xlsx`,
  },
  en: {
    sheet: {
      notice: "Notice",
      scores: "Scores",
      cases: "Rectification",
      inspections: "Inspections",
      repeats: "Repeats",
    },
    title: (company: string) => `To ${company}`,
    subject: (period: string) => `Customer service assessment, ${period}`,
    score: "Score",
    grade: "Grade",
    rank: "Rank",
    rankOf: (rank: number | null, n: number) => (rank === null ? `unranked (of ${n})` : `${rank} of ${n}`),
    change: "Change from last month (pts)",
    awaiting: "Cases awaiting written rectification",
    overdue: "of which overdue",
    reply: (date: string) => `Please reply in writing on the rectification of these cases by ${date}.`,
    awaitingCaption: "Cases awaiting written rectification (due dates)",
    rankCaption: "Ranking (other companies by rank only)",
    you: "Your company",
    other: "—",
    changeCaption: "Change from last month",
    lastMonth: "Last month",
    thisMonth: "This month",
    delta: "Change",
    casesCaption: "Rectification and notification (open or late)",
    inspectionsCaption: "Inspection findings and deductions",
    repeatsCaption: "Repeat complaints (same unit, same problem)",
    head: {
      rule: "Step",
      start: "Clock start",
      due: "Due",
      stop: "Done",
      status: "Status",
      late: "Late by",
      explain: "Explanation",
      date: "Date",
      item: "Item",
      problem: "Problem",
      deduction: "Points",
      rectifyBy: "Rectify by",
      rectifiedAt: "Rectified",
      kpi: "KPI",
    },
    none: "none this month",
    pointsOfPercent: (n: number) => `${n} pp`,
    fileName: (month: string, company: string) => `${company}-assessment-${month}.xlsx`,
  },
};

export interface CompanyPackOptions {
  lang: Lang;
}

/** Companies with a scorecard in the month, best first: one pack each. */
export function packCompanies(analysis: Analysis, month: string): string[] {
  return analysis.scorecards.monthly
    .filter((s) => s.month === month)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.company < b.company ? -1 : 1))
    .map((s) => s.company);
}

/** 青岛安居物业服务有限公司-客服考核-2026-10.xlsx; characters a file system refuses become "_". */
export function companyPackFileName(month: string, company: string, lang: Lang): string {
  return TEXTS[lang].fileName(month, company.replace(/[\\/:*?"<>|\s]+/g, "_"));
}

function cardOf(analysis: Analysis, month: string, company: string): MonthlyScorecard | undefined {
  return analysis.scorecards.monthly.find((s) => s.month === month && s.company === company);
}

function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const k = y * 12 + m - 2;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
}

/**
 * The pack's sheets. `company` must be one of the companies of the log (packCompanies); a name with no
 * scorecard in the month still gets a pack of its open cases.
 */
export function buildCompanyPack(
  whole: Analysis,
  month: string,
  company: string,
  opts: CompanyPackOptions,
): SheetDoc[] {
  // A closed month's pack is as known at its close, like its report.
  const analysis = analysisForMonth(whole, month);
  const { lang } = opts;
  const x = TEXTS[lang];
  const period = resolvePeriod({ month });
  // Scope: the company's cases only, everywhere in the pack.
  const own = (c: Case): boolean => c.propertyCompany === company;
  const scoped: Analysis = { ...analysis, cases: analysis.cases.filter(own) };
  const ctx = makeContext(scoped, lang, period, { masked: true, tablePrefix: "", sheetPrefix: "" });
  const t = ctx.t;
  const card = cardOf(analysis, month, company);
  const peers = analysis.scorecards.monthly.filter((s) => s.month === month);
  const before = cardOf(analysis, previousMonth(month), company);

  // Cases received by the period's end whose rectification is still running, as of the report's time.
  const byId = new Map(scoped.cases.map((c) => [c.id, c]));
  const entries = analysis.compliance.filter((e) => byId.has(e.caseId));
  const received = (e: ComplianceEntry): number => byId.get(e.caseId)!.receivedAt.at;
  const awaiting = entries
    .filter((e) => e.rule === "rectify" && OPEN.has(e.status) && received(e) < period.end)
    .sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || (a.caseId < b.caseId ? -1 : 1));
  // The reply date runs from the day the pack is made, whether or not its month is closed.
  const replyBy = formatDay(dayOf(whole.asOf) + REPLY_DAYS);
  const subtitle = [...ctx.subtitle, t.maskedNote];

  const caseRow = (e: ComplianceEntry): TableCell[] => {
    const c = byId.get(e.caseId)!;
    return [
      c.id,
      c.receivedAt.at,
      c.community,
      ctx.mask.text(c.unit),
      ctx.mask.text(c.description),
      e.dueAt,
      label(STATUS_LABELS, e.status, lang),
    ];
  };
  const caseColumns: ColumnSpec[] = [
    { header: fieldHeader("id", lang), kind: "text" },
    { header: fieldHeader("receivedAt", lang), kind: "datetime" },
    { header: fieldHeader("community", lang), kind: "text" },
    { header: fieldHeader("unit", lang), kind: "text" },
    { header: fieldHeader("description", lang), kind: "text", width: 40 },
    { header: x.head.rectifyBy, kind: "datetime" },
    { header: x.head.status, kind: "text", highlight: "status" },
  ];

  const notice: SheetDoc = {
    name: x.sheet.notice,
    title: x.title(company),
    subtitle: [x.subject(ctx.periodText), ...subtitle, x.reply(replyBy)],
    figures: [
      {
        label: x.score,
        value: card?.score ?? null,
        kind: "number",
        note: card ? gradeText(card.grade, lang) : t.noData,
      },
      { label: x.rank, value: card?.rank ?? null, kind: "integer", note: x.rankOf(card?.rank ?? null, peers.length) },
      { label: x.change, value: card?.change ?? null, kind: "number" },
      { label: x.awaiting, value: awaiting.length, kind: "integer" },
      { label: x.overdue, value: awaiting.filter((e) => e.status === "overdue").length, kind: "integer" },
    ],
    tables: [{ name: "Pack_Awaiting", caption: x.awaitingCaption, columns: caseColumns, rows: awaiting.map(caseRow) }],
    charts: [],
  };

  // Ranks: every company's rank and score, only this one named.
  const ranking: TableBlock = {
    name: "Pack_Ranking",
    caption: x.rankCaption,
    columns: [
      { header: t.head.rank, kind: "integer" },
      // 本公司（name）wraps over the KPI table's second column, whose points then stay on the page.
      { header: t.dim.company, kind: "text", width: 22, wrap: true },
      { header: t.head.score, kind: "number" },
      { header: t.head.grade, kind: "text", highlight: "grade" },
    ],
    rows: [...peers]
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.company === company ? -1 : 1))
      .map((s) => [
        s.rank,
        s.company === company ? `${x.you}（${company}）` : x.other,
        s.score,
        gradeText(s.grade, lang),
      ]),
  };
  const valueOf = (s: MonthlyScorecard | undefined, id: string): number | null => s?.kpis[id]?.value ?? null;
  const change: TableBlock = {
    name: "Pack_Change",
    caption: x.changeCaption,
    columns: [
      // A KPI's name wraps as in the KPI table above it (they share column A).
      { header: x.head.kpi, kind: "text", width: 18, wrap: true },
      { header: x.lastMonth, kind: "text" },
      { header: x.thisMonth, kind: "text" },
      { header: x.delta, kind: "text" },
    ],
    rows: [
      [x.score, before?.score ?? null, card?.score ?? null, card?.change ?? null].map((v) =>
        typeof v === "number" ? String(v) : v === null ? "" : v,
      ),
      ...KPI_DEFINITIONS.map((def) => {
        const a = valueOf(before, def.id);
        const b = valueOf(card, def.id);
        const show = (v: number | null): string =>
          v === null ? t.noData : def.kind === "rate" ? `${round1(v * 100)}%` : String(round1(v));
        const d =
          a === null || b === null ? "" : def.kind === "rate" ? `${round1((b - a) * 100)}%` : String(round1(b - a));
        return [def[lang], show(a), show(b), d !== "" && !d.startsWith("-") && !d.startsWith("0") ? `+${d}` : d];
      }),
    ],
  };
  const scores: SheetDoc = {
    name: x.sheet.scores,
    title: `${company} ${t.sheet.scorecards} ${ctx.periodText}`,
    subtitle: [...ctx.subtitle, ...scorecardNotes(ctx), ...scoreRules(ctx)],
    tables: [...(card ? [kpiDetailTable(ctx, "Pack_KPIs", card)] : []), change, ranking],
    charts: [],
  };

  // Its rectification and notification steps still open, or late, of the month's cases and any still running.
  const explain = analysisExplainer(analysis);
  const steps = entries
    .filter(
      (e) =>
        (PACK_RULES as readonly string[]).includes(e.rule) &&
        LATE_OR_OPEN.has(e.status) &&
        received(e) < period.end &&
        (OPEN.has(e.status) || received(e) >= period.start),
    )
    .sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || (a.caseId < b.caseId ? -1 : 1));
  const cases: SheetDoc = {
    name: x.sheet.cases,
    title: `${x.casesCaption} ${ctx.periodText}`,
    subtitle,
    tables: [
      {
        name: "Pack_Steps",
        columns: [
          // Every column prints on A4 landscape at 70 % or more: the texts wrap within set widths, the
          // explanation a property company reads its lateness in the widest of them.
          { header: fieldHeader("id", lang), kind: "text" },
          { header: x.head.rule, kind: "text", width: 12, wrap: true },
          { header: fieldHeader("community", lang), kind: "text", width: 11, wrap: true },
          { header: fieldHeader("unit", lang), kind: "text", width: 8, wrap: true },
          { header: x.head.start, kind: "datetime" },
          { header: x.head.due, kind: "datetime" },
          { header: x.head.stop, kind: "datetime" },
          { header: x.head.status, kind: "text", highlight: "status", width: 9 },
          { header: x.head.late, kind: "text", width: 10, wrap: true },
          { header: fieldHeader("description", lang), kind: "text", width: 13, wrap: true },
          { header: x.head.explain, kind: "text", width: 28, wrap: true },
        ],
        rows: steps.map((e) => {
          const c = byId.get(e.caseId)!;
          const why = explain(e);
          const verdict = why.steps[why.steps.length - 1];
          return [
            c.id,
            label(RULE_LABELS, e.rule, lang),
            c.community,
            ctx.mask.text(c.unit),
            e.startAt,
            e.dueAt,
            e.stopAt,
            label(STATUS_LABELS, e.status, lang),
            verdict.step === "verdict" && verdict.late ? verdict.late[lang] : "",
            ctx.mask.text(c.description),
            ctx.mask.text(why.text[lang]),
          ];
        }),
      },
    ],
    charts: [],
  };

  const found = analysis.inspections
    .filter((i) => i.propertyCompany === company && i.date >= period.start && i.date < period.end)
    .sort((a, b) => a.date - b.date);
  const inspections: SheetDoc = {
    name: x.sheet.inspections,
    title: `${x.inspectionsCaption} ${ctx.periodText}`,
    subtitle: ctx.subtitle,
    tables: [
      {
        name: "Pack_Inspections",
        columns: [
          { header: x.head.date, kind: "date" },
          { header: fieldHeader("community", lang), kind: "text" },
          { header: x.head.item, kind: "text" },
          { header: x.head.problem, kind: "text", width: 40 },
          { header: x.head.deduction, kind: "number" },
          { header: x.head.rectifyBy, kind: "date" },
          { header: x.head.rectifiedAt, kind: "date" },
        ],
        rows: found.map((i) => [
          i.date,
          i.community,
          i.item,
          ctx.mask.text(i.problem),
          i.deduction,
          i.rectifyBy,
          i.rectifiedAt === null ? null : i.rectifiedAt,
        ]),
        totals: true,
        totalsLabel: totalsLabel(ctx.lang),
      },
    ],
    charts: [],
  };

  const regs = ctx.registers;
  const repeatRows: TableCell[][] = [];
  for (let i = 0; i < regs.cases.length; i++) {
    const c = regs.cases[i];
    if (regs.repeat[i] !== 1 || !ctx.caseIds.has(c.id)) continue;
    repeatRows.push([
      c.id,
      c.receivedAt.at,
      c.community,
      ctx.mask.text(c.unit),
      regs.subcategory[i] ?? "",
      ctx.mask.text(c.description),
      c.completedAt?.at ?? null,
    ]);
  }
  const repeats: SheetDoc = {
    name: x.sheet.repeats,
    title: `${x.repeatsCaption} ${ctx.periodText}`,
    subtitle,
    tables: [
      {
        name: "Pack_Repeats",
        columns: [
          { header: fieldHeader("id", lang), kind: "text" },
          { header: fieldHeader("receivedAt", lang), kind: "datetime" },
          { header: fieldHeader("community", lang), kind: "text" },
          { header: fieldHeader("unit", lang), kind: "text" },
          { header: t.head.subcategory, kind: "text" },
          { header: fieldHeader("description", lang), kind: "text", width: 40 },
          { header: fieldHeader("completedAt", lang), kind: "datetime" },
        ],
        rows: repeatRows,
      },
    ],
    charts: [],
  };

  return [notice, scores, cases, inspections, repeats].map(clipSheetText);
}
