/**
 * Inside Excel the pane reads the cells through Office.js on its main thread and the pipeline runs in the
 * analysis worker: here the strict Excel fake (office-addin-mock) is the workbook and the real worker
 * module runs in a worker thread. The pipeline is not even loadable in the page (engine mocked to fail),
 * so an analysis that ran there instead fails the test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonDocument } from "../../src/core/json";
import { analyze } from "../../src/core/pipeline";
import { parseIsoMinutes } from "../../src/core/time";
import { readXlsx } from "../../src/workbook/xlsx";
import { createExcelHost } from "../../src/host/excel-host";
import { createExcelServices } from "../../src/host/excel-services";
import { CancelledError } from "../../src/host/pane-host";
import type { WorkerRequest, WorkerRows } from "../../src/host/worker/protocol";
import { createStrictExcel } from "../workbook/office/strict-excel";
import { ThreadWorker } from "./node-worker";

jest.mock("../../src/host/engine", () => ({
  loadAnalyze: () => Promise.reject(new Error("the pipeline ran in the pane's main thread")),
  loadEngine: () => Promise.reject(new Error("the pipeline ran in the pane's main thread")),
}));

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../assets/sample/case-log.xlsx"))));
const asOf = parseIsoMinutes("2026-12-31T17:00")!;

function setUp() {
  const excel = createStrictExcel({
    sheets: sample.sheets.map((s) => ({ name: s.name, rows: s.values, at: { row: s.firstRow - 1, column: s.firstColumn - 1 } })),
  });
  const workers: ThreadWorker[] = [];
  const host = createExcelHost({
    displayLanguage: "zh-CN",
    theme: "light",
    services: async () => createExcelServices(excel.run, excel.isSetSupported),
    worker: () => {
      const w = new ThreadWorker();
      workers.push(w);
      return w;
    },
  });
  return { excel, host, workers };
}

describe("the pane's analysis inside Excel", () => {
  it("runs in the worker on the cells read from Excel, with the CLI's numbers and progress in rows", async () => {
    const { host, workers } = setUp();
    const steps: string[] = [];
    const firsts: unknown[] = [];
    const analysis = await host.analyze(
      asOf,
      (step, done, total, unit) => steps.push(`${step} ${done}/${total}${unit ? ` ${unit}` : ""}`),
      new AbortController().signal,
      (f) => firsts.push(f),
    );
    expect(toJsonDocument(analysis)).toEqual(toJsonDocument(analyze(sample, { asOf })));

    // One worker, sent the rows in slices and then the request with the sheets' shells.
    expect(workers).toHaveLength(1);
    const posted = workers[0].posted;
    const rows = posted.filter((m): m is WorkerRows => typeof m === "object" && m !== null && "rows" in m);
    const requests = posted.filter((m): m is WorkerRequest => typeof m === "object" && m !== null && "source" in m);
    expect(requests).toHaveLength(1);
    const request = requests[0];
    if (!("cells" in request.source)) throw new Error("the worker was not sent the cells");
    expect(request.source.cells.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    expect(request.source.cells.sheets.every((s) => s.values.length === 0)).toBe(true);
    const total = sample.sheets.reduce((n, s) => n + s.values.length, 0);
    expect(rows.reduce((n, m) => n + m.rows.values.length, 0)).toBe(total);
    expect(rows.length).toBeGreaterThan(1);
    expect(workers[0].terminated).toBe(true);

    // Rows read as Excel's batches arrive, then the worker's rows analysed; the tiles came first.
    const read = steps.filter((s) => s.startsWith("read ") && s.endsWith(" rows"));
    expect(read[0]).toBe(`read 0/${total} rows`);
    expect(read[read.length - 1]).toBe(`read ${total}/${total} rows`);
    expect(read.length).toBeGreaterThan(2);
    expect(steps.slice(-2)).toEqual([`analyse 0/${total} rows`, `analyse ${total}/${total} rows`]);
    expect(firsts).toHaveLength(1);
  });

  it("a cancel while the worker analyses ends the worker", async () => {
    const { host, workers } = setUp();
    const controller = new AbortController();
    const analysis = host.analyze(
      asOf,
      (step) => {
        if (step === "analyse") controller.abort();
      },
      controller.signal,
    );
    await expect(analysis).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0].terminated).toBe(true);
  });
});
