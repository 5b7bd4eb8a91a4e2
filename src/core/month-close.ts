/**
 * Month close (月结, DESIGN §3): a month closes at a set instant after its end — by default the 5th of the next
 * month at 24:00 on the center's clock (Settings 中心 → 月结日). A closed month's figures, scorecards, data issues
 * and report are those known at its close: a time stamped after the close counts as not yet happened, a case
 * received after it is not there. So a closed month's report no longer depends on the day it is made.
 */
import type { Analysis } from "./analysis";
import { fold, isSection, plain, valueCell } from "./shared/settings-values";
import { CENTER_SECTION } from "./clock";
import { compileCalendar } from "./calendar";
import {
  caseJudge,
  checkPauses,
  complianceWarnings,
  defaultDeadlineConfig,
  deliveryWarnings,
  overdueAt,
} from "./deadlines";
import { msg } from "./messages";
import type { FiguresSource } from "./figures";
import {
  DATE_FIELDS,
  type Case,
  type ComplianceEntry,
  type DateField,
  type MonthlyScorecard,
  type SettingsDefault,
  type SettingsEntry,
  type SettingsError,
  type YearlyScorecard,
} from "./model";
import { findRepeatComplaints } from "./registers";
import { caseLocator } from "./shared/case-locator";
import { buildScorecards, DEFAULT_BANDS, DEFAULT_SCORING, DEFAULT_YEAR_END, withMonthScores } from "./scorecard";
import { dayNumber, formatMinutes, startOfDay, type LocalMinutes } from "./time";

export const DEFAULT_CLOSE_DAY = 5;
const CLOSE_KEYS = ["月结日", "月结", "month close", "close day"].map(fold);

export function monthCloseSettingsDefaults(): SettingsDefault[] {
  return [
    {
      section: CENTER_SECTION.zh,
      key: "月结日",
      value: String(DEFAULT_CLOSE_DAY),
      source: "中心设定",
      note: "次月几日 24:00 结账（1–28）；已结月份的数字按结账时点计算，不再随出报告的日子变化",
    },
  ];
}

export function readMonthCloseSettings(entries: readonly SettingsEntry[]): {
  closeDay: number;
  errors: SettingsError[];
} {
  let closeDay = DEFAULT_CLOSE_DAY;
  const errors: SettingsError[] = [];
  for (const e of entries) {
    if (!isSection(e.section, CENTER_SECTION.zh, CENTER_SECTION.en) || !CLOSE_KEYS.includes(fold(e.key))) continue;
    const m = /^(\d{1,2})\s*(日|号)?$/.exec(plain(e.value));
    const day = m ? Number(m[1]) : NaN;
    if (day >= 1 && day <= 28) closeDay = day;
    else
      errors.push({
        cell: valueCell(e.row),
        message: msg("settings.close-day", { value: e.value, kept: DEFAULT_CLOSE_DAY }),
      });
  }
  return { closeDay, errors };
}

/** The close instant of month `YYYY-MM`: the end (24:00) of day `closeDay` of the next month. */
export function closeInstant(month: string, closeDay: number = DEFAULT_CLOSE_DAY): LocalMinutes {
  const [y, m] = month.split("-").map(Number);
  return startOfDay(dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, closeDay) + 1);
}

export interface MonthState {
  month: string;
  state: "closed" | "open";
  /** The close instant, `YYYY-MM-DDTHH:mm` (the end of the close day, written as the next day's 00:00). */
  closesAt: string;
}

/** Whether `month` is closed at `asOf`, and when it closes. */
export function monthState(month: string, asOf: LocalMinutes, closeDay: number = DEFAULT_CLOSE_DAY): MonthState {
  const at = closeInstant(month, closeDay);
  return { month, state: asOf >= at ? "closed" : "open", closesAt: formatMinutes(at) };
}

/**
 * A year closes with its December (a year-end assessment is final when its last month is): `closesAt` is
 * December's close. `month` is the December, `YYYY-12`.
 */
export function yearState(year: number, asOf: LocalMinutes, closeDay: number = DEFAULT_CLOSE_DAY): MonthState {
  return monthState(`${year}-12`, asOf, closeDay);
}

