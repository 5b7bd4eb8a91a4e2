/**
 * The center's category words (§4.3.5, §9.2). Codes stay English; these are the words a clerk types into
 * Settings.
 */
import type { Category } from "../model";
import { fold } from "../shared/settings-values";

export { CATEGORY_LABELS } from "../labels";

/** Words accepted for a category in Settings keys (after `fold`). */
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

export function parseCategoryWord(text: string): Category | null {
  return CATEGORY_WORDS[fold(text)] ?? null;
}
