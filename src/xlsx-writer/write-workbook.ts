/**
 * SheetDoc[] → .xlsx bytes, in Node and in the browser (no fs: the caller saves the bytes).
 *
 * The package is written directly as SpreadsheetML and deflated part by part as it is produced. ExcelJS
 * writes no charts and took ~41 s for a 100k×25 register on this machine (issue 5 asks ≤ 3 s); this
 * writer takes ~2.4 s of CPU with Node's zlib passed as `deflateRaw`, ~4 s with the built-in fflate
 * (bench/report-writer.ts).
 */
import { totalsLabel } from "../core/output/writer-facts";
import type { ColumnKind, PlacedTable, SheetDoc, SheetLayout, TableCell } from "../core/output/sheet-doc";
import type { PrintPlan } from "../core/output/print";
import { absoluteRange, columnLetters, MAX_CHART_SERIES } from "../core/output/sheet-doc";
import { formatMinutes } from "../core/time";
import { type ChartData, chartXml } from "./chart-xml";
import { type ChartAnchor, drawingXml } from "./drawing-xml";
import { newSharedStrings, writeSharedStringsXml } from "./shared-strings";
import { writeSheetXml } from "./sheet-xml";
import { NUMBER_FORMATS, stylesXml } from "./styles";
import { lastDataRow, tableColumnNames, tableXml } from "./table-xml";
import { placeSheet } from "./place-sheet";
import { NS, REL_TYPE, type Relationship, XML_HEADER, relationshipsXml, xmlText } from "./xml";
import { type DeflateRaw, createZipSink } from "./zip-sink";

export interface WriteOptions {
  lang: "zh" | "en";
  creator?: string;
  date1904?: false;
  /** Deflate level of the built-in (fflate) deflate: 1 (default) is fast and nearly as small as 6 for sheet XML. */
  compression?: 0 | 1 | 6 | 9;
  /**
   * A native raw deflate — in Node, `nodeDeflateRaw` from ./node-deflate: about twice as fast as the
   * built-in one on a 100k-row register. The browser leaves it out.
   */
  deflateRaw?: DeflateRaw;
}

const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
} as const;

// Excel: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe.
const BAD_SHEET_NAME = /[:\\/?*[\]]|^'|'$/;
const TABLE_NAME = /^[A-Za-z_\\\u3400-\u9fff][A-Za-z0-9_.\u3400-\u9fff]*$/;
// Names Excel would read as a cell address (A1, XFD1048576) or an R1C1 reference.
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/;

/** Refuses what Excel would "repair" on opening: bad or duplicate sheet and table names, bad chart columns. */
export function validateDocs(docs: readonly SheetDoc[]): void {
  const sheets = new Set<string>();
  const tables = new Set<string>();
  if (docs.length === 0) throw new RangeError("A workbook needs at least one sheet.");
  for (const doc of docs) {
    if (doc.name.length < 1 || doc.name.length > 31 || BAD_SHEET_NAME.test(doc.name))
      throw new RangeError(`Invalid sheet name: "${doc.name}"`);
    if (sheets.has(doc.name.toLowerCase())) throw new RangeError(`Duplicate sheet name: "${doc.name}"`);
    sheets.add(doc.name.toLowerCase());
    for (const t of doc.tables) {
      if (!TABLE_NAME.test(t.name) || CELL_LIKE.test(t.name) || t.name.length > 255)
        throw new RangeError(`Invalid table name: "${t.name}"`);
      if (tables.has(t.name.toLowerCase())) throw new RangeError(`Duplicate table name: "${t.name}"`);
      tables.add(t.name.toLowerCase());
      if (t.columns.length === 0) throw new RangeError(`Table "${t.name}" has no columns`);
    }
    for (const c of doc.charts) {
      const t = doc.tables.find((x) => x.name === c.table);
      if (!t) throw new RangeError(`Chart "${c.title}" refers to a table "${c.table}" not on sheet "${doc.name}"`);
      const ok = (j: number): boolean => Number.isInteger(j) && j >= 0 && j < t.columns.length;
      if (!ok(c.categoryColumn) || c.seriesColumns.length === 0 || !c.seriesColumns.every(ok))
        throw new RangeError(`Chart "${c.title}" has columns outside table "${c.table}"`);
      if (c.seriesColumns.length > MAX_CHART_SERIES)
        throw new RangeError(`Chart "${c.title}" has more series than Excel draws (${MAX_CHART_SERIES})`);
    }
  }
}