/** Fields that describe a step and go with its date: unknown until the step's date is known. */
const STAMPED: readonly Exclude<DateField, "receivedAt" | "agreedAt">[] = [
  "notifiedAt",
  "designIssuedAt",
  "completedAt",
  "repliedAt",
  "followUpAt",
];

/** A case as it stood at `at`: every step stamped later not yet done (the agreed date is a plan and stays). */
function caseAt(c: Case, at: LocalMinutes): Case {
  if (!STAMPED.some((f) => (c[f]?.at ?? -Infinity) > at)) return c;
  const k: Case = { ...c };
  for (const f of STAMPED) if ((k[f]?.at ?? -Infinity) > at) k[f] = null;
  if (k.completedAt === null && c.completedAt !== null) k.verification = null;
  if (k.followUpAt === null && c.followUpAt !== null) {
    k.satisfaction = null;
    k.followUpMethod = null;
    k.followUpNotes = "";
    k.followUpBy = "";
  }
  if (k.notifiedAt === null && c.notifiedAt !== null) delete k.deliveryKind;
  return k;
}

/**
 * Warnings that depend on the instant judged at: recomputed for the close (pauses, written delivery), or left
 * out (cases and inspections after the analysis' as-of are after the close too: not yet happened, not issues).
 */
const RECOMPUTED_WARNINGS = new Set([
  "holidays.missing",
  "pauses.not-applied",
  "delivery.unstated",
  "log.after-as-of",
  "inspections.after-as-of",
]);

/**
 * The analysis as it was known at `at` (a month's close): cases received by then, each step stamped later not
 * yet done; deadlines, pauses and scorecards judged at `at`; the data issues of those cases. Made from the
 * analysis itself, without reading the workbook again.
 */
const judgedAtInstant = new WeakSet<Analysis>();
export function analysisAt(a: Analysis, at: LocalMinutes): Analysis {
  const { cases, compliance } = judgedAt(a, at, () => true);
  const ids = new Set(cases.map((c) => c.id));
  const config = a.deadlineConfig ?? defaultDeadlineConfig();
  const pauses = checkPauses(a.pauses?.rows ?? [], cases, config, at);
  const repeatCaseIds = repeatsAmong(a, cases);
  const scorecards = scorecardsAt(a, at, cases, compliance, repeatCaseIds);
  const judged: Analysis = {
    ...a,
    asOf: at,
    cases,
    rejected: a.rejected.filter((r) => r.afterAsOf !== true),
    cellIssues: a.cellIssues.filter((i) => ids.has(i.caseId)),
    unconfirmed: a.unconfirmed.filter((id) => ids.has(id)),
    compliance,
    pauses: { rows: a.pauses?.rows ?? [], applied: pauses.byCase },
    scorecards,
    repeatCaseIds,
    warnings: [
      ...a.warnings.filter((w) => !RECOMPUTED_WARNINGS.has(w.id)),
      ...complianceWarnings(cases, config),
      ...pauses.issues,
      ...deliveryWarnings(compliance),
    ],
  };
  judgedAtInstant.add(judged);
  return judged;
}

/** What judging an analysis again at an earlier instant needs to know of each of its cases (by case index). */
interface CaseHistory {
  /** The case's entries in the analysis. */
  entries: ComplianceEntry[][];
  /**
   * Its receipt and completion instants (+Infinity when not completed), beside the case records: a month's
   * close looks at every case, and reading two numbers in a row costs far less than visiting each record.
   */
  received: Float64Array;
  completed: Float64Array;
  /**
   * From when the case's entries follow from the analysis' own without judging it again: its latest date (every
   * date it was judged on is known then, none later); +Infinity when an entry's verdict depends on the instant
   * beyond its lateness (a clock running in time, a pause), or its id is on another case too.
   */
  stableFrom: Float64Array;
  /** The latest due of its overdue entries (-Infinity without): they stay overdue at any instant past it. */
  overdueDue: Float64Array;
  /** From when the case is finished — completed, every clock that runs stopped — or +Infinity. */
  finishedFrom: Float64Array;
}

