/**
 * The deadline sections of the Settings sheet (设置). Calendar sections (工作时间, 节假日 YYYY) are read by
 * ../calendar; this module adds `时限规则`, one row per rule attribute:
 *
 *   时限规则  8小时内书面送达物业.时限  8 小时   (§5.7.1; the rule's id, notify-property.时限, reads too)
 *   时限规则  8小时内书面送达物业.时钟  中心工作时间
 *   时限规则  8小时内书面送达物业.预警  75%
 *
 * A clerk changes a value in place (8 小时 → 6 小时), switches a rule off with `<id>.启用 = 否`, or adds a
 * rule by writing rows for a new id (适用, 开始, 停止, 时限, 时钟 are then required). A bad value is
 * reported by cell and that rule keeps its default.
 */
import { CATEGORY_LABELS, CHANNEL_LABELS, RESPONSIBLE_LABELS, RULE_LABELS } from "../labels";
import { isMessage, msg, type Message, type Words } from "../messages";
import type {
  Category,
  Channel,
  DateField,
  Responsible,
  SettingsDefault,
  SettingsEntry,
  SettingsError,
} from "../model";
import { CHANNELS, RESPONSIBLES } from "../model";
import { calendarSettingsDefaults, readCalendarSettings } from "../calendar";
import { categoryOfWord } from "../shared/category-words";
import {
  fold,
  keyCell,
  plain,
  readShare as readShareText,
  readYesNo,
  settingsError,
  splitList,
  valueCell,
} from "../shared/settings-values";
import { FIELD_LABELS, FIELD_LABELS_EN, readField } from "./fields";
import { pauseSettingsDefaults, readPauseSettings, ruleIdOf } from "./pause-settings";
import {
  CENTER_SETTING,
  cloneRule,
  DEFAULT_RULES,
  unitOf,
  type Applicability,
  type Clock,
  type DeadlineConfig,
  type DeadlineRule,
} from "./rules";

export const RULES_SECTION = "时限规则";
const RULES_SECTIONS = new Set(["时限规则", "时限", "deadlinerules", "deadlines"]);

const CLOCK_WORDS: Record<Clock, string> = {
  "working-hours": "中心工作时间",
  "calendar-hours": "自然小时",
  "calendar-days": "自然日",
  "working-days": "法定工作日",
  absolute: "约定时间",
};
/** A clock as a message names it: the Settings word in Chinese, the id (which the reader takes too) in English. */
const clockName = (c: Clock): Words => ({ zh: CLOCK_WORDS[c], en: c });
const DATE_COLUMNS: readonly Words[] = (Object.keys(FIELD_LABELS) as DateField[]).map((f) => ({
  zh: FIELD_LABELS[f],
  en: FIELD_LABELS_EN[f],
}));
const CLOCK_ALIASES: Record<string, Clock> = {
  中心工作时间: "working-hours",
  工作时间: "working-hours",
  自然小时: "calendar-hours",
  小时: "calendar-hours",
  自然日: "calendar-days",
  日历日: "calendar-days",
  天: "calendar-days",
  法定工作日: "working-days",
  工作日: "working-days",
  约定时间: "absolute",
  约定日期: "absolute",
};

type Attr =
  "clause" | "applies" | "start" | "stop" | "due" | "limit" | "clock" | "warn" | "enabled" | "source" | "repairs";
const ATTRS: Record<string, Attr> = {
  条款: "clause",
  clause: "clause",
  适用: "applies",
  适用范围: "applies",
  applies: "applies",
  appliesto: "applies",
  开始: "start",
  起算: "start",
  start: "start",
  停止: "stop",
  结束: "stop",
  stop: "stop",
  截止: "due",
  due: "due",
  时限: "limit",
  limit: "limit",
  时钟: "clock",
  计时方式: "clock",
  clock: "clock",
  预警: "warn",
  duesoon: "warn",
  warn: "warn",
  启用: "enabled",
  enabled: "enabled",
  来源: "source",
  source: "source",
  含维修: "repairs",
  includerepairs: "repairs",
  repairs: "repairs",
};
const ATTR_ZH: Record<Attr, string> = {
  clause: "条款",
  applies: "适用",
  start: "开始",
  stop: "停止",
  due: "截止",
  limit: "时限",
  clock: "时钟",
  warn: "预警",
  enabled: "启用",
  source: "来源",
  repairs: "含维修",
};

