/**
 * The JSON document writes each entry with its explanation as text made by hand (json.ts complianceText,
 * deadlines/explain explanationText), the parts many entries share written from text made once. It must be
 * the text JSON.stringify gives, character for character: checked for every entry of the sample, with its
 * pauses, in both languages, at an instant that leaves clocks running.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/pipeline";
import { analysisExplainer, explanationText } from "../../../src/core/deadlines";
import { jsonChunks, toJsonDocument } from "../../../src/core/json";
import { parseIsoMinutes } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";

const sample = readXlsx(new Uint8Array(readFileSync(join(__dirname, "../../../assets/sample/case-log.xlsx"))));

describe("explanations written as text", () => {
  it("are JSON.stringify's text of every entry and its explanation", () => {
    for (const [iso, lang] of [
      ["2026-12-31T20:00", "zh"],
      ["2026-03-18T10:30", "en"],
    ] as const) {
      const a = analyze(sample, { asOf: parseIsoMinutes(iso)! });
      const explain = analysisExplainer(a);
      for (const e of a.compliance) {
        const x = explain(e);
        expect(explanationText(x)).toBe(JSON.stringify(x));
      }
      const lines = [...jsonChunks(a, lang)].join("").split("\n");
      const first = lines.indexOf('  "compliance": [') + 1;
      const want = toJsonDocument(a, lang).compliance.map((c) => JSON.stringify(c));
      expect(want.length).toBeGreaterThan(1000);
      expect(lines.slice(first, first + want.length).map((l) => l.trim().replace(/,$/, ""))).toEqual(want);
    }
  });
});
