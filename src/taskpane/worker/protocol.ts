/** Messages between the preview page and its analysis worker (plain data: structured clone). */
import type { Analysis } from "../../core/analysis";
import type { LocalMinutes } from "../../core/time";
import type { StepId } from "../host";

export type WorkerRequest = { source: { url: string } | { bytes: Uint8Array }; asOf: LocalMinutes };

export type WorkerReply =
  | { kind: "progress"; step: StepId; done: number; total: number }
  | { kind: "done"; analysis: Analysis; timings: Record<string, number> }
  | { kind: "error"; name: string; message: string };

/** Fixed name (not hashed): preview-boot.js starts it before the pane's bundle has run. */
export const WORKER_URL = "analysis-worker.js";

declare global {
  interface Window {
    /** The sample's analysis, started by preview-boot.js while the page is still loading. */
    casebookEarly?: {
      asOf: LocalMinutes;
      url: string;
      worker: Worker;
      replies: WorkerReply[];
      listeners: ((r: WorkerReply) => void)[];
    };
  }
}
