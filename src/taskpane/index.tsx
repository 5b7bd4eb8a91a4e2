/** Entry of taskpane.html: picks the host (Excel or preview), the language and the theme, and renders the pane. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { PaneHost } from "../host/pane-host";
import { createExcelHost } from "../host/excel-host";
import { createPreviewHost } from "../host/preview-host";
import { createI18n, langFor } from "./i18n";
import { asOfFrom, previewAsOf } from "../host/now";
import { SAMPLE_PATH } from "../host/sample";
import type { LocalMinutes } from "../core/time";
import { isDarkColour, previewTheme } from "./theme";
import { WORKER_URL } from "../host/worker/protocol";

const SAMPLE = SAMPLE_PATH;

/** Only a same-origin workbook may be named by `?sample=` (nothing leaves the machine). */
function sampleUrl(params: URLSearchParams): string {
  const asked = params.get("sample");
  if (!asked) return SAMPLE;
  try {
    const url = new URL(asked, window.location.href);
    return url.origin === window.location.origin ? url.pathname + url.search : SAMPLE;
  } catch {
    return SAMPLE;
  }
}

async function chooseHost(params: URLSearchParams): Promise<PaneHost> {
  const source = window.casebookOfficeSource === "cdn" && window.casebookOffice ? await window.casebookOffice : "none";
  if (source === "cdn" && typeof Office !== "undefined") {
    const info = await Office.onReady();
    if (info.host === Office.HostType.Excel) {
      return createExcelHost({
        displayLanguage: Office.context.displayLanguage ?? "zh-CN",
        theme: isDarkColour(Office.context.officeTheme?.bodyBackgroundColor) ? "dark" : "light",
        services: async () => (await import("../host/excel-services")).loadExcelServices(),
        // The pipeline runs beside the pane, not in it: a big log must not freeze it.
        worker: typeof Worker !== "undefined" ? () => new Worker(WORKER_URL) : undefined,
      });
    }
  }
  const preview = createPreviewHost({
    sampleUrl: sampleUrl(params),
    now: previewAsOf(window.location.search),
    displayLanguage: params.get("lang") ?? navigator.language,
    theme: previewTheme(window.location.search, window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false),
  });
  preview.prefetch();
  return preview;
}

async function main(): Promise<void> {
  // boot-check.js has shown the supported-Excel message instead (old webview).
  if (window.casebookBoot?.unsupported) return;
  // bench/pane.ts's breakdown: when the pane's bundle has been parsed and starts running.
  performance.mark?.("casebook:pane-script");
  const params = new URLSearchParams(window.location.search);
  const host = await chooseHost(params);
  const preview = host.kind === "preview";
  const asOf: LocalMinutes = preview ? previewAsOf(window.location.search) : asOfFrom(window.location.search);
  // The preview of the bundled sample is judged at the sample's own instant: say so beside the time.
  const sampleClock = preview && !params.has("asOf") && !params.has("sample");
  const i18n = createI18n(langFor(host.displayLanguage));
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <App
      host={host}
      i18n={i18n}
      asOf={asOf}
      sampleClock={sampleClock}
      initialView={params.get("view") === "desk" ? "desk" : "kpi"}
      onLanguage={(lang) => {
        if (host.kind !== "preview") return;
        const url = new URL(window.location.href);
        url.searchParams.set("lang", lang);
        window.history.replaceState(null, "", url);
      }}
    />,
  );
}

void main();
