/**
 * Month close (月结, DESIGN §3): a month closes at a set instant after its end — by default the 5th of the next
 * month at 24:00 on the center's clock (Settings 中心 → 月结日). A closed month's figures, scorecards, data issues
 * and report are those known at its close: a time stamped after the close counts as not yet happened, a case
 * received after it is not there. So a closed month's report no longer depends on the day it is made.
 */
import type { Analysis } from "./analysis";
import { fold, isSection, plain, valueCell } from "./shared/settings-values";
import { CENTER_SECTION } from "./clock";
import {
  checkPauses,
  complianceWarnings,
  defaultDeadlineConfig,
  deliveryWarnings,
  evaluateCompliance,
} from "./deadlines";
import { msg } from "./messages";
import type {
  Case,
  ComplianceEntry,
  DateField,
  MonthlyScorecard,
  SettingsDefault,
  SettingsEntry,
  SettingsError,
} from "./model";
import { findRepeatComplaints } from "./registers";
import { buildScorecards, DEFAULT_SCORING } from "./scorecard";
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
export function analysisAt(a: Analysis, at: LocalMinutes): Analysis {
  const cases = a.cases.filter((c) => c.receivedAt.at <= at).map((c) => caseAt(c, at));
  const ids = new Set(cases.map((c) => c.id));
  const config = a.deadlineConfig ?? defaultDeadlineConfig();
  const pauses = checkPauses(a.pauses?.rows ?? [], cases, config, at);
  const compliance = complianceAt(a, cases, at, (judged) =>
    evaluateCompliance(judged, config, at, { pauses: pauses.byCase, deliveryColumn: a.deliveryColumn !== false }),
  );
  const repeatCaseIds = findRepeatComplaints(cases, a.repeatWindowDays);
  const scorecards = buildScorecards({
    cases,
    compliance,
    communities: a.communities,
    inspections: a.inspections.filter((i) => i.date <= at),
    config: a.scoringConfig ?? DEFAULT_SCORING,
    annual: a.yearEnd?.rule,
    repeatCaseIds,
  });
  return {
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
}

/** Each case's entries in the analysis, by case id (made once per analysis). */
const entriesByCase = new WeakMap<Analysis, Map<string, ComplianceEntry[]>>();
function entriesOf(a: Analysis): Map<string, ComplianceEntry[]> {
  let m = entriesByCase.get(a);
  if (m === undefined) {
    m = new Map();
    for (const e of a.compliance) {
      const list = m.get(e.caseId);
      if (list === undefined) m.set(e.caseId, [e]);
      else list.push(e);
    }
    entriesByCase.set(a, m);
  }
  return m;
}

/**
 * The deadline entries at `at`: a case unchanged at `at` (nothing stamped later), without pauses, whose every
 * clock had stopped by `at` keeps its entries as they are (a stopped clock's verdict does not depend on the
 * instant it is judged at); every other case is judged again. Most of a long log is settled long before a
 * month's close, so a closed month costs the work of its open cases. `judge` evaluates the others.
 */
export function complianceAt(
  a: Analysis,
  cases: readonly Case[],
  at: LocalMinutes,
  judge: (cases: readonly Case[]) => ComplianceEntry[],
): ComplianceEntry[] {
  const byCase = entriesOf(a);
  const original = new Map<string, Case | null>();
  // An id on two cases (a duplicate kept) is judged again: its entries cannot be told apart by id.
  for (const c of a.cases) original.set(c.id, original.has(c.id) ? null : c);
  const paused = new Set((a.pauses?.rows ?? []).map((p) => p.caseId));
  const settled = (c: Case): boolean =>
    original.get(c.id) === c &&
    !paused.has(c.id) &&
    (byCase.get(c.id) ?? []).every(
      (e) => (e.status === "met" || e.status === "breached") && e.stopAt !== null && e.stopAt <= at,
    );
  const again = judge(cases.filter((c) => !settled(c)));
  const judged = new Map<string, ComplianceEntry[]>();
  for (const e of again) {
    const list = judged.get(e.caseId);
    if (list === undefined) judged.set(e.caseId, [e]);
    else list.push(e);
  }
  const out: ComplianceEntry[] = [];
  for (const c of cases) for (const e of (settled(c) ? byCase.get(c.id) : judged.get(c.id)) ?? []) out.push(e);
  return out;
}

/**
 * The analysis a month is shown from: at its close when the month is closed at `a.asOf`, else `a` itself
 * (also for an analysis made without the pipeline, which carries no rules to judge again with). The last
 * few asked for are kept (the pane asks on every render); not all, since each holds its own entries.
 */
const recent: { a: Analysis; month: string; at: Analysis }[] = [];
const KEEP = 3;
export function analysisForMonth(a: Analysis, month: string): Analysis {
  const s = monthState(month, a.asOf, a.monthCloseDay);
  // An analysis made by hand (no rules it was judged with) cannot be judged again: it is shown as it is.
  if (s.state === "open" || a.deadlineConfig === undefined) return a;
  const hit = recent.find((r) => r.a === a && r.month === month);
  if (hit) return hit.at;
  const at = analysisAt(a, closeInstant(month, a.monthCloseDay));
  recent.unshift({ a, month, at });
  recent.length = Math.min(recent.length, KEEP);
  return at;
}

/**
 * A closed month as known at its close, for its key figures, judged over the cases those figures can
 * depend on: the cases received from a year and a month before it (its comparisons, with the repeat window)
 * and any older case not yet finished then — not completed before that start, or with a deadline that ran
 * past it. The figures are those of the whole log judged at the close (a test checks every closed month of
 * the sample), at the work of the months concerned instead of the whole log.
 */
export function analysisForMonthFigures(a: Analysis, month: string): Analysis {
  if (monthState(month, a.asOf, a.monthCloseDay).state === "open" || a.deadlineConfig === undefined) return a;
  const [y, m] = month.split("-").map(Number);
  // The first day of the month thirteen months before, less the repeat window.
  const back = y * 12 + (m - 1) - 13;
  const from = startOfDay(dayNumber(Math.floor(back / 12), (back % 12) + 1, 1)) - (a.repeatWindowDays + 1) * 24 * 60;
  const unfinished = new Set<string>();
  for (const e of a.compliance) {
    const stoppedBefore = (e.status === "met" || e.status === "breached") && e.stopAt !== null && e.stopAt <= from;
    const neverRuns = e.status === "unknown" || e.status === "not-applicable";
    if (!stoppedBefore && !neverRuns) unfinished.add(e.caseId);
  }
  const cases = a.cases.filter(
    (c) => c.receivedAt.at >= from || c.completedAt === null || c.completedAt.at > from || unfinished.has(c.id),
  );
  return analysisAt({ ...a, cases }, closeInstant(month, a.monthCloseDay));
}

/** Every monthly scorecard of the analysis, a closed month's as known at its close. */
export function monthlyScorecardsAsClosed(a: Analysis): MonthlyScorecard[] {
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
 * month's cells count the cases received in it (build.ts), its change compares with the month before, and a
 * repeat looks back over the repeat window. So the month, the one before and that window before them — the
 * same cards as the whole analysis judged at the close gives, at a fraction of the work on a long log.
 */
export function closedMonthScorecards(a: Analysis, month: string): MonthlyScorecard[] {
  const [y, m] = month.split("-").map(Number);
  const previous = m === 1 ? dayNumber(y - 1, 12, 1) : dayNumber(y, m - 1, 1);
  const from = startOfDay(previous) - (a.repeatWindowDays + 1) * 24 * 60;
  const window: Analysis = { ...a, cases: a.cases.filter((c) => c.receivedAt.at >= from) };
  return analysisAt(window, closeInstant(month, a.monthCloseDay)).scorecards.monthly.filter((k) => k.month === month);
}
