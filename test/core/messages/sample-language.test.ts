/**
 * The sample's warnings, as the JSON gives them, in each language: Chinese without ASCII punctuation or English
 * words, English without Chinese. Cell reasons (the detail of `cell.kept`, parse/cells.ts) are still Chinese
 * text and are left out of the English check until they become messages too.
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

  it("says them in English without Chinese", () => {
    const own = en.warnings.filter((_, i) => en.warningIds[i] !== "cell.kept");
    expect(own.length).toBeGreaterThan(0);
    for (const w of own) expect(w).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });
});
