/** From a case in the pane to its row in the clerk's log. */
import type { ExcelRun } from "./excel-run";

/** Activates the sheet and selects the row (1-based, as Excel shows it); false when the sheet is gone. */
export async function selectCaseRow(run: ExcelRun, sheetName: string, row: number): Promise<boolean> {
  if (!Number.isInteger(row) || row < 1 || row > 1_048_576) throw new Error(`Row ${row} is not an Excel row number.`);
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load("isNullObject");
    await context.sync();
    if (sheet.isNullObject) return false;
    sheet.activate();
    sheet.getRange(`${row}:${row}`).select();
    await context.sync();
    return true;
  });
}
