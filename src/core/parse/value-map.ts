/**
 * 取值对照 (value mapping): the clerk's own words for coded values → Casebook's values, per column of the log
 * (报修 → 维修, 400热线 → 电话, 合格 → 通过, 非常满意 → 满意 …). Written into Settings with its defaults, each
 * with its source, and editable there: a row maps one word (项目 `来源渠道：抖音`, 值 `网络/微信`); a row whose
 * value is blank drops a default. Words a mapping does not know are reported once per distinct word and kept
 * on the case as written.
 */
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  FOLLOW_UP_METHOD_LABELS,
  RESPONSIBLE_LABELS,
  SATISFACTION_LABELS,
  VERIFICATION_LABELS,
} from "../labels";
import { msg, type Words } from "../messages";
import type { SettingsDefault, SettingsEntry, SettingsError } from "../model";
import type { EnumKey, ValueMap } from "./case-log";
import { fold, isSection, keyCell, valueCell } from "../shared/settings-values";
import { normalizeToken } from "./enums";

export const VALUE_MAP_SECTION = { zh: "取值对照", en: "Value mapping" } as const;

/** The coded columns, as Settings keys name them. */
export const VALUE_MAP_FIELDS: Record<EnumKey, { zh: string; en: string }> = {
  channel: { zh: "来源渠道", en: "Channel" },
  category: { zh: "类别", en: "Category" },
  responsible: { zh: "责任单位", en: "Responsible" },
  verification: { zh: "验证结果", en: "Verification" },
  satisfaction: { zh: "满意度", en: "Satisfaction" },
  followUpMethod: { zh: "回访方式", en: "Follow-up method" },
};

const LABELS: Record<EnumKey, Record<string, { zh: string; en: string }>> = {
  channel: CHANNEL_LABELS,
  category: CATEGORY_LABELS,
  responsible: RESPONSIBLE_LABELS,
  verification: VERIFICATION_LABELS,
  satisfaction: SATISFACTION_LABELS,
  followUpMethod: FOLLOW_UP_METHOD_LABELS,
};

export interface ValueMapDefault {
  field: EnumKey;
  /** The clerk's word. */
  word: string;
  /** The code it stands for. */
  code: string;
  source: string;
}

const CENTER = "中心设定";
const d = (field: EnumKey, code: string, source: string, words: string[]): ValueMapDefault[] =>
  words.map((word) => ({ field, word, code, source }));

/** The words offices commonly write, with where each mapping comes from. */
export const VALUE_MAP_DEFAULTS: readonly ValueMapDefault[] = [
  ...d("category", "repair", "§4.3.5 维修（报修即维修）", ["报修"]),
  ...d("category", "routine", "§4.3.5 日常（咨询、求助为日常事务）", ["咨询", "求助"]),
  ...d("category", "complaint", `${CENTER}：投诉建议按投诉计（时限更严）`, ["投诉建议"]),
  ...d("channel", "phone", "§9.1 顾客投诉电话", ["400热线", "来电", "客服电话"]),
  ...d("channel", "online", CENTER, ["网络", "微信", "微信公众号", "公众号", "小程序", "APP", "网上报修", "网站"]),
  ...d("channel", "gov-hotline", `${CENTER}：12345 政府热线转办`, [
    "12345",
    "12345热线",
    "政府热线",
    "市长热线",
    "12345转办",
  ]),
  ...d("responsible", "property", "§5.7.1 物业公司", ["物业", "物业服务中心", "物业管理处"]),
  ...d("responsible", "contractor", "§5.6.2 维修单位（施工方）", ["施工单位", "总包单位", "总包", "施工方"]),
  ...d("verification", "passed", "§9.1 验证", ["合格", "验收合格", "已验证", "验证合格"]),
  ...d("verification", "failed", "§9.1 验证", ["验收不合格", "验证不合格"]),
  ...d("satisfaction", "satisfied", "§9.3 回访意见", ["非常满意", "★★★★★", "★★★★"]),
  ...d("satisfaction", "basic", "§9.3 回访意见", ["一般", "较满意", "★★★"]),
  ...d("satisfaction", "unsatisfied", "§9.3 回访意见", ["★★", "★"]),
  ...d("followUpMethod", "phone", "§9.3 电话回访", ["电话回访"]),
  ...d("followUpMethod", "visit", "§9.3 上门回访", ["上门回访"]),
  ...d("followUpMethod", "sms", CENTER, ["短信", "短信回访"]),
  ...d("followUpMethod", "wechat", CENTER, ["微信", "微信回访"]),
];

