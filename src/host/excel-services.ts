/**
 * The pane's Office.js side: the workbook port of src/workbook/office and the add-in's workbook commands.
 * Loaded on demand, only inside Excel.
 */
/// <reference types="office-js" />
import { COMMUNITY_SHEET_NAMES, readCommunities } from "../core/parse";
import { OWNED_SHEET_PREFIX } from "../core/report/text";
import { settingsDefaults } from "../core/settings";
import {
  addMonthSheet,
  appendCase,
  caseLogTemplateSpec,
  createOfficeWorkbookPort,
  createSettingsSheet,
  createTemplateSheet,
  officeExcelRun,
  openReportWorkbook,
  selectCaseRow,
  selectedRow,
  selectMessage,
  recordContactFormNo,
  stampCase,
  takeOutcome,
  writeFormSheet,
  type CreateResult,
  type ExcelRun,
  type IsSetSupported,
} from "../workbook/office";
import type { Words } from "../core/messages";
import { joinWords, SaidError } from "../workbook/phrases";
import { coreLang } from "./locale";
import { CancelledError } from "./pane-host";
import type { ExcelServices } from "./excel-host";

/** A command that made nothing (the sheet exists already, the row is gone): the adapter's message, for the user. */
export class CommandRefusedError extends SaidError {
  constructor(messages: readonly Words[]) {
    super(joinWords(messages));
    this.name = "CommandRefusedError";
  }
}

/** What was made and left out (an older Excel's missing filter …); a refusal is thrown with its reasons. */
function created(result: CreateResult): Words[] {
  if (!result.created) throw new CommandRefusedError(result.messages);
  return result.messages;
}

function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError();
}

export function createExcelServices(run: ExcelRun, isSetSupported?: IsSetSupported): ExcelServices {
  const port = createOfficeWorkbookPort(run, isSetSupported);
  /** The clerk's sheets: everything but the sheets Casebook wrote (which can be as long as the log). */
  const inputSheets = async () => (await port.sheetNames()).filter((n) => !n.startsWith(OWNED_SHEET_PREFIX));
  return {
    async readWorkbook(signal, onRows, onChunk) {
      checkAborted(signal);
      const input = await port.readSheets(await inputSheets(), onRows, onChunk);
      checkAborted(signal);
      return input;
    },
    async writeOwnedSheets(docs, lang, signal) {
      checkAborted(signal);
      await port.writeOwnedSheets(docs, coreLang(lang));
    },
    async openWorkbook(bytes) {
      return (await openReportWorkbook(bytes)).kind === "opened" ? "opened" : "unsupported";
    },
    async createSettings() {
      created(await createSettingsSheet(run, settingsDefaults()));
    },
    async createTemplate(lang) {
      // The 物业公司 and 小区 drop-downs list what the Communities sheet holds, when there is one.
      const { communities } = readCommunities(await port.readSheets(COMMUNITY_SHEET_NAMES));
      const companies = [...new Set(communities.map((c) => c.propertyCompany))].filter((c) => c !== "");
      const names = communities.map((c) => c.name);
      const spec = caseLogTemplateSpec(companies, undefined, names);
      return created(await createTemplateSheet(run, spec, port.capabilities, coreLang(lang)));
    },
    async inputSize() {
      const sizes = await port.sheetSizes(await inputSheets());
      const used = sizes.filter((s) => s.rows > 0);
      return { rows: used.reduce((n, s) => n + s.rows, 0), sheets: used.length };
    },
    async takeCommandOutcome() {
      const o = await takeOutcome(run);
      return o && { ok: o.ok, toPane: o.toPane === true, at: o.at, title: o.title, lines: o.lines };
    },
    async selectRow(sheet, row) {
      const result = await selectCaseRow(run, sheet, row);
      if (result !== "selected") throw new CommandRefusedError([selectMessage(result, sheet, row)]);
    },
    selectedRow: () => selectedRow(run),
    async addMonthSheet(sheet) {
      const r = await addMonthSheet(run, sheet);
      return r.ok ? { ok: true, created: r.created } : { ok: false, reason: r.reason };
    },
    async appendCase(place, record, config) {
      const r = await appendCase(run, place, record, config);
      return r.ok ? { ok: true, sheet: place.sheetName, row: r.row } : { ok: false, reason: r.reason };
    },
    async writeFormSheet(form) {
      const r = await writeFormSheet(run, form, port.capabilities);
      if (r.ok) return { kind: "sheet", sheet: r.sheet };
      return r.reason === "no-page-layout" ? "no-page-layout" : { kind: "refused", sheet: form.sheetName };
    },
    async recordContactFormNo(place, c, no) {
      const sheet = c.sheet ?? place.sheetName;
      const r = await recordContactFormNo(run, { ...place, sheetName: sheet }, c, no);
      if (r.ok) return { ok: true, sheet, row: c.row, missing: r.plan.missingColumns, written: r.plan.writes.length };
      return { ok: false, reason: r.reason, found: r.found, conflicts: r.plan?.conflicts };
    },
    async stampCase(place, c, stamp, config) {
      const r = await stampCase(run, { ...place, sheetName: c.sheet ?? place.sheetName }, c, stamp, config);
      if (r.ok)
        return {
          ok: true,
          sheet: c.sheet ?? place.sheetName,
          row: c.row,
          missing: r.plan.missingColumns,
          written: r.plan.writes.length,
        };
      return { ok: false, reason: r.reason, found: r.found, conflicts: r.plan?.conflicts };
    },
  };
}

export async function loadExcelServices(): Promise<ExcelServices> {
  return createExcelServices(officeExcelRun());
}
