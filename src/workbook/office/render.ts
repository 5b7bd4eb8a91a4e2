/**
 * A SheetDoc turned into what the Office.js writer sends: blocks of cells with their number formats,
 * table and chart placements, widths, the frozen rows and the print plan. Pure, and placed through the
 * .xlsx writer's `placeSheet`, so an owned sheet and the .xlsx report's sheet put every cell in the same
 * place and print alike.
 */
import { NUMBER_FORMATS, summedColumns, totalsLabel, totalsLabelColumn } from "../../core/output/writer-facts";
import type { PrintPlan } from "../../core/output/print";
import {
  type ChartKind,
  type ColumnKind,
  type Highlight,
  type SheetDoc,
  type TableBlock,
  type TableCell,
} from "../../core/output/sheet-doc";
import { columnLetters } from "../../core/output/sheet-doc";
import { clipCellText } from "../../core/output/cell-text";
import { toExcelSerial } from "../../core/time";
import { placeSheet } from "../../xlsx-writer/place-sheet";

export type CellStyle = "title" | "subtitle" | "label" | "caption" | "header" | "data" | "totals";

/** A rectangle of cells written in one go; `formats[c]` applies to every row of column c. */
export interface CellBlock {
  row: number;
  column: number;
  values: (string | number)[][];
  formats: string[];
  style: CellStyle;
}

export interface RenderedTable {
  name: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  /** Data rows inside the table (at least one, blank when the table has no rows). */
  dataRows: number;
  highlights: { column: number; kind: Highlight }[];
}

export interface RenderedChart {
  type: ExcelChartType;
  title: string;
  percentAxis: boolean;
  /** Rows of the series/categories: the table's data rows. */
  firstRow: number;
  rowCount: number;
  categoryColumn: number;
  series: { column: number; name: string }[];
  row: number;
  column: number;
  widthColumns: number;
  heightRows: number;
}

export interface RenderedSheet {
  name: string;
  blocks: CellBlock[];
  tables: RenderedTable[];
  charts: RenderedChart[];
  /** Rows to freeze (the print plan's: at most a lone table's header), 0 for none. */
  freezeRows: number;
  /** Columns used, for autofit. */
  columnCount: number;
  /** Explicit widths in characters, by column; `wrap` when the column's text wraps within it. */
  widths: { column: number; width: number; wrap: boolean }[];
  landscape: boolean;
  /** How the sheet prints (A4, scale, print area, page breaks, repeated header): the .xlsx writer's plan. */
  print: PrintPlan;
  /** The widths (in characters) the plan counted on, by column: the printed columns are set to them. */
  printWidths: number[];
}

export type ExcelChartType = "ColumnClustered" | "ColumnStacked" | "BarClustered" | "LineMarkers" | "Doughnut";

export const CHART_TYPES: Record<ChartKind, ExcelChartType> = {
  column: "ColumnClustered",
  "stacked-column": "ColumnStacked",
  bar: "BarClustered",
  line: "LineMarkers",
  doughnut: "Doughnut",
};

export { NUMBER_FORMATS };

/**
 * The value Excel should receive for a cell of this kind. Text is always a string (its cell is formatted
 * "@" first, so "=HYPERLINK(…)" stays text); a string landing in a non-text cell that would parse as a
 * formula gets Excel's text prefix. Text is clipped to Excel's cell limit here too, whoever built the doc:
 * one over-long cell makes Excel refuse the whole batch.
 */
