/**
 * The README's pictures of the pane: the preview of the production build on the bundled sample, 400 px
 * wide (a task pane's width), in zh-CN and en-US — the top of the pane (header, filters, tiles, late
 * list) and its charts. The browser test takes them on every run (into a temporary folder, or into
 * docs/img with UPDATE_SCREENSHOTS=1); scripts/screenshots.ts takes them on their own.
 */
import { join } from "path";
import type { Browser } from "playwright-core";
import { SAMPLE_AS_OF_TEXT } from "../../src/host/sample";
import { paneUrl } from "./harness";

export const SCREENSHOT_LANGS = ["zh-CN", "en-US"] as const;
const CHART_IDS = ["chart-category", "chart-rules", "chart-scores", "chart-trend"] as const;

/** Writes pane-<lang>.png and pane-charts-<lang>.png into `outDir`; returns the files, in that order per language. */
export async function takeScreenshots(browser: Browser, origin: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const lang of SCREENSHOT_LANGS) {
    const context = await browser.newContext({ viewport: { width: 400, height: 1400 }, deviceScaleFactor: 1, locale: lang });
    try {
      const page = await context.newPage();
      // At the sample's own instant, as a newcomer first sees it (every case has happened by then).
      await page.goto(paneUrl(origin, { lang, asOf: SAMPLE_AS_OF_TEXT }));
      await page.getByTestId("tiles").waitFor({ timeout: 30_000 });
      for (const chart of CHART_IDS) {
        await page.locator(`[data-testid="${chart}"][data-chart-state="drawn"]`).waitFor({ timeout: 30_000 });
      }
      const top = join(outDir, `pane-${lang}.png`);
      // The top of the pane: what the manager sees on opening it.
      await page.screenshot({ path: top, fullPage: false });
      const charts = join(outDir, `pane-charts-${lang}.png`);
      await page.getByTestId("charts").screenshot({ path: charts });
      written.push(top, charts);
    } finally {
      await context.close();
    }
  }
  return written;
}
