/**
 * What a meeting gets on paper: on every sheet of the sample's monthly and year-end reports and of each
 * property company's pack, and of the sheets written into the clerk's workbook, in both languages, every column of every table that holds rows lies inside the print area, at the plan's scale of
 * 70 % or more. The registers are the one exception by design (print.ts): a case's 30-odd columns stay on the
 * sheet and the paper gets the leading ones, which the register's builder puts first.
 */
import { join } from "node:path";
import type { Analysis } from "../../src/core/analysis";
import { MIN_SCALE } from "../../src/core/output/print";
import { analyze } from "../../src/core/pipeline";
import {
  buildCompanyPack,
  buildReport,
  buildWorkbookSheets,
  packCompanies,
  type ReportPeriod,
} from "../../src/core/report";
import type { SheetDoc } from "../../src/core/output/sheet-doc";
import { parseIsoMinutes } from "../../src/core/time";
import { readXlsxFile } from "../../src/workbook/xlsx/node-file";
import { placeSheet } from "../../src/xlsx-writer/write-workbook";

const sample = join(__dirname, "..", "..", "assets", "sample", "case-log.xlsx");
let analysis: Analysis;
beforeAll(async () => {
  analysis = analyze(await readXlsxFile(sample), { asOf: parseIsoMinutes("2026-12-31T20:00")! });
});

/** The registers: one row per case, a column per field, wider than any page by design. */
const REGISTERS = /(^|_)Register_/;

const reports: [string, ReportPeriod][] = [
  ["September", { month: "2026-09" }],
  ["October", { month: "2026-10" }],
  ["the year 2026", { year: 2026 }],
];

/** Tables (sheet / table / header) with a column outside the print area, and how many tables were checked. */
function columnsOffPaper(
  docs: readonly SheetDoc[],
  wideByDesign: RegExp = REGISTERS,
  leading = 8,
): { outside: string[]; checked: number } {
  const outside: string[] = [];
  let checked = 0;
  for (const doc of docs) {
    const { layout, print } = placeSheet(doc);
    expect({ sheet: doc.name, readable: print.scale >= MIN_SCALE * 100 }).toEqual({ sheet: doc.name, readable: true });
    for (const { table, firstColumn } of layout.tables) {
      if (table.rows.length === 0) continue;
      if (wideByDesign.test(table.name)) {
        // Such a table's paper: its leading columns (a register's case number, when it came and what followed).
        expect({ table: table.name, printColumns: print.printColumns >= leading }).toEqual({
          table: table.name,
          printColumns: true,
        });
        continue;
      }
      checked++;
      table.columns.forEach((c, j) => {
        if (firstColumn + j >= print.printColumns) outside.push(`${doc.name} / ${table.name} / ${c.header}`);
      });
    }
  }
  return { outside, checked };
}

describe.each(reports)("the sample's report for %s", (_, period) => {
  it.each(["zh", "en"] as const)("%s: every column of every table with rows prints, at 70 %% or more", (lang) => {
    const { outside, checked } = columnsOffPaper(buildReport(analysis, period, { lang }));
    expect(outside).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});

it.each(["zh", "en"] as const)(
  "%s: the sheets written into the clerk's workbook (CB-) print every column of every table with rows too",
  (lang) => {
    // The clerk's scorecard tables hold every KPI's value and numerator/denominator, a column each, for filtering
    // in Excel: data like a register's, wider than a page; their rank, company, score, grade and change print.
    const wide = /(^|_)(Register_|Scorecard_Year$|Scorecard_Monthly$)/;
    const { outside, checked } = columnsOffPaper(buildWorkbookSheets(analysis, lang), wide, 5);
    expect(outside).toEqual([]);
    // The compliance sheet's two tables and the scorecards' trend at least.
    expect(checked).toBeGreaterThanOrEqual(3);
  },
);

describe.each(["2026-09", "2026-10"])("the property companies' packs for %s", (month) => {
  it.each(["zh", "en"] as const)("%s: every column of every table with rows prints, at 70 %% or more", (lang) => {
    const companies = packCompanies(analysis, month);
    expect(companies.length).toBeGreaterThan(1);
    for (const company of companies) {
      const { outside, checked } = columnsOffPaper(buildCompanyPack(analysis, month, company, { lang }));
      expect({ company, outside }).toEqual({ company, outside: [] });
      expect(checked).toBeGreaterThan(3);
    }
  });
});

it("the data issues and compliance sheets print whole: the reasons and explanations a dispute needs", () => {
  for (const lang of ["zh", "en"] as const) {
    const docs = buildReport(analysis, { month: "2026-09" }, { lang });
    for (const name of lang === "zh" ? ["时限合规", "数据问题"] : ["Compliance", "Data issues"]) {
      const doc = docs.find((d) => d.name === name)!;
      const widest = Math.max(...doc.tables.map((t) => t.columns.length));
      expect({ name, printColumns: placeSheet(doc).print.printColumns }).toEqual({ name, printColumns: widest });
    }
  }
});
