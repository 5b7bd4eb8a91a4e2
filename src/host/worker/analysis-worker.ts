/**
 * The pane's analysis off the main thread. In the preview: fetch the workbook and read it with the xlsx
 * adapter. Inside Excel: the pane reads the cells through Office.js (which only its main thread can) and
 * sends them here in slices. Either way this runs the pipeline and posts the Analysis back, in slices, so
 * the pane stays interactive on a 100k-row log.
 */
import { analyze } from "../../core/pipeline";
import { readXlsxAsync } from "../../workbook/xlsx";
import { saidOf } from "../../workbook/phrases";
import { fetchSameOrigin } from "../fetch-bytes";
import { firstScreen } from "../../taskpane/model/first-screen";
import type { WorkbookInput } from "../../core/model";
import type { WorkerMessage, WorkerReply, WorkerRequest, WorkerStamps } from "./protocol";
import { CellsAssembler, rowCount, sliceAnalysis } from "./slices";

const stamp = (): number => performance.timeOrigin + performance.now();
const running = stamp();

const post = (r: WorkerReply): void => (self as unknown as { postMessage(r: WorkerReply): void }).postMessage(r);

let resume: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (resume = resolve));
const cells = new CellsAssembler();
/** When the workbook was at hand: fetched (preview), or every row received (Excel). */
let fetched = 0;

/** The workbook the request names, read: from the preview's file, or the cells sent from Excel. */
async function workbook(source: WorkerRequest["source"]): Promise<WorkbookInput> {
  if ("cells" in source) {
    fetched = stamp();
    return cells.finish(source.cells);
  }
  post({ kind: "progress", step: "read", done: 0, total: 3 });
  const bytes = "url" in source ? await fetchSameOrigin(source.url) : source.bytes;
  fetched = stamp();
  post({ kind: "progress", step: "parse", done: 1, total: 3 });
  return readXlsxAsync(bytes);
}

self.onmessage = async (e: MessageEvent<WorkerMessage>) => {
  const m = e.data;
  if ("shown" in m) return resume();
  if ("rows" in m) return cells.add(m.rows.sheet, m.rows.values);
  try {
    const fromExcel = "cells" in m.source;
    const input = await workbook(m.source);
    const read = stamp();
    const rows = rowCount(input);
    if (fromExcel) post({ kind: "progress", step: "analyse", done: 0, total: rows, unit: "rows" });
    else post({ kind: "progress", step: "analyse", done: 2, total: 3 });
    const analysis = analyze(input, { asOf: m.asOf });
    const analysed = stamp();
    if (fromExcel) post({ kind: "progress", step: "analyse", done: rows, total: rows, unit: "rows" });
    post({ kind: "first", first: firstScreen(analysis) });
    await shown;
    const stamps: WorkerStamps = { created: performance.timeOrigin, running, fetched, read, analysed };
    const { slices, rest } = sliceAnalysis(analysis);
    for (const s of slices) post({ kind: "slice", field: s.field, items: s.items });
    post({ kind: "done", analysis: rest, stamps });
  } catch (err) {
    const x = err instanceof Error ? err : new Error(String(err));
    post({ kind: "error", name: x.name, message: x.message, said: saidOf(x) ?? undefined });
  }
};
