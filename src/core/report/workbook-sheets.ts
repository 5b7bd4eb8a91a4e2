/**
 * The sheets Casebook owns in the clerk's workbook (DESIGN §5): the four registers of the whole log, the
 * compliance sheet and the scorecards. Sheet names carry the "CB-" prefix and table names "CB_", so they
 * never clash with the clerk's own sheets and tables. Not masked: the workbook is the center's own, and
 * already holds every phone number.
 */
import type { Analysis } from "../analysis";
import type { Lang } from "../labels";
import { CATEGORIES } from "../model";
import { clipSheetText } from "../output";
import type { SheetDoc } from "../output";
import { complianceSheet, LIVE_EXCEPTIONS } from "./compliance-sheet";
import { makeContext } from "./context";
import { registerSheet } from "./register-sheet";
import { workbookScorecardSheet } from "./scorecard-sheet";
import { texts } from "./text";

export function buildWorkbookSheets(analysis: Analysis, lang: Lang): SheetDoc[] {
  const ctx = makeContext(analysis, lang, null, {
    masked: false,
    tablePrefix: "CB_",
    sheetPrefix: texts(lang).ownedPrefix,
  });
  return [
    ...CATEGORIES.map((c) => registerSheet(ctx, c)),
    complianceSheet(ctx, LIVE_EXCEPTIONS),
    workbookScorecardSheet(ctx),
  ].map(clipSheetText);
}
