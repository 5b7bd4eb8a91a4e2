/**
 * A case's deadlines and steps as the desk shows them, computed by the same evaluation as the KPIs
 * (../deadlines): what a new case will run ("书面送达物业：10月10日 16:30 前"), which steps a case still
 * waits for, and the state that follows from its times (for a blank 状态 cell).
 */
import type { Case, ComplianceEntry, DateField } from "../model";
import type { LocalMinutes } from "../time";
import { evaluateCompliance, FIELD_LABELS, type DeadlineConfig, type DeadlineRule } from "../deadlines";
import { RULE_LABELS } from "../labels";
import { dateTimeText, type Lang } from "./text";

type Text = { zh: string; en: string };

/** What the clerk must get done for a rule, in the clerk's words. */
const RULE_STEPS: Record<string, Text> = {
  "notify-property": { zh: "书面送达物业", en: "Written notice to the property company" },
  "notify-engineering": { zh: "书面告知工程部", en: "Written notice to engineering" },
  "design-issue": { zh: "设计出图", en: "Design drawings issued" },
  "agreed-completion": { zh: "按约定完成", en: "Complete by the agreed date" },
  "follow-up": { zh: "回访", en: "Follow-up call" },
  rectify: { zh: "物业整改完成", en: "Property company's rectification" },
  "reply-referral": { zh: "书面回复物业", en: "Written reply to the property company" },
};

export function ruleStepText(rule: string, lang: Lang): string {
  return (RULE_STEPS[rule] ?? RULE_LABELS[rule])?.[lang] ?? rule;
}

const FIELD_EN: Record<DateField, string> = {
  receivedAt: "receipt",
  notifiedAt: "notice",
  agreedAt: "the agreed date",
  designIssuedAt: "drawings",
  completedAt: "completion",
  repliedAt: "reply",
  followUpAt: "follow-up",
};

/** One deadline a case runs: due now, or waiting for the step that starts its clock. */
export interface DeadlinePreview {
  rule: string;
  status: ComplianceEntry["status"];
  dueAt: LocalMinutes | null;
  /** The step whose time starts this rule's clock, when it has not happened yet. */
  waitsFor: DateField | null;
}

const RUNNING = new Set<ComplianceEntry["status"]>(["open", "due-soon", "overdue"]);

function ruleById(config: DeadlineConfig): Map<string, DeadlineRule> {
  return new Map(config.rules.map((r) => [r.id, r]));
}

/**
 * The deadlines of one case at `now`: every rule that applies, with its due when its clock runs, or
 * the step it waits for. Rules already met or breached are left out (nothing more to do).
 */
export function previewDeadlines(c: Case, config: DeadlineConfig, now: LocalMinutes): DeadlinePreview[] {
  // A case typed in ahead of its receipt time is judged at its receipt, so its clocks show.
  const asOf = Math.max(now, c.receivedAt.at);
  const rules = ruleById(config);
  const out: DeadlinePreview[] = [];
  for (const e of evaluateCompliance([c], config, asOf)) {
    const rule = rules.get(e.rule) as DeadlineRule;
    if (RUNNING.has(e.status)) out.push({ rule: e.rule, status: e.status, dueAt: e.dueAt, waitsFor: null });
    else if (
      e.status === "unknown" &&
      rule.start !== null &&
      c[rule.start] === null &&
      c.invalid[rule.start] === undefined
    )
      out.push({ rule: e.rule, status: e.status, dueAt: e.dueAt, waitsFor: rule.start });
  }
  return out;
}

function limitText(rule: DeadlineRule, lang: Lang): string {
  const n = rule.limit;
  switch (rule.clock) {
    case "working-hours":
      return lang === "zh" ? `${n}个工作小时` : `${n} working hours`;
    case "calendar-hours":
      return lang === "zh" ? `${n}小时` : `${n} hours`;
    case "calendar-days":
      return lang === "zh" ? `${n}天` : `${n} days`;
    case "working-days":
      return lang === "zh" ? `${n}个工作日` : `${n} working days`;
    case "absolute":
      return "";
  }
}

/** "书面送达物业：10月10日 16:30 前", or "物业整改：送达时间后5天内" while its clock has not started. */
export function previewText(p: DeadlinePreview, config: DeadlineConfig, now: LocalMinutes, lang: Lang): string {
  const step = ruleStepText(p.rule, lang);
  if (p.dueAt !== null && p.waitsFor === null)
    return lang === "zh"
      ? `${step}：${dateTimeText(p.dueAt, now, lang)} 前`
      : `${step}: by ${dateTimeText(p.dueAt, now, lang)}`;
  const rule = ruleById(config).get(p.rule) as DeadlineRule;
  const from = p.waitsFor ?? "receivedAt";
  return lang === "zh"
    ? `${step}：${FIELD_LABELS[from]}后${limitText(rule, lang)}内`
    : `${step}: within ${limitText(rule, lang)} of ${FIELD_EN[from]}`;
}

