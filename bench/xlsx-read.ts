/**
 * .xlsx read benchmark (issue 8 §5) and the library comparison behind the choice of reader
 * (/work/notes/xlsx-choice.md). Each measurement runs in its own child process, so peak RSS
 * (`process.resourceUsage().maxRSS`) belongs to that one read; time is file bytes → values grid.
 *
 *   npx tsx bench/xlsx-read.ts                 # the chosen reader on 10k / 100k / 1M rows
 *   npx tsx bench/xlsx-read.ts --compare 100000  # every candidate library on one size
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeBigLog } from "../scripts/sample/big-log";

// A type alias, not an interface, so rows fit bench/run.ts's `Record<string, string | number>` table.
export type XlsxReadResult = {
  name: string;
  rows: number;
  ms: number;
  peakRssMb: number;
  /** CPU time of the whole child process (module loading included): steadier than wall time on a busy machine. */
  cpuMs?: number;
};

type Grid = unknown[][];
const CANDIDATES = ["casebook-fflate", "exceljs-full", "exceljs-stream", "sheetjs-0.20.3"] as const;
/** Casebook's own reads of a log over several sheets: every sheet's values, and those read as the case log. */
const OWN = ["casebook-all-sheets", "casebook-case-log"] as const;
type Candidate = (typeof CANDIDATES)[number] | (typeof OWN)[number];

/** Loads the candidate's code (not timed: module loading is start-up, the same for every file size) and returns its read. */
async function readerFor(candidate: Candidate): Promise<(file: string) => Promise<Grid>> {
  switch (candidate) {
    case "casebook-fflate": {
      const { readXlsx } = await import("../src/workbook/xlsx/read");
      return async (file) => {
        const buf = readFileSync(file);
        return readXlsx(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)).sheets[0].values;
      };
    }
    case "casebook-all-sheets": {
      const { readXlsx } = await import("../src/workbook/xlsx/read");
      return async (file) => {
        const buf = readFileSync(file);
        return readXlsx(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)).sheets.flatMap((x) => x.values);
      };
    }
    case "casebook-case-log": {
      const { readXlsx } = await import("../src/workbook/xlsx/read");
      const { readCaseLog } = await import("../src/core/parse");
      return async (file) => {
        const buf = readFileSync(file);
        const input = readXlsx(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
        return readCaseLog(input).cases as unknown as Grid;
      };
    }
    case "exceljs-full": {
      const ExcelJS = (await import("exceljs")).default;
      return async (file) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
        const grid: Grid = [];
        wb.worksheets[0].eachRow({ includeEmpty: true }, (row) => {
          grid.push((row.values as unknown[]).slice(1));
        });
        return grid;
      };
    }
    case "exceljs-stream": {
      const ExcelJS = (await import("exceljs")).default;
      return async (file) => {
        const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
          sharedStrings: "cache",
          styles: "ignore",
          hyperlinks: "ignore",
          worksheets: "emit",
          entries: "emit",
        });
        const grid: Grid = [];
        for await (const ws of reader) {
          for await (const row of ws as AsyncIterable<{ values: unknown[] }>) grid.push(row.values.slice(1));
          break;
        }
        return grid;
      };
    }
    case "sheetjs-0.20.3": {
      const XLSX = await import("@e965/xlsx");
      return async (file) => {
        const wb = XLSX.read(readFileSync(file), {
          type: "buffer",
          dense: true,
          cellStyles: false,
          cellHTML: false,
          cellText: false,
        });
        return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, defval: "" });
      };
    }
  }
}

/** Child side: read once, print `{ms, rows, peakRssMb}` as JSON. */
async function child(candidate: Candidate, file: string): Promise<void> {
  const read = await readerFor(candidate);
  const t0 = performance.now();
  const grid = await read(file);
  const ms = performance.now() - t0;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(
    JSON.stringify({
      ms: Math.round(ms),
      cpuMs: Math.round(cpuMs),
      rows: grid.length,
      peakRssMb: Math.round(usage.maxRSS / 1024),
    }),
  );
}

