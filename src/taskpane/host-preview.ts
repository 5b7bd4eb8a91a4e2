/**
 * The pane outside Excel: the bundled sample (or a file the user opens) read by the xlsx adapter and
 * analysed in the page. Actions that need a live workbook say so; the report is offered as a download.
 */
import type { Analysis } from "../core/analysis";
import type { LocalMinutes } from "../core/time";
import { loadEngine } from "./engine";
import { NeedsExcelError, yieldStep, type PaneHost, type Progress, type ReportResult } from "./host";
import type { Lang } from "./i18n/labels";
import type { Period } from "./model/period";
import { loadReportEngine } from "./report-engine";

export interface PreviewOptions {
  /** Same-origin URL of the sample workbook. */
  sampleUrl: string;
  displayLanguage: string;
  theme: "light" | "dark";
  fetchBytes?: (url: string, signal: AbortSignal) => Promise<Uint8Array>;
}

async function fetchSameOrigin(url: string, signal: AbortSignal): Promise<Uint8Array> {
  const res = await fetch(url, { signal, credentials: "same-origin" });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export function createPreviewHost(opts: PreviewOptions): PaneHost & { sourceName(): string } {
  let file: { name: string; bytes: Uint8Array } | null = null;
  const fetchBytes = opts.fetchBytes ?? fetchSameOrigin;
  return {
    kind: "preview",
    displayLanguage: opts.displayLanguage,
    theme: opts.theme,
    sourceName: () => file?.name ?? opts.sampleUrl.split("/").pop() ?? opts.sampleUrl,
    useFile(name, bytes) {
      file = { name, bytes };
    },
    async analyze(asOf: LocalMinutes, progress: Progress, signal: AbortSignal): Promise<Analysis> {
      await yieldStep(signal, progress, "read", 0, 3);
      const [bytes, engine] = await Promise.all([file ? Promise.resolve(file.bytes) : fetchBytes(opts.sampleUrl, signal), loadEngine()]);
      await yieldStep(signal, progress, "parse", 1, 3);
      const input = await engine.readXlsx(bytes);
      await yieldStep(signal, progress, "analyse", 2, 3);
      const analysis = engine.analyze(input, asOf);
      await yieldStep(signal, progress, "analyse", 3, 3);
      return analysis;
    },
    async writeOutputs(): Promise<void> {
      throw new NeedsExcelError();
    },
    async createReport(analysis: Analysis, period: Period, lang: Lang, progress: Progress, signal: AbortSignal): Promise<ReportResult> {
      await yieldStep(signal, progress, "report", 0, 2);
      const report = await loadReportEngine();
      const built = report.buildReport(analysis, period, lang);
      await yieldStep(signal, progress, "save", 1, 2);
      const bytes = await report.writeWorkbook(built.docs);
      await yieldStep(signal, progress, "save", 2, 2);
      return { kind: "download", bytes, fileName: built.fileName };
    },
    async createSettings(): Promise<void> {
      throw new NeedsExcelError();
    },
    async createTemplate(): Promise<void> {
      throw new NeedsExcelError();
    },
    async selectRow(): Promise<void> {
      throw new NeedsExcelError();
    },
  };
}
