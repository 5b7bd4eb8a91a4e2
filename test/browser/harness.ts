/**
 * What the browser tests, the pane bench and the screenshot script share: the production build (built
 * when dist/ is missing), a tiny static server for it on 127.0.0.1, and Debian's headless Chromium.
 */
import { execFileSync } from "child_process";
import { createReadStream, existsSync, statSync } from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, resolve, sep } from "path";
import { chromium, type Browser } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");

/** Builds the production bundle when there is none (a build takes a minute or two on this machine). */
export function ensureBuilt(): void {
  if (existsSync(join(DIST, "taskpane.html")) && existsSync(join(DIST, "assets/sample/case-log.xlsx"))) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".css": "text/css",
};

export interface Served {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(dir = DIST): Promise<Served> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * Debian's Chromium, as the headless shell (package chromium-headless-shell: the same Chromium build
 * without the browser's own UI, which is what Playwright itself runs for headless). The full `chromium`
 * binary in headless mode still builds its invisible browser window, and on every new context preloads the
 * address bar's popup (chrome://omnibox-popup.top-chrome, a renderer of its own: about 1.7 s of CPU on
 * this 2-core machine while the pane loads). Office's webview has no address bar. CHROMIUM_PATH picks
 * another binary; the full browser is the fallback where the shell is not installed.
 */
export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const FULL_CHROMIUM = "/usr/bin/chromium";

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM);
}

export function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The pane's URL in the preview, with the as-of instant pinned so figures do not depend on today. */
export function paneUrl(origin: string, params: Record<string, string> = {}): string {
  const q = new URLSearchParams({ asOf: "2026-10-31T17:00", ...params });
  return `${origin}/taskpane.html?${q}`;
}