/** The values a coded column takes, in both languages (for messages naming what was expected). */
export function expectedWords(field: EnumKey): { zh: string; en: string }[] {
  return Object.values(LABELS[field]);
}

const keyOf = (field: EnumKey, word: string): string => `${VALUE_MAP_FIELDS[field].zh}：${word}`;

/** The section's rows for the Settings sheet. */
export function valueMapSettingsDefaults(): SettingsDefault[] {
  return VALUE_MAP_DEFAULTS.map((v, i) => ({
    section: VALUE_MAP_SECTION.zh,
    key: keyOf(v.field, v.word),
    value: LABELS[v.field][v.code].zh,
    source: v.source,
    ...(i === 0
      ? {
          note: "项目 = 列名：案件登记表中的写法，值 = 客服案件簿的取值；值留空则不再对照",
        }
      : {}),
  }));
}

function fieldOf(text: string): EnumKey | null {
  const n = fold(text);
  for (const [k, names] of Object.entries(VALUE_MAP_FIELDS) as [EnumKey, { zh: string; en: string }][])
    if (n === fold(names.zh) || n === fold(names.en) || n === k.toLowerCase()) return k;
  return null;
}

function codeOf(field: EnumKey, text: string): string | null {
  const n = fold(text);
  for (const [code, l] of Object.entries(LABELS[field]))
    if (n === fold(l.zh) || n === fold(l.en) || n === code.toLowerCase()) return code;
  return null;
}

export interface ValueMapSettings {
  map: ValueMap;
  errors: SettingsError[];
}

/** The mapping in force: the defaults, then the Settings rows (a row replaces or drops a default). */
export function readValueMapSettings(entries: readonly SettingsEntry[]): ValueMapSettings {
  const maps = new Map<EnumKey, Map<string, string>>();
  const put = (field: EnumKey, word: string, code: string | null): void => {
    let m = maps.get(field);
    if (!m) maps.set(field, (m = new Map()));
    const key = normalizeToken(word);
    if (key === "") return;
    if (code === null) m.delete(key);
    else m.set(key, code);
  };
  for (const v of VALUE_MAP_DEFAULTS) put(v.field, v.word, v.code);
  const errors: SettingsError[] = [];
  for (const e of entries) {
    if (!isSection(e.section, VALUE_MAP_SECTION.zh, VALUE_MAP_SECTION.en)) continue;
    const cut = e.key.search(/[：:]/);
    const field = cut > 0 ? fieldOf(e.key.slice(0, cut)) : null;
    const word = cut > 0 ? e.key.slice(cut + 1).trim() : "";
    if (field === null || word === "") {
      errors.push({
        cell: keyCell(e.row),
        message: msg("settings.value-map-key", { key: e.key }),
      });
      continue;
    }
    if (e.value.trim() === "") {
      put(field, word, null);
      continue;
    }
    const code = codeOf(field, e.value);
    if (code === null) {
      errors.push({
        cell: valueCell(e.row),
        message: msg("settings.value-map-value", {
          value: e.value,
          field: VALUE_MAP_FIELDS[field],
          allowed: Object.values(LABELS[field]) as Words[],
        }),
      });
      continue;
    }
    put(field, word, code);
  }
  return { map: Object.fromEntries(maps) as ValueMap, errors };
}
