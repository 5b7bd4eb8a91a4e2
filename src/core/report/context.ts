/**
 * What every sheet builder of a report needs: the analysis, the language, the cases and deadline
 * entries in scope, the registers, the masking, and how names and times are written.
 */
import type { Analysis, RuleInfo } from "../analysis";
import { label, RULE_LABELS, type Lang } from "../labels";
import type { Case, ComplianceEntry } from "../model";
import { buildRegisters, type Registers } from "../registers";
import { monthState, yearState, type MonthState } from "../month-close";
import { dayOf, formatDay, formatMinutes, MINUTES_PER_DAY, parseIsoMinutes, type LocalMinutes } from "../time";
import { makeMasker, NO_MASK, type Masker } from "./mask";
import { periodText } from "./period-text";
import type { ResolvedPeriod } from "../shared/period";
import { texts, type Texts } from "./text";

export interface ReportContext {
  analysis: Analysis;
  lang: Lang;
  t: Texts;
  mask: Masker;
  /** null: the whole log (the sheets Casebook writes into the clerk's workbook). */
  period: ResolvedPeriod | null;
  /** Cases in scope, in log order. */
  cases: Case[];
  caseIds: ReadonlySet<string>;
  /** Deadline entries of the cases in scope. */
  compliance: ComplianceEntry[];
  /** The period's cases and those of the repeat window before it, so a repeat is recognised across the period's start. */
  registers: Registers;
  /** Prefix of every table name: "" in a report, "CB_" in the clerk's workbook (never clashes with theirs). */
  tablePrefix: string;
  /** Prefix of every sheet name. */
  sheetPrefix: string;
  /** 2026年10月, or "" for the whole log. */
  periodText: string;
  /** Period (or whole-log) line and as-of line, under every sheet's title. */
  subtitle: string[];
}

export function makeContext(
  analysis: Analysis,
  lang: Lang,
  period: ResolvedPeriod | null,
  opts: { masked: boolean; tablePrefix: string; sheetPrefix: string },
): ReportContext {
  const t = texts(lang);
  const cases =
    period === null
      ? analysis.cases
      : analysis.cases.filter((c) => c.receivedAt.at >= period.start && c.receivedAt.at < period.end);
  const caseIds = new Set(cases.map((c) => c.id));
  const compliance = period === null ? analysis.compliance : analysis.compliance.filter((e) => caseIds.has(e.caseId));
  // The analysis found the repeats over the whole log once; without them, the registers find them again, which
  // needs the period and the repeat window before it (a repeat looks back at most that far).
  const known = analysis.repeatCaseIds;
  const lookback = period === null ? null : period.start - (analysis.repeatWindowDays + 1) * MINUTES_PER_DAY;
  const registerCases =
    known !== undefined
      ? cases
      : lookback === null || period === null
        ? analysis.cases
        : analysis.cases.filter((c) => c.receivedAt.at >= lookback && c.receivedAt.at < period.end);
  const registers = buildRegisters(registerCases, compliance, {
    repeatWindowDays: analysis.repeatWindowDays,
    rules: analysis.keywordRules,
    ...(known === undefined ? {} : { repeatCaseIds: known }),
  });
  const subtitle = [
    period === null
      ? t.wholeLog(cases.length)
      : t.periodLine(formatDay(dayOf(period.start)), formatDay(dayOf(period.end) - 1)),
    t.asOfLine(timeText(analysis.asOf)),
    // A month is marked closed (its figures as of its close) or still open, with its close date.
    ...(period?.kind === "month"
      ? [closeLine(t.closedLine, t.openLine, monthState(period.key, analysis.asOf, analysis.monthCloseDay))]
      : []),
    ...(period?.kind === "year"
      ? [
          closeLine(
            t.yearClosedLine,
            t.yearOpenLine,
            yearState(Number(period.key), analysis.asOf, analysis.monthCloseDay),
          ),
        ]
      : []),
  ];
  return {
    analysis,
    lang,
    t,
    mask: opts.masked ? makeMasker(analysis.cases, true) : NO_MASK,
    period,
    cases,
    caseIds,
    compliance,
    registers,
    tablePrefix: opts.tablePrefix,
    sheetPrefix: opts.sheetPrefix,
    periodText: period === null ? "" : periodText(period, lang),
    subtitle,
  };
}

/** Whether a month (or a year, which closes with its December) is closed, in the report's words. */
function closeLine(closed: (at: string) => string, open: (at: string) => string, s: MonthState): string {
  const at = endText(parseIsoMinutes(s.closesAt) ?? 0);
  return s.state === "closed" ? closed(at) : open(at);
}

/** `2026-10-31 17:00`. */
export function timeText(m: LocalMinutes): string {
  return formatMinutes(m).replace("T", " ");
}

/** An end-of-day instant as people say it: 2026-11-01 00:00 → `2026-10-31 24:00`. */
export function endText(m: LocalMinutes): string {
  return m % MINUTES_PER_DAY === 0 ? `${formatDay(dayOf(m) - 1)} 24:00` : timeText(m);
}

export function tableName(ctx: ReportContext, name: string): string {
  return `${ctx.tablePrefix}${name}`;
}

export function sheetName(ctx: ReportContext, name: string): string {
  return `${ctx.sheetPrefix}${name}`;
}

/** A sheet's title: what it shows, then the period when there is one. */
export function sheetTitle(ctx: ReportContext, what: string): string {
  return ctx.periodText === "" ? what : ctx.t.sheetTitle(what, ctx.periodText);
}

export function ruleName(id: string, lang: Lang): string {
  return label(RULE_LABELS, id, lang);
}

export function unitText(ctx: ReportContext, unit: RuleInfo["unit"]): string {
  return unit === "hours" ? ctx.t.hours : ctx.t.days;
}

/** A rule's limit in the words of its clock: 8 工作小时, 3 个工作日 … */
export function limitText(ctx: ReportContext, rule: RuleInfo): string {
  return rule.clock === "absolute" || rule.limit <= 0 ? ctx.t.agreedDate : `${rule.limit} ${ctx.t.clocks[rule.clock]}`;
}

/** A share as text: 93.1%, or the no-data word. */
export function percentText(value: number | null, t: Texts): string {
  return value === null ? t.noData : `${(value * 100).toFixed(1)}%`;
}

/** Relative change as text (+2.7%), null when the base is zero. */
export function changeText(now: number, before: number): string | null {
  if (before === 0) return null;
  const pct = ((now - before) / before) * 100;
  return `${pct >= 0 ? "+" : ""}${pct.toFixed(1)}%`;
}
