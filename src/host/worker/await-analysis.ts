/** The pane's side of the analysis worker: relays its progress, puts its Analysis together, ends it. */
import type { Analysis } from "../../core/analysis";
import { CancelledError, type Progress } from "../pane-host";
import type { FirstScreen } from "../../taskpane/model/first-screen";
import type { ReplyChannel, WorkerReply, WorkerResume, WorkerStamps } from "./protocol";
import { AnalysisAssembler } from "./slices";

/** Step marks for bench/pane.ts's breakdown; cheap and harmless elsewhere. */
export const mark = (name: string): void => {
  if (typeof performance !== "undefined") performance.mark?.(`casebook:${name}`);
};

/** The worker's steps as marks on the page's timeline (casebook:worker-created … worker-analysed, then received). */
function markStamps(stamps: WorkerStamps): void {
  if (typeof performance === "undefined" || !performance.mark) return;
  for (const [step, at] of Object.entries(stamps)) {
    const startTime = at - performance.timeOrigin;
    if (startTime >= 0) performance.mark(`casebook:worker-${step}`, { startTime });
  }
  mark("analysis-received");
}

/** Waits for a worker's analysis, relaying its progress; cancelling terminates the worker. */
export function awaitAnalysis(
  channel: ReplyChannel,
  progress: Progress,
  signal: AbortSignal,
  onFirst?: (first: FirstScreen) => void,
): Promise<Analysis> {
  const worker = channel.worker;
  const parts = new AnalysisAssembler();
  return new Promise<Analysis>((resolve, reject) => {
    let settled = false;
    const onReply = (r: WorkerReply): void => {
      if (settled) return;
      if (r.kind === "progress") progress(r.step, r.done, r.total, r.unit);
      else if (r.kind === "slice") parts.add(r.field, r.items);
      else if (r.kind === "first") {
        mark("first-received");
        const resume = (): void => worker.postMessage({ shown: true } satisfies WorkerResume);
        if (!onFirst) return resume();
        onFirst(r.first);
        // The Analysis waits until the first screen is on screen (two frames: React commits in between);
        // a hidden tab gets no frames, so a timer lets it through regardless.
        setTimeout(resume, 500);
        if (typeof requestAnimationFrame !== "undefined") requestAnimationFrame(() => requestAnimationFrame(resume));
      } else {
        settled = true;
        signal.removeEventListener("abort", onAbort);
        worker.terminate();
        if (r.kind === "done") {
          markStamps(r.stamps);
          resolve(parts.finish(r.analysis));
        } else reject(Object.assign(new Error(r.message), { name: r.name, said: r.said }));
      }
    };
    const onAbort = (): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      reject(new CancelledError());
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort);
    channel.listeners.push(onReply);
    for (const r of channel.replies) onReply(r);
  });
}
