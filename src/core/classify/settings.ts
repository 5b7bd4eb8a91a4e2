/**
 * The classify module's Settings sections (DESIGN §2 Settings): 分类关键词 and 重复投诉.
 *
 * 分类关键词: one row per rule, key = category or category/subcategory (投诉, 维修/渗漏), value = the
 * keywords separated by 、 or commas. Rows are tried top to bottom, so a clerk reorders rules by moving
 * rows. When the section has at least one valid row its rows replace the default list (the defaults
 * are written into the sheet, so the sheet holds the whole list); a bad row is reported and skipped.
 */
import type { SettingsDefault, SettingsEntry, SettingsError } from "../model";
import { DEFAULT_KEYWORD_RULES, splitKeywords, type KeywordRule } from "./keywords";
import { CATEGORY_LABELS } from "../labels";
import { categoryOfWord } from "../shared/category-words";
import { fold, isSection, keyCell, plain, valueCell } from "../shared/settings-values";
import { msg } from "../messages";

export const KEYWORD_SECTION = { zh: "分类关键词", en: "Category keywords" } as const;
export const REPEAT_SECTION = { zh: "重复投诉", en: "Repeat complaints" } as const;
const REPEAT_DAYS_KEYS = ["天数", "窗口天数", "days", "windowdays"];

/** §DESIGN 4: "same unit and category within 30 days" (center setting). */
export const DEFAULT_REPEAT_WINDOW_DAYS = 30;
const MAX_REPEAT_WINDOW_DAYS = 366;

export function classifySettingsDefaults(): SettingsDefault[] {
  const rows: SettingsDefault[] = DEFAULT_KEYWORD_RULES.map((rule, i) => ({
    section: KEYWORD_SECTION.zh,
    key: CATEGORY_LABELS[rule.category].zh + (rule.subcategory === undefined ? "" : `/${rule.subcategory}`),
    value: rule.keywords.join("、"),
    source: "§4.3.5 类别；关键词为中心设定",
    ...(i === 0
      ? {
          note: "自上而下匹配，第一条含关键词的规则决定类别；项目写 类别/问题类型",
        }
      : {}),
  }));
  rows.push({
    section: REPEAT_SECTION.zh,
    key: "天数",
    value: String(DEFAULT_REPEAT_WINDOW_DAYS),
    source: "中心设定",
    note: "同一房号、同一类别在此天数内再次受理即为重复投诉",
  });
  return rows;
}

export interface ClassifySettings {
  rules: KeywordRule[];
  repeatWindowDays: number;
  errors: SettingsError[];
}

export function readClassifySettings(entries: readonly SettingsEntry[]): ClassifySettings {
  const errors: SettingsError[] = [];
  const rules: KeywordRule[] = [];
  let sectionRows = 0;
  let repeatWindowDays = DEFAULT_REPEAT_WINDOW_DAYS;

  for (const e of entries) {
    if (isSection(e.section, KEYWORD_SECTION.zh, KEYWORD_SECTION.en)) {
      sectionRows++;
      const rule = readRuleRow(e, rules.length, errors);
      if (rule !== null) rules.push(rule);
    } else if (isSection(e.section, REPEAT_SECTION.zh, REPEAT_SECTION.en)) {
      if (!REPEAT_DAYS_KEYS.includes(fold(e.key))) {
        errors.push({
          cell: keyCell(e.row),
          message: msg("settings.unknown-repeat-key", { key: e.key }),
        });
        continue;
      }
      const n = Number(plain(e.value));
      if (!Number.isInteger(n) || n < 1 || n > MAX_REPEAT_WINDOW_DAYS) {
        errors.push({
          cell: valueCell(e.row),
          message: msg("settings.repeat-days", {
            value: e.value,
            max: MAX_REPEAT_WINDOW_DAYS,
            kept: DEFAULT_REPEAT_WINDOW_DAYS,
          }),
        });
        continue;
      }
      repeatWindowDays = n;
    }
  }

  if (sectionRows > 0 && rules.length === 0) {
    errors.push({
      cell: "设置",
      message: msg("settings.no-keyword-rule", {}),
    });
  }
  return {
    rules: rules.length > 0 ? rules : DEFAULT_KEYWORD_RULES.map((r) => ({ ...r, keywords: [...r.keywords] })),
    repeatWindowDays,
    errors,
  };
}

function readRuleRow(e: SettingsEntry, index: number, errors: SettingsError[]): KeywordRule | null {
  const key = plain(e.key);
  const slash = key.search(/[/／]/);
  const categoryText = slash < 0 ? key : key.slice(0, slash);
  const subcategory = slash < 0 ? "" : key.slice(slash + 1).trim();
  const category = categoryOfWord(categoryText);
  if (category === null) {
    errors.push({
      cell: keyCell(e.row),
      message: msg("settings.not-a-category", { key: e.key }),
    });
    return null;
  }
  const keywords = splitKeywords(e.value);
  if (keywords.length === 0) {
    errors.push({ cell: valueCell(e.row), message: msg("settings.no-keywords", { key: e.key }) });
    return null;
  }
  return {
    category,
    keywords,
    // Row order is the priority: the clerk reorders by moving rows.
    priority: (index + 1) * 10,
    ...(subcategory === "" ? {} : { subcategory }),
  };
}
