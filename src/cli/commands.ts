/**
 * The CLI's report and demo commands, and the plain-text summary a person reads in a terminal.
 */
import { join, relative } from "node:path";
import type { Analysis } from "../core/analysis";
import { summarizeCompliance } from "../core/deadlines";
import { label, RULE_LABELS, type Lang } from "../core/labels";
import { say } from "../core/messages";
import { analyze } from "../core/pipeline";
import {
  buildCompanyPack,
  buildReport,
  companyPackFileName,
  headlineKpis,
  packCompanies,
  reportFileName,
  type ReportPeriod,
} from "../core/report";
import { formatMinutes } from "../core/time";
import { writeWorkbook } from "../xlsx-writer";
import { nodeDeflateRaw } from "../xlsx-writer/node-deflate";
import { WorkbookFormatError } from "../workbook/port";
import { readXlsxFile } from "../workbook/xlsx/node-file";
import type { Command } from "./args";
import { nowAtCenter } from "./clock";
import { SAMPLE_AS_OF, SAMPLE_AS_OF_TEXT, SAMPLE_PATH } from "../host/sample";
import { resolveOutput, writeOutput } from "./output";

const SAMPLE = join(__dirname, "..", "..", SAMPLE_PATH);

const pct = (v: number | null): string => (v === null ? "无数据 no data" : `${(v * 100).toFixed(1)}%`);

/**
 * Stops, as one line for the user, on a workbook whose case log is missing or cannot be read at all (its
 * header row not found where it was searched, a required column missing): no output rather than an empty one.
 */
export function requireLog(analysis: Analysis, file: string, lang: Lang): Analysis {
  if (analysis.logSheet === null) throw new WorkbookFormatError(`${file}: 找不到案件登记表 / no case log sheet found`);
  if (analysis.logUnreadable) throw new WorkbookFormatError(`${file}: ${say(analysis.logUnreadable, lang)}`);
  return analysis;
}

async function analyzeFile(file: string, asOf: number, lang: Lang): Promise<Analysis> {
  return requireLog(analyze(await readXlsxFile(file), { asOf }), file, lang);
}

async function writeReport(analysis: Analysis, period: ReportPeriod, lang: Lang, masked: boolean, out: string) {
  const bytes = await writeWorkbook(buildReport(analysis, period, { lang, masked }), {
    lang,
    deflateRaw: nodeDeflateRaw,
  });
  await writeOutput(out, bytes);
  return bytes.byteLength;
}

/** The company a --company name means: its exact name, or the one company whose name contains it. */
function findCompany(companies: readonly string[], name: string): string {
  if (companies.includes(name)) return name;
  const hits = companies.filter((c) => c.includes(name));
  if (hits.length === 1) return hits[0];
  throw new WorkbookFormatError(
    hits.length === 0
      ? `没有名为“${name}”的物业公司 / no property company '${name}'（${companies.join("、")}）`
      : `“${name}”可指多家物业公司 / '${name}' matches several companies（${hits.join("、")}）`,
  );
}

/** `report --month M --company NAME | --per-company`: one property company's pack, or one per company. */
async function runCompanyPacks(command: Extract<Command, { kind: "report" }>, month: string): Promise<void> {
  const analysis = await analyzeFile(command.file, command.asOf ?? nowAtCenter(), command.lang);
  const companies = packCompanies(analysis, month);
  if (companies.length === 0)
    throw new WorkbookFormatError(`${month} 没有物业公司的考核数据 / no property company has a scorecard in ${month}`);
  const chosen =
    command.company === "each" ? companies : [findCompany(companies, (command.company as { name: string }).name)];
  for (const company of chosen) {
    const name = companyPackFileName(month, company, command.lang);
    const out = await resolveOutput({
      out: command.company === "each" ? join(command.out ?? "out", name) : command.out,
      defaultName: name,
      defaultDir: "out",
      input: command.file,
      force: command.force,
    });
    const bytes = await writeWorkbook(buildCompanyPack(analysis, month, company, { lang: command.lang }), {
      lang: command.lang,
      deflateRaw: nodeDeflateRaw,
    });
    await writeOutput(out, bytes);
    process.stdout.write(`${out} (${Math.round(bytes.byteLength / 1024)} KB)\n`);
  }
}