// ---------------------------------------------------------------- applicability text

function codeReader<K extends string>(codes: readonly K[], labels: Record<K, { zh: string; en: string }>) {
  return (word: string): K | null => {
    const w = fold(word);
    return codes.find((k) => w === k || w === fold(labels[k].zh) || w === fold(labels[k].en)) ?? null;
  };
}
const readResponsible = codeReader<Responsible>(RESPONSIBLES, RESPONSIBLE_LABELS);
const readChannel = codeReader<Channel>(CHANNELS, CHANNEL_LABELS);

const CONDITION_KEYS: Record<string, "categories" | "responsible" | "channels" | "major" | "present"> = {
  类别: "categories",
  category: "categories",
  责任单位: "responsible",
  responsible: "responsible",
  来源渠道: "channels",
  渠道: "channels",
  channel: "channels",
  重大质量问题: "major",
  重大: "major",
  major: "major",
  已填: "present",
  present: "present",
};

/** `类别=投诉,建议; 责任单位=物业公司` → Applicability, or an error message. `全部` = every case. */
export function readApplicability(text: string): Applicability | Message {
  const a: Applicability = { categories: null, responsible: null, channels: null, major: null, present: [] };
  const t = plain(text);
  if (["", "全部", "所有", "all"].includes(fold(t))) return a;
  for (const clause of t
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=:]+)[=:](.*)$/.exec(clause);
    const key = m ? CONDITION_KEYS[fold(m[1])] : undefined;
    if (!m || !key) return msg("settings.condition-unreadable", { clause });
    const words = splitList(m[2]);
    if (words.length === 0) return msg("settings.condition-empty", { clause });
    if (key === "major") {
      const yes = words.length === 1 ? readYesNo(words[0]) : null;
      if (yes === null) return msg("settings.condition-major", { value: m[2] });
      a.major = yes;
      continue;
    }
    const reader = {
      categories: categoryOfWord,
      responsible: readResponsible,
      channels: readChannel,
      present: readField,
    }[key];
    const values: string[] = [];
    for (const w of words) {
      const v = reader(w);
      if (v === null) return msg("settings.condition-value", { value: w, key: m[1].trim() });
      values.push(v);
    }
    if (key === "present") a.present = values as DateField[];
    else if (key === "categories") a.categories = values as Category[];
    else if (key === "responsible") a.responsible = values as Responsible[];
    else a.channels = values as Channel[];
  }
  return a;
}

export function formatApplicability(a: Applicability): string {
  const parts: string[] = [];
  if (a.categories) parts.push(`类别=${a.categories.map((k) => CATEGORY_LABELS[k].zh).join("，")}`);
  if (a.responsible) parts.push(`责任单位=${a.responsible.map((k) => RESPONSIBLE_LABELS[k].zh).join("，")}`);
  if (a.channels) parts.push(`来源渠道=${a.channels.map((k) => CHANNEL_LABELS[k].zh).join("，")}`);
  if (a.major !== null) parts.push(`重大质量问题=${a.major ? "是" : "否"}`);
  if (a.present.length) parts.push(`已填=${a.present.map((f) => FIELD_LABELS[f]).join("，")}`);
  // Full-width separators, as Chinese text writes them (the reader folds them to ASCII).
  return parts.length ? parts.join("；") : "全部";
}

// ---------------------------------------------------------------- limits, clocks, shares

/** `8 小时`, `3 天`, `3 个工作日`, `8h`, `3 days` → number and the unit written (null when bare). */
export function readLimit(text: string): { value: number; unit: "hours" | "days" | null; working: boolean } | Message {
  const t = fold(text);
  const m = /^(\d+(?:\.\d+)?)(.*)$/.exec(t);
  if (!m) return msg("settings.limit-unreadable", { value: text });
  const value = Number(m[1]);
  const u = m[2];
  if (!(value > 0)) return msg("settings.limit-positive", {});
  if (u === "") return { value, unit: null, working: false };
  if (["小时", "个小时", "h", "hr", "hrs", "hour", "hours", "工作小时"].includes(u))
    return { value, unit: "hours", working: u === "工作小时" };
  if (["天", "日", "d", "day", "days", "自然日"].includes(u)) return { value, unit: "days", working: false };
  if (["个工作日", "工作日", "workingdays", "workingday", "wd"].includes(u))
    return { value, unit: "days", working: true };
  return msg("settings.limit-unit", { unit: m[2] });
}