const histories = new WeakMap<Analysis, CaseHistory>();

/**
 * Made once per analysis. A case with nothing dated after an instant and no pause is judged then on the same
 * dates as at as-of: a stopped clock (met, breached) and an undecidable one (unknown) come out the same; a clock
 * overdue at as-of is overdue still when the instant is past its due, late by the time to that instant. Only a
 * clock running in time at as-of (open, due soon, paused) depends on the instant in another way.
 */
function historyOf(a: Analysis): CaseHistory {
  let h = histories.get(a);
  if (h !== undefined) return h;
  const n = a.cases.length;
  const rules = new Set((a.deadlineConfig ?? defaultDeadlineConfig()).rules.map((r) => r.id));
  const entries: ComplianceEntry[][] = Array.from({ length: n }, () => []);
  const stableFrom = new Float64Array(n);
  const overdueDue = new Float64Array(n).fill(-Infinity);
  const finishedFrom = new Float64Array(n);
  const received = new Float64Array(n);
  const completed = new Float64Array(n);
  const seen = new Map<string, number>();
  const paused = new Set((a.pauses?.rows ?? []).map((p) => p.caseId));
  for (let i = 0; i < n; i++) {
    const c = a.cases[i];
    let latest = -Infinity;
    for (const f of DATE_FIELDS) latest = Math.max(latest, c[f]?.at ?? -Infinity);
    stableFrom[i] = paused.has(c.id) ? Infinity : latest;
    received[i] = c.receivedAt.at;
    completed[i] = finishedFrom[i] = c.completedAt === null ? Infinity : c.completedAt.at;
    const first = seen.get(c.id);
    if (first === undefined) seen.set(c.id, i);
    else stableFrom[i] = stableFrom[first] = finishedFrom[i] = finishedFrom[first] = Infinity;
  }
  const locate = caseLocator(a.cases);
  for (const e of a.compliance) {
    const i = locate(e.caseId);
    if (i < 0) continue;
    entries[i].push(e);
    const stopped = (e.status === "met" || e.status === "breached") && e.stopAt !== null;
    if (e.status === "overdue" && e.dueAt !== null) overdueDue[i] = Math.max(overdueDue[i], e.dueAt);
    else if (!stopped && e.status !== "unknown") stableFrom[i] = Infinity;
    if (!rules.has(e.rule)) stableFrom[i] = Infinity;
    if (stopped) finishedFrom[i] = Math.max(finishedFrom[i], e.stopAt as LocalMinutes);
    else if (e.status !== "unknown" && e.status !== "not-applicable") finishedFrom[i] = Infinity;
  }
  h = { entries, received, completed, stableFrom, overdueDue, finishedFrom };
  histories.set(a, h);
  return h;
}

/**
 * The cases `keep` picks (by index) among those received by `at`, as they stood then, and their entries judged
 * at `at` — the same as judging them all again (tests check it on the sample and on random logs), but a case
 * whose entries follow from the analysis' own (historyOf) takes them from there. Most of a long log is settled
 * or long overdue at a month's close, so a closed month costs the work of the cases still moving then.
 */
function judgedAt(
  a: Analysis,
  at: LocalMinutes,
  keep: (i: number) => boolean,
): { cases: Case[]; compliance: ComplianceEntry[] } {
  const h = historyOf(a);
  const config = a.deadlineConfig ?? defaultDeadlineConfig();
  const cases: Case[] = [];
  /** Per case kept: its index when its entries are taken from the analysis, -1 when it is judged again. */
  const from: number[] = [];
  const again: Case[] = [];
  const { received, stableFrom, overdueDue } = h;
  for (let i = 0; i < received.length; i++) {
    if (received[i] > at || !keep(i)) continue;
    const c = a.cases[i];
    if (stableFrom[i] <= at && at > overdueDue[i]) {
      cases.push(c);
      from.push(i);
    } else {
      const k = caseAt(c, at);
      cases.push(k);
      again.push(k);
      from.push(-1);
    }
  }
  // A case's pauses depend on its own rows only, so those of the cases judged again are all judging needs.
  const pauses = checkPauses(a.pauses?.rows ?? [], again, config, at);
  const judge = caseJudge(config, at, { pauses: pauses.byCase, deliveryColumn: a.deliveryColumn !== false });
  const cal = compileCalendar(config.calendar);
  const rules = new Map(config.rules.map((r) => [r.id, r]));
  const compliance: ComplianceEntry[] = [];
  for (let k = 0; k < cases.length; k++) {
    const i = from[k];
    if (i < 0) judge(cases[k], compliance);
    else
      for (const e of h.entries[i])
        compliance.push(e.status === "overdue" ? overdueAt(cal, rules.get(e.rule)!, e, at) : e);
  }
  return { cases, compliance };
}

