/**
 * Where a sheet's cells go, how wide its columns are and how it prints: the one plan both workbook writers
 * follow (the .xlsx writer here, the Office.js writer in src/workbook/office), so a report prints the same
 * whichever way it reached Excel. Pure and small: the pane's Office.js writer imports it without the rest of
 * the .xlsx writer.
 */
import { chartsFitBeside, planPrint, type PrintPlan } from "../core/output/print";
import { layoutSheet, type SheetDoc, type SheetLayout } from "../core/output/sheet-doc";
import { fitColumnWidths } from "./widths";

/** Excel's default column width, in character units: what a column without a <col> entry takes. */
export const DEFAULT_COLUMN_WIDTH = 9;

/** A sheet's layout, widths and print plan: charts go below the tables when beside them the sheet would print too small. */
export function placeSheet(doc: SheetDoc): { layout: SheetLayout; widths: number[]; print: PrintPlan } {
  let layout = layoutSheet(doc);
  const widths = fitColumnWidths(doc, layout);
  if (layout.charts.length > 0 && !chartsFitBeside(layout, widths, DEFAULT_COLUMN_WIDTH))
    layout = layoutSheet(doc, { chartsBelow: true });
  return { layout, widths, print: planPrint(doc, layout, widths, DEFAULT_COLUMN_WIDTH) };
}
