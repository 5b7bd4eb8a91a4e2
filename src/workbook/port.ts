/**
 * The one seam between the pure core and wherever the workbook lives (Excel via Office.js, or an .xlsx
 * file in Node or the browser). The core never sees which.
 */
import type { WorkbookInput } from "../core/model";
import type { Lang } from "../core/labels";
import type { Words } from "../core/messages";
import type { SheetDoc } from "../core/output/sheet-doc";
import { phrases, SaidError } from "./phrases";

const ZH = { notOwned: (sheet: string) => `工作表“${sheet}”不是客服案件簿创建的，未覆盖。` };
const EN: typeof ZH = { notOwned: (sheet) => `Sheet "${sheet}" was not created by Casebook; it was left untouched.` };
export const PORT_PHRASES = phrases(ZH, EN);

/** Where the desk writes in the clerk's log, in Excel or in a copy held in memory: its sheet and header row. */
export interface LogPlace {
  sheetName: string;
  /** Excel row number (1-based) of the log's header. */
  headerRow: number;
}

export interface WorkbookPort {
  /** Reads the values of the named sheets that exist (all sheets when `names` is omitted). */
  readSheets(names?: readonly string[]): Promise<WorkbookInput>;
  /** Names of all sheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /**
   * Writes sheets the add-in owns, replacing earlier versions of them. Must refuse (OwnershipError) to
   * replace a sheet of the same name that the add-in does not own; never touches any other sheet. `lang` is the
   * language the docs are written in (zh when absent), for what the writer itself notes in the workbook.
   */
  writeOwnedSheets(docs: readonly SheetDoc[], lang?: Lang): Promise<void>;
}

/** A sheet name is taken by a sheet the add-in did not create; nothing was written. */
export class OwnershipError extends SaidError {
  constructor(readonly sheetName: string) {
    super(PORT_PHRASES.words("notOwned", sheetName));
    this.name = "OwnershipError";
  }
}

/** The file could not be read as a workbook; the message says why, for the clerk, in both languages. */
export class WorkbookFormatError extends SaidError {
  constructor(said: Words) {
    super(said);
    this.name = "WorkbookFormatError";
  }
}
