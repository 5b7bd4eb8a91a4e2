/**
 * Everything the pane asks of the world outside React, behind one interface: Excel (Office.js) or the
 * preview in a plain browser (an .xlsx file read in the page). Components never touch Office directly.
 */
import type { Analysis } from "../core/analysis";
import type { LocalMinutes } from "../core/time";
import type { Lang } from "./locale";
import type { FirstScreen } from "../taskpane/model/first-screen";
import type { Period } from "../taskpane/model/period";

/** Keys of the `steps` resource group: what long work reports while it runs. */
export type StepId = "read" | "parse" | "analyse" | "write" | "report" | "save" | "settings" | "template";

/** `unit: "rows"`: done and total count the workbook's rows (read from Excel, analysed); else steps. */
export type Progress = (step: StepId, done: number, total: number, unit?: "rows") => void;

export type ReportResult = { kind: "opened" } | { kind: "download"; bytes: Uint8Array; fileName: string };

export interface PaneHost {
  kind: "excel" | "preview";
  /** BCP 47 tag of the user's Office (or browser) language. */
  displayLanguage: string;
  theme: "light" | "dark";
  /**
   * Reads and analyses the workbook. A host that can tell the default period's tiles sooner than the whole
   * Analysis (the preview's worker) hands them to `onFirst` first.
   */
  analyze(
    asOf: LocalMinutes,
    progress: Progress,
    signal: AbortSignal,
    onFirst?: (first: FirstScreen) => void,
  ): Promise<Analysis>;
  writeOutputs(analysis: Analysis, lang: Lang, progress: Progress, signal: AbortSignal): Promise<void>;
  createReport(
    analysis: Analysis,
    period: Period,
    lang: Lang,
    progress: Progress,
    signal: AbortSignal,
  ): Promise<ReportResult>;
  createSettings(): Promise<void>;
  createTemplate(): Promise<void>;
  selectRow(sheet: string, row: number): Promise<void>;
  /** Preview only: analyse a workbook the user picked instead of the sample. */
  useFile?(name: string, bytes: Uint8Array): void;
}

/** The action needs Excel; the preview says so instead of pretending. */
export class NeedsExcelError extends Error {
  constructor() {
    super("This action needs Excel.");
    this.name = "NeedsExcelError";
  }
}

/** The user cancelled; not an error to show in red. */
export class CancelledError extends Error {
  constructor() {
    super("Cancelled.");
    this.name = "CancelledError";
  }
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError();
}

/** Lets the browser paint the progress bar between steps of synchronous work, and honours cancel. */
export async function yieldStep(
  signal: AbortSignal,
  progress: Progress,
  step: StepId,
  done: number,
  total: number,
  unit?: "rows",
): Promise<void> {
  throwIfAborted(signal);
  progress(step, done, total, unit);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  throwIfAborted(signal);
}
