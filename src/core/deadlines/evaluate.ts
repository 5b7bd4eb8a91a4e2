/**
 * Compliance of every case with every rule that applies to it, judged at an as-of instant.
 *
 * Decisions (DESIGN §3 leaves them to us; tests pin them):
 * - Only what was recorded by as-of counts: a case received after as-of gets no entries; a stop dated after
 *   as-of is ignored (the clock is still running); a start dated after as-of has not happened yet (`unknown`,
 *   the start is missing as of then); a date field a rule needs to be filled (e.g. Completed for follow-up)
 *   counts only when dated by as-of. The agreed completion date is a target, not an event, and always counts.
 * - Entries are emitted only for rules that apply. Cases a rule does not apply to get no entry unless
 *   `includeNotApplicable` is set (a per-case view); this keeps the JSON lean.
 * - When the cell that decides whether a rule applies is invalid (e.g. an unreadable 责任单位) and the other
 *   conditions hold, the entry is `unknown` with the cell's reason: the manager must see the gap.
 * - A stop cell holding only a date (no time) is taken at the end of that day: the stop happened some time
 *   that day, so it is in time only if the whole day is. The stop reported is that end of day (`D+1 00:00`).
 *   A start holding only a date is taken at 00:00 (hour clocks then start at that day's opening).
 * - A stop before its start is inconsistent data: `unknown` with the reason.
 * - `due-soon` measures the share of the limit used in the rule's own clock: working minutes for
 *   working-hours rules; for day rules, days since the end of the start day (the start day is not counted);
 *   for the agreed date, the share of the time from 受理时间 to the agreed date.
 * - A stop exactly at the due instant is `met`; a running case is `overdue` only once as-of is past due.
 * - Lateness is in the rule's unit (working hours for working-hours rules), 2 decimals. A working-hours
 *   stop after the due instant but before the next opening is `breached` with lateness 0: the instant
 *   passed while the center's clock was not running.
 */
import type { Case, ComplianceEntry, DateField, Stamp } from "../model";
import { dayOf, formatMinutes, startOfDay, type LocalMinutes } from "../time";
import { dueAfter, measure, round2 } from "./clocks";
import { FIELD_LABELS } from "./fields";
import type { DeadlineConfig, DeadlineRule } from "./rules";

export interface EvaluateOptions {
  /** Also emit `not-applicable` entries for rules that do not apply (default false). */
  includeNotApplicable?: boolean;
}

type Applies = { kind: "yes" } | { kind: "no" } | { kind: "unknown"; reason: string };
const YES: Applies = { kind: "yes" };
const NO: Applies = { kind: "no" };

function invalidReason(c: Case, field: keyof Case["invalid"], label: string): string | null {
  const why = c.invalid[field];
  return why === undefined ? null : `${label}无效：${why}`;
}

/** A date of the case as known at as-of (null when blank, invalid or dated after as-of). */
function known(c: Case, field: DateField, asOf: LocalMinutes): Stamp | null {
  const s = c[field];
  return s !== null && s.at <= asOf ? s : null;
}

function applies(rule: DeadlineRule, c: Case, asOf: LocalMinutes): Applies {
  const a = rule.appliesTo;
  const unknown: string[] = [];
  if (a.categories && !a.categories.includes(c.category)) return NO;
  if (a.responsible) {
    if (c.responsible === null) {
      const why = invalidReason(c, "responsible", "责任单位");
      if (why === null) return NO;
      unknown.push(why);
    } else if (!a.responsible.includes(c.responsible)) return NO;
  }
  if (a.channels) {
    if (c.channel === null) {
      const why = invalidReason(c, "channel", "来源渠道");
      if (why === null) return NO;
      unknown.push(why);
    } else if (!a.channels.includes(c.channel)) return NO;
  }
  if (a.major !== null && c.major !== a.major) {
    const why = invalidReason(c, "major", "重大质量问题");
    if (why === null) return NO;
    unknown.push(why);
  }
  for (const f of a.present) {
    // The agreed date is a plan, not an event: it counts whenever it was written.
    if (f === "agreedAt" ? c.agreedAt !== null : known(c, f, asOf) !== null) continue;
    const why = c[f] === null ? invalidReason(c, f, FIELD_LABELS[f]) : null;
    if (why === null) return NO;
    unknown.push(why);
  }
  return unknown.length ? { kind: "unknown", reason: unknown.join("；") } : YES;
}

const endOfDay = (m: LocalMinutes): LocalMinutes => startOfDay(dayOf(m) + 1);

