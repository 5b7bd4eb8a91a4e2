/**
 * The bench page of bench/excel-pane.ts, bundled for the browser: the pane's Excel host (src/host) on the
 * strict Excel fake, which stands in for Excel's answers, with the production build's analysis worker.
 * `window.benchAnalysis` analyses a generated log of the given size and reports the page's long tasks
 * (PerformanceObserver "longtask": every main-thread task over 50 ms, with its duration) from the start of
 * the analysis to the Analysis in hand.
 *
 * The fake executes each batch on this thread, inside `context.sync()`, where real Excel does the work in
 * its own process and the page only waits. So each long task is reported twice: as observed, and without
 * the time the fake spent executing batches inside it (timed around each sync's synchronous part), which
 * is the pane's own hold on the thread.
 */
import { parseIsoMinutes } from "../../src/core/time";
import { createExcelHost } from "../../src/host/excel-host";
import { createExcelServices } from "../../src/host/excel-services";
import { caseLogFormats, caseLogRows } from "../../test/workbook/office/case-log-data";
import { createStrictExcel } from "../../test/workbook/office/strict-excel";
import type { ExcelRun } from "../../src/workbook/office/excel-run";

export interface BenchResult {
  rows: number;
  cases: number;
  ms: number;
  /** When the default month's tiles could show: the worker's first message, or the Analysis in the page. */
  firstMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** The main thread's time in long tasks, summed. */
  longTaskMs: number;
  /** The longest task less the fake's execution of batches inside it (Excel's work, elsewhere in Excel). */
  longestOwnTaskMs: number;
  /** The longest task after the last batch was read: sending the cells, receiving the Analysis (no fake in it). */
  longestAfterReadMs: number;
  /** Time the fake spent executing batches, summed. */
  fakeMs: number;
  /** The progress the pane would have shown, as "ms step done/total unit" (ms since the start). */
  progress: string[];
  /** Each long task as "start ms + duration ms" since the start. */
  tasks: string[];
}

declare global {
  interface Window {
    benchAnalysis(rows: number, inWorker: boolean): Promise<BenchResult>;
  }
}

// The fake settles each sync with Node's setImmediate; a browser's equivalent is a message to itself.
if (typeof (globalThis as { setImmediate?: unknown }).setImmediate === "undefined") {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  (globalThis as unknown as { setImmediate: (f: () => void) => void }).setImmediate = (f) => {
    queue.push(f);
    channel.port2.postMessage(null);
  };
}

window.benchAnalysis = async (rows, inWorker) => {
  const excel = createStrictExcel({
    sheets: [{ name: "案件登记", rows: caseLogRows(rows), columnFormats: caseLogFormats() }],
  });
  // Each sync's synchronous part (the fake executing the batch) timed, to be told apart from the pane's work.
  const fake: { start: number; end: number }[] = [];
  const run: ExcelRun = (batch) =>
    excel.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = (<T>(passThrough?: T) => {
        const start = performance.now();
        const pending = sync(passThrough);
        fake.push({ start, end: performance.now() });
        return pending;
      }) as typeof context.sync;
      return batch(context);
    });
  const host = createExcelHost({
    displayLanguage: "zh-CN",
    theme: "light",
    services: async () => createExcelServices(run, excel.isSetSupported),
    worker: inWorker ? () => new Worker("analysis-worker.js") : undefined,
  });
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: "longtask" });
  // Settle the page (the log's generation above) before the clock starts.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const progress: string[] = [];
  const start = performance.now();
  let first = NaN;
  let readEnd = Infinity;
  const analysis = await host.analyze(
    parseIsoMinutes("2026-12-31T17:00")!,
    (step, done, total, unit) => {
      if (step === "read" && unit === "rows" && done === total) readEnd = performance.now();
      progress.push(`${Math.round(performance.now() - start)} ${step} ${done}/${total}${unit ? ` ${unit}` : ""}`);
    },
    new AbortController().signal,
    () => (first = performance.now()),
  );
  const end = performance.now();
  if (Number.isNaN(first)) first = end;
  // Long task entries arrive after their task: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 300));
  observer.disconnect();
  const during = tasks.filter((t) => t.startTime + t.duration > start && t.startTime < end);
  const fakeIn = (t: PerformanceEntry): number =>
    fake.reduce(
      (n, f) => n + Math.max(0, Math.min(f.end, t.startTime + t.duration) - Math.max(f.start, t.startTime)),
      0,
    );
  return {
    rows,
    cases: analysis.cases.length,
    ms: end - start,
    firstMs: first - start,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    longTaskMs: during.reduce((n, t) => n + t.duration, 0),
    longestOwnTaskMs: Math.max(0, ...during.map((t) => t.duration - fakeIn(t))),
    longestAfterReadMs: Math.max(0, ...during.filter((t) => t.startTime >= readEnd).map((t) => t.duration)),
    fakeMs: fake.reduce((n, f) => n + f.end - f.start, 0),
    progress: [
      ...progress,
      ...["worker-fetched", "worker-read", "worker-analysed", "analysis-received"].map(
        (m) => `${Math.round((performance.getEntriesByName(`casebook:${m}`).pop()?.startTime ?? NaN) - start)} ${m}`,
      ),
    ],
    tasks: during.map(
      (t) => `${Math.round(t.startTime - start)}+${Math.round(t.duration)}(fake ${Math.round(fakeIn(t))})`,
    ),
  };
};