export function cellValue(value: TableCell, kind: ColumnKind, date1904: boolean): string | number {
  if (value === null) return "";
  if (kind === "text") return clipCellText(String(value));
  if (typeof value === "number") {
    if (kind === "datetime" || kind === "date") return toExcelSerial(value, date1904);
    return value;
  }
  const text = clipCellText(value);
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

export function renderSheetDoc(doc: SheetDoc, date1904: boolean): RenderedSheet {
  const { layout, widths: printWidths, print } = placeSheet(doc);
  const blocks: CellBlock[] = [];
  const text = (row: number, value: string, style: CellStyle): CellBlock => ({
    row,
    column: 0,
    values: [[clipCellText(value)]],
    formats: ["@"],
    style,
  });

  blocks.push(text(layout.titleRow, doc.title, "title"));
  (doc.subtitle ?? []).forEach((line, i) => blocks.push(text(layout.subtitleRows[i], line, "subtitle")));
  (doc.figures ?? []).forEach((f, i) => {
    const values: (string | number)[] = [clipCellText(f.label), cellValue(f.value, f.kind, date1904)];
    const formats = ["@", NUMBER_FORMATS[f.kind]];
    if (f.note !== undefined) {
      values.push(clipCellText(f.note));
      formats.push("@");
    }
    blocks.push({ row: layout.figureRows[i], column: 0, values: [values], formats, style: "label" });
  });

  const tables: RenderedTable[] = [];
  const byName = new Map<string, RenderedTable>();
  for (const placed of layout.tables) {
    const t = placed.table;
    const c0 = placed.firstColumn;
    if (t.caption !== undefined) blocks.push({ ...text(placed.headerRow - 1, t.caption, "caption"), column: c0 });
    blocks.push({
      row: placed.headerRow,
      column: c0,
      values: [t.columns.map((c) => clipCellText(c.header))],
      formats: t.columns.map(() => "@"),
      style: "header",
    });
    const formats = t.columns.map((c) => NUMBER_FORMATS[c.kind]);
    if (t.rows.length > 0) {
      const values = t.rows.map((r) => t.columns.map((c, j) => cellValue(r[j] ?? null, c.kind, date1904)));
      blocks.push({ row: placed.firstDataRow, column: c0, values, formats, style: "data" });
    }
    const dataRows = Math.max(t.rows.length, 1);
    if (t.totals) blocks.push(totalsBlock(t, placed.firstDataRow, dataRows, c0));
    const rendered: RenderedTable = {
      name: t.name,
      headerRow: placed.headerRow,
      firstColumn: c0,
      columnCount: t.columns.length,
      dataRows,
      highlights: t.columns.flatMap((c, j) => (c.highlight ? [{ column: c0 + j, kind: c.highlight }] : [])),
    };
    tables.push(rendered);
    byName.set(t.name, rendered);
  }

  const charts: RenderedChart[] = [];
  for (const placed of layout.charts) {
    const spec = placed.chart;
    const table = byName.get(spec.table);
    const source = doc.tables.find((t) => t.name === spec.table);
    if (!table || !source)
      throw new Error(`chart "${spec.title}" names table "${spec.table}", which is not on sheet "${doc.name}"`);
    charts.push({
      type: CHART_TYPES[spec.kind],
      title: spec.title,
      percentAxis: spec.percentAxis === true,
      firstRow: table.headerRow + 1,
      rowCount: table.dataRows,
      categoryColumn: table.firstColumn + spec.categoryColumn,
      series: spec.seriesColumns.map((j) => ({ column: table.firstColumn + j, name: source.columns[j].header })),
      row: placed.row,
      column: placed.column,
      widthColumns: placed.widthColumns,
      heightRows: placed.heightRows,
    });
  }

  const widthByColumn = new Map<number, { width: number; wrap: boolean }>();
  for (const placed of layout.tables) {
    placed.table.columns.forEach((c, j) => {
      if (c.width === undefined) return;
      const before = widthByColumn.get(placed.firstColumn + j);
      widthByColumn.set(placed.firstColumn + j, {
        width: Math.max(before?.width ?? 0, c.width),
        wrap: (before?.wrap ?? false) || c.wrap === true,
      });
    });
  }
  return {
    name: doc.name,
    blocks,
    tables,
    charts,
    freezeRows: print.freezeRows,
    columnCount: Math.max(layout.widthColumns, ...blocks.map((b) => b.column + b.formats.length)),
    widths: [...widthByColumn].map(([column, w]) => ({ column, ...w })),
    landscape: print.landscape,
    print,
    printWidths,
  };
}

function totalsBlock(table: TableBlock, firstDataRow: number, dataRows: number, c0: number): CellBlock {
  const summed = summedColumns(table);
  const values = table.columns.map((_, j) => {
    if (!summed[j]) return "";
    const col = columnLetters(c0 + j);
    return `=SUM(${col}${firstDataRow + 1}:${col}${firstDataRow + dataRows})`;
  });
  const formats = table.columns.map((c, j) => (summed[j] ? NUMBER_FORMATS[c.kind] : "General"));
  const label = totalsLabelColumn(table);
  if (label !== null) {
    values[label] = table.totalsLabel ?? totalsLabel("zh");
    formats[label] = "@";
  }
  return { row: firstDataRow + dataRows, column: c0, values: [values], formats, style: "totals" };
}
