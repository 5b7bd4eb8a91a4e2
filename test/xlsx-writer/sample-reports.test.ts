/**
 * The sample year's real reports: the October and year-end workbooks open and render in headless
 * LibreOffice with their native charts and print readably on A4 (print-check.ts), and no customer's phone
 * number of the log is in any part of them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import type { Analysis } from "../../src/core/analysis";
import { analyze } from "../../src/core/pipeline";
import { buildCompanyPack, buildReport, packCompanies, type ReportPeriod } from "../../src/core/report";
import { parseIsoMinutes } from "../../src/core/time";
import { writeWorkbook } from "../../src/xlsx-writer";
import { placeSheet } from "../../src/xlsx-writer/write-workbook";
import { readXlsxFile } from "../../src/workbook/xlsx/node-file";
import { renderPdf } from "../../scripts/report-pictures";
import { checkPrint } from "./print-check";

const sample = join(__dirname, "..", "..", "assets", "sample", "case-log.xlsx");
const periods: [string, ReportPeriod][] = [
  ["monthly", { month: "2026-10" }],
  ["yearly", { year: 2026 }],
];

let analysis: Analysis;
const reports = new Map<string, Uint8Array>();
let dir: string;

beforeAll(async () => {
  analysis = analyze(await readXlsxFile(sample), { asOf: parseIsoMinutes("2026-12-31T17:00")! });
  for (const [name, period] of periods) {
    reports.set(name, await writeWorkbook(buildReport(analysis, period, { lang: "zh" }), { lang: "zh" }));
  }
  dir = mkdtempSync(join(tmpdir(), "casebook-sample-reports-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digits = (s: string) => s.replace(/\D/g, "");

describe("the sample year's reports", () => {
  it.each(periods)("%s: no phone number of the log appears in any XML part", (name) => {
    const phones = new Set(analysis.cases.map((c) => digits(c.phone)).filter((d) => d.length >= 7));
    expect(phones.size).toBeGreaterThan(1000);
    const parts = unzipSync(reports.get(name)!);
    let searched = 0;
    for (const [path, bytes] of Object.entries(parts)) {
      if (!/\.(xml|rels)$/.test(path)) continue;
      searched++;
      const text = strFromU8(bytes);
      for (const run of text.match(/\d[\d\s-]{5,}\d/g) ?? []) expect(phones.has(digits(run))).toBe(false);
      // Masked numbers are there instead: the registers still show which customer called.
      if (path.includes("sharedStrings")) expect(text).toMatch(/1\d{2}\*{4}\d{4}/);
    }
    expect(searched).toBeGreaterThan(10);
  });

  it("the scorecards print every column on the page: the year-end assessment's twelve months beside each company", () => {
    for (const [lang, names] of [
      ["zh", ["年终考核", "物业考核"]],
      ["en", ["Year-end", "Scorecards"]],
    ] as const) {
      const docs = buildReport(analysis, { year: 2026 }, { lang });
      for (const name of names) {
        const doc = docs.find((d) => d.name === name)!;
        const columns = Math.max(...doc.tables.map((t) => t.columns.length));
        expect({ name, printColumns: placeSheet(doc).print.printColumns }).toEqual({ name, printColumns: columns });
      }
    }
    const docs = buildReport(analysis, { year: 2026 }, { lang: "zh" });
    expect(docs.find((d) => d.name === "年终考核")!.tables[0].columns.map((c) => c.header)).toContain("12月");
  });

  const soffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
  // CI installs LibreOffice (.ci/run); only a developer machine without it may skip.
  const itRenders = soffice || process.env.CI ? it : it.skip;
  itRenders.each(periods)("%s: opens and renders in LibreOffice, charts included", (name) => {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, reports.get(name)!);
    const pdf = renderPdf(xlsx, dir);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 ** 2 }).toString();
    // Chart titles exist only inside the chart parts: finding them in the PDF proves the charts were drawn.
    const docs = buildReport(analysis, name === "monthly" ? periods[0][1] : periods[1][1], { lang: "zh" });
    const captions = new Set(docs.flatMap((d) => d.tables.map((t) => t.caption)));
    const chartTitles = docs.flatMap((d) => d.charts.map((c) => c.title)).filter((t) => !captions.has(t));
    expect(chartTitles.length).toBeGreaterThanOrEqual(3);
    for (const title of chartTitles) expect(text).toContain(title);
    expect(text).toContain(docs[0].title);
    // Printed readably: A4, text ≥ 7 pt on every page, each table's header on each of its pages.
    const found = checkPrint(docs, reports.get(name)!, pdf);
    expect(found.smallestText).toBeGreaterThanOrEqual(6.95);
    expect(found.tablePagesChecked).toBeGreaterThan(5);
  });

  itRenders("a property company's pack opens, renders and prints readably in LibreOffice", async () => {
    const company = packCompanies(analysis, "2026-10")[0];
    const docs = buildCompanyPack(analysis, "2026-10", company, { lang: "zh" });
    const bytes = await writeWorkbook(docs, { lang: "zh" });
    const xlsx = join(dir, "pack.xlsx");
    writeFileSync(xlsx, bytes);
    const pdf = renderPdf(xlsx, dir);
    const found = checkPrint(docs, bytes, pdf);
    expect(found.smallestText).toBeGreaterThanOrEqual(6.95);
    expect(found.pages).toBeGreaterThanOrEqual(docs.length);
  });
});
