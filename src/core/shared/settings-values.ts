/**
 * Reading what a clerk types into the Settings sheet (设置), for every module that owns a section: how
 * sections, keys and words are compared, which cell a problem is reported in, and the small values (yes/no,
 * lists, shares) several sections take. Each module keeps its own sections, keys and words.
 */
import type { SettingsError } from "../model";

/** Full-width forms folded (NFKC), spaces removed, lower-cased: how sections, keys and words are compared. */
export function fold(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Full-width forms folded (NFKC) and the spaces around trimmed: a value as typed, ready to be read. */
export function plain(text: string): string {
  return text.normalize("NFKC").trim();
}

/**
 * Whether a Settings section cell names this section: the Chinese name (optionally followed by the
 * English one, as in "分类关键词 Category keywords") or the English name alone.
 */
export function isSection(cell: string, zh: string, en: string): boolean {
  const n = fold(cell);
  const z = fold(zh);
  const e = fold(en);
  return n === z || n === e || n === z + e;
}

/** The Settings sheet's columns are 分类 | 项目 | 值 | 来源 | 说明 (DESIGN §2 Settings): a key is in B, its value in C. */
export function keyCell(row: number): string {
  return `设置!B${row}`;
}
export function valueCell(row: number): string {
  return `设置!C${row}`;
}

export function settingsError(cell: string, message: SettingsError["message"]): SettingsError {
  return { cell, message };
}

const YES = new Set(["是", "y", "yes", "true", "1", "对", "启用", "on"]);
const NO = new Set(["否", "n", "no", "false", "0", "不", "停用", "off"]);

export function readYesNo(value: string): boolean | null {
  const v = fold(value);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** A list in one cell: items separated by commas, 、, semicolons, | or /, in either width. */
export function splitList(text: string): string[] {
  return plain(text)
    .split(/[,，、;；|/]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A share as typed: `75%`, `75 %`, `0.75` or `75` → the number and whether a percent sign followed it;
 * null when it is not a plain decimal. What a bare number means (0.75 or 75 %) is the section's to say.
 */
export function readShare(text: string): { value: number; percent: boolean } | null {
  const m = /^(\d+(?:\.\d+)?)\s*(%)?$/.exec(plain(text));
  return m ? { value: Number(m[1]), percent: m[2] !== undefined } : null;
}
