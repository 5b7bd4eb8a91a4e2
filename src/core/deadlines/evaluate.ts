/**
 * Compliance of every case with every rule that applies to it, judged at an as-of instant.
 *
 * Decisions (DESIGN §3 leaves them to us; tests pin them):
 * - Only what was recorded by as-of counts: a case received after as-of gets no entries; a stop dated after
 *   as-of is ignored (the clock is still running); a start dated after as-of has not happened yet, so the
 *   rule's clock has not started and there is no entry (as for a case received after as-of: nothing is
 *   missing, it is only early); a date field a rule needs to be filled (e.g. Completed for follow-up)
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
 * - Pauses (./pause-clock) move the due of a rule that may pause; lateness is then measured from the paused due.
 *   While a pause is open and the rule has not stopped, the entry is `paused` with the due as if the pause
 *   ended at as-of — unless the due had already passed before the pause began: a pause does not excuse a
 *   deadline already missed, so that entry stays `overdue`.
 * - A rule whose stop must be written (notify-property, §5.7.1) counts a delivery only when its 送达方式 is a
 *   written kind; a blank 送达方式 counts as written (the pipeline warns once, counting such cases); any other
 *   leaves the clock running, with the note 口头送达，未书面.
 */
import { msg, type Message, type Words } from "../messages";
import type { Case, ComplianceEntry, DateField, DeliveryWay, Stamp } from "../model";
import { dayOf, formatMinutes, MINUTES_PER_DAY, startOfDay, type LocalMinutes } from "../time";
import { compileCalendar, type CompiledCalendar } from "../calendar";
import { fold } from "../shared/settings-values";
import { dueIn, measureIn, round2 } from "./clocks";
import { fieldWords } from "./fields";
import { clockMinutes, pausedDue } from "./pause-clock";
import { pauseSpans, type AppliedPause } from "./pauses";
import { DEFAULT_PAUSING, DEFAULT_WRITTEN_KINDS, unitOf, type DeadlineConfig, type DeadlineRule } from "./rules";

export interface EvaluateOptions {
  /** Also emit `not-applicable` entries for rules that do not apply (default false). */
  includeNotApplicable?: boolean;
  /** The pauses that apply, by case id (./pauses checkPauses). */
  pauses?: ReadonlyMap<string, readonly AppliedPause[]>;
  /**
   * The log has a 送达方式 column (default true). Without one every delivery counts as written and entries
   * carry no `delivery`: a log kept before the column existed says nothing either way.
   */
  deliveryColumn?: boolean;
}

/** Whether a rule applies: true, false, or the reasons it cannot be told (invalid deciding cells). */
type Applies = boolean | Message[];

/** The coded columns a rule's conditions read, as reasons name them. */
const RESPONSIBLE: Words = { zh: "责任单位", en: "Responsible" };
const CHANNEL: Words = { zh: "来源渠道", en: "Channel" };
const MAJOR: Words = { zh: "重大质量问题", en: "Major" };

function invalidReason(c: Case, field: keyof Case["invalid"], label: Words): Message | null {
  const why = c.invalid[field];
  return why === undefined ? null : msg("compliance.invalid", { field: label, why });
}

/** A date of the case as known at as-of (null when blank, invalid or dated after as-of). */
function known(c: Case, field: DateField, asOf: LocalMinutes): Stamp | null {
  const s = c[field];
  return s !== null && s.at <= asOf ? s : null;
}

function applies(rule: DeadlineRule, c: Case, asOf: LocalMinutes): Applies {
  const a = rule.appliesTo;
  // Made only when a deciding cell is invalid: this runs for every case and rule.
  let unknown: Message[] | null = null;
  if (a.categories !== null && !a.categories.includes(c.category)) return false;
  if (a.responsible !== null) {
    if (c.responsible === null) {
      const why = invalidReason(c, "responsible", RESPONSIBLE);
      if (why === null) return false;
      (unknown ??= []).push(why);
    } else if (!a.responsible.includes(c.responsible)) return false;
  }
  if (a.channels !== null) {
    if (c.channel === null) {
      const why = invalidReason(c, "channel", CHANNEL);
      if (why === null) return false;
      (unknown ??= []).push(why);
    } else if (!a.channels.includes(c.channel)) return false;
  }
  if (a.major !== null && c.major !== a.major) {
    const why = invalidReason(c, "major", MAJOR);
    if (why === null) return false;
    (unknown ??= []).push(why);
  }
  for (let i = 0; i < a.present.length; i++) {
    const f = a.present[i];
    // The agreed date is a plan, not an event: it counts whenever it was written.
    if (f === "agreedAt" ? c.agreedAt !== null : known(c, f, asOf) !== null) continue;
    const why = c[f] === null ? invalidReason(c, f, fieldWords(f)) : null;
    if (why === null) return false;
    (unknown ??= []).push(why);
  }
  return unknown ?? true;
}

const endOfDay = (m: LocalMinutes): LocalMinutes => startOfDay(dayOf(m) + 1);

