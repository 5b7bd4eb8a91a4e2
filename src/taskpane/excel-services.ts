/**
 * The Office.js side of the pane, kept to the least the pane needs until the issue-6 layer
 * (src/workbook/office) is wired in here by the lead: a plain read of every sheet's used range and
 * row selection. Writing and workbook creation belong to that layer and say so until then.
 */
/// <reference types="office-js" />
import type { CellValue, SheetValues, WorkbookInput } from "../core/model";
import type { ExcelServices } from "./host-excel";
import { CancelledError } from "./host";
import { NotAvailableError } from "./report-engine";

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "Sheet1!B3:K40" → first row and column of the range. */
export function rangeOrigin(address: string): { row: number; column: number } {
  const cell = address.split("!").pop() ?? "A1";
  const m = /\$?([A-Z]+)\$?(\d+)/i.exec(cell);
  return m ? { row: Number(m[2]), column: columnNumber(m[1]) } : { row: 1, column: 1 };
}

export async function loadExcelServices(): Promise<ExcelServices> {
  return {
    async readWorkbook(signal: AbortSignal): Promise<WorkbookInput> {
      return Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        if (signal.aborted) throw new CancelledError();
        const ranges = sheets.items.map((ws) => {
          const r = ws.getUsedRangeOrNullObject(true);
          r.load(["values", "address"]);
          return { name: ws.name, range: r };
        });
        await context.sync();
        const out: SheetValues[] = [];
        for (const { name, range } of ranges) {
          if (range.isNullObject) continue;
          const origin = rangeOrigin(range.address);
          out.push({ name, values: range.values as CellValue[][], firstRow: origin.row, firstColumn: origin.column });
        }
        return { sheets: out, date1904: false };
      });
    },
    async writeOwnedSheets(): Promise<void> {
      throw new NotAvailableError("writeOwnedSheets");
    },
    async openWorkbook(): Promise<"opened" | "unsupported"> {
      return "unsupported";
    },
    async createSettings(): Promise<void> {
      throw new NotAvailableError("createSettings");
    },
    async createTemplate(): Promise<void> {
      throw new NotAvailableError("createTemplate");
    },
    async selectRow(sheet: string, row: number): Promise<void> {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(`${row}:${row}`).select();
        await context.sync();
      });
    },
  };
}