/**
 * The analysis a month is shown from: at its close when the month is closed at `a.asOf`, else `a` itself
 * (also for an analysis made without the pipeline, which carries no rules to judge again with). The last
 * few asked for are kept (the pane asks on every render); not all, since each holds its own entries.
 */
const recent: { a: Analysis; month: string; at: Analysis }[] = [];
const KEEP = 3;
export function analysisForMonth(a: Analysis, month: string): Analysis {
  return closedAt(a, month);
}

/**
 * The analysis a year is shown from: at December's close once that has passed (`yearState`), else `a` — the
 * same analysis as its December's.
 */
export function analysisForYear(a: Analysis, year: number): Analysis {
  return closedAt(a, `${year}-12`);
}

function closedAt(a: Analysis, closingMonth: string): Analysis {
  const s = monthState(closingMonth, a.asOf, a.monthCloseDay);
  // An analysis made by hand (no rules it was judged with) cannot be judged again: it is shown as it is.
  if (s.state === "open" || a.deadlineConfig === undefined) return a;
  const close = closeInstant(closingMonth, a.monthCloseDay);
  // Already judged at the close (a closed month's or year's analysis asked again): itself.
  if (close === a.asOf && judgedAtInstant.has(a)) return a;
  const hit = recent.find((r) => r.a === a && r.month === closingMonth);
  if (hit) return hit.at;
  const at = analysisAt(a, close);
  recent.unshift({ a, month: closingMonth, at });
  recent.length = Math.min(recent.length, KEEP);
  return at;
}

/**
 * Every yearly scorecard of the analysis, a closed year's as known at its close (December's); each month's
 * score beside it is the month's own, as its report gives it (`monthlyScorecardsAsClosed`), and so is a mean
 * of the months (Settings 年终考核 / 年度得分 = 月均分).
 */
export function yearlyScorecardsAsClosed(a: Analysis): YearlyScorecard[] {
  const monthly = monthlyScorecardsAsClosed(a);
  const years = new Map<number, YearlyScorecard[]>();
  for (const year of new Set(a.scorecards.yearly.map((s) => s.year))) {
    const judged = analysisForYear(a, year).scorecards.yearly.filter((s) => s.year === year);
    const rule = a.yearEnd?.rule ?? DEFAULT_YEAR_END.rule;
    years.set(year, withMonthScores(judged, monthly, rule, a.scoringConfig?.bands ?? DEFAULT_BANDS));
  }
  return a.scorecards.yearly.map((s) => years.get(s.year)?.find((k) => k.company === s.company) ?? s);
}

/**
 * A closed month as known at its close, for its key figures, judged over the cases those figures can depend
 * on: the cases received from the start of the month before (its comparison), any older case not yet finished
 * then — not completed before that start, or with a deadline that ran past it (open or overdue at the month's
 * end or the close, completed in the month) — and, for each company, one older case (the figures ask whether
 * the log reaches back before the month). The figures are those of the whole log judged at the close, for
 * the whole center and each company (tests check every closed month of the sample and of random logs), at
 * the work of the cases still moving instead of the whole log. Only what the key figures read is given (the
 * cases and entries at the close), not a whole analysis.
 */
