/**
 * The ribbon's function file (manifest: casebookWriteOutputs, casebookCreateTemplate). Each command runs
 * the same host code as the pane's buttons (command-run.ts) and always completes its event, so Excel never
 * hangs on it: what it did is recorded in the workbook (the pane reads it when opened) and shown in a dialog,
 * and the event completes when the user closes the dialog.
 */
/// <reference types="office-js" />
import { createExcelHost } from "../host/excel-host";
import { centerNow } from "../host/now";
import { outcomeDialogUrl, type CommandOutcome } from "../workbook/office/command-outcome";
import { officeExcelRun } from "../workbook/office/excel-run";
import { completeCommand, createTemplateWork, writeOutputsWork, type CommandContext } from "./command-run";

const services = async () => (await import("../host/excel-services")).loadExcelServices();

function host() {
  return createExcelHost({ displayLanguage: Office.context.displayLanguage ?? "zh-CN", theme: "light", services });
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

function context(): CommandContext {
  return { run: officeExcelRun(), displayLanguage: Office.context.displayLanguage ?? "zh-CN", now: centerNow, show };
}

async function writeOutputs(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await completeCommand(context(), "writeOutputs", async () =>
      writeOutputsWork({ inputSize: async () => (await services()).inputSize(), host: host() }, centerNow()),
    );
  } finally {
    event.completed();
  }
}

async function createTemplate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await completeCommand(context(), "createTemplate", () =>
      createTemplateWork(host(), Office.context.displayLanguage ?? "zh-CN"),
    );
  } finally {
    event.completed();
  }
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
