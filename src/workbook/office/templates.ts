/**
 * The clerk's starting points: a new empty case log (canonical headers, drop-down lists, date and text
 * formats, frozen and filtered header row) and the Settings sheet with the defaults and their sources.
 * Neither replaces an existing sheet, and neither is marked as owned: once made, they are the clerk's.
 */
import { SETTINGS_SHEET_HEADERS, settingsSheetValues } from "../../core/settings";
import type { Lang } from "../../core/labels";
import type { Words } from "../../core/messages";
import type { SettingsDefault } from "../../core/model";
import type { ExcelRun } from "./excel-run";
import type { Capabilities } from "./requirements";
import { OFFICE_PHRASES } from "./messages";
import { WorkbookProtectedError } from "./write";

export interface TemplateSpec {
  sheetName: string;
  /** Canonical headers, in order (src/core/parse/columns.ts owns the list). */
  headers: string[];
  /** Drop-down choices by header (类别, 来源渠道, 责任单位, 物业公司, 满意度, 验证结果 …). */
  lists?: Record<string, string[]>;
  /** Headers holding date-times, formatted yyyy-mm-dd hh:mm. */
  dateHeaders?: string[];
  /** Each header's name in both languages, for what the template says about its column; the header when absent. */
  headerNames?: Record<string, Words>;
  /** Headers kept as text (case no, phone, unit "3-2-501" would otherwise turn into numbers or dates). */
  textHeaders?: string[];
  /** Rows below the header prepared with formats and lists; default 5000. */
  rows?: number;
  /** Make the log an Excel table of this name (over the header and its first row), when the name is free. */
  table?: string;
  /** Sheets made beside the log, headers only, each where no sheet of its name exists (小区, 巡检). */
  companions?: { sheetName: string; headers: string[]; dateHeaders?: string[] }[];
}

export interface CreateResult {
  created: boolean;
  sheetName: string;
  /** Why not, or what was left out; for the user, in both languages. */
  messages: Words[];
}

export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
/** Excel keeps a list's comma-joined source to 255 characters. */
const LIST_SOURCE_MAX = 255;

const exists = (name: string): Words => OFFICE_PHRASES.words("sheetExists", name);

/** One sync: the sheet names in use, lower case (Excel compares without case), and whether sheets may be added. */
async function sheetState(context: Excel.RequestContext): Promise<{ taken: Set<string>; refused: Words | null }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const book = context.workbook.protection;
  book.load("protected");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  return { taken, refused: book.protected ? new WorkbookProtectedError().said : null };
}

/** Why a sheet cannot be added as `name` (the name is taken, or the structure protected), or null. */
async function refusal(context: Excel.RequestContext, name: string): Promise<Words | null> {
  const { taken, refused } = await sheetState(context);
  return refused ?? (taken.has(name.toLowerCase()) ? exists(name) : null);
}

/**
 * `lang` is the language of the user making the log: the words the template itself holds (the drop-down
 * lists' alert) are in it, once made they stay as they are.
 */
