/**
 * Issue 8's scale figures: for 10k, 100k and 1M-row logs, the CLI's `analyze --json` end to end (wall time and
 * peak RSS of the whole process, as a user runs it), and the stages measured in a separate process: .xlsx read,
 * the pure pipeline, and writing the busiest month's report.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { benchLogFile } from "./xlsx-read";

const root = join(__dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const AS_OF = "2026-12-31T17:00";

export type PipelineBenchRow = Record<string, string | number>;

/** Wall seconds and peak RSS of `analyze --json` via GNU time (Debian's `time` package). */
function cliEndToEnd(file: string, heapMb: number): { wallMs: number; peakRssMb: number } {
  if (!existsSync("/usr/bin/time")) return { wallMs: NaN, peakRssMb: NaN };
  const run = spawnSync(
    "/usr/bin/time",
    ["-f", "%e %M", "node", join(root, "scripts/casebook.mjs"), "analyze", file, "--json", "--as-of", AS_OF],
    {
      encoding: "utf8",
      // The document goes where a user's `> result.json` sends it, a file (here /dev/null): held as a string, a
      // 1M-case document (some 2.8 GB with its explanations) is longer than a string can be.
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
    },
  );
  const [seconds, kb] = run.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { wallMs: seconds * 1000, peakRssMb: Math.round(kb / 1024) };
}

export async function benchPipeline(sizes: readonly number[] = [10_000, 100_000, 1_000_000]): Promise<PipelineBenchRow[]> {
  const rows: PipelineBenchRow[] = [];
  for (const size of sizes) {
    const file = await benchLogFile(size);
    const heapMb = size > 200_000 ? 12_288 : 4096;
    const cli = cliEndToEnd(file, heapMb);
    const stages = JSON.parse(
      execFileSync(tsx, [join(__dirname, "pipeline-child.ts"), file, AS_OF], {
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
      }),
    );
    rows.push({
      name: `analyze ${size.toLocaleString("en")} rows`,
      cliWallMs: Math.round(cli.wallMs),
      cliPeakRssMb: cli.peakRssMb,
      readMs: Math.round(stages.readMs),
      pipelineMs: Math.round(stages.pipelineMs),
      reportMs: Math.round(stages.reportMs),
      reportCases: stages.reportCases,
      stagesPeakRssMb: stages.peakRssMb,
    });
  }
  return rows;
}
