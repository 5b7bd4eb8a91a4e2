/**
 * Screenshots of the pane for the README: the preview of the production build on the bundled sample,
 * 400 px wide (a task pane's width), in zh-CN and en-US → docs/img/pane-zh-CN.png, docs/img/pane-en-US.png.
 * Run: npx tsx scripts/screenshots.ts (builds dist/ first when it is missing).
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { ensureBuilt, launchChromium, paneUrl, ROOT, serveDist } from "../test/browser/harness";

export async function takeScreenshots(outDir = join(ROOT, "docs/img")): Promise<string[]> {
  ensureBuilt();
  mkdirSync(outDir, { recursive: true });
  const served = await serveDist();
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const lang of ["zh-CN", "en-US"]) {
      const context = await browser.newContext({ viewport: { width: 400, height: 1400 }, deviceScaleFactor: 1, locale: lang });
      const page = await context.newPage();
      await page.goto(paneUrl(served.origin, { lang }));
      await page.getByTestId("tiles").waitFor({ timeout: 30_000 });
      for (const chart of ["chart-category", "chart-rules", "chart-scores", "chart-trend"]) {
        await page.locator(`[data-testid="${chart}"][data-chart-state="drawn"]`).waitFor({ timeout: 30_000 });
      }
      const file = join(outDir, `pane-${lang}.png`);
      // The top of the pane: what the manager sees on opening it (header, filters, tiles, late list).
      await page.screenshot({ path: file, fullPage: false });
      written.push(file);
      const charts = join(outDir, `pane-charts-${lang}.png`);
      await page.getByTestId("charts").screenshot({ path: charts });
      written.push(charts);
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return written;
}

if (require.main === module) {
  void takeScreenshots().then((files) => files.forEach((f) => console.log(f)));
}
