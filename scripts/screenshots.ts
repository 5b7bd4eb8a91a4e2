/**
 * Screenshots of the pane for the README → docs/img/pane-{zh-CN,en-US}.png and pane-charts-*.png (see
 * test/browser/screenshots.ts), and of the clerk's desk → desk-*.png, desk-new-*.png (test/browser/desk-screenshots.ts);
 * the browser tests take the same ones.
 * Run: npx tsx scripts/screenshots.ts (builds dist/ first when it is missing).
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { ensureBuilt, launchChromium, ROOT, serveDist } from "../test/browser/harness";
import { takeScreenshots } from "../test/browser/screenshots";
import { takeDeskScreenshots } from "../test/browser/desk-screenshots";

async function main(): Promise<void> {
  ensureBuilt();
  const outDir = join(ROOT, "docs/img");
  mkdirSync(outDir, { recursive: true });
  const served = await serveDist();
  const browser = await launchChromium();
  try {
    for (const file of await takeScreenshots(browser, served.origin, outDir)) console.log(file);
    for (const file of await takeDeskScreenshots(browser, served.origin, outDir)) console.log(file);
  } finally {
    await browser.close();
    await served.close();
  }
}

void main();
