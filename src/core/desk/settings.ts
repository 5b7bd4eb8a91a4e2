/**
 * The desk's Settings section (工作联系单): the pattern 联系单号 are assigned in. The default is the numbering
 * of the sample's forms (LXD-2026-0001 …), counted within the year.
 */
import type { SettingsDefault, SettingsEntry, SettingsError } from "../model";
import { fold, isSection, valueCell } from "../shared/settings-values";
import { parsePattern, type Pattern } from "./numbering";
import { msg } from "../messages";

export const DESK_SECTION = { zh: "工作联系单", en: "Contact forms" } as const;
const PATTERN_KEYS = ["编号格式", "联系单号格式", "numberpattern", "pattern"].map(fold);

export const DEFAULT_CONTACT_FORM_PATTERN = "LXD-{YYYY}-{NNNN}";

export function deskSettingsDefaults(): SettingsDefault[] {
  return [
    {
      section: DESK_SECTION.zh,
      key: "编号格式",
      value: DEFAULT_CONTACT_FORM_PATTERN,
      source: "§9.1 工作联系单；编号格式为中心设定",
      note: "{YYYY} 年、{YY} 年两位、{MM} 月、{YYMM} 年月；{NNNN} 顺序号（位数即宽度），按期间重新起号",
    },
  ];
}

export interface DeskSettings {
  contactFormPattern: Pattern;
  errors: SettingsError[];
}

export function readDeskSettings(entries: readonly SettingsEntry[]): DeskSettings {
  let contactFormPattern = parsePattern(DEFAULT_CONTACT_FORM_PATTERN) as Pattern;
  const errors: SettingsError[] = [];
  for (const e of entries) {
    if (!isSection(e.section, DESK_SECTION.zh, DESK_SECTION.en)) continue;
    if (!PATTERN_KEYS.includes(fold(e.key))) continue;
    const p = parsePattern(e.value.trim());
    if (p === null)
      errors.push({
        cell: valueCell(e.row),
        message: msg("settings.contact-pattern", { value: e.value, example: DEFAULT_CONTACT_FORM_PATTERN }),
      });
    else contactFormPattern = p;
  }
  return { contactFormPattern, errors };
}
