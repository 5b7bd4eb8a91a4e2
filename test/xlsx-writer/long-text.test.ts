/**
 * Cells past Excel's 32,767-character limit (issue 8): the report workbook holds each clipped with "…",
 * whether the core built the doc (a log with a 40,000-character description) or a doc arrives unclipped.
 */
import { analyze } from "../../src/core/pipeline";
import { MAX_CELL_CHARS } from "../../src/core/output/cell-text";
import type { SheetDoc } from "../../src/core/output/sheet-doc";
import { buildReport } from "../../src/core/report";
import { parseIsoMinutes } from "../../src/core/time";
import { writeWorkbook } from "../../src/xlsx-writer";
import { unescapeXml } from "../../src/workbook/xlsx/xml-text";
import { brief, CLIPPED_DESCRIPTION, LONG_DESCRIPTION, longTextInput } from "../hostile/long-text-log";
import { all, parseXml, unzipParts } from "./package-helpers";

const asOf = parseIsoMinutes("2026-10-31T17:00") as number;

/** The texts of every string cell of every worksheet part, shared strings resolved. */
function cellTexts(xlsx: Uint8Array): string[] {
  const parts = unzipParts(xlsx);
  const sst = all(parseXml(parts.get("xl/sharedStrings.xml") ?? "<sst/>"), "si").map((si) =>
    all(si, "t")
      .map((t) => t.textContent ?? "")
      .join(""),
  );
  const texts: string[] = [];
  for (const [path, text] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) continue;
    for (const c of all(parseXml(text), "c")) {
      const v = all(c, "v")[0]?.textContent;
      if (c.getAttribute("t") === "s" && v) texts.push(sst[Number(v)]);
      else if (c.getAttribute("t") === "inlineStr") texts.push(unescapeXml(all(c, "t")[0]?.textContent ?? ""));
    }
  }
  return texts;
}

describe("the report workbook with a 40,000-character description", () => {
  it.each([["zh" as const], ["en" as const]])(
    "%s: the description is clipped to the cell limit, ending in …, its emoji not split",
    async (lang) => {
      const analysis = analyze(longTextInput(), { asOf });
      // The analysis keeps the whole text: only cells are clipped.
      expect(analysis.cases.find((c) => c.id === "L-001")?.description === LONG_DESCRIPTION).toBe(true);
      const texts = cellTexts(await writeWorkbook(buildReport(analysis, { month: "2026-10" }, { lang }), { lang }));
      const descriptions = texts.filter((t) => t.startsWith("楼上漏水"));
      expect(descriptions.length).toBeGreaterThan(0);
      expect(descriptions.map(brief)).toEqual(descriptions.map(() => brief(CLIPPED_DESCRIPTION)));
      expect(descriptions.every((t) => t === CLIPPED_DESCRIPTION)).toBe(true);
      expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_CELL_CHARS);
      // Clipping keeps formula-looking text literal.
      expect(texts.includes('=HYPERLINK("http://x","y")')).toBe(true);
    },
  );
});

describe("the writer's own guard", () => {
  it("clips a doc that reaches it unclipped: title, figure, caption and table cells", async () => {
    const long = "漏".repeat(MAX_CELL_CHARS + 5);
    const clipped = "漏".repeat(MAX_CELL_CHARS - 1) + "…";
    const formulaLike = "=" + "1".repeat(MAX_CELL_CHARS + 5);
    const doc: SheetDoc = {
      name: "长文本",
      title: long,
      figures: [{ label: "说明", value: long, kind: "text", note: long }],
      tables: [
        {
          name: "Long",
          caption: long,
          columns: [
            { header: "编号", kind: "text" },
            { header: "事项内容", kind: "text" },
          ],
          rows: [
            ["A1", long],
            ["A2", formulaLike],
          ],
        },
      ],
      charts: [],
    };
    const xlsx = await writeWorkbook([doc], { lang: "zh" });
    const texts = cellTexts(xlsx);
    // Title, figure value and note, caption and the table cell (the label 说明 is short).
    expect(texts.filter((t) => t.startsWith("漏")).map(brief)).toEqual(Array(5).fill(brief(clipped)));
    expect(texts.every((t) => !t.startsWith("漏") || t === clipped)).toBe(true);
    expect(texts.includes("=" + "1".repeat(MAX_CELL_CHARS - 2) + "…")).toBe(true);
    // Still a quoted text cell, not a formula.
    const sheet = unzipParts(xlsx).get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet).not.toMatch(/<f[\s>]/);
  });
});
