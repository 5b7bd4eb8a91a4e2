/** Messages between the preview page and its analysis worker (plain data: structured clone). */
import type { Analysis } from "../../core/analysis";
import type { LocalMinutes } from "../../core/time";
import type { StepId } from "../pane-host";
import type { FirstScreen } from "../../taskpane/model/first-screen";

export type WorkerRequest = { source: { url: string } | { bytes: Uint8Array }; asOf: LocalMinutes };

/**
 * The page has painted the first screen: the worker may now post the Analysis, whose structured clone
 * takes the page's main thread a few hundred milliseconds to read, time the tiles' paint must not wait for.
 */
export type WorkerResume = { shown: true };

export type WorkerReply =
  | { kind: "progress"; step: StepId; done: number; total: number }
  /** The default period's tiles, a few hundred bytes posted ahead of the Analysis. */
  | { kind: "first"; first: FirstScreen }
  | { kind: "done"; analysis: Analysis; stamps: WorkerStamps }
  | { kind: "error"; name: string; message: string };

/**
 * When the worker reached each step, in ms since the epoch (`timeOrigin + now()`), so the page can place
 * them on its own timeline (a worker's `performance.now()` counts from the worker's own origin).
 */
export interface WorkerStamps {
  /** The worker's global scope was created. */
  created: number;
  /** Its script started running (after it was fetched and compiled). */
  running: number;
  fetched: number;
  read: number;
  analysed: number;
}

/** Fixed name (not hashed): preview-boot.js starts it before the pane's bundle has run. */
export const WORKER_URL = "analysis-worker.js";

/** A worker's replies, kept from its start, so a listener that arrives late still hears all of them. */
export interface ReplyChannel {
  worker: Worker;
  replies: WorkerReply[];
  listeners: ((r: WorkerReply) => void)[];
}

/** Records a worker's replies; a worker that fails (its script did not load, or threw) replies with an error. */
export function replyChannel(worker: Worker): ReplyChannel {
  const channel: ReplyChannel = { worker, replies: [], listeners: [] };
  const relay = (r: WorkerReply): void => {
    channel.replies.push(r);
    for (const l of channel.listeners) l(r);
  };
  worker.onmessage = (e: MessageEvent<WorkerReply>) => relay(e.data);
  worker.onerror = (e: ErrorEvent) =>
    relay({ kind: "error", name: "Error", message: e.message || "analysis worker failed" });
  return channel;
}

declare global {
  interface Window {
    /** The sample's analysis, started by preview-boot.js while the page is still loading. */
    casebookEarly?: ReplyChannel & { asOf: LocalMinutes; url: string };
  }
}
