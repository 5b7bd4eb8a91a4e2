/**
 * The center's category words (§4.3.5, §9.2) and the settings-text normalisation the classify and
 * scorecard settings share. Codes stay English; these are the words a clerk types into Settings.
 */
import type { Category } from "../model";

export { CATEGORY_LABELS } from "../labels";

/** Words accepted for a category in Settings keys (after `normalizeLabel`). */
const CATEGORY_WORDS: Readonly<Record<string, Category>> = {
  投诉: "complaint",
  complaint: "complaint",
  complaints: "complaint",
  维修: "repair",
  报修: "repair",
  repair: "repair",
  repairs: "repair",
  日常: "routine",
  咨询: "routine",
  routine: "routine",
  enquiry: "routine",
  inquiry: "routine",
  建议: "suggestion",
  suggestion: "suggestion",
  suggestions: "suggestion",
};

/** NFKC (full-width → half-width), no whitespace, lower case: how Settings keys and sections are compared. */
export function normalizeLabel(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

export function parseCategoryWord(text: string): Category | null {
  return CATEGORY_WORDS[normalizeLabel(text)] ?? null;
}

/**
 * Whether a Settings section cell names this section: the Chinese name (optionally followed by the
 * English one, as in "分类关键词 Category keywords") or the English name alone.
 */
export function isSection(cell: string, zh: string, en: string): boolean {
  const n = normalizeLabel(cell);
  const z = normalizeLabel(zh);
  const e = normalizeLabel(en);
  return n === z || n === e || n === z + e;
}

/** The Settings sheet's value column is C (分类 | 项目 | 值 | 来源 | 说明, DESIGN §2 Settings). */
export function settingsCell(row: number, column: "B" | "C" = "C"): string {
  return `设置!${column}${row}`;
}
