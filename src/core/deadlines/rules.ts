/**
 * The deadline rules of DESIGN §3 as data: which cases a rule applies to, which dates start and stop its
 * clock, the limit and the clock it is measured on. Settings can edit any of it or add rules.
 */
import type { RuleInfo } from "../analysis";
import type { Category, Channel, DateField, Responsible } from "../model";
import type { CalendarConfig } from "../calendar";

export type Clock = "working-hours" | "calendar-hours" | "calendar-days" | "working-days" | "absolute";
export const CLOCKS: readonly Clock[] = [
  "working-hours",
  "calendar-hours",
  "calendar-days",
  "working-days",
  "absolute",
];

/** All conditions must hold; a null list means "any". */
export interface Applicability {
  categories: Category[] | null;
  responsible: Responsible[] | null;
  channels: Channel[] | null;
  major: boolean | null;
  /** Date fields that must be filled (as of the as-of instant). */
  present: DateField[];
}

export interface DeadlineRule {
  id: string;
  clause: string;
  appliesTo: Applicability;
  /** The date that starts the clock; null for an `absolute` rule. */
  start: DateField | null;
  /** The date that stops it. */
  stop: DateField;
  /** For `absolute` rules: the date that is itself the deadline (end of day when it has no time). */
  due: DateField | null;
  /** Hours for the hour clocks, days for the day clocks; unused by `absolute`. */
  limit: number;
  clock: Clock;
  /** Share of the limit used (in the rule's own clock) from which a running case is `due-soon`. */
  dueSoonAt: number;
  /** Where each value comes from: a manual clause or 中心设定 center setting. */
  source: string;
  /**
   * The stop counts only when the delivery was written (送达方式 among the written kinds): §5.7.1 asks for
   * delivery 以书面的形式. A verbal one leaves the clock running.
   */
  writtenStop?: boolean;
}

export const CENTER_SETTING = "中心设定";

const any: Applicability = { categories: null, responsible: null, channels: null, major: null, present: [] };

/** DESIGN §3, ids exactly as there. */
export const DEFAULT_RULES: readonly DeadlineRule[] = Object.freeze([
  {
    id: "notify-property",
    clause: "§5.7.1",
    appliesTo: { ...any, categories: ["complaint", "suggestion"], responsible: ["property"] },
    start: "receivedAt",
    stop: "notifiedAt",
    due: null,
    limit: 8,
    clock: "working-hours",
    dueSoonAt: 0.75,
    source: "§5.7.1（8小时内以书面形式送达物业公司）",
    writtenStop: true,
  },
  {
    id: "reply-referral",
    clause: "§5.7.3, §5.7.4",
    appliesTo: { ...any, channels: ["property-referral"] },
    start: "receivedAt",
    stop: "repliedAt",
    due: null,
    limit: 3,
    clock: "calendar-days",
    dueSoonAt: 0.75,
    source: "§5.7.3, §5.7.4（3日内给予书面回复）",
  },
  {
    id: "design-issue",
    clause: "§5.6.3",
    appliesTo: { ...any, responsible: ["design"] },
    start: "notifiedAt",
    stop: "designIssuedAt",
    due: null,
    limit: 3,
    clock: "working-days",
    dueSoonAt: 0.75,
    source: "§5.6.3（3个工作日内完成设计出图）",
  },
  {
    id: "notify-engineering",
    clause: "§5.6.1",
    appliesTo: { ...any, major: true },
    start: "receivedAt",
    stop: "notifiedAt",
    due: null,
    limit: 1,
    clock: "working-days",
    dueSoonAt: 0.75,
    source: "§5.6.1“及时书面告知”；1个工作日为中心设定",
  },
  {
    id: "agreed-completion",
    clause: "§5.6.2",
    appliesTo: { ...any, present: ["agreedAt"] },
    start: null,
    stop: "completedAt",
    due: "agreedAt",
    limit: 0,
    clock: "absolute",
    dueSoonAt: 0.75,
    source: "§5.6.2（按照约定时间完成）",
  },
  {
    id: "follow-up",
    clause: "§9.3",
    appliesTo: { ...any, categories: ["complaint", "repair"], present: ["completedAt"] },
    start: "completedAt",
    stop: "followUpAt",
    due: null,
    limit: 3,
    clock: "calendar-days",
    dueSoonAt: 0.75,
    source: "§9.3 回访；3天为中心设定",
  },
  {
    id: "rectify",
    clause: "§5.7.1",
    // §5.7.1 asks the property company to rectify the complaints and suggestions the center delivers to it;
    // an enquiry (日常) is answered, not rectified. Its repairs join only by the Settings switch 含维修.
    appliesTo: { ...any, categories: ["complaint", "suggestion"], responsible: ["property"] },
    start: "notifiedAt",
    stop: "completedAt",
    due: null,
    limit: 5,
    clock: "calendar-days",
    dueSoonAt: 0.75,
    source: "§5.7.1 对照整改；5天为中心设定",
  },
] satisfies DeadlineRule[]);

/** Which clocks a pause (暂停记录) may stop, and on what grounds (Settings section 暂停). */
export interface PauseSettings {
  /** Ids of the rules that may pause. */
  rules: string[];
  /** Accepted reasons (a pause's 原因 must contain one); null = any reason written. */
  reasons: string[] | null;
  /** Most pause time per case, in minutes of the wall clock; null = no cap. */
  capMinutes: number | null;
}

export interface DeadlineConfig {
  calendar: CalendarConfig;
  rules: DeadlineRule[];
  /** Absent = the defaults (DEFAULT_PAUSING). */
  pausing?: PauseSettings;
  /** The 送达方式 that count as written (§5.7.1); absent = DEFAULT_WRITTEN_KINDS. */
  writtenKinds?: string[];
}

/**
 * By default the day and hour rules may pause but those that are the center's own duties (notify-property,
 * notify-engineering, reply-referral); the agreed completion date is never paused: a new date is agreed instead.
 */
export const DEFAULT_PAUSING: Readonly<PauseSettings> = Object.freeze({
  rules: ["design-issue", "follow-up", "rectify"],
  reasons: null,
  capMinutes: null,
});

/** §5.7.1 “以书面的形式”: a contact form, a letter, an e-mail or a WeChat message leave a written trace. */
export const DEFAULT_WRITTEN_KINDS: readonly string[] = Object.freeze(["书面", "联系单", "邮件", "微信"]);

/** A deep copy of the defaults, safe to edit. */
export function defaultRules(): DeadlineRule[] {
  return DEFAULT_RULES.map(cloneRule);
}

export function cloneRule(r: DeadlineRule): DeadlineRule {
  const a = r.appliesTo;
  return {
    ...r,
    appliesTo: {
      categories: a.categories && [...a.categories],
      responsible: a.responsible && [...a.responsible],
      channels: a.channels && [...a.channels],
      major: a.major,
      present: [...a.present],
    },
  };
}

/** Lateness is reported in hours for the hour clocks and in days otherwise. */
export function unitOf(clock: Clock): "hours" | "days" {
  return clock === "working-hours" || clock === "calendar-hours" ? "hours" : "days";
}

export function ruleInfos(config: DeadlineConfig): RuleInfo[] {
  return config.rules.map((r) => ({
    id: r.id,
    clause: r.clause,
    limit: r.limit,
    unit: unitOf(r.clock),
    clock: r.clock,
  }));
}
