/**
 * The pane inside Excel. Reading, writing and navigation go through ExcelServices (src/workbook/office).
 * Office.js answers only on the pane's main thread, so the cells are read there; the pipeline then runs on
 * them in the analysis worker the preview uses (the same code as the CLI), so a 100k-row log does not
 * freeze the pane. Without a worker (the ribbon's commands, which have no pane to keep responsive) it runs
 * in the page.
 */
import type { Analysis } from "../core/analysis";
import type { Case, CellValue, WorkbookInput } from "../core/model";
import type { DeadlineConfig } from "../core/deadlines";
import type { FormDoc, StampInput } from "../core/desk";
import type { SheetDoc } from "../core/output/sheet-doc";
import type { LocalMinutes } from "../core/time";
import type { FirstScreen } from "../taskpane/model/first-screen";
import { loadAnalyze } from "./engine";
import {
  throwIfAborted,
  yieldStep,
  type DeskPlace,
  type DeskWriteResult,
  type CommandNotice,
  type PaneHost,
  type Progress,
  type PackResult,
  type ReportResult,
} from "./pane-host";
import { centerNow } from "./now";
import { formFile } from "./form-file";
import { awaitAnalysis } from "./worker/await-analysis";
import { replyChannel, type WorkerLike, type WorkerRequest, type WorkerRows } from "./worker/protocol";
import { rowCount, rowSlices, shellOf } from "./worker/slices";
import type { Lang } from "./locale";
import type { Words } from "../core/messages";
import type { Period } from "../taskpane/model/period";
import { buildPackFiles, buildReportFile, loadReportEngine } from "./report-engine";

/** What the pane needs of the Office.js layer (issue 6); the lead binds it to src/workbook/office. */
export interface ExcelServices {
  /** The clerk's sheets; `onRows` hears how many rows are read after each batch, `onChunk` gets its rows. */
  readWorkbook(
    signal: AbortSignal,
    onRows?: (done: number, total: number) => void,
    onChunk?: (sheet: number, values: CellValue[][]) => void,
  ): Promise<WorkbookInput>;
  /** Writes the owned sheets; `lang` is the language they are written in. */
  writeOwnedSheets(docs: readonly SheetDoc[], lang: Lang, signal: AbortSignal): Promise<void>;
  /** Opens the bytes as a new workbook (Excel.createWorkbook) when the host can; "unsupported" otherwise. */
  openWorkbook(bytes: Uint8Array): Promise<"opened" | "unsupported">;
  createSettings(): Promise<void>;
  /** A new case log, its drop-down alert in `lang`; resolves to what an older Excel left out of it. */
  createTemplate(lang: Lang): Promise<Words[]>;
  selectRow(sheet: string, row: number): Promise<void>;
  selectedRow(): Promise<{ sheet: string; row: number }>;
  appendCase(place: DeskPlace, record: Case, config: DeadlineConfig): Promise<DeskWriteResult>;
  stampCase(place: DeskPlace, c: Case, stamp: StampInput, config: DeadlineConfig): Promise<DeskWriteResult>;
  addMonthSheet: PaneHost["addMonthSheet"];
  recordContactFormNo: PaneHost["recordContactFormNo"];
  /** The form as an owned sheet; "no-page-layout" when this Excel cannot set one up for A4 (ExcelApi 1.9). */
  writeFormSheet(
    form: FormDoc,
  ): Promise<{ kind: "sheet"; sheet: string } | { kind: "refused"; sheet: string } | "no-page-layout">;
  /** Rows of the clerk's sheets (summed) and how many sheets, without reading a value. */
  inputSize(): Promise<{ rows: number; sheets: number }>;
  /** The last ribbon command's outcome not shown in the pane yet, marked shown. */
  takeCommandOutcome(): Promise<CommandNotice | null>;
}

export interface ExcelHostOptions {
  displayLanguage: string;
  theme: "light" | "dark";
  services: () => Promise<ExcelServices>;
  /** Starts the analysis worker (src/host/worker); absent, the pipeline runs in the page. */
  worker?: () => WorkerLike;
}

/** Time the page gives sending rows in one turn: a frame's worth, so a click or a paint waits no longer. */
const SEND_SLICE_MS = 16;

/**
 * Sends the rows to the worker as Excel hands them over, while it answers the next batch: a slice per
 * message, as many as fit in SEND_SLICE_MS, then the page has its turn (a message's clone is work on this thread).
 */
