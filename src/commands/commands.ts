/**
 * The ribbon's function file (manifest: casebookWriteOutputs, casebookCreateTemplate). Each command runs
 * the same host code as the pane's buttons and always completes its event, so Excel never hangs on it.
 */
/// <reference types="office-js" />
import { createExcelHost } from "../host/excel-host";
import { langFor } from "../host/locale";
import { formatMinutes } from "../core/time";
import { centerNow } from "../host/now";
import { outcomeDialogUrl, recordOutcome, type CommandOutcome } from "../workbook/office/command-outcome";
import { officeExcelRun } from "../workbook/office/excel-run";

function host() {
  return createExcelHost({
    displayLanguage: Office.context.displayLanguage ?? "zh-CN",
    theme: "light",
    services: async () => (await import("../host/excel-services")).loadExcelServices(),
  });
}

type Command = CommandOutcome["command"];

const DONE: Record<Command, Record<CommandOutcome["lang"], string>> = {
  writeOutputs: { "zh-CN": "登记簿已生成", "en-US": "Registers written" },
  createTemplate: { "zh-CN": "登记表已新建", "en-US": "Case log created" },
};
const FAILED: Record<Command, Record<CommandOutcome["lang"], string>> = {
  writeOutputs: { "zh-CN": "未能生成登记簿", "en-US": "The registers were not written" },
  createTemplate: { "zh-CN": "未能新建登记表", "en-US": "The case log was not created" },
};

/** The user's half of a bilingual "中文。/ English." message (the adapter's messages carry both). */
function inLanguage(message: string, lang: CommandOutcome["lang"]): string {
  const parts = message.split(" / ");
  if (parts.length !== 2) return message;
  return lang === "en-US" ? parts[1] : parts[0];
}

/** Shows the outcome in the dialog page and resolves when the user closes it (or at once, without a dialog). */
function show(outcome: CommandOutcome): Promise<void> {
  return new Promise((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(
        outcomeDialogUrl(window.location.href, outcome),
        { height: 40, width: 35, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
          result.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
        },
      );
    } catch {
      resolve();
    }
  });
}

/**
 * Runs a command and always completes its event, so Excel never hangs on it. What it did is recorded in
 * the workbook (the pane reads it when opened) and shown in a dialog; the event completes when the user
 * closes the dialog.
 */
async function complete(
  event: Office.AddinCommands.Event,
  command: Command,
  work: () => Promise<string[]>,
): Promise<void> {
  const lang = langFor(Office.context.displayLanguage ?? "zh-CN");
  const at = centerNow();
  let outcome: CommandOutcome;
  try {
    const lines = await work();
    outcome = { command, ok: true, lang, at: formatMinutes(at), title: DONE[command][lang], lines };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    outcome = {
      command,
      ok: false,
      lang,
      at: formatMinutes(at),
      title: FAILED[command][lang],
      lines: [inLanguage(message, lang)],
    };
  }
  try {
    await recordOutcome(officeExcelRun(), outcome);
  } catch {
    // Shown all the same; only the pane will not find it later.
  }
  try {
    await show(outcome);
  } finally {
    event.completed();
  }
}

async function writeOutputs(event: Office.AddinCommands.Event): Promise<void> {
  await complete(event, "writeOutputs", async () => {
    const h = host();
    const signal = new AbortController().signal;
    const analysis = await h.analyze(centerNow(), () => undefined, signal);
    await h.writeOutputs(analysis, langFor(h.displayLanguage), () => undefined, signal);
    return [];
  });
}

async function createTemplate(event: Office.AddinCommands.Event): Promise<void> {
  await complete(event, "createTemplate", async () => {
    await host().createTemplate();
    return [];
  });
}

void (async () => {
  // boot-check.js has registered the commands with its supported-Excel message (old webview).
  if (window.casebookBoot?.unsupported) return;
  if (window.casebookOffice) await window.casebookOffice;
  if (typeof Office === "undefined") return;
  await Office.onReady();
  Office.actions.associate("casebookWriteOutputs", writeOutputs);
  Office.actions.associate("casebookCreateTemplate", createTemplate);
})();