/** A step the clerk can stamp: the date field it fills, and the earliest due among the rules waiting on it. */
export interface PendingStep {
  field: DateField;
  dueAt: LocalMinutes | null;
  /** The rules that stop (or start) with this step. */
  rules: string[];
}

/** Steps in the order a case goes through them. */
const STEP_ORDER: readonly DateField[] = ["notifiedAt", "designIssuedAt", "repliedAt", "completedAt", "followUpAt"];

/**
 * The steps a case still waits for, at `now`: the stop of every running rule and the start of every rule
 * waiting to start; 完成 whenever it is blank, since every case ends with it.
 */
export function pendingSteps(c: Case, config: DeadlineConfig, now: LocalMinutes): PendingStep[] {
  const asOf = Math.max(now, c.receivedAt.at);
  const rules = ruleById(config);
  const steps = new Map<DateField, PendingStep>();
  const add = (field: DateField, dueAt: LocalMinutes | null, rule: string | null): void => {
    if (c[field] !== null) return;
    let s = steps.get(field);
    if (s === undefined) steps.set(field, (s = { field, dueAt: null, rules: [] }));
    if (dueAt !== null && (s.dueAt === null || dueAt < s.dueAt)) s.dueAt = dueAt;
    if (rule !== null && !s.rules.includes(rule)) s.rules.push(rule);
  };
  for (const e of evaluateCompliance([c], config, asOf)) {
    const rule = rules.get(e.rule) as DeadlineRule;
    if (RUNNING.has(e.status)) add(rule.stop, e.dueAt, rule.id);
    else if (e.status === "unknown" && rule.start !== null && c[rule.start] === null) add(rule.start, null, rule.id);
  }
  add("completedAt", null, null);
  return STEP_ORDER.filter((f) => steps.has(f)).map((f) => steps.get(f) as PendingStep);
}

const STEP_TEXT: Record<DateField, Text> = {
  receivedAt: { zh: "受理", en: "Received" },
  notifiedAt: { zh: "送达", en: "Notice delivered" },
  agreedAt: { zh: "约定完成", en: "Agreed completion" },
  designIssuedAt: { zh: "设计出图", en: "Drawings issued" },
  completedAt: { zh: "完成", en: "Completed" },
  repliedAt: { zh: "回复", en: "Replied" },
  followUpAt: { zh: "回访", en: "Followed up" },
};

/** A step's name for this case: a notice goes to the property company, engineering or design. */
export function stepText(c: Case, field: DateField, lang: Lang): string {
  if (field === "notifiedAt") {
    if (c.major || c.responsible === "engineering") return lang === "zh" ? "告知工程部" : "Engineering notified";
    if (c.responsible === "design") return lang === "zh" ? "送达设计部" : "Design notified";
    if (c.responsible === "property") return lang === "zh" ? "送达物业" : "Property company notified";
  }
  return STEP_TEXT[field][lang];
}

/** Where a case stands, from its times alone. */
export type CaseState = "received" | "in-progress" | "completed" | "awaiting-follow-up" | "followed-up";
export const CASE_STATES: readonly CaseState[] = [
  "received",
  "in-progress",
  "awaiting-follow-up",
  "completed",
  "followed-up",
];

const STATE_TEXT: Record<CaseState, Text> = {
  received: { zh: "待处理", en: "Received" },
  "in-progress": { zh: "处理中", en: "In progress" },
  "awaiting-follow-up": { zh: "待回访", en: "Awaiting follow-up" },
  completed: { zh: "已办结", en: "Closed" },
  "followed-up": { zh: "已回访", en: "Followed up" },
};

/** Follow-up is due for complaints and repairs (§9.3, the follow-up rule's default scope). */
export function caseState(c: Case, config: DeadlineConfig): CaseState {
  if (c.followUpAt !== null) return "followed-up";
  if (c.completedAt !== null) {
    const followUp = config.rules.find((r) => r.stop === "followUpAt");
    const wanted = followUp === undefined || followUp.appliesTo.categories?.includes(c.category) !== false;
    return wanted ? "awaiting-follow-up" : "completed";
  }
  if (c.notifiedAt !== null || c.repliedAt !== null || c.designIssuedAt !== null) return "in-progress";
  return "received";
}

export function stateText(s: CaseState, lang: Lang): string {
  return STATE_TEXT[s][lang];
}