/** A category label as the cell shows it (dates in the column's format). */
export function categoryText(v: TableCell, kind: ColumnKind): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (kind === "datetime") return formatMinutes(v).replace("T", " ");
  if (kind === "date") return formatMinutes(v).slice(0, 10);
  if (kind === "percent") return `${Number((v * 100).toFixed(1))}%`;
  return String(v);
}

/** The chart parts' data: references into the sheet plus the values they hold now. */
export function chartData(doc: SheetDoc, layout: SheetLayout, lang: "zh" | "en"): ChartData[] {
  return layout.charts.map(({ chart }) => {
    const placed = layout.tables.find((t) => t.table.name === chart.table) as PlacedTable;
    const { table, headerRow, firstDataRow, firstColumn } = placed;
    const names = tableColumnNames(table.columns.map((c) => c.header));
    const end = lastDataRow(placed);
    const count = Math.max(table.rows.length, 1);
    const column = (j: number): TableCell[] => Array.from({ length: count }, (_, i) => table.rows[i]?.[j] ?? null);
    const cc = firstColumn + chart.categoryColumn;
    const catKind = table.columns[chart.categoryColumn].kind;
    return {
      kind: chart.kind,
      title: chart.title,
      percentAxis: chart.percentAxis === true,
      categoriesRef: absoluteRange(doc.name, firstDataRow, cc, end, cc),
      categories: column(chart.categoryColumn).map((v) => categoryText(v, catKind)),
      series: chart.seriesColumns.map((j) => {
        const c = firstColumn + j;
        const kind = table.columns[j].kind;
        return {
          nameRef: absoluteRange(doc.name, headerRow, c, headerRow, c).replace(/:.*$/, ""),
          name: names[j],
          valuesRef: absoluteRange(doc.name, firstDataRow, c, end, c),
          values: column(j).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null)),
          formatCode: kind === "text" ? "General" : NUMBER_FORMATS[kind],
        };
      }),
      lang,
    };
  });
}

function contentTypesXml(overrides: readonly { part: string; type: string }[]): string {
  return (
    `${XML_HEADER}<Types xmlns="${NS.contentTypes}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`).join("") +
    "</Types>"
  );
}

export { placeSheet } from "./place-sheet";

function workbookXml(docs: readonly SheetDoc[], plans: readonly PrintPlan[]): string {
  const sheets = docs
    .map((d, i) => `<sheet name="${xmlText(d.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  // The print area (the columns that fit the page at a readable scale) and, when a table runs over pages,
  // its header row repeated on each of them — never rows of another table.
  const names = plans
    .map((p, i) => {
      const q = `'${docs[i].name.replace(/'/g, "''")}'`;
      const area = `${q}!$A$1:$${columnLetters(p.printColumns - 1)}$${p.printRows}`;
      let x = `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(area)}</definedName>`;
      if (p.repeatRows) {
        const [a, b] = p.repeatRows;
        x += `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${q}!$${a + 1}:$${b + 1}`)}</definedName>`;
      }
      return x;
    })
    .join("");
  return (
    `${XML_HEADER}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    '<workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15600" activeTab="0"/></bookViews>' +
    `<sheets>${sheets}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}<calcPr calcId="191029"/></workbook>`
  );
}

function corePropsXml(creator: string, title: string): string {
  return (
    `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(title)}</dc:title><dc:creator>${xmlText(creator)}</dc:creator><cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy></cp:coreProperties>`
  );
}

function appPropsXml(): string {
  return `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Casebook</Application><DocSecurity>0</DocSecurity></Properties>`;
}

/**
 * Writes the sheets as an .xlsx package. Every address comes from `layoutSheet`, so the Office.js writer
 * places the same cells; charts reference those cells and cache their values.
 */
