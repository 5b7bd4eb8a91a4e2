/**
 * Handing the report (.xlsx bytes from src/xlsx-writer) to Excel: a new workbook window where the host has
 * Excel.createWorkbook (ExcelApi 1.8), else the pane offers the file as a download.
 */
import type { Words } from "../../core/messages";
import { joinWords } from "../phrases";
import { OFFICE_PHRASES } from "./messages";
import type { IsSetSupported } from "./requirements";

export type OpenReportResult =
  { kind: "opened" } | { kind: "download"; message: Words } | { kind: "unavailable"; message: Words };

export interface ReportHost {
  isSetSupported: IsSetSupported;
  /** Excel.createWorkbook, when present. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** The pane can save a Blob (a browser with URL.createObjectURL). */
  canDownload: boolean;
}

export function officeReportHost(): ReportHost {
  const g = globalThis as { Office?: typeof Office; Excel?: typeof Excel; URL?: typeof URL; Blob?: typeof Blob };
  return {
    isSetSupported: (name, version) => g.Office?.context?.requirements?.isSetSupported(name, version) ?? false,
    createWorkbook: g.Excel?.createWorkbook ? (b64) => (g.Excel as typeof Excel).createWorkbook(b64) : undefined,
    canDownload: typeof g.Blob === "function" && typeof g.URL?.createObjectURL === "function",
  };
}

export async function openReportWorkbook(
  bytes: Uint8Array,
  host: ReportHost = officeReportHost(),
): Promise<OpenReportResult> {
  const fallback = (reason?: Words): OpenReportResult => {
    const next = OFFICE_PHRASES.words(host.canDownload ? "downloadInstead" : "noWorkbookNoDownload");
    const message = reason ? joinWords([reason, next]) : next;
    return host.canDownload ? { kind: "download", message } : { kind: "unavailable", message };
  };
  let supported = false;
  try {
    supported = host.isSetSupported("ExcelApi", "1.8");
  } catch {
    supported = false;
  }
  if (!supported || !host.createWorkbook) return fallback();
  try {
    await host.createWorkbook(toBase64(bytes));
    return { kind: "opened" };
  } catch (e) {
    // Blocked pop-ups (Excel on the web) and policy settings make createWorkbook fail at run time.
    return fallback(OFFICE_PHRASES.words("newWorkbookFailed", e instanceof Error ? e.message : String(e)));
  }
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard base64 with padding; no Buffer or btoa, so it runs the same in the pane and in Node. */
export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out.push(ALPHABET[n >> 18], ALPHABET[(n >> 12) & 63], ALPHABET[(n >> 6) & 63], ALPHABET[n & 63]);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out.push(ALPHABET[n >> 18], ALPHABET[(n >> 12) & 63], "==");
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out.push(ALPHABET[n >> 18], ALPHABET[(n >> 12) & 63], ALPHABET[(n >> 6) & 63], "=");
  }
  return out.join("");
}