export function analysisForMonthFigures(a: Analysis, month: string): FiguresSource {
  if (monthState(month, a.asOf, a.monthCloseDay).state === "open" || a.deadlineConfig === undefined) return a;
  const [y, m] = month.split("-").map(Number);
  const from = startOfDay(m === 1 ? dayNumber(y - 1, 12, 1) : dayNumber(y, m - 1, 1));
  const { received, finishedFrom } = historyOf(a);
  const earlier = new Set<string | null>();
  const at = closeInstant(month, a.monthCloseDay);
  const known = judgedAt(a, at, (i) => {
    if (received[i] >= from || finishedFrom[i] > from) return true;
    const company = a.cases[i].propertyCompany;
    if (earlier.has(company)) return false;
    earlier.add(company);
    return true;
  });
  return { asOf: at, cases: known.cases, compliance: known.compliance, rules: a.rules };
}

/** Every monthly scorecard of the analysis, a closed month's as known at its close (made once per analysis). */
const asClosed = new WeakMap<Analysis, MonthlyScorecard[]>();
export function monthlyScorecardsAsClosed(a: Analysis): MonthlyScorecard[] {
  let cards = asClosed.get(a);
  if (cards === undefined) asClosed.set(a, (cards = judgeMonthlyAsClosed(a)));
  return [...cards];
}

function judgeMonthlyAsClosed(a: Analysis): MonthlyScorecard[] {
  const months = new Map<string, MonthlyScorecard[]>();
  return a.scorecards.monthly.map((s) => {
    if (monthState(s.month, a.asOf, a.monthCloseDay).state === "open" || a.deadlineConfig === undefined) return s;
    let cards = months.get(s.month);
    if (!cards) months.set(s.month, (cards = closedMonthScorecards(a, s.month)));
    return cards.find((k) => k.company === s.company) ?? s;
  });
}

/**
 * A closed month's scorecards as known at its close, judged from the cases they can depend on only: a
 * month's cells count the cases received in it (build.ts) and the complaints and repairs completed in it (the
 * follow-up rates), and its change compares with the month before. So the cases received in the month and the
 * one before, and those completed in the two months whenever received; repeats are the whole log's
 * (repeatsAmong). The same cards as the whole analysis judged at the close gives (tests check the sample's
 * closed months and random logs), at a fraction of the work on a long log.
 */
export function closedMonthScorecards(a: Analysis, month: string): MonthlyScorecard[] {
  const [y, m] = month.split("-").map(Number);
  const from = startOfDay(m === 1 ? dayNumber(y - 1, 12, 1) : dayNumber(y, m - 1, 1));
  const at = closeInstant(month, a.monthCloseDay);
  const { received, completed } = historyOf(a);
  const { cases, compliance } = judgedAt(
    a,
    at,
    (i) => received[i] >= from || (completed[i] >= from && completed[i] <= at),
  );
  // Asked only of the cases given, all received by the close: the whole log's set answers as repeatsAmong.
  const repeats = a.repeatCaseIds ?? findRepeatComplaints(cases, a.repeatWindowDays);
  return scorecardsAt(a, at, cases, compliance, repeats).monthly.filter((k) => k.month === month);
}

/** The scorecards of cases and entries judged at `at`, with the analysis' settings and the inspections by then. */
function scorecardsAt(
  a: Analysis,
  at: LocalMinutes,
  cases: readonly Case[],
  compliance: readonly ComplianceEntry[],
  repeatCaseIds: ReadonlySet<string>,
) {
  return buildScorecards({
    cases,
    compliance,
    communities: a.communities,
    inspections: a.inspections.filter((i) => i.date <= at),
    config: a.scoringConfig ?? DEFAULT_SCORING,
    annual: a.yearEnd?.rule,
    repeatCaseIds,
  });
}

/**
 * The repeat complaints among some of the analysis' cases, as the whole log flags them: a case is a repeat by
 * the cases received before it only (../registers), so a case received by a month's close is flagged then as
 * at as-of, and a window of cases needs no look back of its own.
 */
function repeatsAmong(a: Analysis, cases: readonly Case[]): ReadonlySet<string> {
  const all = a.repeatCaseIds;
  if (all === undefined) return findRepeatComplaints(cases, a.repeatWindowDays);
  const out = new Set<string>();
  for (const c of cases) if (all.has(c.id)) out.add(c.id);
  return out;
}
