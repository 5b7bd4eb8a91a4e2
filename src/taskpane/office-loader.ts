/**
 * Loaded in the head of taskpane.html (after preview-boot.js) and commands.html (a file, not inline: the CSP forbids inline script).
 * Inside Office, office.js must come from Microsoft's CDN; in the preview and the tests it comes from the
 * copy in this build, so a page opened outside Office never asks anything of another origin.
 * The pane's bundle waits on `window.casebookOffice` before touching Office.
 */
import { insideOffice } from "./inside-office";

declare global {
  interface Window {
    /** Resolves with where office.js came from, or "none" when it failed to load. */
    casebookOffice?: Promise<"cdn" | "local" | "none">;
    /** Known at once: the preview need not wait for office.js at all. */
    casebookOfficeSource?: "cdn" | "local";
    /** Set by boot-check.js (ES5, the first script of every page). */
    casebookBoot?: { unsupported: boolean };
  }
}

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL = "office-js/office.js";

const source: "cdn" | "local" = insideOffice() ? "cdn" : "local";
window.casebookOfficeSource = source;
// office.js removes history.replaceState/pushState (Office hosts lack them); the preview keeps them, so
// the URL can remember the chosen language.
const saved = { replaceState: window.history.replaceState, pushState: window.history.pushState };
window.casebookOffice = new Promise((resolve) => {
  // In a webview too old for the pane boot-check.js shows its message (and loads office.js itself for
  // the ribbon), should this script parse there at all.
  if (window.casebookBoot?.unsupported) {
    resolve("none");
    return;
  }
  const load = (): void => {
    const script = document.createElement("script");
    script.src = source === "cdn" ? CDN : LOCAL;
    script.onload = () => {
      if (source === "local") Object.assign(window.history, saved);
      resolve(source);
    };
    script.onerror = () => resolve("none");
    document.head.appendChild(script);
  };
  if (source === "cdn") {
    load();
    return;
  }
  // The preview does not use Office; office.js (and its 170 KB host map) waits until the tiles are shown.
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    load();
  };
  window.addEventListener("casebook:ready", once, { once: true });
  setTimeout(once, 10_000);
});
