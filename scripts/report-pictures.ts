/**
 * `npm run pictures`: renders the sample year's October and year-end reports with headless LibreOffice
 * and saves the first pages as PNG in docs/img/ (the pictures in the README).
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/core/pipeline";
import { buildReport, type ReportPeriod } from "../src/core/report";
import { parseIsoMinutes } from "../src/core/time";
import { writeWorkbook } from "../src/xlsx-writer";
import { readXlsxFile } from "../src/workbook/xlsx/node-file";

const root = join(__dirname, "..");
const out = join(root, "docs", "img");

export function renderPdf(xlsx: string, dir: string): string {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx],
    { stdio: "pipe", timeout: 180_000 },
  );
  return xlsx.replace(/\.xlsx$/, ".pdf");
}

async function main(): Promise<void> {
  const analysis = analyze(await readXlsxFile(join(root, "assets/sample/case-log.xlsx")), {
    asOf: parseIsoMinutes("2026-12-31T17:00")!,
  });
  const dir = mkdtempSync(join(tmpdir(), "casebook-pictures-"));
  mkdirSync(out, { recursive: true });
  const reports: [string, ReportPeriod, number][] = [
    ["report-monthly", { month: "2026-10" }, 3],
    ["report-yearly", { year: 2026 }, 3],
  ];
  for (const [name, period, pages] of reports) {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await writeWorkbook(buildReport(analysis, period, { lang: "zh" }), { lang: "zh" }));
    const pdf = renderPdf(xlsx, dir);
    execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", String(pages), pdf, join(dir, name)]);
    for (const png of readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))) {
      const page = Number(/-(\d+)\.png$/.exec(png)![1]);
      renameSync(join(dir, png), join(out, `${name}-${page}.png`));
      console.log(`docs/img/${name}-${page}.png`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) void main();