/** The reason a needed date is not usable, for `unknown`. */
function missing(c: Case, field: DateField, asOf: LocalMinutes): Message {
  const label = fieldWords(field);
  const bad = invalidReason(c, field, label);
  if (bad) return bad;
  const s = c[field];
  if (s !== null && s.at > asOf)
    return msg("compliance.after-as-of", { field: label, at: formatMinutes(s.at), asOf: formatMinutes(asOf) });
  return msg("compliance.blank", { field: label });
}

/** The optional fields of an entry: pause minutes, how a delivery was made, a note. */
type Extra = Pick<ComplianceEntry, "pauseMinutes" | "delivery" | "note">;

function make(
  c: Case,
  rule: DeadlineRule,
  status: ComplianceEntry["status"],
  startAt: LocalMinutes | null,
  dueAt: LocalMinutes | null,
  stopAt: LocalMinutes | null,
  late: number | null,
  extra?: Extra,
): ComplianceEntry {
  const e: ComplianceEntry = { caseId: c.id, rule: rule.id, startAt, dueAt, stopAt, status, late };
  return extra === undefined ? e : Object.assign(e, extra);
}

function unknownEntry(
  c: Case,
  rule: DeadlineRule,
  startAt: LocalMinutes | null,
  dueAt: LocalMinutes | null,
  stopAt: LocalMinutes | null,
  reason: Message,
): ComplianceEntry {
  return { caseId: c.id, rule: rule.id, startAt, dueAt, stopAt, status: "unknown", late: null, reason };
}

/** A start the clerk dated after as-of: the clock has not started yet (no entry). */
const notYet = (c: Case, field: DateField, asOf: LocalMinutes): boolean => {
  const s = c[field];
  return s !== null && s.at > asOf;
};

/** What every case is judged with, looked up once per run. */
interface Judge {
  cal: CompiledCalendar;
  asOf: LocalMinutes;
  pauses: ReadonlyMap<string, readonly AppliedPause[]>;
  mayPause: ReadonlySet<string>;
  written: readonly string[];
  deliveryColumn: boolean;
}

const NO_PAUSES: readonly AppliedPause[] = [];

/** How the delivery stopping a written-stop rule was made, and the note a verbal one needs. */
function deliveryOf(c: Case, written: readonly string[]): { way: DeliveryWay; note?: Message } {
  const kind = (c.deliveryKind ?? "").trim();
  if (kind === "") return { way: "unstated" };
  const k = fold(kind);
  if (written.some((w) => k.includes(fold(w)))) return { way: "written" };
  if (/电话|口头|当面|面告|电告|phone|verbal|oral/i.test(kind))
    return { way: "verbal", note: msg("delivery.verbal", {}) };
  return { way: "verbal", note: msg("delivery.not-written", { kind }) };
}

