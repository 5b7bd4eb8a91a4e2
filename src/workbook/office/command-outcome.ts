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
  /** Not started: too big for a command's time, handed to the pane. */
  toPane?: true;
  /** The pane has shown it once (it shows each outcome once). */
  shown?: true;
}

/** Keeps the outcome in the workbook (replacing the previous one). */
export async function recordOutcome(run: ExcelRun, outcome: CommandOutcome): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(OUTCOME_SETTING, JSON.stringify(outcome));
    await context.sync();
  });
}

/** An outcome as kept in the setting, or null (none, or not one Casebook wrote). */
function parseOutcome(value: unknown): CommandOutcome | null {
  if (typeof value !== "string") return null;
  try {
    const o = JSON.parse(value) as CommandOutcome;
    return typeof o.title === "string" && Array.isArray(o.lines) ? o : null;
  } catch {
    return null;
  }
}

/** The last command's outcome kept in the workbook, or null (none, or not one Casebook wrote). */
export async function readOutcome(run: ExcelRun): Promise<CommandOutcome | null> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(OUTCOME_SETTING);
    setting.load("isNullObject,value");
    await context.sync();
    return setting.isNullObject ? null : parseOutcome(setting.value);
  });
}

/**
 * The last command's outcome if the pane has not shown it yet, marked shown in the same Excel.run: the
 * pane shows each outcome once, however often it is opened afterwards.
 */
export async function takeOutcome(run: ExcelRun): Promise<CommandOutcome | null> {
  return run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(OUTCOME_SETTING);
    setting.load("isNullObject,value");
    await context.sync();
    const outcome = setting.isNullObject ? null : parseOutcome(setting.value);
    if (!outcome || outcome.shown) return null;
    context.workbook.settings.add(OUTCOME_SETTING, JSON.stringify({ ...outcome, shown: true }));
    await context.sync();
    return outcome;
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