export async function createTemplateSheet(
  run: ExcelRun,
  spec: TemplateSpec,
  caps: Capabilities,
  lang: Lang,
): Promise<CreateResult> {
  const rows = spec.rows ?? 5000;
  const messages: Words[] = [];
  return run(async (context) => {
    const tables = context.workbook.tables;
    if (spec.table !== undefined) tables.load("items/name");
    const { taken, refused } = await sheetState(context);
    if (refused) return { created: false, sheetName: spec.sheetName, messages: [refused] };
    if (taken.has(spec.sheetName.toLowerCase()))
      return { created: false, sheetName: spec.sheetName, messages: [exists(spec.sheetName)] };
    const ws = context.workbook.worksheets.add(spec.sheetName);
    const width = spec.headers.length;
    const header = ws.getRangeByIndexes(0, 0, 1, width);
    header.numberFormat = [spec.headers.map(() => "@")];
    header.values = [spec.headers];
    header.format.font.bold = true;
    const dates = new Set(spec.dateHeaders ?? []);
    const texts = new Set(spec.textHeaders ?? []);
    spec.headers.forEach((h, c) => {
      const column = ws.getRangeByIndexes(1, c, rows, 1);
      const format = dates.has(h) ? DATE_TIME_FORMAT : texts.has(h) ? "@" : null;
      if (format) column.numberFormat = Array.from({ length: rows }, () => [format]);
      const choices = spec.lists?.[h];
      if (!choices || choices.length === 0) return;
      const source = choices.join(",");
      if (!caps.dataValidation) {
        // Said once, for the whole log, not for each column that would have had a list.
        if (!messages.some((m) => m.en === OFFICE_PHRASES.text("en", "noDropDowns")))
          messages.push(OFFICE_PHRASES.words("noDropDowns"));
        return;
      }
      if (source.length > LIST_SOURCE_MAX || choices.some((x) => x.includes(","))) {
        messages.push(OFFICE_PHRASES.words("choicesTooLong", h));
        return;
      }
      column.dataValidation.rule = { list: { inCellDropDown: true, source } };
      // A value outside the list is allowed with a warning: the reader reports it, the clerk keeps typing.
      // The alert is titled with the column's name in the user's language (the header cell itself is the
      // log's Chinese header, which the reader and the desk look for).
      column.dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: spec.headerNames?.[h]?.[lang] ?? h,
        message: OFFICE_PHRASES.text(lang, "chooseFromList"),
      };
    });
    ws.freezePanes.freezeRows(1);
    const tableName = spec.table;
    if (tableName !== undefined && !tables.items.some((t) => t.name.toLowerCase() === tableName.toLowerCase())) {
      // A table filters by itself; it covers the header and the first row, and grows as rows are added.
      const table = ws.tables.add(ws.getRangeByIndexes(0, 0, 2, width), true);
      table.name = tableName;
    } else if (caps.autoFilter) ws.autoFilter.apply(ws.getRangeByIndexes(0, 0, rows + 1, width));
    else messages.push(OFFICE_PHRASES.words("noFilter"));
    header.format.autofitColumns();
    for (const companion of spec.companions ?? []) {
      if (taken.has(companion.sheetName.toLowerCase())) continue;
      const sheet = context.workbook.worksheets.add(companion.sheetName);
      const head = sheet.getRangeByIndexes(0, 0, 1, companion.headers.length);
      head.values = [companion.headers];
      head.format.font.bold = true;
      const dated = new Set(companion.dateHeaders ?? []);
      companion.headers.forEach((h, c) => {
        if (dated.has(h))
          sheet.getRangeByIndexes(1, c, 500, 1).numberFormat = Array.from({ length: 500 }, () => [DATE_TIME_FORMAT]);
      });
      sheet.freezePanes.freezeRows(1);
      head.format.autofitColumns();
    }
    ws.activate();
    await context.sync();
    return { created: true, sheetName: spec.sheetName, messages };
  });
}

export async function createSettingsSheet(
  run: ExcelRun,
  defaults: readonly SettingsDefault[],
  sheetName = "设置",
): Promise<CreateResult> {
  return run(async (context) => {
    const refused = await refusal(context, sheetName);
    if (refused) return { created: false, sheetName, messages: [refused] };
    const ws = context.workbook.worksheets.add(sheetName);
    const values = settingsSheetValues(defaults);
    const range = ws.getRangeByIndexes(0, 0, values.length, SETTINGS_SHEET_HEADERS.length);
    // All text: "08:30-12:00" or "2026-10-01" must stay as typed, not become times and dates.
    range.numberFormat = values.map((row) => row.map(() => "@"));
    range.values = values;
    ws.getRangeByIndexes(0, 0, 1, SETTINGS_SHEET_HEADERS.length).format.font.bold = true;
    ws.freezePanes.freezeRows(1);
    range.format.autofitColumns();
    ws.activate();
    await context.sync();
    return { created: true, sheetName, messages: [] };
  });
}