export function formatLimit(r: DeadlineRule): string {
  if (r.clock === "working-days") return `${r.limit} 个工作日`;
  return unitOf(r.clock) === "hours" ? `${r.limit} 小时` : `${r.limit} 天`;
}

function readClockWord(text: string): Clock | null {
  const t = fold(text);
  return (
    CLOCK_ALIASES[t] ??
    (["working-hours", "calendar-hours", "calendar-days", "working-days", "absolute"] as Clock[]).find(
      (c) => c === t,
    ) ??
    null
  );
}

/** `75%` or `0.75` → 0.75. */
function readShare(text: string): number | null {
  const share = readShareText(text);
  if (share === null) return null;
  const v = share.percent ? share.value / 100 : share.value;
  return v > 0 && v <= 1 ? v : null;
}

// ---------------------------------------------------------------- reading

/**
 * The switch 含维修: adds the repairs to (or takes them from) a rule limited to some categories, such as
 * rectify (§5.7.1 names complaints and suggestions; a center may also hold the property company to its repairs).
 */
function withRepairs(r: DeadlineRule, on: boolean): void {
  const cats = r.appliesTo.categories;
  if (cats === null) return;
  const rest = cats.filter((k) => k !== "repair");
  r.appliesTo.categories = on ? [...rest, "repair"] : rest;
}

export interface DeadlineSettingsResult {
  config: DeadlineConfig;
  errors: SettingsError[];
  warnings: Message[];
}

interface RuleEdit {
  firstRow: number;
  rows: Partial<Record<Attr, number>>;
  set: Partial<Record<Attr, unknown>>;
  limitUnit?: { unit: "hours" | "days" | null; working: boolean };
}

/** Checks a whole rule; returns the attribute at fault and why, or null when it is usable. */
function ruleProblem(r: DeadlineRule, unit: RuleEdit["limitUnit"]): { attr: Attr; message: Message } | null {
  if (r.clock === "absolute") {
    if (!r.due)
      return {
        attr: "due",
        message: msg("settings.rule-needs-due", { rule: ruleKey(r.id) }),
      };
    return null;
  }
  if (!r.start) return { attr: "start", message: msg("settings.rule-needs-start", { rule: ruleKey(r.id) }) };
  if (r.start === r.stop) return { attr: "stop", message: msg("settings.rule-start-is-stop", { rule: ruleKey(r.id) }) };
  if (unit?.unit && unit.unit !== unitOf(r.clock)) {
    return {
      attr: "limit",
      message: msg("settings.limit-unit-clock", {
        unit: unit.unit === "hours" ? { zh: "小时", en: "hours" } : { zh: "天", en: "days" },
        clock: clockName(r.clock),
      }),
    };
  }
  if (unit?.working && r.clock !== "working-days" && r.clock !== "working-hours") {
    return { attr: "limit", message: msg("settings.limit-working-clock", { clock: clockName(r.clock) }) };
  }
  if (unitOf(r.clock) === "days" && !Number.isInteger(r.limit))
    return { attr: "limit", message: msg("settings.limit-whole-days", {}) };
  if (unitOf(r.clock) === "hours" && !Number.isInteger(Math.round(r.limit * 600) / 10)) {
    return { attr: "limit", message: msg("settings.limit-minutes", {}) };
  }
  return null;
}