function measure(candidate: Candidate, file: string, dataRows: number): XlsxReadResult {
  try {
    const out = execFileSync(process.execPath, [...process.execArgv, __filename, "--child", candidate, file], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const r = JSON.parse(out) as { ms: number; cpuMs: number; rows: number; peakRssMb: number };
    return { name: candidate, rows: dataRows, ms: r.ms, peakRssMb: r.peakRssMb, cpuMs: r.cpuMs };
  } catch (err) {
    // A reader that runs out of memory or crashes is a result too.
    process.stderr.write(
      `${candidate} on ${dataRows} rows failed: ${String((err as { stderr?: string }).stderr ?? err)
        .split("\n")
        .slice(-3)
        .join(" ")}\n`,
    );
    return { name: `${candidate} (failed)`, rows: dataRows, ms: NaN, peakRssMb: NaN, cpuMs: NaN };
  }
}

export async function benchLogFile(rows: number, sheets = 1): Promise<string> {
  const dir = join(tmpdir(), "casebook-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, sheets === 1 ? `case-log-${rows}.xlsx` : `case-log-${rows}-${sheets}-sheets.xlsx`);
  // Generation is deterministic (seeded), so a file from an earlier run is the same file.
  if (!existsSync(file)) await writeBigLog(file, rows, { level: rows > 200_000 ? 1 : 6, sheets });
  return file;
}

/**
 * The same rows in one sheet and over 12 month sheets (1月 … 12月): reading every sheet's values, and
 * reading them as the case log (sheet choice, header per sheet, rows into cases). Each pair is measured
 * `repeat` times, alternating, and the fastest run of each kept, as a busy machine only adds time.
 */
export async function benchLogSheets(rows = 100_000, repeat = 3): Promise<XlsxReadResult[]> {
  const one = await benchLogFile(rows, 1);
  const twelve = await benchLogFile(rows, 12);
  const results: XlsxReadResult[] = [];
  for (const candidate of OWN) {
    const best = (a: XlsxReadResult | null, b: XlsxReadResult): XlsxReadResult =>
      a === null || (b.cpuMs ?? b.ms) < (a.cpuMs ?? a.ms) ? b : a;
    let a: XlsxReadResult | null = null;
    let b: XlsxReadResult | null = null;
    for (let k = 0; k < repeat; k++) {
      a = best(a, measure(candidate, one, rows));
      b = best(b, measure(candidate, twelve, rows));
    }
    results.push({ ...(a as XlsxReadResult), name: `${candidate} · 1 sheet` });
    results.push({ ...(b as XlsxReadResult), name: `${candidate} · 12 sheets` });
  }
  return results;
}

/** The chosen reader on 10k, 100k and 1M data rows. */
export async function benchXlsxRead(
  sizes: readonly number[] = [10_000, 100_000, 1_000_000],
): Promise<XlsxReadResult[]> {
  const results: XlsxReadResult[] = [];
  for (const rows of sizes) results.push(measure("casebook-fflate", await benchLogFile(rows), rows));
  return results;
}

/** Every candidate on one size (the evidence for the library choice). */
export async function compareXlsxReaders(
  rows = 100_000,
  candidates: readonly Candidate[] = CANDIDATES,
): Promise<XlsxReadResult[]> {
  const file = await benchLogFile(rows);
  return candidates.map((c) => measure(c, file, rows));
}

if (require.main === module) {
  const [flag, a, b] = process.argv.slice(2);
  const run = async (): Promise<void> => {
    if (flag === "--child") return child(a as Candidate, b);
    const results =
      flag === "--compare"
        ? await compareXlsxReaders(Number(a ?? 100_000), b ? (b.split(",") as Candidate[]) : CANDIDATES)
        : await benchXlsxRead(flag ? flag.split(",").map(Number) : undefined);
    console.table(results);
  };
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
