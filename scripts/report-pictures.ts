/**
 * `npm run pictures`: renders the sample year's October and year-end reports with headless LibreOffice
 * and saves the first pages as PNG in docs/img/ (the pictures in the README).
 * Needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/core/pipeline";
import type { SheetDoc } from "../src/core/output/sheet-doc";
import { buildCompanyPack, buildReport, packCompanies } from "../src/core/report";
import { parseIsoMinutes } from "../src/core/time";
import { writeWorkbook } from "../src/xlsx-writer";
import { readXlsxFile } from "../src/workbook/xlsx/node-file";

const root = join(__dirname, "..");
const out = join(root, "docs", "img");

export function renderPdf(xlsx: string, dir: string): string {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
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
  // Name, sheets, and the pages to save: the first ones, or those of named sheets (the page header prints the sheet's name).
  const company = packCompanies(analysis, "2026-10")[0];
  const reports: [string, SheetDoc[], number | string[]][] = [
    ["report-monthly", buildReport(analysis, { month: "2026-10" }, { lang: "zh" }), 3],
    ["report-yearly", buildReport(analysis, { year: 2026 }, { lang: "zh" }), 3],
    ["report-company", buildCompanyPack(analysis, "2026-10", company, { lang: "zh" }), 2],
    ["report-year-end", buildReport(analysis, { year: 2026 }, { lang: "zh" }), ["年终考核", "质保金台账"]],
  ];
  for (const [name, docs, pages] of reports) {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await writeWorkbook(docs, { lang: "zh" }));
    const pdf = renderPdf(xlsx, dir);
    const wanted =
      typeof pages === "number"
        ? Array.from({ length: pages }, (_, i) => i + 1)
        : ((): number[] => {
            // The first page of each named sheet.
            const heads = execFileSync("pdftotext", ["-layout", pdf, "-"], { maxBuffer: 256 * 1024 ** 2 })
              .toString()
              .split("\f")
              .map((text) => text.trim().split("\n")[0]?.trim() ?? "");
            return pages.map((sheet) => heads.indexOf(sheet) + 1).filter((page) => page > 0);
          })();
    wanted.forEach((page, k) => {
      execFileSync("pdftoppm", [
        "-r",
        "70",
        "-png",
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        pdf,
        join(dir, `${name}-${k + 1}`),
      ]);
      renameSync(join(dir, `${name}-${k + 1}.png`), join(out, `${name}-${k + 1}.png`));
      console.log(`docs/img/${name}-${k + 1}.png`);
    });
  }
  rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) void main();
