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
  /** The property companies with a scorecard in the month, best first: one pack each. */
  packCompanies(analysis: Analysis, month: string): string[];
  /** One property company's pack for the month (§5.7.5): its own cases only, masked. */
  buildCompanyPack(
    analysis: Analysis,
    month: string,
    company: string,
    lang: Lang,
  ): { docs: SheetDoc[]; fileName: string };
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
    packCompanies: (analysis, month) => model.packCompanies(analysis, month),
    buildCompanyPack: (analysis, month, company, lang) => ({
      docs: model.buildCompanyPack(analysis, month, company, { lang: coreLang(lang) }),
      fileName: model.companyPackFileName(month, company, coreLang(lang)),
    }),
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

/** A pack's workbook: its bytes, the file name it is offered under and the company it is for. */
export interface PackFile {
  company: string;
  bytes: Uint8Array;
  fileName: string;
}

/**
 * The property companies' packs for the month, one workbook each: the one `company` names, or every company
 * with a scorecard in the month when it is null. Steps: one per pack built, one per pack saved, then
 * `after` more for the host (opening each in Excel). A company without a scorecard in the month still gets
 * the pack of its open cases (buildCompanyPack).
 */
export async function buildPackFiles(
  analysis: Analysis,
  period: Period,
  company: string | null,
  lang: Lang,
  progress: Progress,
  signal: AbortSignal,
  after: number,
): Promise<PackFile[]> {
  if (period.kind !== "month") throw new Error("A company pack is made for a month.");
  const month = reportPeriod(period) as { month: string };
  await yieldStep(signal, progress, "report", 0, 1);
  const report = await loadReportEngine();
  const companies = company === null ? report.packCompanies(analysis, month.month) : [company];
  const total = companies.length * (2 + after);
  const out: PackFile[] = [];
  for (const [i, name] of companies.entries()) {
    await yieldStep(signal, progress, "report", i * 2, total);
    const built = report.buildCompanyPack(analysis, month.month, name, lang);
    await yieldStep(signal, progress, "save", i * 2 + 1, total);
    out.push({ company: name, bytes: await report.writeWorkbook(built.docs, lang), fileName: built.fileName });
  }
  await yieldStep(signal, progress, "save", companies.length * 2, total);
  return out;
}
