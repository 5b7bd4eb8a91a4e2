/**
 * The Office.js entry point, injected: `Excel.run` inside Excel, a strict fake in tests. Everything the
 * adapter does goes through one of these batches.
 */
import type { Capabilities } from "./requirements";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` of the host, resolved when called so this module loads outside Office too. */
export function officeExcelRun(): ExcelRun {
  return (batch) => {
    const excel = (globalThis as { Excel?: typeof Excel }).Excel;
    if (!excel) throw new Error("Excel JavaScript API is not available (not running inside Excel).");
    return excel.run(batch);
  };
}

/** Holds calculation and screen updates until the batch's sync, where the host supports it. */
export function suspendUntilSync(context: Excel.RequestContext, caps: Capabilities): void {
  if (caps.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
}
