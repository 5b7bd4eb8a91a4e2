/**
 * What "prints readably" means for a report, checked on LibreOffice's PDF of it: every page A4; every
 * piece of cell text set at 7 pt or more on paper (font size × print scale); on every page that shows
 * rows of a table, that table's header; no page that holds only a sheet's title (its first page shows its
 * first table or key figures too); and in the workbook, no frozen pane taller than a table's header under the
 * title lines.
 */
import type { SheetDoc } from "../../src/core/output/sheet-doc";
import { MAX_FROZEN_ROWS } from "../../src/core/output/print";
import { placeSheet } from "../../src/xlsx-writer/write-workbook";
import { all, parseXml, unzipParts } from "./package-helpers";
import { bodySize, readPdf, type PdfPage } from "./pdf";

const A4 = { long: 841.89, short: 595.3 };
const squash = (s: string): string => s.replace(/\s+/g, "");

/** The sheet a page belongs to: the page header prints the sheet's name first (&L&A). */
function sheetOfPage(page: PdfPage, names: readonly string[]): string | undefined {
  const first =
    page.text
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? "";
  return names.find((n) => first === n || first.startsWith(`${n} `));
}

export interface PrintFindings {
  pages: number;
  smallestText: number;
  smallestBody: number;
  /** Pages on which a table's rows appear, each checked for the table's header. */
  tablePagesChecked: number;
}

export function checkPrint(docs: readonly SheetDoc[], xlsx: Uint8Array, pdfPath: string): PrintFindings {
  const pages = readPdf(pdfPath);
  const names = docs.map((d) => d.name);
  let smallestText = Infinity;
  let smallestBody = Infinity;
  for (const [i, page] of pages.entries()) {
    const size = [Math.round(page.width), Math.round(page.height)].sort((a, b) => b - a);
    expect({ page: i + 1, size }).toEqual({ page: i + 1, size: [Math.round(A4.long), Math.round(A4.short)] });
    if (page.textSizes.length === 0) continue;
    const least = Math.min(...page.textSizes);
    smallestText = Math.min(smallestText, least);
    smallestBody = Math.min(smallestBody, bodySize(page));
    expect({ page: i + 1, sheet: sheetOfPage(page, names), least: least >= 6.95 }).toEqual({
      page: i + 1,
      sheet: sheetOfPage(page, names),
      least: true,
    });
  }

  // Each table's header on each page that shows its rows: rows are found by a first-column text that
  // appears nowhere else on the sheet (a case number, a company's name in one table only; not in a key
  // figure's label, nor in a table a chart draws, whose categories the chart prints again).
  let tablePagesChecked = 0;
  for (const doc of docs) {
    const sheetPages = pages.filter((p) => sheetOfPage(p, names) === doc.name);
    expect({ sheet: doc.name, pages: sheetPages.length > 0 }).toEqual({ sheet: doc.name, pages: true });
    const { print } = placeSheet(doc);
    // The title's page goes on to what the sheet holds: its key figures, else its first table's header row
    // (its leading headers side by side, which no title line holds).
    const opening =
      doc.figures?.[0]?.label ??
      doc.tables[0]?.columns
        .slice(0, Math.min(2, print.printColumns))
        .map((c) => c.header)
        .join("");
    if (opening !== undefined)
      expect({ sheet: doc.name, opening, onTitlePage: squash(sheetPages[0].text).includes(squash(opening)) }).toEqual({
        sheet: doc.name,
        opening,
        onTitlePage: true,
      });
    // Every text the sheet prints, with how often: a key must be the only text containing it.
    const texts: string[] = [
      doc.title,
      ...(doc.subtitle ?? []),
      ...(doc.figures ?? []).flatMap((f) => [f.label, f.note ?? ""]),
      ...doc.tables.flatMap((t) => [t.caption ?? "", ...t.columns.map((c) => c.header)]),
      ...doc.tables.flatMap((t) => t.rows.flatMap((r) => r.filter((v): v is string => typeof v === "string"))),
    ];
    const unique = (key: string): boolean => texts.filter((x) => x.includes(key)).length === 1;
    const charted = new Set(doc.charts.map((c) => c.table));
    for (const t of doc.tables) {
      if (charted.has(t.name)) continue;
      const headers = t.columns.slice(0, Math.min(2, print.printColumns)).map((c) => squash(c.header));
      // Every few rows is enough to meet each page (a page holds dozens of rows).
      const step = Math.max(1, Math.floor(t.rows.length / 300));
      const keys = t.rows
        .filter((_, k) => k % step === 0)
        .map((r) => r[0])
        .filter((v): v is string => typeof v === "string" && v.length >= 4 && unique(v));
      const seen = new Set<PdfPage>();
      for (const key of keys) {
        for (const page of sheetPages.filter((p) => !seen.has(p) && squash(p.text).includes(squash(key)))) {
          seen.add(page);
          const text = squash(page.text);
          for (const h of headers)
            expect({ sheet: doc.name, table: t.name, header: h, on: text.includes(h) }).toEqual({
              sheet: doc.name,
              table: t.name,
              header: h,
              on: true,
            });
        }
      }
      tablePagesChecked += seen.size;
    }
  }

  // Frozen panes: none, or the title lines and one table's header.
  const parts = unzipParts(xlsx);
  const workbook = parseXml(parts.get("xl/workbook.xml")!);
  all(workbook, "sheet").forEach((_, i) => {
    const pane = all(parseXml(parts.get(`xl/worksheets/sheet${i + 1}.xml`)!), "pane")[0];
    if (!pane) return;
    const rows = Number(pane.getAttribute("ySplit"));
    const headers = placeSheet(docs[i]).layout.tables.map((t) => t.headerRow + 1);
    expect({ sheet: docs[i].name, rows, short: rows <= MAX_FROZEN_ROWS, atHeader: headers.includes(rows) }).toEqual({
      sheet: docs[i].name,
      rows,
      short: true,
      atHeader: true,
    });
  });
  return { pages: pages.length, smallestText, smallestBody, tablePagesChecked };
}
