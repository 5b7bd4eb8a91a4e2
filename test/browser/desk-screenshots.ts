/**
 * The README's pictures of the clerk's desk: the preview of the production build on the bundled sample at
 * 320 px (the narrowest task pane), in zh-CN and en-US — the top of the desk (今日待办) and the new-case
 * form as a clerk fills it in (the keyword that proposed the category, a doubtful phone number, the repeat
 * alert and the deadlines the case will run). Taken by test/browser/desk.test.ts and scripts/screenshots.ts.
 */
import { SAMPLE_AS_OF_TEXT } from "../../src/host/sample";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { paneUrl } from "./harness";

export const DESK_WIDTH = 320;

/** A complaint on a unit with a complaint received four days earlier in the sample (the repeat alert). */
export const DESK_EXAMPLE = {
  community: "滨海一号",
  unit: "6-1-1902",
  description: { "zh-CN": "客厅墙体裂缝又变宽了，已多次反映", "en-US": "客厅墙体裂缝又变宽了，已多次反映" },
  phone: "8866 1234",
  customer: "陈先生",
} as const;

export async function openDesk(
  page: Page,
  origin: string,
  lang: string,
  params: Record<string, string> = {},
): Promise<void> {
  await page.goto(paneUrl(origin, { lang, view: "desk", ...params }));
  await page.getByTestId("desk-today").waitFor({ timeout: 60_000 });
}

/**
 * The pictures are taken at the sample's own instant (after its last case, so no time in the log lies ahead),
 * with a complaint on a unit that had one three days before (the repeat alert).
 */
const PICTURE_AS_OF = SAMPLE_AS_OF_TEXT;
const PICTURE_EXAMPLE = { ...DESK_EXAMPLE, community: "海悦华庭", unit: "4-2-1201", phone: "0532 8866" } as const;

type Example = Omit<typeof DESK_EXAMPLE, "community" | "unit" | "phone"> & {
  community: string;
  unit: string;
  phone: string;
};

/** Fills the new-case form with the example (the 责任单位 by its code, the rest as typed). */
export async function fillExample(page: Page, lang: "zh-CN" | "en-US", example: Example = DESK_EXAMPLE): Promise<void> {
  await page.getByTestId("desk-new-customer").fill(example.customer);
  await page.getByTestId("desk-new-phone").fill(example.phone);
  await page.getByTestId("desk-new-community").fill(example.community);
  await page.getByTestId("desk-new-unit").fill(example.unit);
  await page.getByTestId("desk-new-description").fill(example.description[lang]);
  await page.getByTestId("desk-new-responsible").selectOption("property");
}

/** Writes desk-<lang>.png and desk-new-<lang>.png into `outDir`; returns the files. */
export async function takeDeskScreenshots(browser: Browser, origin: string, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const lang of ["zh-CN", "en-US"] as const) {
    const context = await browser.newContext({
      viewport: { width: DESK_WIDTH, height: 1100 },
      deviceScaleFactor: 1,
      locale: lang,
    });
    try {
      const page = await context.newPage();
      await openDesk(page, origin, lang, { asOf: PICTURE_AS_OF });
      const top = join(outDir, `desk-${lang}.png`);
      await page.screenshot({ path: top, fullPage: false });
      await fillExample(page, lang, PICTURE_EXAMPLE);
      await page.getByTestId("desk-new-repeats").waitFor();
      const form = join(outDir, `desk-new-${lang}.png`);
      await page.getByTestId("desk-new").screenshot({ path: form });
      written.push(top, form);
    } finally {
      await context.close();
    }
  }
  return written;
}