/** The reason a needed date is not usable, for `unknown`. */
function missing(c: Case, field: DateField, asOf: LocalMinutes): string {
  const label = FIELD_LABELS[field];
  const bad = invalidReason(c, field, label);
  if (bad) return bad;
  const s = c[field];
  if (s !== null && s.at > asOf) return `${label}（${formatMinutes(s.at)}）晚于统计时点 ${formatMinutes(asOf)}`;
  return `${label}未填`;
}

function evaluateOne(rule: DeadlineRule, c: Case, config: DeadlineConfig, asOf: LocalMinutes): ComplianceEntry {
  const cal = config.calendar;
  const entry = (status: ComplianceEntry["status"], startAt: LocalMinutes | null, dueAt: LocalMinutes | null, stopAt: LocalMinutes | null, late: number | null, reason?: string): ComplianceEntry =>
    reason === undefined
      ? { caseId: c.id, rule: rule.id, startAt, dueAt, stopAt, status, late }
      : { caseId: c.id, rule: rule.id, startAt, dueAt, stopAt, status, late, reason };

  // Where the clock starts and when it is due.
  let startAt: LocalMinutes | null = null;
  let dueAt: LocalMinutes;
  /** Instant from which the share of the limit used is measured. */
  let origin: LocalMinutes;
  if (rule.clock === "absolute") {
    const dueField = rule.due ?? "agreedAt";
    const d = c[dueField];
    if (d === null) return entry("unknown", null, null, null, null, missing(c, dueField, Number.POSITIVE_INFINITY));
    dueAt = d.dateOnly ? endOfDay(d.at) : d.at;
    if (rule.start) {
      const s = known(c, rule.start, asOf);
      if (s === null) return entry("unknown", null, dueAt, null, null, missing(c, rule.start, asOf));
      startAt = s.at;
    }
    origin = startAt ?? c.receivedAt.at;
  } else {
    const startField = rule.start ?? "receivedAt";
    const s = known(c, startField, asOf);
    if (s === null) return entry("unknown", null, null, null, null, missing(c, startField, asOf));
    startAt = s.at;
    dueAt = dueAfter(cal, rule.clock, startAt, rule.limit);
    origin = rule.clock === "calendar-days" || rule.clock === "working-days" ? endOfDay(startAt) : startAt;
  }

  // Whether and when it stopped.
  const stopStamp = known(c, rule.stop, asOf);
  if (stopStamp === null && c[rule.stop] === null && c.invalid[rule.stop] !== undefined) {
    return entry("unknown", startAt, dueAt, null, null, missing(c, rule.stop, asOf));
  }
  if (stopStamp !== null) {
    const stopAt = stopStamp.dateOnly ? endOfDay(stopStamp.at) : stopStamp.at;
    if (startAt !== null && stopStamp.at < startAt && !(stopStamp.dateOnly && stopAt > startAt)) {
      const reason = `${FIELD_LABELS[rule.stop]}早于${FIELD_LABELS[rule.start ?? "receivedAt"]}`;
      return entry("unknown", startAt, dueAt, stopAt, null, reason);
    }
    if (stopAt <= dueAt) return entry("met", startAt, dueAt, stopAt, null);
    return entry("breached", startAt, dueAt, stopAt, round2(measure(cal, rule.clock, dueAt, stopAt)));
  }

  // Still running at as-of.
  if (asOf > dueAt) return entry("overdue", startAt, dueAt, null, round2(measure(cal, rule.clock, dueAt, asOf)));
  const total = rule.clock === "absolute" ? measure(cal, rule.clock, origin, dueAt) : rule.limit;
  const used = Math.max(0, measure(cal, rule.clock, origin, asOf));
  const share = total > 0 ? used / total : 1;
  return entry(share >= rule.dueSoonAt ? "due-soon" : "open", startAt, dueAt, null, null);
}

export function evaluateCompliance(
  cases: readonly Case[],
  config: DeadlineConfig,
  asOf: LocalMinutes,
  options: EvaluateOptions = {},
): ComplianceEntry[] {
  const out: ComplianceEntry[] = [];
  for (const c of cases) {
    if (c.receivedAt.at > asOf) continue;
    for (const rule of config.rules) {
      const a = applies(rule, c, asOf);
      if (a.kind === "no") {
        if (options.includeNotApplicable) {
          out.push({ caseId: c.id, rule: rule.id, startAt: null, dueAt: null, stopAt: null, status: "not-applicable", late: null });
        }
      } else if (a.kind === "unknown") {
        out.push({ caseId: c.id, rule: rule.id, startAt: null, dueAt: null, stopAt: null, status: "unknown", late: null, reason: a.reason });
      } else {
        out.push(evaluateOne(rule, c, config, asOf));
      }
    }
  }
  return out;
}
