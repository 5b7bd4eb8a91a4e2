/**
 * The report model and the .xlsx writer, loaded on demand: they must not weigh on the pane's first paint
 * (webpack splits them into their own chunk).
 */
import type { Analysis } from "../core/analysis";
import type { SheetDoc } from "../core/output/sheet-doc";
import type { ReportPeriod } from "../core/report";
import { yieldStep, type Progress } from "./pane-host";
import { coreLang, type Lang } from "./locale";
import type { Period } from "../taskpane/model/period";

export interface ReportEngine {
  /** The monthly or year-end report as sheets, and the file name it is offered under. */
  buildReport(analysis: Analysis, period: Period, lang: Lang): { docs: SheetDoc[]; fileName: string };
  /** Registers, compliance and scorecards written into the open workbook. */
  buildOutputSheets(analysis: Analysis, lang: Lang): SheetDoc[];
  writeWorkbook(docs: readonly SheetDoc[], lang: Lang): Promise<Uint8Array>;
}

/** A part of Casebook this host cannot offer (e.g. writing sheets outside Excel); shown as a plain message. */
export class NotAvailableError extends Error {
  constructor(readonly part: string) {
    super(`${part} is not available here.`);
    this.name = "NotAvailableError";
  }
}

/** The pane's period in the report model's terms. */
export function reportPeriod(period: Period): ReportPeriod {
  return period.kind === "year"
    ? { year: period.year }
    : { month: `${period.year}-${String(period.month).padStart(2, "0")}` };
}

let engine: Promise<ReportEngine> | null = null;

export function loadReportEngine(): Promise<ReportEngine> {
  engine ??= Promise.all([
    import(/* webpackChunkName: "report" */ "../core/report"),
    import(/* webpackChunkName: "report" */ "../xlsx-writer"),
  ]).then(([model, writer]) => ({
    buildReport(analysis, period, lang) {
      const p = reportPeriod(period);
      return {
        docs: model.buildReport(analysis, p, { lang: coreLang(lang) }),
        fileName: model.reportFileName(p, coreLang(lang)),
      };
    },
    buildOutputSheets: (analysis, lang) => model.buildWorkbookSheets(analysis, coreLang(lang)),
    writeWorkbook: (docs, lang) => writer.writeWorkbook(docs, { lang: coreLang(lang) }),
  }));
  return engine;
}

/**
 * The report workbook's bytes and file name, in steps the progress bar shows: build, then save. `total` is
 * the host's whole count of steps, so a host with a step after these (opening the file in Excel) keeps one bar.
 */
export async function buildReportFile(
  analysis: Analysis,
  period: Period,
  lang: Lang,
  progress: Progress,
  signal: AbortSignal,
  total: number,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  await yieldStep(signal, progress, "report", 0, total);
  const report = await loadReportEngine();
  const built = report.buildReport(analysis, period, lang);
  await yieldStep(signal, progress, "save", 1, total);
  const bytes = await report.writeWorkbook(built.docs, lang);
  await yieldStep(signal, progress, "save", 2, total);
  return { bytes, fileName: built.fileName };
}
