/**
 * The year-end assessment's Settings (§5.7.2: the center assesses each property company once at year end,
 * and rewards or penalises it): how the annual score is made, and what each grade brings. The manual sets
 * neither the method nor the amounts, so both are the center's: by default the year's KPIs together (the
 * monthly method over the whole year) and no reward or penalty.
 *
 * 年终考核 / 年度得分 = 全年指标 | 月均分 — the year's KPIs together, or the mean of the months' scores.
 * 年终考核 / 奖惩 A 优秀 … 奖惩 D 不合格 = the reward or penalty of that grade, as the center words it
 * ("奖励 5000 元", "约谈，扣减服务费 2%"); blank = none.
 */
import { fold, isSection, keyCell, valueCell } from "../shared/settings-values";
import type { Grade, SettingsDefault, SettingsEntry, SettingsError } from "../model";
import { msg } from "../messages";
import { DEFAULT_BANDS } from "./scoring";

export const YEAR_END_SECTION = { zh: "年终考核", en: "Year-end assessment" } as const;

/** `kpis`: the year's numerators and denominators together; `months`: the mean of the monthly scores. */
export type AnnualRule = "kpis" | "months";

export interface YearEndConfig {
  rule: AnnualRule;
  /** The reward or penalty of each grade, as written in Settings; a grade without one brings none. */
  rewards: Partial<Record<Grade, string>>;
}

export const DEFAULT_YEAR_END: YearEndConfig = { rule: "kpis", rewards: {} };

const RULE_KEY = { zh: "年度得分", en: "Annual score" } as const;
const RULE_WORDS: Readonly<Record<string, AnnualRule>> = {
  全年指标: "kpis",
  全年合并: "kpis",
  全年指标合并计算: "kpis",
  kpis: "kpis",
  "year'skpis": "kpis",
  月均分: "months",
  各月平均: "months",
  月度平均: "months",
  months: "months",
  meanofmonths: "months",
};
export const RULE_VALUE: Readonly<Record<AnnualRule, string>> = { kpis: "全年指标", months: "月均分" };

const REWARD_PREFIXES = ["奖惩", "reward", "rewardorpenalty", "reward/penalty"];

function rewardGrade(key: string): Grade | null {
  let n = fold(key);
  const prefix = REWARD_PREFIXES.find((p) => n.startsWith(p));
  if (prefix === undefined) return null;
  n = n.slice(prefix.length);
  for (const b of DEFAULT_BANDS)
    if (n === b.grade.toLowerCase() || n === b.grade.toLowerCase() + b.zh || n === b.zh || n === b.en.toLowerCase())
      return b.grade;
  return null;
}

export function yearEndSettingsDefaults(): SettingsDefault[] {
  return [
    {
      section: YEAR_END_SECTION.zh,
      key: RULE_KEY.zh,
      value: RULE_VALUE.kpis,
      source: "中心设定（§5.7.2 每年底年终考核一次，未定算法）",
      note: "全年指标：全年各项指标合并计算；月均分：各月得分的平均",
    },
    ...DEFAULT_BANDS.map((b, i): SettingsDefault => ({
      section: YEAR_END_SECTION.zh,
      key: `奖惩 ${b.grade} ${b.zh}`,
      value: "",
      source: "中心设定（§5.7.2 根据客户意见实行奖惩，未定标准）",
      note: i === 0 ? "留空为无，如“奖励 5000 元”“约谈，扣减服务费 2%”" : "",
    })),
  ];
}

export function readYearEndSettings(entries: readonly SettingsEntry[]): {
  config: YearEndConfig;
  errors: SettingsError[];
} {
  const config: YearEndConfig = { rule: DEFAULT_YEAR_END.rule, rewards: {} };
  const errors: SettingsError[] = [];
  for (const e of entries) {
    if (!isSection(e.section, YEAR_END_SECTION.zh, YEAR_END_SECTION.en)) continue;
    const key = fold(e.key);
    if (key === fold(RULE_KEY.zh) || key === fold(RULE_KEY.en)) {
      const rule = RULE_WORDS[fold(e.value)];
      if (rule === undefined) {
        errors.push({ cell: valueCell(e.row), message: msg("settings.bad-annual-rule", { value: e.value }) });
        continue;
      }
      config.rule = rule;
      continue;
    }
    const grade = rewardGrade(e.key);
    if (grade === null) {
      errors.push({ cell: keyCell(e.row), message: msg("settings.unknown-year-end-key", { key: e.key }) });
      continue;
    }
    const text = e.value.trim();
    if (text !== "") config.rewards[grade] = text;
  }
  return { config, errors };
}