export function readDeadlineSettings(entries: readonly SettingsEntry[]): DeadlineSettingsResult {
  const cal = readCalendarSettings(entries);
  const errors: SettingsError[] = [...cal.errors];
  const warnings: Message[] = [...cal.warnings];
  const rules: DeadlineRule[] = DEFAULT_RULES.map(cloneRule);
  const edits = new Map<string, RuleEdit>();

  for (const e of entries) {
    if (!RULES_SECTIONS.has(fold(e.section))) continue;
    const key = plain(e.key);
    const dot = key.lastIndexOf(".");
    const attr = dot > 0 ? ATTRS[fold(key.slice(dot + 1))] : undefined;
    // A rule is named as the center calls it (8小时内书面送达物业.时限); its id (notify-property) is read too.
    const named = dot > 0 ? key.slice(0, dot).trim() : "";
    const id = named === "" ? "" : (ruleIdOf(named, DEFAULT_RULES) ?? named);
    if (!attr || id === "") {
      errors.push(settingsError(keyCell(e.row), msg("settings.rule-key", { key: e.key })));
      continue;
    }
    let edit = edits.get(id);
    if (!edit) {
      edit = { firstRow: e.row, rows: {}, set: {} };
      edits.set(id, edit);
    }
    const bad = (detail: Message) =>
      errors.push(settingsError(valueCell(e.row), msg("settings.in-key", { key: attrKey(id, attr), detail })));
    const value = e.value.trim();
    switch (attr) {
      case "clause":
      case "source":
        edit.set[attr] = value;
        break;
      case "applies": {
        const a = readApplicability(value);
        if (isMessage(a)) bad(a);
        else edit.set.applies = a;
        break;
      }
      case "start":
      case "due": {
        if (["", "无", "—", "-", "none"].includes(fold(value))) edit.set[attr] = null;
        else {
          const f = readField(value);
          if (f === null) bad(msg("settings.not-a-date-column", { value, columns: DATE_COLUMNS }));
          else edit.set[attr] = f;
        }
        break;
      }
      case "stop": {
        const f = readField(value);
        if (f === null) bad(msg("settings.not-a-date-column", { value, columns: DATE_COLUMNS }));
        else edit.set.stop = f;
        break;
      }
      case "limit": {
        const l = readLimit(value);
        if (isMessage(l)) bad(l);
        else {
          edit.set.limit = l.value;
          edit.limitUnit = { unit: l.unit, working: l.working };
        }
        break;
      }
      case "clock": {
        const c = readClockWord(value);
        if (c === null)
          bad(msg("settings.not-a-clock", { value, clocks: (Object.keys(CLOCK_WORDS) as Clock[]).map(clockName) }));
        else edit.set.clock = c;
        break;
      }
      case "warn": {
        const s = readShare(value);
        if (s === null) bad(msg("settings.bad-share", { value }));
        else edit.set.warn = s;
        break;
      }
      case "enabled":
      case "repairs": {
        const y = readYesNo(value);
        if (y === null) bad(msg("settings.yes-no", { value }));
        else edit.set[attr] = y;
        break;
      }
    }
    edit.rows[attr] = e.row;
  }

  const disabled = new Set<string>();
  for (const [id, edit] of edits) {
    const index = rules.findIndex((r) => r.id === id);
    const isNew = index < 0;
    const s = edit.set;
    if (isNew) {
      const required: Attr[] = ["applies", "stop", "clock"];
      if (s.clock !== "absolute") required.push("start", "limit");
      const lacking = required.filter((a) => s[a] === undefined);
      if (lacking.length) {
        errors.push(
          settingsError(
            keyCell(edit.firstRow),
            msg("settings.new-rule-lacks", { rule: id, keys: lacking.map((a) => attrKey(id, a)) }),
          ),
        );
        continue;
      }
    }
    const base: DeadlineRule = isNew
      ? {
          id,
          clause: "",
          appliesTo: { categories: null, responsible: null, channels: null, major: null, present: [] },
          start: null,
          stop: "completedAt",
          due: null,
          limit: 0,
          clock: "calendar-days",
          dueSoonAt: 0.75,
          source: "设置 Settings",
        }
      : rules[index];
    const next: DeadlineRule = {
      ...cloneRule(base),
      clause: (s.clause as string | undefined) ?? base.clause,
      source: (s.source as string | undefined) ?? (isNew ? "设置 Settings" : base.source),
      appliesTo: (s.applies as Applicability | undefined) ?? cloneRule(base).appliesTo,
      start: s.start !== undefined ? (s.start as DateField | null) : base.start,
      stop: (s.stop as DateField | undefined) ?? base.stop,
      due: s.due !== undefined ? (s.due as DateField | null) : base.due,
      limit: (s.limit as number | undefined) ?? base.limit,
      clock: (s.clock as Clock | undefined) ?? base.clock,
      dueSoonAt: (s.warn as number | undefined) ?? base.dueSoonAt,
    };
    if (s.repairs !== undefined) withRepairs(next, s.repairs as boolean);
    const problem = ruleProblem(next, edit.limitUnit);
    if (problem) {
      const row = edit.rows[problem.attr] ?? edit.rows.clock ?? edit.rows.limit ?? edit.firstRow;
      errors.push(
        settingsError(valueCell(row), msg("settings.rule-kept", { detail: problem.message, isNew: isNew ? 1 : 0 })),
      );
      continue;
    }
    if (s.enabled === false) disabled.add(id);
    if (isNew) rules.push(next);
    else rules[index] = next;
  }

  const inForce = rules.filter((r) => !disabled.has(r.id));
  const pause = readPauseSettings(entries, inForce);
  errors.push(...pause.errors);
  return {
    config: { calendar: cal.calendar, rules: inForce, pausing: pause.pausing, writtenKinds: pause.writtenKinds },
    errors,
    warnings,
  };
}

