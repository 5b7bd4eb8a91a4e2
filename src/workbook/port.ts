/**
 * The one seam between the pure core and wherever the workbook lives (Excel via Office.js, or an .xlsx
 * file in Node or the browser). The core never sees which.
 */
import type { WorkbookInput } from "../core/model";
import type { SheetDoc } from "../core/output/sheet-doc";

export interface WorkbookPort {
  /** Reads the values of the named sheets that exist (all sheets when `names` is omitted). */
  readSheets(names?: readonly string[]): Promise<WorkbookInput>;
  /** Names of all sheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /**
   * Writes sheets the add-in owns, replacing earlier versions of them. Must refuse (OwnershipError) to
   * replace a sheet of the same name that the add-in does not own; never touches any other sheet.
   */
  writeOwnedSheets(docs: readonly SheetDoc[]): Promise<void>;
}

/** A sheet name is taken by a sheet the add-in did not create; nothing was written. */
export class OwnershipError extends Error {
  constructor(readonly sheetName: string) {
    super(
      `工作表“${sheetName}”不是 Casebook 创建的，未覆盖。/ Sheet "${sheetName}" was not created by Casebook; it was left untouched.`,
    );
    this.name = "OwnershipError";
  }
}

/** The file could not be read as a workbook; the message says why, for the clerk. */
export class WorkbookFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookFormatError";
  }
}
