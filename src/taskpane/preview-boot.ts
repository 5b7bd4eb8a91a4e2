/**
 * The first script in the head of taskpane.html (before office-loader.js, so the worker starts one
 * script sooner). In the preview it starts the sample's analysis in a worker at once, so reading and
 * analysing overlap the loading of the pane's own bundle (the pane picks the result up; see
 * src/host/preview-host.ts). It also fetches the sample itself, in parallel with the worker's script. Inside
 * Office it does nothing.
 */
import { fetchSameOrigin } from "../host/fetch-bytes";
import { insideOffice } from "./inside-office";
import { previewAsOf } from "../host/now";
import { SAMPLE_PATH } from "../host/sample";
import { replyChannel, WORKER_URL, type WorkerRequest } from "../host/worker/protocol";

const SAMPLE = SAMPLE_PATH;

if (
  !window.casebookBoot?.unsupported &&
  !insideOffice() &&
  typeof Worker !== "undefined" &&
  !new URLSearchParams(window.location.search).has("sample")
) {
  const asOf = previewAsOf(window.location.search);
  const worker = new Worker(WORKER_URL);
  window.casebookEarly = { ...replyChannel(worker), asOf, url: SAMPLE };
  // The page fetches the sample while the worker's own script is still loading, and hands the bytes over
  // (transferred, not copied); should that fail, the worker fetches it itself and reports what went wrong.
  const request = (source: WorkerRequest["source"], transfer: Transferable[] = []): void =>
    worker.postMessage({ source, asOf } satisfies WorkerRequest, transfer);
  fetchSameOrigin(SAMPLE).then(
    (bytes) => request({ bytes }, [bytes.buffer]),
    () => request({ url: SAMPLE }),
  );
}
