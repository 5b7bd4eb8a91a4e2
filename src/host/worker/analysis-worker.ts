/**
 * The preview's analysis off the main thread: fetch the workbook, read it with the xlsx adapter, run the
 * pipeline, post the Analysis back. The page boots React on one core while this works on the other.
 */
import { analyze } from "../../core/pipeline";
import { readXlsxAsync } from "../../workbook/xlsx";
import { fetchSameOrigin } from "../fetch-bytes";
import { firstScreen } from "../../taskpane/model/first-screen";
import type { WorkerReply, WorkerRequest, WorkerResume, WorkerStamps } from "./protocol";

const stamp = (): number => performance.timeOrigin + performance.now();
const running = stamp();

const post = (r: WorkerReply): void => (self as unknown as { postMessage(r: WorkerReply): void }).postMessage(r);

let resume: () => void = () => undefined;
const shown = new Promise<void>((resolve) => (resume = resolve));

self.onmessage = async (e: MessageEvent<WorkerRequest | WorkerResume>) => {
  if ("shown" in e.data) {
    resume();
    return;
  }
  try {
    post({ kind: "progress", step: "read", done: 0, total: 3 });
    const { source, asOf }: WorkerRequest = e.data;
    const bytes = "url" in source ? await fetchSameOrigin(source.url) : source.bytes;
    const fetched = stamp();
    post({ kind: "progress", step: "parse", done: 1, total: 3 });
    const input = await readXlsxAsync(bytes);
    const read = stamp();
    post({ kind: "progress", step: "analyse", done: 2, total: 3 });
    const analysis = analyze(input, { asOf });
    const analysed = stamp();
    post({ kind: "first", first: firstScreen(analysis) });
    await shown;
    const stamps: WorkerStamps = { created: performance.timeOrigin, running, fetched, read, analysed };
    post({ kind: "done", analysis, stamps });
  } catch (err) {
    const x = err instanceof Error ? err : new Error(String(err));
    post({ kind: "error", name: x.name, message: x.message });
  }
};
