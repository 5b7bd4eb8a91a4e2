/**
 * Everything the pane asks of the world outside React, behind one interface: Excel (Office.js) or the
 * preview in a plain browser (an .xlsx file read in the page). Components never touch Office directly.
 */
import type { Analysis } from "../core/analysis";
import type { Case, CellValue } from "../core/model";
import type { DeadlineConfig } from "../core/deadlines";
import type { FormDoc, StampInput } from "../core/desk";
import type { LocalMinutes } from "../core/time";
import type { Lang } from "./locale";
import type { Words } from "../core/messages";
import type { LogPlace } from "../workbook/port";
import type { FirstScreen } from "../taskpane/model/first-screen";
import type { Period } from "../taskpane/model/period";

/** Keys of the `steps` resource group: what long work reports while it runs. */
export type StepId = "read" | "parse" | "analyse" | "write" | "report" | "save" | "settings" | "template";

/** `unit: "rows"`: done and total count the workbook's rows (read from Excel, analysed); else steps. */
export type Progress = (step: StepId, done: number, total: number, unit?: "rows") => void;

/** Where the desk writes in the clerk's log: a log sheet and the Excel row number of its header. */
export type DeskPlace = LogPlace;

/** A month's sheet to make: its name, the sheet whose header rows it copies, and the header's row. */
export interface NewSheet {
  name: string;
  template: string;
  headerRow: number;
}

/**
 * What came of a desk write. Refusals: the sheet is gone (no-sheet), it has no log header (no-header), the
 * case's row no longer holds it (moved: `found` is the 编号 there now), or a cell to fill is no longer blank
 * (conflict: what is there now). A refused write wrote nothing.
 */
export type DeskWriteResult =
  /** `missing`: what the log has no column for, so was not recorded; `written`: cells filled (a stamp). */
  | { ok: true; sheet: string; row: number; missing?: string[]; written?: number }
  | {
      ok: false;
      reason: "no-sheet" | "no-header" | "moved" | "conflict";
      found?: string;
      conflicts?: { header: string; value: CellValue }[];
    };

/**
 * A form made at the desk: written as an owned sheet (Excel), offered as a download (the preview, or an Excel
 * without page layout), or refused because a sheet of its name is the clerk's own (nothing written).
 */
export type FormResult =
  | { kind: "sheet"; sheet: string }
  | { kind: "download"; bytes: Uint8Array; fileName: string }
  | { kind: "refused"; sheet: string };

export type ReportResult = { kind: "opened" } | { kind: "download"; bytes: Uint8Array; fileName: string };

/** A ribbon command's outcome as the command recorded it: its title and lines in the user's language then. */
export interface CommandNotice {
  ok: boolean;
  /** Not started: too big for a command, to be run from the pane. */
  toPane: boolean;
  /** When it finished (yyyy-mm-ddThh:mm, the center's clock). */
  at: string;
  title: string;
  lines: string[];
}

/** A property company's pack: opened as a new workbook in Excel, or offered as a download. */
export type PackResult = ReportResult & { company: string };

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
  /**
   * The month's pack for one property company, or for each (company null): a workbook per company, opened in
   * Excel where it can open one, else offered as a download (Office.js cannot save a file to disk).
   */
  createCompanyPacks(
    analysis: Analysis,
    period: Period,
    company: string | null,
    lang: Lang,
    progress: Progress,
    signal: AbortSignal,
  ): Promise<PackResult[]>;
  createSettings(): Promise<void>;
  /**
   * A new case log; what it says itself (its drop-down alert) is in `lang`, the language of the user making it.
   * Resolves to what was left out of it (an older Excel's drop-down lists or filter), in both languages.
   */
  createTemplate(lang: Lang): Promise<Words[]>;
  selectRow(sheet: string, row: number): Promise<void>;
  /** The sheet and row selected in Excel (the desk finds the case on it); the preview has none. */
  selectedRow(): Promise<{ sheet: string; row: number }>;
  /** "Now" on the center's clock in `timeZone` (Settings); the preview's as-of in the preview. */
  now(timeZone?: string): LocalMinutes;
  /** The desk: one new case's row appended to the log (the clerk pressed 提交). */
  appendCase(place: DeskPlace, record: Case, config: DeadlineConfig): Promise<DeskWriteResult>;
  /**
   * The desk, in a log kept a sheet per month: the case's month gets its sheet, a copy of the latest month's
   * header rows placed after it (created: false when a sheet of that name exists already).
   */
  addMonthSheet(
    sheet: NewSheet,
  ): Promise<{ ok: true; created: boolean } | { ok: false; reason: "no-sheet" | "no-header" }>;
  /** The desk: a step stamped into blank cells of a case's row. */
  stampCase(place: DeskPlace, c: Case, stamp: StampInput, config: DeadlineConfig): Promise<DeskWriteResult>;
  /** The desk: one of the manual's forms, ready to print (`fileName` names its download). */
  makeForm(form: FormDoc, fileName: string): Promise<FormResult>;
  /** The desk: the 联系单号 assigned with a 工作联系单, into the case's 联系单号 cell if it is blank. */
  recordContactFormNo(place: DeskPlace, c: Case, no: string): Promise<DeskWriteResult>;
  /** Excel only: the last ribbon command's outcome, once (null when there is none the pane has not shown). */
  lastCommand?(): Promise<CommandNotice | null>;
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
