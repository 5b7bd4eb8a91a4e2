/**
 * The Office.js entry point: every batch the add-in sends goes through the one ExcelRun made here, so
 * every batch runs with the same options. Inside Excel it wraps the host's `Excel.run`; tests wrap the
 * strict fake's. Nothing else in src/ calls `Excel.run` (test/workbook/office/excel-run.test.ts).
 */
import type { Capabilities } from "./requirements";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What officeExcelRun needs of the `Excel` namespace. */
export interface ExcelApi {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * A button pressed, or a pane action started, while the user is typing in a cell must not fail every
 * batch: `delayForCellEdit` makes Excel hold the batch until the user leaves the cell (Excel.RunOptions).
 * Hosts without the option ignore it, as they ignore any unknown option.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** The add-in's one way into Excel; `excel` is the host's `Excel` namespace, resolved when a batch runs. */
export function officeExcelRun(excel?: ExcelApi): ExcelRun {
  return (batch) => {
    const api = excel ?? (globalThis as { Excel?: ExcelApi }).Excel;
    if (!api) throw new Error("Excel JavaScript API is not available (not running inside Excel).");
    return api.run(RUN_OPTIONS, batch);
  };
}

/** Holds calculation and screen updates until the batch's sync, where the host supports it. */
export function suspendUntilSync(context: Excel.RequestContext, caps: Capabilities): void {
  if (caps.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
}
