/**
 * The first script in the head of taskpane.html (before office-loader.js, so the worker starts one
 * script sooner). In the preview it starts the sample's analysis in a worker at once, so reading and
 * analysing overlap the loading of the pane's own bundle (the pane picks the result up; see
 * host-preview.ts). Inside Office it does nothing.
 */
import { insideOffice } from "./inside-office";
import { asOfFrom } from "./now";
import { WORKER_URL, type WorkerReply } from "./worker/protocol";

const SAMPLE = "assets/sample/case-log.xlsx";

if (!insideOffice() && typeof Worker !== "undefined" && !new URLSearchParams(window.location.search).has("sample")) {
  const asOf = asOfFrom(window.location.search);
  const worker = new Worker(WORKER_URL);
  const early: NonNullable<Window["casebookEarly"]> = { asOf, url: SAMPLE, worker, replies: [], listeners: [] };
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    early.replies.push(e.data);
    for (const l of early.listeners) l(e.data);
  };
  worker.postMessage({ source: { url: SAMPLE }, asOf });
  window.casebookEarly = early;
}
