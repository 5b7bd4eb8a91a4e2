/** Messages between the pane and its analysis worker (plain data: structured clone). */
import type { Analysis } from "../../core/analysis";
import type { Words } from "../../core/messages";
import type { CellValue, WorkbookInput } from "../../core/model";
import type { LocalMinutes } from "../../core/time";
import type { StepId } from "../pane-host";
import type { FirstScreen } from "../../taskpane/model/first-screen";

/**
 * What to analyse: the preview's workbook file (its address or its bytes), or the cells the pane read from
 * Excel. The cells come without their rows: those were sent ahead as WorkerRows, a slice per message.
 */
export type WorkerRequest = {
  source: { url: string } | { bytes: Uint8Array } | { cells: WorkbookInput };
  asOf: LocalMinutes;
};

/**
 * Rows of one sheet (by its index in the request's `cells`), in order. Cloning a 100k-row log in one
 * message would hold the pane's main thread for a long while; a slice at a time, each its own task, does not.
 */
export type WorkerRows = { rows: { sheet: number; values: CellValue[][] } };

/**
 * The page has painted the first screen: the worker may now post the Analysis, whose structured clone
 * takes the page's main thread time the tiles' paint must not wait for.
 */
export type WorkerResume = { shown: true };

export type WorkerMessage = WorkerRequest | WorkerRows | WorkerResume;

/** The Analysis' long lists, posted a slice at a time ahead of the rest of it (see ./slices). */
export type SlicedField = "cases" | "compliance" | "rejected" | "cellIssues" | "duplicates" | "unconfirmed";

export type WorkerReply =
  /** `unit: "rows"`: done and total count rows of the workbook (read, then analysed). */
  | { kind: "progress"; step: StepId; done: number; total: number; unit?: "rows" }
  /** The default period's tiles, a few hundred bytes posted ahead of the Analysis. */
  | { kind: "first"; first: FirstScreen }
  | { kind: "slice"; field: SlicedField; items: unknown[] }
  /** The Analysis without its sliced lists, which arrived before it. */
  | { kind: "done"; analysis: Analysis; stamps: WorkerStamps }
  /** `said`: the error's words for the user in both languages, when it has them (a file that is not a workbook). */
  | { kind: "error"; name: string; message: string; said?: Words };

/**
 * When the worker reached each step, in ms since the epoch (`timeOrigin + now()`), so the page can place
 * them on its own timeline (a worker's `performance.now()` counts from the worker's own origin).
 */
export interface WorkerStamps {
  /** The worker's global scope was created. */
  created: number;
  /** Its script started running (after it was fetched and compiled). */
  running: number;
  /** The workbook was at hand: fetched (preview) or all its rows received (Excel). */
  fetched: number;
  read: number;
  analysed: number;
}

/** Fixed name (not hashed): preview-boot.js starts it before the pane's bundle has run. */
export const WORKER_URL = "analysis-worker.js";

/** What the pane uses of a worker: a browser's Worker, or a stand-in with the same surface in tests. */
export type WorkerLike = Pick<Worker, "postMessage" | "terminate" | "onmessage" | "onerror">;

/** A worker's replies, kept from its start, so a listener that arrives late still hears all of them. */
export interface ReplyChannel {
  worker: WorkerLike;
  replies: WorkerReply[];
  listeners: ((r: WorkerReply) => void)[];
}

/** Records a worker's replies; a worker that fails (its script did not load, or threw) replies with an error. */
export function replyChannel(worker: WorkerLike): ReplyChannel {
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
