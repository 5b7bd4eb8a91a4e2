/**
 * One end-to-end measurement in its own process (so peak RSS is this run's): read the .xlsx, run the pure
 * pipeline, write the year's monthly report for the busiest month. Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { analyze } from "../src/core/pipeline";
import { buildReport } from "../src/core/report";
import { monthKey, parseIsoMinutes } from "../src/core/time";
import { writeWorkbook } from "../src/xlsx-writer";
import { nodeDeflateRaw } from "../src/xlsx-writer/node-deflate";
import { readXlsx } from "../src/workbook/xlsx";

async function main(): Promise<void> {
  const [file, asOfText] = process.argv.slice(2);
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const input = readXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const t1 = performance.now();
  const analysis = analyze(input, { asOf: parseIsoMinutes(asOfText)! });
  const t2 = performance.now();
  const months = new Map<string, number>();
  for (const c of analysis.cases) months.set(monthKey(c.receivedAt.at), (months.get(monthKey(c.receivedAt.at)) ?? 0) + 1);
  const busiest = [...months].sort((a, b) => b[1] - a[1])[0][0];
  const report = await writeWorkbook(buildReport(analysis, { month: busiest }, { lang: "zh" }), { lang: "zh", deflateRaw: nodeDeflateRaw });
  const t3 = performance.now();
  process.stdout.write(
    `${JSON.stringify({
      cases: analysis.cases.length,
      readMs: t1 - t0,
      pipelineMs: t2 - t1,
      reportMs: t3 - t2,
      reportCases: months.get(busiest),
      reportKb: Math.round(report.byteLength / 1024),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    })}\n`,
  );
}

void main();