export async function runReport(command: Extract<Command, { kind: "report" }>): Promise<void> {
  if (command.company !== null && "month" in command.period) return runCompanyPacks(command, command.period.month);
  const period: ReportPeriod = command.period;
  // Checked before the log is read, so a refused --out costs nothing.
  const out = await resolveOutput({
    out: command.out,
    defaultName: reportFileName(period, command.lang),
    defaultDir: "out",
    input: command.file,
    force: command.force,
  });
  const analysis = await analyzeFile(command.file, command.asOf ?? nowAtCenter(), command.lang);
  const size = await writeReport(analysis, period, command.lang, !command.unmasked, out);
  process.stdout.write(`${out} (${Math.round(size / 1024)} KB)\n`);
}

/** `npm run demo`: the sample year's October and year-end reports, and the headline KPIs. */
export async function runDemo(command: Extract<Command, { kind: "demo" }>): Promise<void> {
  const analysis = await analyzeFile(SAMPLE, SAMPLE_AS_OF, "zh");
  const periods: ReportPeriod[] = [{ month: "2026-10" }, { year: 2026 }];
  const lines: string[] = [];
  lines.push(`Casebook demo — ${relative(process.cwd(), SAMPLE)}, as of ${SAMPLE_AS_OF_TEXT}`);
  printSummary(analysis, SAMPLE_AS_OF_TEXT, lines);
  for (const period of periods) {
    const out = await resolveOutput({
      out: join(command.out, reportFileName(period, "zh")),
      defaultName: reportFileName(period, "zh"),
      defaultDir: command.out,
      input: SAMPLE,
      force: command.force,
    });
    const size = await writeReport(analysis, period, "zh", true, out);
    lines.push(
      "",
      `${"month" in period ? "月报 Monthly report" : "年终报告 Year-end report"}: ${out} (${Math.round(size / 1024)} KB)`,
    );
    for (const h of headlineKpis(analysis, period, "zh")) lines.push(`  ${h.label}: ${h.value}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** The analysis in a few lines: counts, on-time rate per rule, late now, the year's scorecards. */
export function printSummary(analysis: Analysis, asOf = formatMinutes(analysis.asOf), into?: string[]): void {
  const lines = into ?? [];
  const rejectedRows = new Set(analysis.rejected.map((r) => r.row)).size;
  lines.push(
    `案件 cases: ${analysis.cases.length}   拒收行 rejected rows: ${rejectedRows}   重复编号 duplicate ids: ${analysis.duplicates.length}   警告 warnings: ${analysis.warnings.length + analysis.cellIssues.length}`,
  );
  lines.push(`时限合规 deadline compliance (as of ${asOf}):`);
  for (const s of summarizeCompliance(analysis.compliance, analysis.cases, "rule")) {
    const verbal = analysis.compliance.filter((e) => e.rule === s.key && e.delivery === "verbal").length;
    const late =
      (s.counts.overdue > 0 ? `, ${s.counts.overdue} overdue now` : "") +
      (s.counts.paused > 0 ? `, ${s.counts.paused} paused` : "") +
      (verbal > 0 ? `, ${verbal} delivered only verbally` : "");
    lines.push(
      `  ${label(RULE_LABELS, s.key, "zh").padEnd(14, "　")} ${pct(s.value).padStart(7)}  (${s.num}/${s.den}${late})`,
    );
  }
  const years = analysis.scorecards.yearly;
  if (years.length > 0) lines.push("物业公司年度考核 yearly scorecards:");
  for (const y of [...years].sort((a, b) => a.year - b.year || (a.rank ?? 99) - (b.rank ?? 99))) {
    lines.push(`  ${y.year} #${y.rank ?? "-"} ${y.company}: ${y.score ?? "无数据"} ${y.grade ?? ""}`);
  }
  if (into === undefined) process.stdout.write(`${lines.join("\n")}\n`);
}
