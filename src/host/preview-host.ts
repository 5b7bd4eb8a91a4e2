/**
 * The pane outside Excel: the bundled sample (or a file the user opens) read by the xlsx adapter and
 * analysed in the page. Actions that need a live workbook say so; the report is offered as a download.
 */
import type { Analysis } from "../core/analysis";
import type { WorkbookInput } from "../core/model";
import type { LocalMinutes } from "../core/time";
import { loadEngine } from "./engine";
import { fetchSameOrigin } from "./fetch-bytes";
import {
  NeedsExcelError,
  yieldStep,
  type DeskWriteResult,
  type PaneHost,
  type PackResult,
  type Progress,
  type ReportResult,
} from "./pane-host";
import type { Lang } from "./locale";
import type { Words } from "../core/messages";
import type { FirstScreen } from "../taskpane/model/first-screen";
import type { Period } from "../taskpane/model/period";
import { buildPackFiles, buildReportFile } from "./report-engine";
import { replyChannel, WORKER_URL, type WorkerRequest } from "./worker/protocol";
import { awaitAnalysis, mark } from "./worker/await-analysis";

export interface PreviewOptions {
  /** Same-origin URL of the sample workbook. */
  sampleUrl: string;
  displayLanguage: string;
  theme: "light" | "dark";
  fetchBytes?: (url: string, signal: AbortSignal) => Promise<Uint8Array>;
  /** The preview's "now" (its as-of), so a case the desk adds there is not in the future. */
  now: LocalMinutes;
}

import { formFile } from "./form-file";

const loadMemoryDesk = () => import(/* webpackChunkName: "desk-memory" */ "../workbook/memory/desk");

type Early = NonNullable<Window["casebookEarly"]>;

export function createPreviewHost(opts: PreviewOptions): PaneHost & { sourceName(): string; prefetch(): void } {
  let file: { name: string; bytes: Uint8Array } | null = null;
  // The workbook as the desk changed it: read once from the sample (or the opened file) on the first desk
  // write, then analysed in the page instead of the bytes. The file itself is never written.
  let memory: WorkbookInput | null = null;
  const fetchBytes = opts.fetchBytes ?? fetchSameOrigin;
  // A real browser analyses in a worker (preview-boot.js may already have started on the sample);
  // without Worker (jsdom) or with injected bytes, in the page.
  const useWorker = opts.fetchBytes === undefined && typeof Worker !== "undefined";
  let early: Early | null = typeof window !== "undefined" ? (window.casebookEarly ?? null) : null;
  // The sample's bytes, fetched once (prefetch starts it before React's first render).
  let sample: Promise<Uint8Array> | null = null;
  const sampleBytes = (signal: AbortSignal): Promise<Uint8Array> => {
    sample ??= fetchBytes(opts.sampleUrl, signal).catch((e: unknown) => {
      sample = null;
      throw e;
    });
    return sample;
  };
  const copy = async (): Promise<WorkbookInput> => {
    if (memory !== null) return memory;
    const signal = new AbortController().signal;
    const [bytes, engine] = await Promise.all([file ? Promise.resolve(file.bytes) : sampleBytes(signal), loadEngine()]);
    memory ??= await engine.readXlsx(bytes);
    return memory;
  };
  return {
    kind: "preview",
    displayLanguage: opts.displayLanguage,
    theme: opts.theme,
    sourceName: () => file?.name ?? opts.sampleUrl.split("/").pop() ?? opts.sampleUrl,
    useFile(name, bytes) {
      file = { name, bytes };
      memory = null;
    },
    prefetch() {
      if (useWorker) return;
      mark("fetch-start");
      sampleBytes(new AbortController().signal).catch(() => undefined);
      loadEngine().catch(() => undefined);
    },
    async analyze(
      asOf: LocalMinutes,
      progress: Progress,
      signal: AbortSignal,
      onFirst?: (first: FirstScreen) => void,
    ): Promise<Analysis> {
      if (memory !== null) {
        await yieldStep(signal, progress, "analyse", 0, 1);
        const analysis = (await loadEngine()).analyze(memory, asOf);
        await yieldStep(signal, progress, "analyse", 1, 1);
        return analysis;
      }
      if (useWorker) {
        const mine = early && !file && early.asOf === asOf && early.url === opts.sampleUrl ? early : null;
        early = null;
        if (mine) return awaitAnalysis(mine, progress, signal, onFirst);
        const request: WorkerRequest = { source: file ? { bytes: file.bytes.slice() } : { url: opts.sampleUrl }, asOf };
        const channel = replyChannel(new Worker(WORKER_URL));
        channel.worker.postMessage(request);
        return awaitAnalysis(channel, progress, signal, onFirst);
      }
      await yieldStep(signal, progress, "read", 0, 3);
      const [bytes, engine] = await Promise.all([
        file ? Promise.resolve(file.bytes) : sampleBytes(signal),
        loadEngine(),
      ]);
      mark("fetched");
      await yieldStep(signal, progress, "parse", 1, 3);
      const input = await engine.readXlsx(bytes);
      mark("read");
      await yieldStep(signal, progress, "analyse", 2, 3);
      const analysis = engine.analyze(input, asOf);
      mark("analysed");
      await yieldStep(signal, progress, "analyse", 3, 3);
      return analysis;
    },
    async writeOutputs(): Promise<void> {
      throw new NeedsExcelError();
    },
    async createReport(
      analysis: Analysis,
      period: Period,
      lang: Lang,
      progress: Progress,
      signal: AbortSignal,
    ): Promise<ReportResult> {
      const { bytes, fileName } = await buildReportFile(analysis, period, lang, progress, signal, 2);
      return { kind: "download", bytes, fileName };
    },
    async createCompanyPacks(analysis, period, company, lang, progress, signal): Promise<PackResult[]> {
      const files = await buildPackFiles(analysis, period, company, lang, progress, signal, 0);
      return files.map((f) => ({ kind: "download", bytes: f.bytes, fileName: f.fileName, company: f.company }));
    },
    async createSettings(): Promise<void> {
      throw new NeedsExcelError();
    },
    async createTemplate(): Promise<Words[]> {
      throw new NeedsExcelError();
    },
    async selectRow(): Promise<void> {
      throw new NeedsExcelError();
    },
    async selectedRow(): Promise<{ sheet: string; row: number }> {
      throw new NeedsExcelError();
    },
    now: () => opts.now,
    async appendCase(place, record, config): Promise<DeskWriteResult> {
      const [wb, desk] = await Promise.all([copy(), loadMemoryDesk()]);
      return desk.appendCaseInMemory(wb, place, record, config);
    },
    async addMonthSheet(sheet) {
      const [wb, desk] = await Promise.all([copy(), loadMemoryDesk()]);
      return desk.addMonthSheetInMemory(wb, sheet);
    },
    async stampCase(place, c, stamp, config): Promise<DeskWriteResult> {
      const [wb, desk] = await Promise.all([copy(), loadMemoryDesk()]);
      return desk.stampCaseInMemory(wb, { ...place, sheetName: c.sheet ?? place.sheetName }, c, stamp, config);
    },
    async recordContactFormNo(place, c, no): Promise<DeskWriteResult> {
      const [wb, desk] = await Promise.all([copy(), loadMemoryDesk()]);
      return desk.recordContactFormNoInMemory(wb, { ...place, sheetName: c.sheet ?? place.sheetName }, c, no);
    },
    makeForm: (form, fileName) => formFile(form, fileName),
  };
}
