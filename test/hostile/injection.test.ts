/**
 * No injection (issue 8 item 3): text from the log is never written as a formula — not into the report
 * workbook, not into the sheets the add-in writes through Office.js.
 */
import { strFromU8, unzipSync } from "fflate";
import { analyze } from "../../src/core/pipeline";
import { buildReport, buildWorkbookSheets } from "../../src/core/report";
import { parseIsoMinutes } from "../../src/core/time";
import { writeWorkbook } from "../../src/xlsx-writer";
import { createOfficeWorkbookPort } from "../../src/workbook/office";
import { unescapeXml } from "../../src/workbook/xlsx/xml-text";
import { createStrictExcel } from "../workbook/office/strict-excel";
import { HOSTILE, hostileInput, hostileRows } from "./hostile-log";

const asOf = parseIsoMinutes("2026-10-31T17:00") as number;

interface XmlCell {
  part: string;
  ref: string;
  type: string | null;
  formula: string | null;
  text: string | null;
}

/** Every cell of every worksheet part, with its formula and its text (shared or inline strings resolved). */
function cellsOf(xlsx: Uint8Array): { cells: XmlCell[]; formulaElements: number } {
  const files = unzipSync(xlsx);
  const sst = [...strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array()).matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => unescapeXml([...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const cells: XmlCell[] = [];
  let formulaElements = 0;
  for (const [part, bytes] of Object.entries(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part)) continue;
    const xml = strFromU8(bytes);
    formulaElements += (xml.match(/<f[\s>]/g) ?? []).length;
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /t="(\w+)"/.exec(m[2])?.[1] ?? null;
      const inner = m[3] ?? "";
      const f = /<f[^>]*>([^<]*)<\/f>/.exec(inner);
      const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([^<]*)<\/t>/.exec(inner)?.[1];
      const text =
        type === "s" && v !== undefined
          ? sst[Number(v)]
          : type === "inlineStr" && inline !== undefined
            ? unescapeXml(inline)
            : type === "str" && v !== undefined
              ? unescapeXml(v)
              : null;
      cells.push({ part, ref: m[1], type, formula: f ? unescapeXml(f[1]) : null, text });
    }
  }
  return { cells, formulaElements };
}

describe("the report workbook (buildReport + writeWorkbook)", () => {
  it.each([["zh" as const], ["en" as const]])(
    "%s: no formula but the writer's own totals; every hostile text stored as literal text",
    async (lang) => {
      const analysis = analyze(hostileInput(), { asOf });
      expect(analysis.cases).toHaveLength(HOSTILE.length * 2);
      const xlsx = await writeWorkbook(buildReport(analysis, { month: "2026-10" }, { lang, masked: false }), { lang });
      const { cells, formulaElements } = cellsOf(xlsx);
      const formulas = cells.filter((c) => c.formula !== null);
      // Every <f> element is in a cell (none hides elsewhere in the sheet XML) and is a table total.
      expect(formulas).toHaveLength(formulaElements);
      expect(formulas.length).toBeGreaterThan(0);
      for (const c of formulas) expect(c.formula).toMatch(/^SUBTOTAL\(109,[A-Za-z_][\w.]*\[\[?[^\]"]*\]\]?\)$/);
      // The texts arrive in the cells as themselves, in string cells, never as formula results.
      for (const text of HOSTILE) {
        const holding = cells.filter((c) => c.text === text);
        expect({ text, found: holding.length > 0 }).toEqual({ text, found: true });
        for (const c of holding) expect([c.type, c.formula]).toEqual(["s", null]);
      }
      // No cell anywhere holds a hostile text with a leading quote added or stripped other than as written.
      expect(cells.some((c) => c.text === "=quoted")).toBe(false);
    },
  );
});

describe("the owned sheets written through Office.js (strict fake)", () => {
  it("store every hostile text as text: '@' format in force when the value lands, no formula, value exactly as written", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: hostileRows() }] });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const analysis = analyze(await port.readSheets(), { asOf });
    const docs = buildWorkbookSheets(analysis, "zh");
    await port.writeOwnedSheets(docs);
    const owned = excel.model.sheets.filter((s) => s.name !== "案件登记");
    expect(owned.map((s) => s.name)).toEqual(docs.map((d) => d.name));
    const seen = new Map<string, number>();
    for (const sheet of owned) {
      sheet.values.forEach((row, r) =>
        row?.forEach((v, c) => {
          if (typeof v !== "string" || !HOSTILE.includes(v)) return;
          seen.set(v, (seen.get(v) ?? 0) + 1);
          const key = `${r},${c}`;
          // The fake turns a string into a formula (or strips a leading ') unless the cell is "@" when the value is set.
          expect({
            v,
            formula: sheet.formulas.has(key),
            format: sheet.formats.get(key) ?? sheet.columnFormats.get(c),
          }).toEqual({ v, formula: false, format: "@" });
        }),
      );
      // The only formulas in owned sheets are the adapter's own totals.
      for (const key of sheet.formulas) {
        const [r, c] = key.split(",").map(Number);
        expect(String(sheet.values[r][c])).toMatch(/^=SUBTOTAL\(109,/);
      }
    }
    // Each text is shown in the registers (description, customer, community, unit, notes, status columns).
    for (const text of HOSTILE) expect({ text, shown: (seen.get(text) ?? 0) >= 2 }).toEqual({ text, shown: true });
  });
});
