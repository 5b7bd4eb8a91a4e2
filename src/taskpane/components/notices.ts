/**
 * Errors and outcomes as message bars. A notice keeps its i18n key, not its text, so it follows a
 * language switch like the rest of the pane.
 */
import { saidOf } from "../../workbook/phrases";
import type { Analysis } from "../../core/analysis";
import type { CommandNotice } from "../../host/pane-host";

export interface Notice {
  id: string;
  intent: "error" | "warning" | "success" | "info";
  /** i18n key of the title, if any. */
  title?: string;
  /** i18n key of the text and its values. */
  key: string;
  params?: Record<string, string | number>;
}

let seq = 0;
export const noticeId = (): string => `n${++seq}`;

/**
 * An error's words as the i18n templates take them, `message` in Chinese and `messageEn` in English, so the
 * notice follows a language switch. An error without them (Excel's own) is shown as it is in both.
 */
function words(e: Error): { message: string; messageEn: string } {
  const said = saidOf(e);
  return said ? { message: said.zh, messageEn: said.en } : { message: e.message, messageEn: e.message };
}

/** By name, not instanceof: errors cross lazily loaded chunks and the Office.js layer. */
export function noticeFor(error: unknown): Notice {
  const e = error instanceof Error ? error : new Error(String(error));
  const id = noticeId();
  switch (e.name) {
    case "CancelledError":
    case "AbortError":
      return { id, intent: "info", key: "actions.cancelled" };
    case "NeedsExcelError":
      return { id, intent: "warning", key: "actions.needsExcel" };
    case "OwnershipError":
      return {
        id,
        intent: "error",
        title: "errors.title",
        key: "errors.ownership",
        params: { sheet: (e as Error & { sheetName?: string }).sheetName ?? "" },
      };
    case "WorkbookFormatError":
    case "ZipFormatError":
      return { id, intent: "error", title: "errors.title", key: "errors.format", params: words(e) };
    case "NotAvailableError":
      return { id, intent: "warning", key: "errors.notAvailable" };
    default:
      return { id, intent: "error", title: "errors.title", key: "errors.generic", params: words(e) };
  }
}

/** What an analysis itself asks the user to fix: no log found, rows not read. */
export function analysisNotices(a: Analysis): Notice[] {
  const out: Notice[] = [];
  if (a.logSheet === null) out.push({ id: noticeId(), intent: "error", title: "errors.title", key: "errors.noLog" });
  else if (a.cases.length === 0) out.push({ id: noticeId(), intent: "warning", key: "app.noCases" });
  const rows = new Set(a.rejected.map((r) => r.row)).size;
  if (rows > 0)
    out.push({ id: noticeId(), intent: "warning", title: "errors.title", key: "errors.rows", params: { count: rows } });
  return out;
}

/** A ribbon command's outcome, in the words the command recorded (its title and lines). */
export function commandNotice(c: CommandNotice): Notice {
  return {
    id: noticeId(),
    intent: c.ok ? "success" : c.toPane ? "warning" : "error",
    title: "commands.lastTitle",
    key: c.lines.length > 0 ? "commands.last" : "commands.lastTitleOnly",
    params: { at: c.at.replace("T", " "), title: c.title, lines: c.lines.join(" ") },
  };
}
