/**
 * Every default of the Settings sheet (设置), from the modules that read it: working hours and holidays,
 * deadline rules, keyword rules, scorecard weights and bands. Each row names its source — a manual clause
 * or "中心设定" — so a clerk can see why a number is what it is.
 */
import { classifySettingsDefaults } from "./classify";
import { clockSettingsDefaults } from "./clock";
import { deadlineSettingsDefaults } from "./deadlines";
import { deskSettingsDefaults } from "./desk";
import type { SettingsDefault } from "./model";
import { monthCloseSettingsDefaults } from "./month-close";
import { valueMapSettingsDefaults } from "./parse";
import { scoringSettingsDefaults, yearEndSettingsDefaults } from "./scorecard";

/** The columns of the Settings sheet, as its reader expects them. */
/** The sheet's header, in the center's words (a sheet headed "分类 Section" or "Section", as earlier ones were, reads too). */
export const SETTINGS_SHEET_HEADERS = ["分类", "项目", "值", "来源", "说明"] as const;

export function settingsDefaults(): SettingsDefault[] {
  return [
    ...clockSettingsDefaults(),
    ...monthCloseSettingsDefaults(),
    ...deadlineSettingsDefaults(),
    ...classifySettingsDefaults(),
    ...scoringSettingsDefaults(),
    ...yearEndSettingsDefaults(),
    ...deskSettingsDefaults(),
    ...valueMapSettingsDefaults(),
  ];
}

/** The Settings sheet with its defaults, as cell values (header row first). */
export function settingsSheetValues(defaults: readonly SettingsDefault[] = settingsDefaults()): string[][] {
  return [[...SETTINGS_SHEET_HEADERS], ...defaults.map((d) => [d.section, d.key, d.value, d.source, d.note ?? ""])];
}
