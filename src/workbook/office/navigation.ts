/** From a case in the pane to its row in the clerk's log. */
import type { Words } from "../../core/messages";
import { SaidError } from "../phrases";
import type { ExcelRun } from "./excel-run";
import { OFFICE_PHRASES } from "./messages";

/** What became of the request: the row is selected, its sheet is gone, or its sheet is hidden. */
export type SelectResult = "selected" | "missing" | "hidden";

/**
 * Activates the sheet and selects the row (1-based, as Excel shows it). A hidden sheet cannot be
 * activated (Excel refuses, and a VeryHidden one cannot even be shown from Excel's menus), so that is
 * answered up front rather than as Excel's error.
 */
export async function selectCaseRow(run: ExcelRun, sheetName: string, row: number): Promise<SelectResult> {
  if (!Number.isInteger(row) || row < 1 || row > 1_048_576) throw new SaidError(OFFICE_PHRASES.words("notARow", row));
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load("isNullObject,visibility");
    await context.sync();
    if (sheet.isNullObject) return "missing";
    if (sheet.visibility !== "Visible") return "hidden";
    sheet.activate();
    sheet.getRange(`${row}:${row}`).select();
    await context.sync();
    return "selected";
  });
}

/** The user's message for a row that could not be selected. */
export function selectMessage(result: Exclude<SelectResult, "selected">, sheetName: string, row: number): Words {
  return result === "missing"
    ? OFFICE_PHRASES.words("sheetMissing", sheetName)
    : OFFICE_PHRASES.words("rowOnHiddenSheet", row, sheetName);
}

/** The sheet and first row of the user's selection (the desk stamps the case on it); one sync. */
export async function selectedRow(run: ExcelRun): Promise<{ sheet: string; row: number }> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("rowIndex");
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    return { sheet: sheet.name, row: range.rowIndex + 1 };
  });
}
