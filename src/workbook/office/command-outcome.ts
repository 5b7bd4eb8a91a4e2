/**
 * What a ribbon command did, for the user: shown at once in the dialog page (dialog.html, ES5) and kept
 * in the workbook's own settings (Excel.SettingCollection, ExcelApi 1.4: stored in the file, per add-in),
 * where the pane, another runtime, finds it when it opens. One language per outcome: the user's.
 */
import type { ExcelRun } from "./excel-run";

export const OUTCOME_SETTING = "Casebook.LastCommand";

export interface CommandOutcome {
  command: "writeOutputs" | "createTemplate";
  ok: boolean;
  lang: "zh-CN" | "en-US";
  /** When it finished, local time as the user's Excel shows it (yyyy-mm-ddThh:mm). */
  at: string;
  title: string;
  lines: string[];
}

/** Keeps the outcome in the workbook (replacing the previous one). */
export async function recordOutcome(run: ExcelRun, outcome: CommandOutcome): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(OUTCOME_SETTING, JSON.stringify(outcome));
    await context.sync();
  });
}

/** The last command's outcome kept in the workbook, or null (none, or not one Casebook wrote). */
export async function readOutcome(run: ExcelRun): Promise<CommandOutcome | null> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(OUTCOME_SETTING);
    setting.load("isNullObject,value");
    await context.sync();
    if (setting.isNullObject || typeof setting.value !== "string") return null;
    try {
      const o = JSON.parse(setting.value) as CommandOutcome;
      return typeof o.title === "string" && Array.isArray(o.lines) ? o : null;
    } catch {
      return null;
    }
  });
}

/** The dialog page's address for an outcome, next to the page at `pageUrl` (the function file). */
export function outcomeDialogUrl(pageUrl: string, outcome: CommandOutcome): string {
  const url = new URL("dialog.html", pageUrl);
  const q = new URLSearchParams([["lang", outcome.lang], ["t", outcome.title], ...outcome.lines.map((l) => ["m", l])]);
  url.search = q.toString();
  url.hash = "";
  return url.toString();
}