function evaluateOne(rule: DeadlineRule, c: Case, j: Judge): ComplianceEntry | null {
  const { cal, asOf } = j;
  // Where the clock starts and when it is due.
  let startAt: LocalMinutes | null = null;
  let dueAt: LocalMinutes;
  /** Instant from which the share of the limit used is measured. */
  let origin: LocalMinutes;
  const clock = rule.clock;
  if (clock === "absolute") {
    const dueField = rule.due ?? "agreedAt";
    const d = c[dueField];
    if (d === null) return unknownEntry(c, rule, null, null, null, missing(c, dueField, Number.POSITIVE_INFINITY));
    dueAt = d.dateOnly ? endOfDay(d.at) : d.at;
    if (rule.start !== null) {
      if (notYet(c, rule.start, asOf)) return null;
      const s = known(c, rule.start, asOf);
      if (s === null) return unknownEntry(c, rule, null, dueAt, null, missing(c, rule.start, asOf));
      startAt = s.at;
    }
    origin = startAt ?? c.receivedAt.at;
  } else {
    const startField = rule.start ?? "receivedAt";
    if (notYet(c, startField, asOf)) return null;
    const s = known(c, startField, asOf);
    if (s === null) return unknownEntry(c, rule, null, null, null, missing(c, startField, asOf));
    startAt = s.at;
    dueAt = dueIn(cal, clock, startAt, rule.limit);
    origin = clock === "calendar-days" || clock === "working-days" ? endOfDay(startAt) : startAt;
  }

  // Pauses: an open one (no end yet, or ending after as-of) is taken as ending at as-of.
  const extra: Extra = {};
  let openPause = false;
  const mine = clock !== "absolute" && j.mayPause.has(rule.id) ? (j.pauses.get(c.id) ?? NO_PAUSES) : NO_PAUSES;
  if (mine.length > 0 && startAt !== null) {
    const { spans, open } = pauseSpans(mine, rule.id, asOf);
    openPause = open;
    const paused = pausedDue(cal, clock, startAt, dueAt, spans);
    if (paused.removed > 0) {
      dueAt = paused.due;
      extra.pauseMinutes = paused.removed;
    }
  }

  // Whether and when it stopped.
  let stopStamp = known(c, rule.stop, asOf);
  if (rule.writtenStop === true && stopStamp !== null && j.deliveryColumn) {
    const d = deliveryOf(c, j.written);
    extra.delivery = d.way;
    if (d.note !== undefined) extra.note = d.note;
    // Not in writing: as if not delivered yet, the clock runs on.
    if (d.way === "verbal") stopStamp = null;
  }
  if (stopStamp === null && c[rule.stop] === null && c.invalid[rule.stop] !== undefined) {
    return unknownEntry(c, rule, startAt, dueAt, null, missing(c, rule.stop, asOf));
  }
  if (stopStamp !== null) {
    const stopAt = stopStamp.dateOnly ? endOfDay(stopStamp.at) : stopStamp.at;
    if (startAt !== null && stopAt < startAt) {
      return unknownEntry(
        c,
        rule,
        startAt,
        dueAt,
        stopAt,
        msg("compliance.stop-before-start", {
          stop: fieldWords(rule.stop),
          start: fieldWords(rule.start ?? "receivedAt"),
        }),
      );
    }
    if (stopAt <= dueAt) return make(c, rule, "met", startAt, dueAt, stopAt, null, extra);
    return make(c, rule, "breached", startAt, dueAt, stopAt, round2(measureIn(cal, clock, dueAt, stopAt)), extra);
  }

  // Still running at as-of.
  if (asOf > dueAt) {
    return make(c, rule, "overdue", startAt, dueAt, null, round2(measureIn(cal, clock, dueAt, asOf)), extra);
  }
  if (openPause) return make(c, rule, "paused", startAt, dueAt, null, null, extra);
  let dueSoon: boolean;
  if (extra.pauseMinutes !== undefined && startAt !== null) {
    // No pause lies between as-of and a paused due: what is left is plain clock time.
    const total = rule.limit * (unitOf(clock) === "hours" ? 60 : MINUTES_PER_DAY);
    dueSoon = total - clockMinutes(cal, clock, asOf, dueAt) >= rule.dueSoonAt * total;
  } else {
    const total = clock === "absolute" ? measureIn(cal, clock, origin, dueAt) : rule.limit;
    const used = measureIn(cal, clock, origin, asOf);
    dueSoon = total > 0 ? used >= rule.dueSoonAt * total : true;
  }
  return make(c, rule, dueSoon ? "due-soon" : "open", startAt, dueAt, null, null, extra);
}

export function evaluateCompliance(
  cases: readonly Case[],
  config: DeadlineConfig,
  asOf: LocalMinutes,
  options: EvaluateOptions = {},
): ComplianceEntry[] {
  const judge = caseJudge(config, asOf, options);
  const out: ComplianceEntry[] = [];
  for (let i = 0; i < cases.length; i++) judge(cases[i], out);
  return out;
}

/**
 * Judges one case at a time, appending its entries to `out` (the config looked up once): what
 * evaluateCompliance does for each case in turn, for a caller that judges only some of a log's cases.
 */
export function caseJudge(
  config: DeadlineConfig,
  asOf: LocalMinutes,
  options: EvaluateOptions = {},
): (c: Case, out: ComplianceEntry[]) => void {
  const judge: Judge = {
    cal: compileCalendar(config.calendar),
    asOf,
    pauses: options.pauses ?? new Map(),
    mayPause: new Set((config.pausing ?? DEFAULT_PAUSING).rules),
    written: config.writtenKinds ?? DEFAULT_WRITTEN_KINDS,
    deliveryColumn: options.deliveryColumn !== false,
  };
  const rules = config.rules;
  const withNotApplicable = options.includeNotApplicable === true;
  return (c, out) => {
    if (c.receivedAt.at > asOf) return;
    for (let j = 0; j < rules.length; j++) {
      const rule = rules[j];
      const a = applies(rule, c, asOf);
      if (a === true) {
        const e = evaluateOne(rule, c, judge);
        if (e !== null) out.push(e);
        else if (withNotApplicable) out.push(make(c, rule, "not-applicable", null, null, null, null));
      } else if (a !== false) {
        const why = a.length === 1 ? a[0] : msg("compliance.reasons", { reasons: a });
        out.push(unknownEntry(c, rule, null, null, null, why));
      } else if (withNotApplicable) out.push(make(c, rule, "not-applicable", null, null, null, null));
    }
  };
}

/**
 * An entry overdue at as-of, as judging at an earlier instant `at`, still past its due, gives it — for a case
 * with nothing stamped after `at` and no pause: every date it was judged on is known at `at` too, so the
 * clock still runs and only the lateness, measured to `at`, changes.
 */
export function overdueAt(
  cal: CompiledCalendar,
  rule: DeadlineRule,
  e: ComplianceEntry,
  at: LocalMinutes,
): ComplianceEntry {
  return { ...e, late: round2(measureIn(cal, rule.clock, e.dueAt as LocalMinutes, at)) };
}
