/**
 * Every SheetDoc the report model makes is something Excel opens without "repairs": valid, unique sheet and
 * table names workbook-wide, charts over existing tables and numeric columns, rows as wide as their columns,
 * cells of the column's kind. Checked on each report and the owned sheets, and through the real .xlsx writer.
 */
import { strFromU8, unzipSync } from "fflate";
import type { SheetDoc } from "../../../src/core/output/sheet-doc";
import { buildReport, buildWorkbookSheets } from "../../../src/core/report";
import { validateDocs, writeWorkbook } from "../../../src/xlsx-writer";
import { analysis, PHONES } from "./fixture";

const a = analysis();
const sets: [string, SheetDoc[]][] = [];
for (const lang of ["zh", "en"] as const) {
  sets.push([`month ${lang}`, buildReport(a, { month: "2026-10" }, { lang })]);
  sets.push([`year ${lang}`, buildReport(a, { year: 2026 }, { lang })]);
  sets.push([`empty ${lang}`, buildReport(a, { month: "2030-01" }, { lang })]);
  sets.push([`workbook ${lang}`, buildWorkbookSheets(a, lang)]);
}

const NUMERIC = new Set(["integer", "number", "percent", "money"]);

describe.each(sets)("%s", (_, docs) => {
  test("sheet names: 1–31 characters, none of []:*?/\\, no edge apostrophe, unique ignoring case", () => {
    for (const d of docs) {
      expect(d.name.length).toBeGreaterThan(0);
      expect(d.name.length).toBeLessThanOrEqual(31);
      expect(d.name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(new Set(docs.map((d) => d.name.toLowerCase())).size).toBe(docs.length);
  });

  test("table names: ASCII identifiers, not cell addresses, unique in the workbook", () => {
    const names = docs.flatMap((d) => d.tables.map((t) => t.name));
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(n).not.toMatch(/^(?:[A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  test("rows as wide as the columns, cells of the column's kind, unique headers", () => {
    for (const d of docs) {
      for (const t of d.tables) {
        expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length);
        for (const r of t.rows) {
          expect(r.length).toBe(t.columns.length);
          r.forEach((cell, j) => {
            const kind = t.columns[j].kind;
            if (kind === "text") expect(typeof cell === "string" || cell === null).toBe(true);
            else expect(cell === null || (typeof cell === "number" && Number.isFinite(cell))).toBe(true);
            if (kind === "percent" && typeof cell === "number") expect(cell >= 0 && cell <= 1).toBe(true);
          });
        }
      }
    }
  });

  test("charts: over a table of the same sheet, a text category column and numeric series", () => {
    for (const d of docs) {
      for (const c of d.charts) {
        const t = d.tables.find((x) => x.name === c.table);
        expect(t?.name).toBe(c.table);
        expect(t!.columns[c.categoryColumn].kind).toBe("text");
        expect(c.seriesColumns.length).toBeGreaterThan(0);
        for (const j of c.seriesColumns) expect(NUMERIC.has(t!.columns[j].kind)).toBe(true);
        expect(t!.rows.length).toBeGreaterThan(0);
        if (c.percentAxis) for (const j of c.seriesColumns) expect(t!.columns[j].kind).toBe("percent");
      }
    }
  });

  test("the .xlsx writer takes them as they are", async () => {
    expect(() => validateDocs(docs)).not.toThrow();
    const bytes = await writeWorkbook(docs, { lang: "zh" });
    const parts = unzipSync(bytes);
    const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets.length).toBe(docs.length);
    expect(Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length).toBe(
      docs.reduce((n, d) => n + d.charts.length, 0),
    );
  });
});

test("the owned sheets are prefixed so they never clash with the clerk's", () => {
  for (const lang of ["zh", "en"] as const) {
    const docs = buildWorkbookSheets(a, lang);
    for (const d of docs) expect(d.name.startsWith("CB-")).toBe(true);
    for (const t of docs.flatMap((d) => d.tables)) expect(t.name.startsWith("CB_")).toBe(true);
  }
});

test("no phone number of the log in any part of the written default report", async () => {
  for (const period of [{ month: "2026-10" }, { year: 2026 }]) {
    const parts = unzipSync(await writeWorkbook(buildReport(a, period, { lang: "zh" }), { lang: "zh" }));
    const xml = Object.values(parts).map((p) => strFromU8(p));
    for (const phone of PHONES) {
      const re = new RegExp(`(?<!\\d)${phone.split("").join("[-\\s\\u3000－.]*")}(?!\\d)`);
      expect(xml.filter((x) => re.test(x))).toEqual([]);
    }
  }
});
