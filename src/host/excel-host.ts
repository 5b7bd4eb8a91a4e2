/**
 * The pane inside Excel. Reading, writing and navigation go through ExcelServices (src/workbook/office);
 * the pipeline runs in the pane on what they read, exactly as in the preview and the CLI.
 */
import type { Analysis } from "../core/analysis";
import type { WorkbookInput } from "../core/model";
import type { SheetDoc } from "../core/output/sheet-doc";
import type { LocalMinutes } from "../core/time";
import { loadAnalyze } from "./engine";
import { yieldStep, type PaneHost, type Progress, type ReportResult } from "./pane-host";
import type { Lang } from "./locale";
import type { Period } from "../taskpane/model/period";
import { buildReportFile, loadReportEngine } from "./report-engine";

/** What the pane needs of the Office.js layer (issue 6); the lead binds it to src/workbook/office. */
export interface ExcelServices {
  readWorkbook(signal: AbortSignal): Promise<WorkbookInput>;
  writeOwnedSheets(docs: readonly SheetDoc[], signal: AbortSignal): Promise<void>;
  /** Opens the bytes as a new workbook (Excel.createWorkbook) when the host can; "unsupported" otherwise. */
  openWorkbook(bytes: Uint8Array): Promise<"opened" | "unsupported">;
  createSettings(): Promise<void>;
  createTemplate(): Promise<void>;
  selectRow(sheet: string, row: number): Promise<void>;
}

export interface ExcelHostOptions {
  displayLanguage: string;
  theme: "light" | "dark";
  services: () => Promise<ExcelServices>;
}

export function createExcelHost(opts: ExcelHostOptions): PaneHost {
  let services: Promise<ExcelServices> | null = null;
  const svc = (): Promise<ExcelServices> => (services ??= opts.services());
  return {
    kind: "excel",
    displayLanguage: opts.displayLanguage,
    theme: opts.theme,
    async analyze(asOf: LocalMinutes, progress: Progress, signal: AbortSignal): Promise<Analysis> {
      await yieldStep(signal, progress, "read", 0, 2);
      const [s, analyze] = await Promise.all([svc(), loadAnalyze()]);
      const input = await s.readWorkbook(signal);
      await yieldStep(signal, progress, "analyse", 1, 2);
      const analysis = analyze(input, asOf);
      await yieldStep(signal, progress, "analyse", 2, 2);
      return analysis;
    },
    async writeOutputs(analysis: Analysis, lang: Lang, progress: Progress, signal: AbortSignal): Promise<void> {
      await yieldStep(signal, progress, "report", 0, 2);
      const report = await loadReportEngine();
      const docs = report.buildOutputSheets(analysis, lang);
      await yieldStep(signal, progress, "write", 1, 2);
      await (await svc()).writeOwnedSheets(docs, signal);
      progress("write", 2, 2);
    },
    async createReport(
      analysis: Analysis,
      period: Period,
      lang: Lang,
      progress: Progress,
      signal: AbortSignal,
    ): Promise<ReportResult> {
      const { bytes, fileName } = await buildReportFile(analysis, period, lang, progress, signal, 3);
      const opened = await (await svc()).openWorkbook(bytes);
      progress("save", 3, 3);
      return opened === "opened" ? { kind: "opened" } : { kind: "download", bytes, fileName };
    },
    createSettings: async () => (await svc()).createSettings(),
    createTemplate: async () => (await svc()).createTemplate(),
    selectRow: async (sheet, row) => (await svc()).selectRow(sheet, row),
  };
}
