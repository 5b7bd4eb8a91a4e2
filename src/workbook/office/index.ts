/**
 * The Office.js adapter of the workbook port, and the add-in's other workbook commands.
 */
import type { Lang } from "../../core/labels";
import type { WorkbookInput } from "../../core/model";
import type { SheetDoc } from "../../core/output/sheet-doc";
import type { WorkbookPort } from "../port";
import { officeExcelRun, type ExcelRun } from "./excel-run";
import {
  readSheets,
  sheetNames,
  sheetSizes,
  type ChunkRead,
  type ReadStats,
  type RowsRead,
  type SheetSize,
} from "./read";
import {
  capabilities,
  officeIsSetSupported,
  UnsupportedHostError,
  type Capabilities,
  type IsSetSupported,
} from "./requirements";
import { writeOwnedSheets, type WriteSummary } from "./write";

export { capabilities, officeIsSetSupported, SUPPORTED_HOSTS, UnsupportedHostError } from "./requirements";
export type { Capabilities, IsSetSupported } from "./requirements";
export { officeExcelRun } from "./excel-run";
export type { ExcelRun } from "./excel-run";
export { OWNED_MARK, ProtectedSheetError, TableNameError, VeryHiddenSheetError, WorkbookProtectedError } from "./write";
export type { WriteSummary } from "./write";
export { selectCaseRow, selectedRow, selectMessage } from "./navigation";
export type { SelectResult } from "./navigation";
export { addMonthSheet, appendCase, recordContactFormNo, stampCase } from "./desk";
export { writeFormSheet } from "./form-sheet";
export type { FormSheetResult } from "./form-sheet";
export type { AddSheetResult, AppendResult, StampResult } from "./desk";
export type { LogPlace } from "../port";
export { createSettingsSheet, createTemplateSheet } from "./templates";
export type { CreateResult, TemplateSpec } from "./templates";
export { caseLogTemplateSpec, CASE_LOG_SHEET_NAME } from "./template-spec";
export { readOutcome, recordOutcome, takeOutcome, OUTCOME_SETTING } from "./command-outcome";
export type { CommandOutcome } from "./command-outcome";
export { openReportWorkbook, officeReportHost, toBase64 } from "./report-workbook";
export type { OpenReportResult, ReportHost } from "./report-workbook";
export { OFFICE_PHRASES } from "./messages";
export { analyzeAndWriteSyncBudget, PAYLOAD_LIMIT_BYTES, readSyncBudget, writeSyncBudget } from "./payload";
export type { ChunkRead, ReadStats, RowsRead, SheetSize } from "./read";

export interface OfficeWorkbookPort extends WorkbookPort {
  readonly capabilities: Capabilities;
  /** Figures of the last read and write, for the pane's diagnostics and the tests. */
  readonly lastRead: ReadStats;
  lastWrite: WriteSummary | null;
  /**
   * Reads as WorkbookPort does, telling `onRows` how many rows are read after each batch and handing each
   * batch's rows to `onChunk`.
   */
  readSheets(names?: readonly string[], onRows?: RowsRead, onChunk?: ChunkRead): Promise<WorkbookInput>;
  /** Each named sheet's used size, without reading a value (what a run would have to read). */
  sheetSizes(names?: readonly string[]): Promise<SheetSize[]>;
}

/**
 * `run` is the add-in's wrapper of `Excel.run` inside Excel (the default). The 1904 date system found by the last read is used
 * when writing dates, so outputs show the same dates as the clerk's log.
 */
export function createOfficeWorkbookPort(
  run: ExcelRun = officeExcelRun(),
  isSetSupported: IsSetSupported = officeIsSetSupported(),
): OfficeWorkbookPort {
  const caps = capabilities(isSetSupported);
  let date1904 = false;
  const port: OfficeWorkbookPort = {
    capabilities: caps,
    lastRead: { syncs: 0, valueBytes: 0, halvings: 0 },
    lastWrite: null,
    async readSheets(names?: readonly string[], onRows?: RowsRead, onChunk?: ChunkRead): Promise<WorkbookInput> {
      if (!caps.read) throw new UnsupportedHostError();
      const input = await readSheets(run, names, port.lastRead, onRows, onChunk);
      date1904 = input.date1904;
      return input;
    },
    async sheetNames(): Promise<string[]> {
      return sheetNames(run);
    },
    async sheetSizes(names?: readonly string[]): Promise<SheetSize[]> {
      return sheetSizes(run, names);
    },
    async writeOwnedSheets(docs: readonly SheetDoc[], lang: Lang = "zh"): Promise<void> {
      if (!caps.writeOutputs) throw new UnsupportedHostError();
      port.lastWrite = await writeOwnedSheets(run, docs, { caps, date1904, lang });
    },
  };
  return port;
}
