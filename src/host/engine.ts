/**
 * The pure pipeline and the file adapters, loaded on demand so the pane's first paint does not wait for
 * them (and the preview's xlsx reader never weighs on the Excel path). The one place the pane imports them.
 */
import type { Analysis } from "../core/analysis";
import type { WorkbookInput } from "../core/model";
import type { LocalMinutes } from "../core/time";

export interface Engine {
  readXlsx(bytes: Uint8Array): Promise<WorkbookInput>;
  analyze(input: WorkbookInput, asOf: LocalMinutes): Analysis;
}

export async function loadEngine(): Promise<Engine> {
  const [pipeline, xlsx] = await Promise.all([
    import(/* webpackChunkName: "core" */ "../core/pipeline"),
    import(/* webpackChunkName: "xlsx-read" */ "../workbook/xlsx"),
  ]);
  return {
    readXlsx: (bytes) => xlsx.readXlsxAsync(bytes),
    analyze: (input, asOf) => pipeline.analyze(input, { asOf }),
  };
}

export async function loadAnalyze(): Promise<Engine["analyze"]> {
  const pipeline = await import(/* webpackChunkName: "core" */ "../core/pipeline");
  return (input, asOf) => pipeline.analyze(input, { asOf });
}
