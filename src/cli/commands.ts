/**
 * The CLI's report and demo commands, and the plain-text summary a person reads in a terminal.
 */
import { join, relative } from "node:path";
import type { Analysis } from "../core/analysis";
import { summarizeCompliance } from "../core/deadlines";
import { label, RULE_LABELS, type Lang } from "../core/labels";
import { say } from "../core/messages";
import { yearlyScorecardsAsClosed } from "../core/month-close";
import { analyze, type AnalyzeOptions } from "../core/pipeline";
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
import { SAMPLE_AS_OF, SAMPLE_PATH } from "../host/sample";
import { CLI_PHRASES } from "./messages";
import { resolveOutput, writeOutput } from "./output";

const SAMPLE = join(__dirname, "..", "..", SAMPLE_PATH);

/**
 * Stops, as one line for the user, on a workbook whose case log is missing or cannot be read at all (its
 * header row not found where it was searched, a required column missing): no output rather than an empty one.
 */
export function requireLog(analysis: Analysis, file: string): Analysis {
  if (analysis.logSheet === null) throw new WorkbookFormatError(CLI_PHRASES.words("noLog", file));
  const unreadable = analysis.logUnreadable;
  if (unreadable)
    throw new WorkbookFormatError({
      zh: CLI_PHRASES.text("zh", "logUnreadable", file, say(unreadable, "zh")),
      en: CLI_PHRASES.text("en", "logUnreadable", file, say(unreadable, "en")),
    });
  return analysis;
}

/** `--as-of` when given, else now on the clock of the center's time zone (its Settings, default China time). */
const judgedAt = (asOf: number | null): AnalyzeOptions => (asOf != null ? { asOf } : { now: new Date() });

async function analyzeFile(file: string, when: AnalyzeOptions): Promise<Analysis> {
  return requireLog(analyze(await readXlsxFile(file), when), file);
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
  const [id, listed] = hits.length === 0 ? (["noCompany", companies] as const) : (["manyCompanies", hits] as const);
  throw new WorkbookFormatError({
    zh: CLI_PHRASES.text("zh", id, name, listed.join("、")),
    en: CLI_PHRASES.text("en", id, name, listed.join("; ")),
  });
}

/** `report --month M --company NAME | --per-company`: one property company's pack, or one per company. */
async function runCompanyPacks(command: Extract<Command, { kind: "report" }>, month: string): Promise<void> {
  const analysis = await analyzeFile(command.file, judgedAt(command.asOf));
  const companies = packCompanies(analysis, month);
  if (companies.length === 0) throw new WorkbookFormatError(CLI_PHRASES.words("noScorecards", month));
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
    process.stdout.write(`${CLI_PHRASES.text(command.lang, "written", out, Math.round(bytes.byteLength / 1024))}\n`);
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
  const analysis = await analyzeFile(command.file, judgedAt(command.asOf));
  const size = await writeReport(analysis, period, command.lang, !command.unmasked, out);
  process.stdout.write(`${CLI_PHRASES.text(command.lang, "written", out, Math.round(size / 1024))}\n`);
}

