/**
 * The report model and the .xlsx writer, loaded on demand (ExcelJS-sized code must not weigh on the
 * pane's first paint). The seam the lead wires to src/report and the core report model.
 */
import type { Analysis } from "../core/analysis";
import type { SheetDoc } from "../core/output/sheet-doc";
import type { Lang } from "./i18n/labels";
import type { Period } from "./model/period";

export interface ReportEngine {
  /** The monthly or year-end report as sheets, and the file name it is offered under. */
  buildReport(analysis: Analysis, period: Period, lang: Lang): { docs: SheetDoc[]; fileName: string };
  /** Registers, compliance and scorecards written into the open workbook. */
  buildOutputSheets(analysis: Analysis, lang: Lang): SheetDoc[];
  writeWorkbook(docs: readonly SheetDoc[]): Promise<Uint8Array>;
}

/** A part of Casebook this build does not contain yet; shown to the user as a plain message. */
export class NotAvailableError extends Error {
  constructor(readonly part: string) {
    super(`${part} is not available in this build.`);
    this.name = "NotAvailableError";
  }
}

let override: (() => Promise<ReportEngine>) | null = null;

/** Wiring point: index.ts (or a test) supplies the real loader once src/report exists. */
export function provideReportEngine(loader: () => Promise<ReportEngine>): void {
  override = loader;
}

export async function loadReportEngine(): Promise<ReportEngine> {
  if (!override) throw new NotAvailableError("report writer");
  return override();
}
