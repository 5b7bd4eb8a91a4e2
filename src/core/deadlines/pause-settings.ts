/**
 * The Settings sections for pauses and written delivery:
 *
 *   暂停      可暂停规则   design-issue, follow-up, rectify   (which clocks a pause may stop)
 *   暂停      认可原因     （空 = 任何写明的原因）              (a pause's 原因 must contain one of these)
 *   暂停      每案上限     （空 = 不限），如 30 天、48 小时     (most pause time per case)
 *   送达方式  书面方式     书面, 联系单, 邮件, 微信             (§5.7.1 以书面的形式)
 *
 * A bad value is reported by cell and the default stays in force.
 */
import { msg } from "../messages";
import type { SettingsDefault, SettingsEntry, SettingsError } from "../model";
import { RULE_LABELS } from "../labels";
import { fold, keyCell, settingsError, splitList, valueCell } from "../shared/settings-values";
import { CENTER_SETTING, DEFAULT_PAUSING, DEFAULT_WRITTEN_KINDS, type DeadlineRule, type PauseSettings } from "./rules";

export const PAUSE_SECTION = "暂停";
export const DELIVERY_SECTION = "送达方式";
const PAUSE_SECTIONS = new Set(["暂停", "pauses", "pause"]);
const DELIVERY_SECTIONS = new Set(["送达方式", "送达", "delivery"]);

type PauseKey = "rules" | "reasons" | "cap";
const PAUSE_KEYS: Record<string, PauseKey> = {
  可暂停规则: "rules",
  可暂停: "rules",
  rules: "rules",
  认可原因: "reasons",
  原因: "reasons",
  reasons: "reasons",
  每案上限: "cap",
  上限: "cap",
  cap: "cap",
};
const WRITTEN_KEYS = new Set(["书面方式", "书面", "written"]);

/** `30 天`, `48 小时`, `2d` → minutes; null when unreadable. */
function readSpan(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(.*)$/.exec(fold(text));
  if (!m) return null;
  const n = Number(m[1]);
  if (!(n > 0)) return null;
  if (["天", "日", "d", "day", "days"].includes(m[2])) return Math.round(n * 1440);
  if (["小时", "个小时", "h", "hour", "hours"].includes(m[2])) return Math.round(n * 60);
  return null;
}

/** A rule named by its id or by its name in either language. */
export function ruleIdOf(word: string, rules: readonly Pick<DeadlineRule, "id">[]): string | null {
  const w = fold(word);
  for (const r of rules) {
    const l = RULE_LABELS[r.id];
    if (w === fold(r.id) || (l && (w === fold(l.zh) || w === fold(l.en)))) return r.id;
  }
  return null;
}

export interface PauseSettingsResult {
  pausing: PauseSettings;
  writtenKinds: string[];
  errors: SettingsError[];
}

export function readPauseSettings(
  entries: readonly SettingsEntry[],
  rules: readonly DeadlineRule[],
): PauseSettingsResult {
  const pausing: PauseSettings = { ...DEFAULT_PAUSING, rules: [...DEFAULT_PAUSING.rules] };
  let writtenKinds = [...DEFAULT_WRITTEN_KINDS];
  const errors: SettingsError[] = [];
  for (const e of entries) {
    const section = fold(e.section);
    const value = e.value.trim();
    if (DELIVERY_SECTIONS.has(section)) {
      if (!WRITTEN_KEYS.has(fold(e.key))) {
        errors.push(settingsError(keyCell(e.row), msg("settings.unknown-delivery-key", { key: e.key })));
        continue;
      }
      const kinds = splitList(value);
      if (kinds.length === 0) errors.push(settingsError(valueCell(e.row), msg("settings.no-written-kind", {})));
      else writtenKinds = kinds;
      continue;
    }
    if (!PAUSE_SECTIONS.has(section)) continue;
    const key = PAUSE_KEYS[fold(e.key)];
    if (key === undefined) {
      errors.push(settingsError(keyCell(e.row), msg("settings.unknown-pause-key", { key: e.key })));
      continue;
    }
    if (key === "rules") {
      const ids: string[] = [];
      let bad = false;
      for (const w of splitList(value)) {
        const id = ruleIdOf(w, rules);
        const rule = rules.find((r) => r.id === id);
        if (!rule) {
          errors.push(settingsError(valueCell(e.row), msg("settings.pause-unknown-rule", { value: w })));
          bad = true;
        } else if (rule.clock === "absolute") {
          errors.push(
            settingsError(
              valueCell(e.row),
              msg("settings.pause-absolute-rule", { rule: RULE_LABELS[rule.id] ?? { zh: rule.id, en: rule.id } }),
            ),
          );
          bad = true;
        } else ids.push(rule.id);
      }
      if (!bad) pausing.rules = ids;
    } else if (key === "reasons") {
      const words = splitList(value);
      pausing.reasons = words.length === 0 || ["任何", "任何原因", "any"].includes(fold(value)) ? null : words;
    } else if (["", "不限", "无", "none"].includes(fold(value))) {
      pausing.capMinutes = null;
    } else {
      const cap = readSpan(value);
      if (cap === null) errors.push(settingsError(valueCell(e.row), msg("settings.pause-cap", { value })));
      else pausing.capMinutes = cap;
    }
  }
  return { pausing, writtenKinds, errors };
}

export function pauseSettingsDefaults(): SettingsDefault[] {
  return [
    {
      section: PAUSE_SECTION,
      key: "可暂停规则",
      value: DEFAULT_PAUSING.rules.map((id) => RULE_LABELS[id]?.zh ?? id).join("、"),
      source: CENTER_SETTING,
      note: "中心自身的时限（送达物业、告知工程部、转交回复）和约定完成时间不暂停",
    },
    {
      section: PAUSE_SECTION,
      key: "认可原因",
      value: "",
      source: CENTER_SETTING,
      note: "空：任何写明的原因；或列出原因，如 业主不在家、等待材料",
    },
    {
      section: PAUSE_SECTION,
      key: "每案上限",
      value: "",
      source: CENTER_SETTING,
      note: "空：不限；如 30 天。超出上限的暂停记为数据问题，不计入",
    },
    {
      section: DELIVERY_SECTION,
      key: "书面方式",
      value: DEFAULT_WRITTEN_KINDS.join("、"),
      source: "§5.7.1（以书面的形式）",
      note: "其他方式（电话、口头）送达不停止 8 小时送达时限；送达方式空白按书面计",
    },
  ];
}
