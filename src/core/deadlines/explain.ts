/**
 * Why a compliance entry is what it is, step by step, so a manager can show a property company how its due
 * was reached: the rule and its clause; the date that started the clock; the clock and the calendar, day by
 * day (the stretches each day counted, the days skipped with their names — 周六, 国庆节 — and the make-up
 * working days, 调休上班); the pauses subtracted; the limit; the due; the date that stopped it; the verdict with
 * the lateness in the rule's own unit.
 *
 * The days add up: the minutes counted on them, less those the pauses removed, are the limit's minutes, and
 * the last stretch ends at the due. For a day rule the start day's rest is counted too (a pause on it moves
 * the due, ./pause-clock) but is not one of the N days; the limit step says how many minutes it holds.
 *
 * Pure and computed on demand (the JSON writer, the reports and the pane each ask for the entries they show):
 * the analysis keeps entries, not their explanations.
 */
import type { Analysis } from "../analysis";
import type { Case, ComplianceEntry, DateField, Stamp } from "../model";
import { say, type Message, type Words } from "../messages";
import { RULE_LABELS, STATUS_LABELS } from "../labels";
import { compileCalendar, type CalendarConfig, type CompiledCalendar } from "../calendar";
import { holidaySets, hoursOn, isOfficialDay, parseIsoDay, type HolidayName } from "../calendar";
import { dayOf, formatDay, formatMinutes, fromMinutes, MINUTES_PER_DAY, startOfDay, weekday } from "../time";
import type { LocalMinutes } from "../time";
import { dueIn } from "./clocks";
import { fieldWords } from "./fields";
import { clockSpanText, limitWords } from "./lateness";
import { clockMinutes, pausedDue } from "./pause-clock";
import { pauseSpans, type AppliedPause } from "./pauses";
import { defaultDeadlineConfig } from "./default-config";
import { DEFAULT_PAUSING, type Clock, type DeadlineConfig } from "./rules";

/** A date column of the log and what it held, as the explanation names it. */
export interface ExplainField {
  field: DateField;
  column: Words;
  /** `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` when the clerk wrote a date only; null when blank or unusable. */
  value: string | null;
}

/** One day the clock ran over, from the start's day to the due's. */
export interface ExplainDay {
  date: string;
  /**
   * `working`: the clock counted (some of) it; `skipped`: the clock does not run on it (a weekend or holiday for
   * working days, a closed day for working hours); `make-up`: a weekend day that is an official working day
   * (调休上班); `calendar`: a day clock that counts every day.
   */
  kind: "working" | "skipped" | "make-up" | "calendar";
  /** Why the day is what it is: 周六, 国庆节, 调休上班（国庆节）; absent on an ordinary weekday. */
  name?: Words;
  /** The start's day (for a day rule, not one of the N days). */
  startDay?: true;
  /** Stretches counted this day, `HH:mm`–`HH:mm` (`24:00` for the day's end). */
  counted: [string, string][];
  /** Clock minutes in those stretches. */
  minutes: number;
  /** Of them, the minutes pauses removed. */
  paused: number;
}

export type ExplainStep =
  | { step: "rule"; rule: string; name: Words; clause: string; source: string }
  | { step: "start"; start: ExplainField; at: string | null }
  | {
      step: "clock";
      clock: Clock;
      /** The center's opening hours the working-hours clock counts (weekday / weekend), `HH:mm–HH:mm`. */
      hours?: { weekday: string[]; weekend: string[]; closedOnHolidays: boolean };
    }
  | { step: "days"; days: ExplainDay[] }
  | {
      step: "pauses";
      pauses: { from: string; to: string; open: boolean; minutes: number }[];
      minutes: number;
      text: Words;
    }
  | {
      step: "limit";
      value: number;
      unit: "hours" | "days";
      text: Words;
      /** Clock minutes from the start to the unpaused due: what the days' counted minutes less pauses add to. */
      minutes: number;
      /** For a day rule, the minutes of the start's own day in `minutes` (the start day is not one of N). */
      startDayMinutes?: number;
    }
  | { step: "due"; dueAt: string; text: Words; field?: ExplainField }
  | {
      step: "stop";
      stop: ExplainField;
      at: string | null;
      /** Whether the stop counted (a verbal delivery, or one dated after as-of, does not). */
      counted: boolean;
      delivery?: ComplianceEntry["delivery"];
      deliveryKind?: string;
      /** The entry's remark (口头送达，未书面), a message rendered where it is shown. */
      note?: Message;
    }
  | {
      step: "verdict";
      status: ComplianceEntry["status"];
      statusText: Words;
      asOf: string;
      /** Clock minutes past due (breached: to the stop; overdue: to as-of). */
      lateMinutes?: number;
      late?: Words;
      /** Clock time left to the due (open, due soon). */
      left?: Words;
      /** Why an `unknown` entry cannot be judged, a message rendered where it is shown. */
      reason?: Message;
    };