export async function writeWorkbook(docs: readonly SheetDoc[], opts: WriteOptions): Promise<Uint8Array> {
  validateDocs(docs);
  const zip = createZipSink(opts.compression ?? 1, opts.deflateRaw);
  const put = (path: string, xml: string): void => zip.part(path, (emit) => emit(xml));
  const overrides: { part: string; type: string }[] = [{ part: "xl/workbook.xml", type: CT.workbook }];
  const placed = docs.map(placeSheet);
  const layouts = placed.map((p) => p.layout);
  const sst = newSharedStrings();
  let tableId = 0;
  let chartId = 0;
  let drawingId = 0;

  // [Content_Types].xml is written last, once every part is known; readers find it by name.
  docs.forEach((doc, s) => {
    const layout = layouts[s];
    const sheetRels: Relationship[] = [];
    const tableRelIds = layout.tables.map((placed) => {
      const id = ++tableId;
      const relId = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id: relId, type: REL_TYPE.table, target: `../tables/table${id}.xml` });
      put(`xl/tables/table${id}.xml`, tableXml(placed, id, placed.table.totalsLabel ?? totalsLabel(opts.lang)));
      overrides.push({ part: `xl/tables/table${id}.xml`, type: CT.table });
      return relId;
    });
    let drawingRelId: string | null = null;
    if (layout.charts.length > 0) {
      const d = ++drawingId;
      drawingRelId = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id: drawingRelId, type: REL_TYPE.drawing, target: `../drawings/drawing${d}.xml` });
      const drawingRels: Relationship[] = [];
      const data = chartData(doc, layout, opts.lang);
      const anchors: ChartAnchor[] = layout.charts.map((placed, i) => {
        const c = ++chartId;
        const relId = `rId${i + 1}`;
        drawingRels.push({ id: relId, type: REL_TYPE.chart, target: `../charts/chart${c}.xml` });
        put(`xl/charts/chart${c}.xml`, chartXml(data[i]));
        overrides.push({ part: `xl/charts/chart${c}.xml`, type: CT.chart });
        return { ...placed, relId, name: placed.chart.title || `Chart ${c}` };
      });
      put(`xl/drawings/drawing${d}.xml`, drawingXml(anchors));
      put(`xl/drawings/_rels/drawing${d}.xml.rels`, relationshipsXml(drawingRels));
      overrides.push({ part: `xl/drawings/drawing${d}.xml`, type: CT.drawing });
    }
    zip.part(`xl/worksheets/sheet${s + 1}.xml`, (emit) =>
      writeSheetXml(
        {
          doc,
          layout,
          sst,
          lang: opts.lang,
          tableRelIds,
          drawingRelId,
          selected: s === 0,
          widths: placed[s].widths,
          print: placed[s].print,
        },
        emit,
      ),
    );
    if (sheetRels.length > 0) put(`xl/worksheets/_rels/sheet${s + 1}.xml.rels`, relationshipsXml(sheetRels));
    overrides.push({ part: `xl/worksheets/sheet${s + 1}.xml`, type: CT.worksheet });
  });

  put("xl/styles.xml", stylesXml(opts.lang));
  zip.part("xl/sharedStrings.xml", (emit) => writeSharedStringsXml(sst, emit));
  overrides.push({ part: "xl/styles.xml", type: CT.styles }, { part: "xl/sharedStrings.xml", type: CT.sharedStrings });
  put(
    "xl/workbook.xml",
    workbookXml(
      docs,
      placed.map((p) => p.print),
    ),
  );
  put(
    "xl/_rels/workbook.xml.rels",
    relationshipsXml([
      ...docs.map((_, i) => ({ id: `rId${i + 1}`, type: REL_TYPE.worksheet, target: `worksheets/sheet${i + 1}.xml` })),
      { id: `rId${docs.length + 1}`, type: REL_TYPE.styles, target: "styles.xml" },
      { id: `rId${docs.length + 2}`, type: REL_TYPE.sharedStrings, target: "sharedStrings.xml" },
    ]),
  );
  put("docProps/core.xml", corePropsXml(opts.creator ?? "Casebook", docs[0].title));
  put("docProps/app.xml", appPropsXml());
  overrides.push({ part: "docProps/core.xml", type: CT.core }, { part: "docProps/app.xml", type: CT.app });
  put(
    "_rels/.rels",
    relationshipsXml([
      { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" },
      { id: "rId2", type: REL_TYPE.coreProps, target: "docProps/core.xml" },
      { id: "rId3", type: REL_TYPE.extendedProps, target: "docProps/app.xml" },
    ]),
  );
  put("[Content_Types].xml", contentTypesXml(overrides));
  return zip.finish();
}
