/** The sheet documents the core builds never hold a text longer than an Excel cell takes (32,767 units). */
import { analyze } from "../../../src/core/pipeline";
import { MAX_CELL_CHARS } from "../../../src/core/output/cell-text";
import type { SheetDoc } from "../../../src/core/output/sheet-doc";
import { buildReport, buildWorkbookSheets } from "../../../src/core/report";
import { parseIsoMinutes } from "../../../src/core/time";
import { brief, CLIPPED_CUSTOMER, CLIPPED_DESCRIPTION, FULL_NOTES, longTextInput } from "../../hostile/long-text-log";

const asOf = parseIsoMinutes("2026-10-31T17:00") as number;

function textsOf(doc: SheetDoc): string[] {
  const out = [doc.title, ...(doc.subtitle ?? [])];
  for (const f of doc.figures ?? []) out.push(f.label, ...(typeof f.value === "string" ? [f.value] : []), f.note ?? "");
  for (const t of doc.tables) {
    out.push(t.caption ?? "", ...t.columns.map((c) => c.header));
    for (const r of t.rows) for (const v of r) if (typeof v === "string") out.push(v);
  }
  return out;
}

describe("sheet documents of a log with cells past the limit", () => {
  const analysis = analyze(longTextInput(), { asOf });

  it.each([["zh" as const], ["en" as const]])("%s: the owned sheets show the description and customer clipped, a text at the limit whole", (lang) => {
    const texts = buildWorkbookSheets(analysis, lang).flatMap(textsOf);
    expect(Math.max(...texts.map((t) => t.length))).toBe(MAX_CELL_CHARS);
    expect(texts.filter((t) => t.startsWith("楼上漏水")).map(brief)).toEqual([brief(CLIPPED_DESCRIPTION)]);
    expect(texts.filter((t) => t.startsWith("楼上漏水"))[0] === CLIPPED_DESCRIPTION).toBe(true);
    expect(texts.includes(CLIPPED_CUSTOMER)).toBe(true);
    expect(texts.includes(FULL_NOTES)).toBe(true);
  });

  it("the report's sheets too (masked by default: the long name is shortened before it is clipped)", () => {
    const texts = buildReport(analysis, { month: "2026-10" }, { lang: "zh" }).flatMap(textsOf);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_CELL_CHARS);
    const descriptions = texts.filter((t) => t.startsWith("楼上漏水"));
    expect(descriptions.length).toBeGreaterThan(0);
    expect(descriptions.every((t) => t === CLIPPED_DESCRIPTION)).toBe(true);
  });
});
