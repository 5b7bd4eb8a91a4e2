/**
 * The Settings sheet (设置) as raw entries: `分类 Section | 项目 Key | 值 Value | 来源 Source | 说明 Note`.
 * The modules that own each section interpret and validate the values (DESIGN §2 "Settings").
 */
import type { CellValue, SettingsEntry, WorkbookInput } from "../model";
import { dayNumber, formatDay, formatMinutes, fromExcelSerial, MINUTES_PER_DAY } from "../time";
import { cellText, isBlank, isBlankRow } from "./cells";
import type { ColumnDef } from "./columns";
import { buildHeaderIndex, findHeaderRow, findSheetByName, hasColumns } from "./header";

const def = (key: string, zh: string, en: string, aliases: string[], required: boolean): ColumnDef => ({
  key,
  zh,
  en,
  aliases,
  required,
  kind: "text",
});

export const SETTINGS_COLUMNS: readonly ColumnDef[] = [
  def("section", "分类", "Section", ["类别", "部分", "设置类别", "Category", "Group"], false),
  def("key", "项目", "Key", ["参数", "名称", "设置项", "Item", "Name", "Parameter"], true),
  def("value", "值", "Value", ["取值", "数值", "设定值", "内容", "Setting"], true),
  def("source", "来源", "Source", ["依据", "出处", "Basis"], false),
  def("note", "说明", "Note", ["备注", "Notes", "Remarks", "Description"], false),
];

export const SETTINGS_SHEET_NAMES = ["设置", "Settings", "参数设置", "系统设置", "Casebook 设置"];

const INDEX = buildHeaderIndex(SETTINGS_COLUMNS);
const REQUIRED = ["key", "value"];

export interface SettingsRead {
  present: boolean;
  entries: SettingsEntry[];
  sheetName: string | null;
  /** 1-based column numbers of key and value, so a settings error can name its cell (设置!C12). */
  keyColumn: number | null;
  valueColumn: number | null;
}

/**
 * Every non-blank row under the header → an entry. A blank section cell continues the section above (merged
 * cells read as ""). Without a recognisable header the first three columns are taken as section, key, value.
 * Date serials in the key or value column (a clerk typing 2027-01-01) become `YYYY-MM-DD`.
 */
export function readSettingsEntries(input: WorkbookInput): SettingsRead {
  const sheet = findSheetByName(input, SETTINGS_SHEET_NAMES);
  if (!sheet) return { present: false, entries: [], sheetName: null, keyColumn: null, valueColumn: null };
  const values = sheet.values;
  const firstRow = Number.isInteger(sheet.firstRow) ? sheet.firstRow : 1;
  const firstColumn = Number.isInteger(sheet.firstColumn) ? sheet.firstColumn : 1;
  const layout = findHeaderRow(values, INDEX, REQUIRED);
  const found = layout !== null && hasColumns(layout, REQUIRED) ? layout : null;
  const start = found ? found.rowIndex + 1 : 0;
  const at = (k: string, fallback: number): number => (found ? (found.columns.get(k)?.index ?? -1) : fallback);
  const sectionAt = at("section", 0);
  const keyAt = at("key", 1);
  const valueAt = at("value", 2);
  const date1904 = input.date1904 === true;

  const entries: SettingsEntry[] = [];
  let section = "";
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    if (sectionAt >= 0 && !isBlank(row[sectionAt])) section = cellText(row[sectionAt]);
    entries.push({
      row: firstRow + r,
      section,
      key: settingText(row[keyAt], date1904),
      value: settingText(row[valueAt], date1904),
    });
  }
  return {
    present: true,
    entries,
    sheetName: String(sheet.name),
    keyColumn: firstColumn + keyAt,
    valueColumn: firstColumn + valueAt,
  };
}

/** Serials of 2000-01-01 … 2099-12-31: plausible setting dates; other numbers (8 hours, weight 30, 0.75) stay numbers. */
const DATE_FROM = dayNumber(2000, 1, 1);
const DATE_TO = dayNumber(2100, 1, 1);

function settingText(v: CellValue | undefined, date1904: boolean): string {
  if (typeof v === "number" && v >= 30000) {
    const at = fromExcelSerial(v, date1904);
    if (at !== null) {
      const day = Math.floor(at / MINUTES_PER_DAY);
      if (day >= DATE_FROM && day < DATE_TO) return at % MINUTES_PER_DAY === 0 ? formatDay(day) : formatMinutes(at);
    }
  }
  return cellText(v);
}
