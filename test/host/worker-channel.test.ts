/**
 * @jest-environment jsdom
 *
 * The page's side of the analysis worker: the replies preview-boot.js records before the pane's bundle runs
 * reach the pane when it asks (nothing missed), and a worker that fails — its script did not load, or it
 * threw — fails the analysis with its message instead of leaving the pane waiting. The real worker runs in
 * the browser tests (test/browser); here a stand-in with Worker's surface (onmessage, onerror, postMessage,
 * terminate) lets the events be fired at will.
 */
import type { Analysis } from "../../src/core/analysis";
import { parseIsoMinutes } from "../../src/core/time";
import { createPreviewHost } from "../../src/host/preview-host";
import { replyChannel, type WorkerReply } from "../../src/host/worker/protocol";

class StandInWorker {
  static last: StandInWorker | null = null;
  constructor() {
    StandInWorker.last = this;
  }
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(m: unknown): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(r: WorkerReply): void {
    this.onmessage?.({ data: r } as MessageEvent<WorkerReply>);
  }
  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const asOf = parseIsoMinutes("2026-11-05T09:00") as number;
const SAMPLE = "assets/sample/case-log.xlsx";

function early(worker: StandInWorker): void {
  window.casebookEarly = { ...replyChannel(worker as unknown as Worker), asOf, url: SAMPLE };
}

function host() {
  return createPreviewHost({ sampleUrl: SAMPLE, displayLanguage: "zh-CN", theme: "light", now: asOf });
}

beforeAll(() => {
  (globalThis as { Worker?: unknown }).Worker = StandInWorker;
});
afterEach(() => {
  delete window.casebookEarly;
});

describe("the early worker's replies", () => {
  it("progress sent before the pane asked is replayed, then the analysis arrives and the worker ends", async () => {
    const worker = new StandInWorker();
    early(worker);
    worker.reply({ kind: "progress", step: "read", done: 1, total: 3 });
    const steps: string[] = [];
    const analysis = host().analyze(
      asOf,
      (step, done, total) => steps.push(`${step} ${done}/${total}`),
      new AbortController().signal,
    );
    worker.reply({ kind: "progress", step: "analyse", done: 2, total: 3 });
    // The long lists come in slices ahead of the rest, and are put back in order.
    worker.reply({ kind: "slice", field: "cases", items: [{ id: "A" }, { id: "B" }] });
    worker.reply({ kind: "slice", field: "compliance", items: [{ caseId: "A" }] });
    worker.reply({ kind: "slice", field: "cases", items: [{ id: "C" }] });
    const sent = { asOf, cases: [], compliance: [], rejected: [] } as unknown as Analysis;
    worker.reply({
      kind: "done",
      analysis: sent,
      stamps: { created: 0, running: 0, fetched: 0, read: 0, analysed: 0 },
    });
    await expect(analysis).resolves.toEqual({
      asOf,
      cases: [{ id: "A" }, { id: "B" }, { id: "C" }],
      compliance: [{ caseId: "A" }],
      rejected: [],
    });
    expect(steps).toEqual(["read 1/3", "analyse 2/3"]);
    expect(worker.terminated).toBe(true);
  });

  it("a worker whose script failed to load fails the analysis with its message", async () => {
    const worker = new StandInWorker();
    early(worker);
    worker.fail("Failed to load analysis-worker.js");
    await expect(host().analyze(asOf, () => undefined, new AbortController().signal)).rejects.toThrow(
      "Failed to load analysis-worker.js",
    );
    expect(worker.terminated).toBe(true);
  });

  it("a worker the pane starts itself (another file) fails the same way", async () => {
    const h = host();
    h.useFile?.("other.xlsx", new Uint8Array([1, 2, 3]));
    const analysis = h.analyze(asOf, () => undefined, new AbortController().signal);
    const started = StandInWorker.last;
    expect(started?.posted).toHaveLength(1);
    started?.fail("worker threw");
    await expect(analysis).rejects.toThrow("worker threw");
  });
});
