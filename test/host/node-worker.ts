/**
 * The pane's real analysis worker (src/host/worker/analysis-worker.ts), bundled as the build bundles it and
 * run in a Node worker thread: its own thread and heap, messages by structured clone, as in a browser. Only
 * the global names differ (`self.onmessage`, `self.postMessage`), which the thread's prologue provides.
 */
import { buildSync } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { WorkerLike } from "../../src/host/worker/protocol";

let bundled: string | null = null;

function bundle(): string {
  if (bundled) return bundled;
  const out = join(mkdtempSync(join(tmpdir(), "casebook-worker-")), "analysis-worker.js");
  buildSync({
    entryPoints: [join(__dirname, "../../src/host/worker/analysis-worker.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: out,
    logLevel: "error",
  });
  bundled = out;
  return out;
}

const PROLOGUE = `
const { parentPort, workerData } = require("node:worker_threads");
globalThis.self = globalThis;
globalThis.postMessage = (m) => parentPort.postMessage(m);
parentPort.on("message", (data) => globalThis.onmessage && globalThis.onmessage({ data }));
require(workerData.bundle);
`;

/** A Worker's surface over a worker thread, recording what the page posted to it. */
export class ThreadWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  readonly posted: unknown[] = [];
  terminated = false;
  private readonly thread: Worker;

  constructor() {
    this.thread = new Worker(PROLOGUE, { eval: true, workerData: { bundle: bundle() } });
    this.thread.on("message", (data: unknown) =>
      (this.onmessage as ((e: { data: unknown }) => void) | null)?.({ data }),
    );
    this.thread.on("error", (e: Error) => (this.onerror as ((e: { message: string }) => void) | null)?.(e));
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
    this.thread.postMessage(message);
  }

  terminate(): void {
    this.terminated = true;
    void this.thread.terminate();
  }
}
