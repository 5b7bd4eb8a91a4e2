/**
 * `npm run bench`: the performance figures the issues set targets for, measured on this machine.
 * Each area's bench module generates its own data; this runner prints one table (and JSON with --json).
 * Pick areas with `npm run bench -- deadlines scorecards`. With more than one area, each runs in a
 * process of its own: one area's heap (a million cases and their garbage) must not be collected on
 * another area's clock.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type Row = { area: string; name: string } & Record<string, string | number>;

const areas: Record<string, () => Promise<readonly object[]>> = {
  deadlines: async () => (await import("./deadlines")).benchDeadlines(),
  scorecards: async () => (await import("./scorecards")).benchScorecards(),
  pipeline: async () => (await import("./pipeline")).benchPipeline(),
  "xlsx-read": async () => (await import("./xlsx-read")).benchXlsxRead(),
  "log-sheets": async () => (await import("./xlsx-read")).benchLogSheets(),
  "report-writer": async () => (await import("./report-writer")).benchReportWriter(),
  office: async () => (await import("./office")).benchOffice(),
  pane: async () => (await import("./pane")).benchPane(),
  "excel-pane": async () => (await import("./excel-pane")).benchExcelPane(),
};

function printTable(rows: Row[]): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  // null: a figure that was not a number (NaN does not survive JSON from an isolated area).
  const cell = (v: unknown) =>
    typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v === null ? "n/a" : String(v ?? "");
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join("  ");
  console.log(line(columns));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c]))));
}

/**
 * One area's rows, measured in a fresh process (the same node and tsx loader as this one). The rows come
 * back in a file: whatever the area prints on the way (a build, say) stays on the terminal.
 */
function isolated(area: string): Row[] {
  const dir = mkdtempSync(join(tmpdir(), "casebook-bench-"));
  try {
    const file = join(dir, "rows.json");
    execFileSync(process.execPath, [...process.execArgv, __filename, area, `--rows-to=${file}`], { stdio: "inherit" });
    return JSON.parse(readFileSync(file, "utf8")) as Row[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const wanted = args.filter((a) => !a.startsWith("--"));
  const chosen = wanted.length > 0 ? wanted : Object.keys(areas);
  const rows: Row[] = [];
  for (const area of chosen) {
    const bench = areas[area];
    if (!bench) throw new Error(`unknown bench area '${area}' (have: ${Object.keys(areas).join(", ")})`);
    if (chosen.length > 1) {
      rows.push(...isolated(area));
      continue;
    }
    process.stderr.write(`bench: ${area} …\n`);
    for (const r of await bench())
      rows.push({ area, ...(r as Record<string, string | number>), name: String((r as { name?: unknown }).name) });
  }
  const rowsTo = args.find((a) => a.startsWith("--rows-to="))?.slice("--rows-to=".length);
  if (rowsTo) writeFileSync(rowsTo, JSON.stringify(rows));
  else if (json) console.log(JSON.stringify(rows, null, 2));
  else printTable(rows);
}

void main();
