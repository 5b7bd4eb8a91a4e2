/**
 * The language the add-in speaks, from Office's display language: the pane, the ribbon's commands and the
 * report writer all pick it the same way, so they live here rather than in the pane.
 */
import type { Lang as CoreLang } from "../core/labels";

export type Lang = "zh-CN" | "en-US";
export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** zh-CN for any Chinese tag (zh, zh-CN, zh-Hans, zh-TW …), en-US otherwise. */
export function langFor(tag: string | null | undefined): Lang {
  return typeof tag === "string" && tag.trim().toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

export const coreLang = (lang: Lang): CoreLang => (lang === "zh-CN" ? "zh" : "en");
