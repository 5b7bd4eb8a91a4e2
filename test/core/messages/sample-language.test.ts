/**
 * The sample's warnings and rejected rows, as the JSON gives them, in each language: Chinese without ASCII
 * punctuation or English words, English without Chinese. A cell issue's warning (`cell.kept`) and a rejected
 * row name the clerk's column and value as written: those are left out before the English is judged.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonDocument } from "../../../src/core/json";
import { analyze } from "../../../src/core/pipeline";
import { parseIsoMinutes } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));
const analysis = analyze(sample, { asOf: parseIsoMinutes("2026-10-31T17:00")! });
const zh = toJsonDocument(analysis, "zh");
const en = toJsonDocument(analysis, "en");

describe("the sample's warnings in the chosen language", () => {
  it("has warnings to check, with one id each", () => {
    expect(zh.warnings.length).toBeGreaterThan(0);
    expect(zh.warningIds).toEqual(en.warningIds);
    expect(zh.warningIds).toHaveLength(zh.warnings.length);
  });

  it("says them in Chinese with full-width punctuation and no English words (Excel error values such as #N/A are the cell's)", () => {
    for (const w of zh.warnings) {
      expect(w).toMatch(/[\u4e00-\u9fff]/);
      expect(w.replace(/\d:\d\d/g, "")).not.toMatch(/[,:;()!?]/);
      expect(w.replace(/#[A-Z/0!?]+/g, "")).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  /** The clerk's words a row's reason quotes: its column and value, longest first. */
  const clerk = [...analysis.cellIssues, ...analysis.rejected]
    .flatMap((r) => [r.column, r.value])
    .filter((w) => w !== "")
    .sort((x, y) => y.length - x.length);
  const withoutClerk = (t: string): string => clerk.reduce((s, w) => s.split(w).join(""), t);

  it("says them in English without Chinese, cell issues included", () => {
    expect(en.warningIds).toContain("cell.kept");
    for (const w of en.warnings) expect(withoutClerk(w)).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });

  it("gives each rejected row's reason in the chosen language", () => {
    expect(en.rejected.length).toBeGreaterThan(0);
    expect(en.rejected.map((r) => r.reason)).not.toEqual(zh.rejected.map((r) => r.reason));
    for (const r of en.rejected)
      expect(withoutClerk(r.reason)).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    for (const r of zh.rejected) expect(r.reason).toMatch(/^第 \d+ 行 /);
    for (const r of en.rejected) expect(r.reason).toMatch(/^Row \d+, /);
  });
});