// ---------------------------------------------------------------- defaults

/** Where each rule's clock choice comes from (the limit's source is the rule's own). */
const CLOCK_SOURCES: Record<string, string> = {
  "notify-property": "§5.7.1, §5.2",
  "reply-referral": `§5.7.3“3日内”；按自然日为${CENTER_SETTING}`,
  "design-issue": "§5.6.3“3个工作日”",
  "notify-engineering": CENTER_SETTING,
  "agreed-completion": "§5.6.2",
  "follow-up": CENTER_SETTING,
  rectify: CENTER_SETTING,
};

const ADD_RULE_NOTE =
  "新增规则：取一个新名称，写 名称.适用、名称.开始、名称.停止、名称.时限、名称.时钟 各一行；停用规则：名称.启用 = 否。";

/** A rule as the Settings sheet names it: the center's name for a built-in rule, else the name it was given. */
/** A rule as a message names it: the center's name in Chinese, its id (which Settings read too) in English. */
function ruleKey(id: string): Words {
  return { zh: ruleName(id), en: id };
}
/** A rule's attribute as a Settings key: 8小时内书面送达物业.时限 in Chinese, notify-property.limit in English. */
function attrKey(id: string, attr: Attr): Words {
  return { zh: `${ruleName(id)}.${ATTR_ZH[attr]}`, en: `${id}.${attr}` };
}

function ruleName(id: string): string {
  return RULE_LABELS[id]?.zh ?? id;
}

export function deadlineSettingsDefaults(): SettingsDefault[] {
  const rows: SettingsDefault[] = [...calendarSettingsDefaults()];
  for (const r of DEFAULT_RULES) {
    const row = (attr: Attr, value: string, source: string, note?: string) =>
      rows.push({
        section: RULES_SECTION,
        key: `${ruleName(r.id)}.${ATTR_ZH[attr]}`,
        value,
        source,
        ...(note ? { note } : {}),
      });
    row("clause", r.clause, r.clause, r === DEFAULT_RULES[0] ? ADD_RULE_NOTE : undefined);
    row("applies", formatApplicability(r.appliesTo), r.clause, "条件用；分隔，如 类别=投诉，建议；责任单位=物业公司");
    if (r.clock === "absolute") {
      row("due", FIELD_LABELS[r.due ?? "agreedAt"], r.clause, "只有日期时，当天 24:00 到期");
    } else {
      row("start", FIELD_LABELS[r.start ?? "receivedAt"], r.clause);
    }
    row("stop", FIELD_LABELS[r.stop], r.clause);
    if (r.clock !== "absolute") row("limit", formatLimit(r), r.source);
    row(
      "clock",
      CLOCK_WORDS[r.clock],
      CLOCK_SOURCES[r.id] ?? CENTER_SETTING,
      "中心工作时间 / 自然小时 / 自然日 / 法定工作日 / 约定时间",
    );
    row("warn", `${Math.round(r.dueSoonAt * 100)}%`, CENTER_SETTING, "已用时限达到此比例即“即将到期”");
    if (r.id === "rectify") {
      row("repairs", "否", CENTER_SETTING, "是：物业公司负责的维修也按整改时限考核");
    }
  }
  rows.push(...pauseSettingsDefaults());
  return rows;
}
