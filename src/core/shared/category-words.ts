/**
 * The words a category is written in (§4.3.5, §9.2): in the case log's 类别 column, in the keys of the
 * Settings keyword rules (投诉/态度) and in a deadline rule's 适用 (类别=投诉,建议). One table, so a word
 * the log accepts is a word Settings accept. Codes stay English; the labels Casebook writes are ../labels.
 */
import type { Category } from "../model";
import { fold } from "./settings-values";

export const CATEGORY_WORDS: readonly (readonly [Category, readonly string[]])[] = [
  ["complaint", ["投诉", "客诉", "complaint", "complaints"]],
  ["repair", ["维修", "报修", "保修", "repair", "repairs", "maintenance"]],
  ["routine", ["日常", "咨询", "日常咨询", "日常事务", "查询", "routine", "enquiry", "inquiry", "query"]],
  ["suggestion", ["建议", "意见", "合理化建议", "suggestion", "suggestions"]],
];

const BY_WORD = new Map<string, Category>(CATEGORY_WORDS.flatMap(([c, words]) => words.map((w) => [fold(w), c])));

/** The category a word names (full-width forms, spaces and case folded), or null. */
export function categoryOfWord(text: string): Category | null {
  return BY_WORD.get(fold(text)) ?? null;
}