function rowSender(worker: WorkerLike) {
  const queue: WorkerRows[] = [];
  let pumping: Promise<void> | null = null;
  let stopped = false;
  const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());
  const pump = async (): Promise<void> => {
    while (queue.length > 0 && !stopped) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      const turn = now();
      while (queue.length > 0 && !stopped && now() - turn < SEND_SLICE_MS) worker.postMessage(queue.shift());
    }
    pumping = null;
  };
  return {
    add(sheet: number, values: CellValue[][]): void {
      queue.push(...rowSlices(sheet, values));
      pumping ??= pump();
    },
    async drained(): Promise<void> {
      while (pumping) await pumping;
    },
    stop(): void {
      stopped = true;
    },
  };
}
export function createExcelHost(opts: ExcelHostOptions): PaneHost {
  let services: Promise<ExcelServices> | null = null;
  const svc = (): Promise<ExcelServices> => (services ??= opts.services());
  return {
    kind: "excel",
    displayLanguage: opts.displayLanguage,
    theme: opts.theme,
    async analyze(
      asOf: LocalMinutes,
      progress: Progress,
      signal: AbortSignal,
      onFirst?: (first: FirstScreen) => void,
    ): Promise<Analysis> {
      await yieldStep(signal, progress, "read", 0, 1);
      // The worker loads and compiles its script while Excel answers the reads, and takes the rows as they come.
      const channel = opts.worker ? replyChannel(opts.worker()) : null;
      const sender = channel ? rowSender(channel.worker) : null;
      let cells: WorkbookInput;
      try {
        const s = await svc();
        cells = await s.readWorkbook(
          signal,
          (done, total) => progress("read", done, total, "rows"),
          sender ? (sheet, values) => sender.add(sheet, values) : undefined,
        );
        throwIfAborted(signal);
        if (channel && sender) {
          await sender.drained();
          throwIfAborted(signal);
          channel.worker.postMessage({ source: { cells: shellOf(cells) }, asOf } satisfies WorkerRequest);
        }
      } catch (e) {
        sender?.stop();
        channel?.worker.terminate();
        throw e;
      }
      if (channel) return awaitAnalysis(channel, progress, signal, onFirst);
      const rows = rowCount(cells);
      const analyze = await loadAnalyze();
      await yieldStep(signal, progress, "analyse", 0, rows, "rows");
      const analysis = analyze(cells, asOf);
      await yieldStep(signal, progress, "analyse", rows, rows, "rows");
      return analysis;
    },
    async writeOutputs(analysis: Analysis, lang: Lang, progress: Progress, signal: AbortSignal): Promise<void> {
      await yieldStep(signal, progress, "report", 0, 2);
      const report = await loadReportEngine();
      const docs = report.buildOutputSheets(analysis, lang);
      await yieldStep(signal, progress, "write", 1, 2);
      await (await svc()).writeOwnedSheets(docs, lang, signal);
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
    async createCompanyPacks(analysis, period, company, lang, progress, signal): Promise<PackResult[]> {
      const files = await buildPackFiles(analysis, period, company, lang, progress, signal, 1);
      const s = await svc();
      const out: PackResult[] = [];
      for (const [i, f] of files.entries()) {
        throwIfAborted(signal);
        // Each pack its own workbook, as it goes to its own company; Excel without createWorkbook downloads it.
        const opened = await s.openWorkbook(f.bytes);
        progress("save", files.length * 2 + i + 1, files.length * 3);
        out.push(
          opened === "opened"
            ? { kind: "opened", company: f.company }
            : { kind: "download", bytes: f.bytes, fileName: f.fileName, company: f.company },
        );
      }
      return out;
    },
    createSettings: async () => (await svc()).createSettings(),
    createTemplate: async (lang) => (await svc()).createTemplate(lang),
    selectRow: async (sheet, row) => (await svc()).selectRow(sheet, row),
    selectedRow: async () => (await svc()).selectedRow(),
    now: (timeZone) => (timeZone === undefined ? centerNow() : centerNow(new Date(), timeZone)),
    appendCase: async (place, record, config) => (await svc()).appendCase(place, record, config),
    stampCase: async (place, c, stamp, config) => (await svc()).stampCase(place, c, stamp, config),
    addMonthSheet: async (sheet) => (await svc()).addMonthSheet(sheet),
    recordContactFormNo: async (place, c, no) => (await svc()).recordContactFormNo(place, c, no),
    async makeForm(form, fileName) {
      const written = await (await svc()).writeFormSheet(form);
      return written === "no-page-layout" ? formFile(form, fileName) : written;
    },
    lastCommand: async () => (await svc()).takeCommandOutcome(),
  };
}