/** `npm run demo`: the sample year's October and year-end reports, and the headline KPIs, in one language. */
export async function runDemo(command: Extract<Command, { kind: "demo" }>): Promise<void> {
  const { lang } = command;
  const analysis = await analyzeFile(SAMPLE, { asOf: SAMPLE_AS_OF });
  const periods: ReportPeriod[] = [{ month: "2026-10" }, { year: 2026 }];
  const w = SUMMARY_WORDS[lang];
  const lines: string[] = [w.demo(relative(process.cwd(), SAMPLE), shownTime(SAMPLE_AS_OF))];
  printSummary(analysis, lang, lines);
  for (const period of periods) {
    const name = reportFileName(period, lang);
    const out = await resolveOutput({
      out: join(command.out, name),
      defaultName: name,
      defaultDir: command.out,
      input: SAMPLE,
      force: command.force,
    });
    const size = await writeReport(analysis, period, lang, true, out);
    lines.push("", w.report("month" in period ? "month" : "year", out, Math.round(size / 1024)));
    for (const h of headlineKpis(analysis, period, lang)) lines.push(`  ${h.label}${w.colon}${h.value}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** `YYYY-MM-DD HH:mm`, as a person reads a time. */
const shownTime = (m: number): string => formatMinutes(m).replace("T", " ");

/** The terminal summary's words: one language a run, never two side by side. */
const SUMMARY_WORDS = {
  zh: {
    colon: "：",
    demo: (file: string, asOf: string) => `客服案件簿演示：${file}，数据截至 ${asOf}`,
    counts: (cases: number, rejected: number, duplicates: number, warnings: number) =>
      `案件 ${cases} 件，拒收行 ${rejected} 行，重复编号 ${duplicates} 个，提示 ${warnings} 条`,
    compliance: (asOf: string) => `时限合规（截至 ${asOf}）：`,
    rate: (v: number | null) => (v === null ? "无数据" : `${(v * 100).toFixed(1)}%`),
    counted: (num: number, den: number, extra: string[]) => `（${[`${num}/${den}`, ...extra].join("，")}）`,
    overdue: (n: number) => `当前逾期 ${n} 件`,
    paused: (n: number) => `暂停中 ${n} 件`,
    verbal: (n: number) => `仅口头送达 ${n} 件`,
    yearly: "物业公司年度考核：",
    rank: (year: number, rank: number | null, company: string, score: string) =>
      `${year} 第 ${rank ?? "-"} 名 ${company}：${score}`,
    noData: "无数据",
    report: (kind: "month" | "year", out: string, kb: number) =>
      `${kind === "month" ? "月报" : "年终报告"}：${out}（${kb} KB）`,
    pad: "　",
  },
  en: {
    colon: ": ",
    demo: (file: string, asOf: string) => `Casebook demo: ${file}, as of ${asOf}`,
    counts: (cases: number, rejected: number, duplicates: number, warnings: number) =>
      `Cases: ${cases}   rejected rows: ${rejected}   duplicate ids: ${duplicates}   warnings: ${warnings}`,
    compliance: (asOf: string) => `Deadline compliance (as of ${asOf}):`,
    rate: (v: number | null) => (v === null ? "no data" : `${(v * 100).toFixed(1)}%`),
    counted: (num: number, den: number, extra: string[]) => `(${[`${num}/${den}`, ...extra].join(", ")})`,
    overdue: (n: number) => `${n} overdue now`,
    paused: (n: number) => `${n} paused`,
    verbal: (n: number) => `${n} delivered only verbally`,
    yearly: "Yearly scorecards:",
    rank: (year: number, rank: number | null, company: string, score: string) =>
      `${year} #${rank ?? "-"} ${company}: ${score}`,
    noData: "no data",
    report: (kind: "month" | "year", out: string, kb: number) =>
      `${kind === "month" ? "Monthly report" : "Year-end report"}: ${out} (${kb} KB)`,
    pad: " ",
  },
} as const;

/** The analysis in a few lines: counts, on-time rate per rule, late now, the years' scorecards. */
export function printSummary(analysis: Analysis, lang: Lang = "zh", into?: string[]): void {
  const w = SUMMARY_WORDS[lang];
  const lines = into ?? [];
  const rejectedRows = new Set(analysis.rejected.map((r) => `${r.sheet ?? ""}\u0000${r.row}`)).size;
  lines.push(
    w.counts(
      analysis.cases.length,
      rejectedRows,
      analysis.duplicates.length,
      analysis.warnings.length + analysis.cellIssues.length,
    ),
  );
  lines.push(w.compliance(shownTime(analysis.asOf)));
  const summaries = summarizeCompliance(analysis.compliance, analysis.cases, "rule");
  const width = Math.max(...summaries.map((s) => label(RULE_LABELS, s.key, lang).length));
  for (const s of summaries) {
    const verbal = analysis.compliance.filter((e) => e.rule === s.key && e.delivery === "verbal").length;
    const extra = [
      ...(s.counts.overdue > 0 ? [w.overdue(s.counts.overdue)] : []),
      ...(s.counts.paused > 0 ? [w.paused(s.counts.paused)] : []),
      ...(verbal > 0 ? [w.verbal(verbal)] : []),
    ];
    const name = label(RULE_LABELS, s.key, lang).padEnd(width, w.pad);
    lines.push(`  ${name}  ${w.rate(s.value).padStart(6)}  ${w.counted(s.num, s.den, extra)}`);
  }
  // A closed year's assessment as known at its close, as the JSON and the year-end report give it.
  const years = yearlyScorecardsAsClosed(analysis);
  if (years.length > 0) lines.push(w.yearly);
  for (const y of [...years].sort((a, b) => a.year - b.year || (a.rank ?? 99) - (b.rank ?? 99))) {
    const score = y.score === null ? w.noData : `${y.score}${y.grade ? ` ${y.grade}` : ""}`;
    lines.push(`  ${w.rank(y.year, y.rank, y.company, score)}`);
  }
  if (into === undefined) process.stdout.write(`${lines.join("\n")}\n`);
}