export interface Explanation {
  steps: ExplainStep[];
  /** The whole explanation in one line. */
  text: Words;
}

/** What explaining needs besides the entry and its case: the config and pauses the entry was judged with. */
export interface ExplainContext {
  config: DeadlineConfig;
  asOf: LocalMinutes;
  pauses?: ReadonlyMap<string, readonly AppliedPause[]>;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const hhmm = (tod: number): string => `${pad(Math.floor(tod / 60))}:${pad(tod % 60)}`;

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: Words[] = [
  { zh: "周日", en: "Sunday" },
  { zh: "周一", en: "Monday" },
  { zh: "周二", en: "Tuesday" },
  { zh: "周三", en: "Wednesday" },
  { zh: "周四", en: "Thursday" },
  { zh: "周五", en: "Friday" },
  { zh: "周六", en: "Saturday" },
];

/** "10月9日" / "9 Oct"; the year is written when it is not `year` (the as-of's): "2025年2月9日" / "9 Feb 2025". */
export function dayWords(day: number, year: number): Words {
  if (dayWordsOf.year !== year) dayWordsOf.days = new Map();
  dayWordsOf.year = year;
  let w = dayWordsOf.days.get(day);
  if (w === undefined) {
    const p = fromMinutes(startOfDay(day));
    const y = p.year === year;
    w = {
      zh: `${y ? "" : `${p.year}年`}${p.month}月${p.day}日`,
      en: `${p.day} ${MONTHS_EN[p.month - 1]}${y ? "" : ` ${p.year}`}`,
    };
    if (dayWordsOf.days.size >= 4096) dayWordsOf.days.clear();
    dayWordsOf.days.set(day, w);
  }
  return { zh: w.zh, en: w.en };
}

/** The days put in words lately, for one year of writing (an analysis' explanations name a few hundred days). */
const dayWordsOf: { year: number; days: Map<number, Words> } = { year: NaN, days: new Map() };

/**
 * An instant as a person reads it; with `endOfDay`, midnight is the end of the day before: "10月10日 24:00"
 * (DESIGN §3 keeps `2026-10-11T00:00` in the JSON). The year is written when it is not `year`.
 */
export function instantWords(m: LocalMinutes, endOfDay = true, year?: number): Words {
  const tod = m - startOfDay(dayOf(m));
  const midnight = endOfDay && tod === 0;
  const day = midnight ? dayOf(m) - 1 : dayOf(m);
  const d = dayWords(day, year ?? fromMinutes(startOfDay(day)).year);
  const time = midnight ? "24:00" : hhmm(tod);
  return { zh: `${d.zh} ${time}`, en: `${d.en} ${time}` };
}

/** A stamp as the clerk wrote it: a date only stays a date. */
function stampWords(s: Stamp, year: number): Words {
  return s.dateOnly ? dayWords(dayOf(s.at), year) : instantWords(s.at, false, year);
}

const stampValue = (s: Stamp): string => (s.dateOnly ? formatDay(dayOf(s.at)) : formatMinutes(s.at));

function fieldOf(c: Case | undefined, f: DateField): ExplainField {
  const s = c?.[f] ?? null;
  return {
    field: f,
    column: fieldWords(f),
    value: s === null ? null : stampValue(s),
  };
}

/** Holidays, make-up days and their names of a calendar, looked up once per config. */
interface DayFacts {
  holidays: Set<number>;
  makeUp: Set<number>;
  names: Map<number, HolidayName>;
}
const factsCache = new WeakMap<CalendarConfig, DayFacts>();
function dayFacts(cfg: CalendarConfig): DayFacts {
  let f = factsCache.get(cfg);
  if (f === undefined) {
    const names = new Map<number, HolidayName>();
    for (const y of cfg.years.values()) for (const [d, n] of y.names ?? []) names.set(d, n);
    f = { ...holidaySets(cfg), names };
    factsCache.set(cfg, f);
  }
  return f;
}

/** The name a day is known by when it is not an ordinary weekday. */
function dayName(facts: DayFacts, day: number): Words | undefined {
  const w = weekday(day);
  const weekend = w === 0 || w === 6;
  if (facts.makeUp.has(day)) {
    const n = facts.names.get(day);
    return n
      ? { zh: `调休上班（${n.zh}）`, en: `make-up working day (${n.en})` }
      : { zh: "调休上班", en: "make-up working day" };
  }
  if (facts.holidays.has(day)) {
    const n = facts.names.get(day);
    return n ?? { zh: "法定节假日", en: "public holiday" };
  }
  return weekend ? WEEKDAYS[w] : undefined;
}

/** The stretches of a day the clock can count, as minutes of the day. */
function stretchesOf(cal: CompiledCalendar, clock: Clock, day: number): [number, number][] {
  switch (clock) {
    case "working-hours":
      return hoursOn(cal, day).intervals.map(([a, b]) => [a, b]);
    case "working-days":
      return isOfficialDay(cal, day) ? [[0, MINUTES_PER_DAY]] : [];
    case "calendar-hours":
    case "calendar-days":
    case "absolute":
      return [[0, MINUTES_PER_DAY]];
  }
}

/** The days from `from` to `to`, each with what it counted and what pauses removed of it. */
function walkDays(
  cal: CompiledCalendar,
  facts: DayFacts,
  clock: Clock,
  from: LocalMinutes,
  to: LocalMinutes,
  pauses: readonly { from: LocalMinutes; to: LocalMinutes }[],
): ExplainDay[] {
  const days: ExplainDay[] = [];
  const last = to > from ? dayOf(to - 1) : dayOf(from);
  const first = dayOf(from);
  for (let day = first; day <= last; day++) {
    // A day wholly inside the clock's span, without pauses, reads the same in every entry of its clock.
    if (day > first && pauses.length === 0 && startOfDay(day + 1) <= to) {
      const full = fullDaysOf(facts, clock);
      let d = full.get(day);
      if (d === undefined) full.set(day, (d = sharedPart(explainDay(cal, facts, clock, day, from, to, pauses))));
      days.push(d);
    } else days.push(explainDay(cal, facts, clock, day, from, to, pauses));
  }
  return days;
}

/** Full days by clock, per calendar (the day facts stand for their calendar). */
const fullDayCache = new WeakMap<DayFacts, Map<Clock, Map<number, ExplainDay>>>();
function fullDaysOf(facts: DayFacts, clock: Clock): Map<number, ExplainDay> {
  let byClock = fullDayCache.get(facts);
  if (byClock === undefined) fullDayCache.set(facts, (byClock = new Map()));
  let days = byClock.get(clock);
  if (days === undefined) byClock.set(clock, (days = new Map()));
  return days;
}

/** One day of walkDays: the stretches it counted between `from` and `to`, and what pauses removed of them. */
function explainDay(
  cal: CompiledCalendar,
  facts: DayFacts,
  clock: Clock,
  day: number,
  from: LocalMinutes,
  to: LocalMinutes,
  pauses: readonly { from: LocalMinutes; to: LocalMinutes }[],
): ExplainDay {
  const base = startOfDay(day);
  const counted: [string, string][] = [];
  let minutes = 0;
  let paused = 0;
  for (const [a, b] of stretchesOf(cal, clock, day)) {
    const s = Math.max(base + a, from);
    const e = Math.min(base + b, to);
    if (e <= s) continue;
    counted.push([hhmm(s - base), hhmm(e - base)]);
    minutes += e - s;
    for (const p of pauses) paused += Math.max(0, Math.min(e, p.to) - Math.max(s, p.from));
  }
  const name = dayName(facts, day);
  const official = isOfficialDay(cal, day);
  const w = weekday(day);
  let kind: ExplainDay["kind"];
  if (clock === "working-days") kind = !official ? "skipped" : w === 0 || w === 6 ? "make-up" : "working";
  else if (clock === "working-hours") kind = stretchesOf(cal, clock, day).length === 0 ? "skipped" : "working";
  else kind = "calendar";
  const d: ExplainDay = { date: formatDay(day), kind, counted, minutes, paused };
  if (name !== undefined) d.name = name;
  if (day === dayOf(from)) d.startDay = true;
  return d;
}

/**
 * The JSON of explanation parts many entries share (a rule's step, a clock's, a full day), made once: an
 * analysis' explanations repeat them hundreds of thousands of times. A shared part and the arrays and records
 * made for it are frozen, so no reader can change one entry's explanation through another's (the names in
 * it, a rule's or a holiday's, were shared before and stay as they are).
 */
const partTexts = new WeakMap<object, string>();
function sharedPart<T extends object>(part: T): T {
  const freeze = (x: object): void => {
    Object.freeze(x);
    for (const [k, v] of Object.entries(x)) if (k !== "name" && typeof v === "object" && v !== null) freeze(v);
  };
  freeze(part);
  partTexts.set(part, JSON.stringify(part));
  return part;
}

/**
 * JSON.stringify(x), with the shared parts' text written once (sharedPart). Takes an explanation as it is or
 * with some steps replaced by copies (a document rendering their notes in its language): a copy is written out.
 */
export function explanationText(x: { steps: readonly { step: string }[]; text: Words }): string {
  let out = '{"steps":[';
  for (let i = 0; i < x.steps.length; i++) {
    const step = x.steps[i];
    if (i > 0) out += ",";
    const known = partTexts.get(step);
    if (known !== undefined) out += known;
    else if (step.step === "days" && "days" in step) {
      const days = step.days as readonly ExplainDay[];
      out += '{"step":"days","days":[';
      for (let k = 0; k < days.length; k++) {
        if (k > 0) out += ",";
        out += partTexts.get(days[k]) ?? JSON.stringify(days[k]);
      }
      out += "]}";
    } else out += JSON.stringify(step);
  }
  return `${out}],"text":${JSON.stringify(x.text)}}`;
}

const CLOCK_WORDS: Record<Clock, Words> = {
  "working-hours": { zh: "按中心工作时间", en: "in the center's working hours" },
  "calendar-hours": { zh: "按自然小时", en: "in clock hours" },
  "calendar-days": { zh: "按自然日，起算日不计", en: "calendar days, the start day not counted" },
  "working-days": { zh: "按法定工作日，起算日不计", en: "official working days, the start day not counted" },
  absolute: { zh: "以约定日期为期限", en: "due on the agreed date" },
};

const ruleWords = (id: string): Words => RULE_LABELS[id] ?? { zh: id, en: id };

/** Runs of consecutive days of one name, as "10月1日至10月7日 国庆节" / "1 Oct to 7 Oct National Day". */
function runsOf(days: readonly ExplainDay[], year: number): Words | null {
  const runs: { from: number; to: number; name: Words | undefined }[] = [];
  for (const d of days) {
    const day = parseIsoDay(d.date) ?? 0;
    const last = runs[runs.length - 1];
    if (last && last.to === day - 1 && last.name?.zh === d.name?.zh) last.to = day;
    else runs.push({ from: day, to: day, name: d.name });
  }
  if (runs.length === 0) return null;
  const one = (r: (typeof runs)[number], lang: "zh" | "en"): string => {
    const a = dayWords(r.from, year)[lang];
    const span = r.from === r.to ? a : `${a}${lang === "zh" ? "至" : " to "}${dayWords(r.to, year)[lang]}`;
    return r.name ? `${span} ${r.name[lang]}` : span;
  };
  return { zh: runs.map((r) => one(r, "zh")).join("、"), en: runs.map((r) => one(r, "en")).join(", ") };
}

/** What every entry explained in one context says alike, worked out once per context. */
interface Shared {
  /** The as-of instant as the JSON writes it, its year, and in words. */
  asOf: string;
  year: number;
  asOfWords: Words;
  /** The center's opening hours, `HH:mm–HH:mm` (the working-hours clock's step). */
  weekdayHours: string[];
  weekendHours: string[];
  /** Each rule's first step, and each clock's step (shared parts). */
  ruleSteps: Map<string, ExplainStep>;
  clockSteps: Map<Clock, ExplainStep>;
}
const sharedCache = new WeakMap<ExplainContext, Shared>();
function sharedOf(ctx: ExplainContext): Shared {
  let sh = sharedCache.get(ctx);
  if (sh === undefined) {
    const year = fromMinutes(ctx.asOf).year;
    const fmt = (iv: readonly [number, number][]) => iv.map(([a, b]) => `${hhmm(a)}–${hhmm(b)}`);
    sh = {
      asOf: formatMinutes(ctx.asOf),
      year,
      asOfWords: instantWords(ctx.asOf, true, year),
      weekdayHours: fmt(ctx.config.calendar.weekdayHours),
      weekendHours: fmt(ctx.config.calendar.weekendHours),
      ruleSteps: new Map(),
      clockSteps: new Map(),
    };
    sharedCache.set(ctx, sh);
  }
  return sh;
}

/** The explanation of one entry. `c` is the entry's case (absent only for an entry whose case is gone). */
export function explainEntry(e: ComplianceEntry, c: Case | undefined, ctx: ExplainContext): Explanation {
  const shared = sharedOf(ctx);
  const rule = ctx.config.rules.find((r) => r.id === e.rule);
  const name = ruleWords(e.rule);
  const clause = rule?.clause ?? "";
  let ruleStep = shared.ruleSteps.get(e.rule);
  if (ruleStep === undefined) {
    ruleStep = sharedPart<ExplainStep>({ step: "rule", rule: e.rule, name, clause, source: rule?.source ?? "" });
    shared.ruleSteps.set(e.rule, ruleStep);
  }
  const steps: ExplainStep[] = [ruleStep];
  const zh: string[] = [];
  const en: string[] = [];
  const head = { zh: `${name.zh}${clause ? `（${clause}）` : ""}`, en: `${name.en}${clause ? ` (${clause})` : ""}` };
  const { asOf, year } = shared;
  const statusText = STATUS_LABELS[e.status];

  if (rule === undefined || e.status === "not-applicable") {
    steps.push({ step: "verdict", status: e.status, statusText, asOf, ...(e.reason ? { reason: e.reason } : {}) });
    return { steps, text: { zh: `${head.zh}：${statusText.zh}。`, en: `${head.en}: ${statusText.en}.` } };
  }

  const cal = compileCalendar(ctx.config.calendar);
  const facts = dayFacts(ctx.config.calendar);
  const clock = rule.clock;

  // The start (a clock rule without a start field starts at 受理时间, as ./evaluate does).
  const startField = clock === "absolute" ? rule.start : (rule.start ?? "receivedAt");
  if (startField !== null) {
    const start = fieldOf(c, startField);
    steps.push({ step: "start", start, at: e.startAt === null ? null : formatMinutes(e.startAt) });
    if (e.startAt !== null) {
      const w = instantWords(e.startAt, false, year);
      zh.push(`${start.column.zh} ${w.zh} 起算`);
      en.push(`clock starts at ${start.column.en} ${w.en}`);
    }
  }
  let clockStep = shared.clockSteps.get(clock);
  if (clockStep === undefined) {
    const made: ExplainStep = { step: "clock", clock };
    if (clock === "working-hours") {
      made.hours = {
        weekday: shared.weekdayHours,
        weekend: shared.weekendHours,
        closedOnHolidays: ctx.config.calendar.closedOnHolidays,
      };
    }
    shared.clockSteps.set(clock, (clockStep = sharedPart(made)));
  }
  steps.push(clockStep);

  if (e.status === "unknown") {
    steps.push({ step: "verdict", status: e.status, statusText, asOf, ...(e.reason ? { reason: e.reason } : {}) });
    const why = { zh: e.reason ? say(e.reason, "zh") : "", en: e.reason ? say(e.reason, "en") : "" };
    return {
      steps,
      text: {
        zh: `${head.zh}：${[...zh, `无法判断${why.zh ? `——${why.zh}` : ""}`].join("，")}。`,
        en: `${head.en}: ${[...en, `cannot be judged${why.en ? `: ${why.en}` : ""}`].join("; ")}.`,
      },
    };
  }

  // The clock, day by day, and the pauses it stood still for.
  if (clock === "absolute") {
    const dueField = fieldOf(c, rule.due ?? "agreedAt");
    if (e.dueAt !== null) {
      const w = instantWords(e.dueAt, true, year);
      steps.push({ step: "due", dueAt: formatMinutes(e.dueAt), text: w, field: dueField });
      const agreed = c?.[rule.due ?? "agreedAt"];
      const said = agreed ? stampWords(agreed, year) : w;
      zh.push(`${dueField.column.zh} ${said.zh}，期限 ${w.zh}`);
      en.push(`${dueField.column.en} ${said.en}, due ${w.en}`);
    }
  } else if (e.startAt !== null && e.dueAt !== null) {
    const startAt = e.startAt;
    const due0 = dueIn(cal, clock, startAt, rule.limit);
    const mayPause = new Set((ctx.config.pausing ?? DEFAULT_PAUSING).rules).has(rule.id);
    const mine = mayPause && c ? (ctx.pauses?.get(c.id) ?? []) : [];
    const stillOpen = mine.some((p) => (p.rule === null || p.rule === rule.id) && (p.to === null || p.to > ctx.asOf));
    const used =
      mine.length > 0 ? pausedDue(cal, clock, startAt, due0, pauseSpans(mine, rule.id, ctx.asOf).spans).used : [];
    const spans = used.map((u) => u.span);
    const days = walkDays(cal, facts, clock, startAt, e.dueAt, spans);
    steps.push({ step: "days", days });
    const after = days.filter((d) => !d.startDay);
    const skipped = runsOf(
      after.filter((d) => d.kind === "skipped"),
      year,
    );
    const makeUp = runsOf(
      after.filter((d) => d.kind === "make-up"),
      year,
    );
    if (skipped) {
      zh.push(`不计 ${skipped.zh}`);
      en.push(`skipping ${skipped.en}`);
    }
    if (makeUp) {
      zh.push(`计入 ${makeUp.zh}`);
      en.push(`counting ${makeUp.en}`);
    }
    if (used.length > 0) {
      const removed = used.reduce((s, u) => s + u.minutes, 0);
      const text = clockSpanText(removed, clock);
      steps.push({
        step: "pauses",
        pauses: used.map((u) => ({
          from: formatMinutes(u.span.from),
          to: formatMinutes(u.span.to),
          // A pause still open at as-of is counted as ending then.
          open: u.span.to === ctx.asOf && stillOpen,
          minutes: u.minutes,
        })),
        minutes: removed,
        text,
      });
      zh.push(`扣除暂停 ${text.zh}`);
      en.push(`${text.en} paused`);
    }
    const budget = clockMinutes(cal, clock, startAt, due0);
    const limitText = limitWords(rule.limit, clock);
    const limitStep: ExplainStep = {
      step: "limit",
      value: rule.limit,
      unit: clock === "working-hours" || clock === "calendar-hours" ? "hours" : "days",
      text: limitText,
      minutes: budget,
    };
    if (clock === "calendar-days" || clock === "working-days") {
      limitStep.startDayMinutes = days[0]?.startDay ? days[0].minutes : 0;
    }
    steps.push(limitStep);
    const w = instantWords(e.dueAt, true, year);
    steps.push({ step: "due", dueAt: formatMinutes(e.dueAt), text: w });
    zh.splice(1, 0, `时限 ${limitText.zh}（${CLOCK_WORDS[clock].zh}）`);
    en.splice(1, 0, `limit ${limitText.en} (${CLOCK_WORDS[clock].en})`);
    zh.push(`期限 ${w.zh}`);
    en.push(`due ${w.en}`);
  } else if (e.dueAt !== null) {
    // A due without a start (an entry made by hand): the due alone.
    const w = instantWords(e.dueAt, true, year);
    steps.push({ step: "due", dueAt: formatMinutes(e.dueAt), text: w });
    zh.push(`期限 ${w.zh}`);
    en.push(`due ${w.en}`);
  }

  // The stop.
  const stopStamp = c?.[rule.stop] ?? null;
  const stop = fieldOf(c, rule.stop);
  const stopCounted = e.stopAt !== null;
  const stopStep: ExplainStep = {
    step: "stop",
    stop,
    at: e.stopAt === null ? null : formatMinutes(e.stopAt),
    counted: stopCounted,
  };
  if (e.delivery !== undefined) stopStep.delivery = e.delivery;
  if (c?.deliveryKind) stopStep.deliveryKind = c.deliveryKind;
  if (e.note !== undefined) stopStep.note = e.note;
  steps.push(stopStep);
  if (stopStamp !== null) {
    const w = stampWords(stopStamp, year);
    if (stopCounted) {
      zh.push(`${stop.column.zh} ${w.zh}${stopStamp.dateOnly ? "（只填日期，按当日 24:00 计）" : ""}`);
      en.push(`${stop.column.en} ${w.en}${stopStamp.dateOnly ? " (a date only, taken as its 24:00)" : ""}`);
    } else if (e.note !== undefined) {
      zh.push(`${stop.column.zh} ${w.zh}，${say(e.note, "zh")}`);
      en.push(`${stop.column.en} ${w.en}, ${say(e.note, "en")}`);
    } else if (stopStamp.at > ctx.asOf) {
      zh.push(`${stop.column.zh} ${w.zh} 晚于统计时点，尚未计入`);
      en.push(`${stop.column.en} ${w.en} is after the as-of time, not yet counted`);
    }
  } else {
    zh.push(`${stop.column.zh}未填`);
    en.push(`${stop.column.en} blank`);
  }

  // The verdict.
  const verdict: ExplainStep = { step: "verdict", status: e.status, statusText, asOf };
  const asOfWords = shared.asOfWords;
  if ((e.status === "breached" || e.status === "overdue") && e.dueAt !== null) {
    const end = e.status === "breached" && e.stopAt !== null ? e.stopAt : ctx.asOf;
    const lateMinutes = clockMinutes(cal, clock, e.dueAt, end);
    const late = clockSpanText(lateMinutes, clock);
    verdict.lateMinutes = lateMinutes;
    verdict.late = late;
    if (e.status === "breached") {
      zh.push(`超时 ${late.zh}`);
      en.push(`late by ${late.en}`);
    } else {
      zh.push(`截至 ${asOfWords.zh} 已逾期 ${late.zh}`);
      en.push(`overdue by ${late.en} at ${asOfWords.en}`);
    }
  } else if ((e.status === "open" || e.status === "due-soon") && e.dueAt !== null) {
    const left = clockSpanText(clockMinutes(cal, clock, ctx.asOf, e.dueAt), clock);
    verdict.left = left;
    zh.push(`截至 ${asOfWords.zh} ${statusText.zh}，还剩 ${left.zh}`);
    en.push(`${statusText.en.toLowerCase()} at ${asOfWords.en}, ${left.en} left`);
  } else if (e.status === "paused") {
    zh.push(`截至 ${asOfWords.zh} 暂停中，期限按暂停至此时顺延`);
    en.push(`paused at ${asOfWords.en}; the due assumes the pause ends then`);
  } else if (e.status === "met") {
    zh.push("按时");
    en.push("met");
  }
  steps.push(verdict);
  return { steps, text: { zh: `${head.zh}：${zh.join("，")}。`, en: `${head.en}: ${en.join("; ")}.` } };
}

/**
 * The explanations of an analysis' entries, one at a time: the config and pauses it was judged with (the
 * default rules for an analysis made without them).
 */
export function analysisExplainer(a: Analysis): (e: ComplianceEntry) => Explanation {
  const cases = new Map(a.cases.map((c) => [c.id, c]));
  const ctx: ExplainContext = {
    config: a.deadlineConfig ?? defaultDeadlineConfig(),
    asOf: a.asOf,
    pauses: a.pauses?.applied,
  };
  return (e) => explainEntry(e, cases.get(e.caseId), ctx);
}
