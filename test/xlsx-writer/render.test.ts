/**
 * Renders a generated workbook with headless LibreOffice (a different spreadsheet engine from the one
 * that wrote it) and checks that it opens, prints and draws its charts: the chart titles only exist
 * inside the chart parts, so finding them in the PDF's text proves the charts were rendered.
 * Skipped with a notice when `soffice` is not installed (CI installs libreoffice-calc-nogui).
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeWorkbook } from "../../src/xlsx-writer";
import { empty, register, summary } from "./sample-docs";

const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const soffice = has("soffice");
const describeIf = soffice ? describe : describe.skip;
if (!soffice) console.warn("render.test: soffice not found; LibreOffice render test skipped");

describeIf("LibreOffice render", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "casebook-render-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("converts the report to a PDF with its tables and native charts", async () => {
    const xlsx = join(dir, "report.xlsx");
    writeFileSync(xlsx, await writeWorkbook([summary, register, empty], { lang: "zh" }));
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
      { stdio: "pipe", timeout: 120_000 },
    );
    const pdf = join(dir, "report.pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");

    if (has("pdftotext")) {
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
      const captions = new Set(summary.tables.map((t) => t.caption));
      const chartOnly = summary.charts.map((c) => c.title).filter((t) => !captions.has(t));
      expect(chartOnly.length).toBeGreaterThanOrEqual(3);
      for (const title of chartOnly) expect(text).toContain(title);
      expect(text).toContain(summary.title);
      // Cells: a key figure in its number format, the hostile text as literal text.
      expect(text).toContain("91.3%");
      expect(text).toContain("=HYPERLINK(");
      expect(text).toContain("2026-10-01 09:00");
    }
    if (has("pdftoppm")) {
      execFileSync("pdftoppm", ["-r", "40", "-png", "-f", "1", "-l", "1", pdf, join(dir, "page")]);
      const pngs = readdirSync(dir).filter((f) => f.startsWith("page") && f.endsWith(".png"));
      expect(pngs.length).toBe(1);
      expect(statSync(join(dir, pngs[0])).size).toBeGreaterThan(5_000);
    }
  });
});
