/**
 * The ribbon's function file (manifest: casebookWriteOutputs, casebookCreateTemplate). Each command runs
 * the same host code as the pane's buttons and always completes its event, so Excel never hangs on it.
 */
/// <reference types="office-js" />
import { createExcelHost } from "../host/excel-host";
import { langFor } from "../host/locale";
import { localNow } from "../host/now";

function host() {
  return createExcelHost({
    displayLanguage: Office.context.displayLanguage ?? "zh-CN",
    theme: "light",
    services: async () => (await import("../host/excel-services")).loadExcelServices(),
  });
}

async function complete(event: Office.AddinCommands.Event, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    // A function command has no UI of its own; the pane shows details when the user opens it.
    console.error(e);
  } finally {
    event.completed();
  }
}

async function writeOutputs(event: Office.AddinCommands.Event): Promise<void> {
  await complete(event, async () => {
    const h = host();
    const signal = new AbortController().signal;
    const analysis = await h.analyze(localNow(), () => undefined, signal);
    await h.writeOutputs(analysis, langFor(h.displayLanguage), () => undefined, signal);
  });
}

async function createTemplate(event: Office.AddinCommands.Event): Promise<void> {
  await complete(event, () => host().createTemplate());
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
