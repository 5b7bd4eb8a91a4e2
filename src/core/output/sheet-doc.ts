/**
 * A sheet to be written, as plain data: titled blocks of key figures, Excel tables and native charts.
 *
 * Both writers render the same SheetDoc — the .xlsx report writer (src/xlsx-writer) and the Office.js
 * adapter writing owned sheets into the clerk's workbook (src/workbook/office) — so a register looks the
 * same in the report and in Excel, and both place cells through `layoutSheet` below.
 */
import type { LocalMinutes } from "../time";

/**
 * How a column's values are stored and shown. `datetime`/`date` values are LocalMinutes and become
 * Excel serial dates; `percent` values are fractions (0.95); `text` is always written as text, never a formula.
 */
export type ColumnKind = "text" | "integer" | "number" | "percent" | "datetime" | "date" | "money";

/** Conditional highlight a writer applies to a column (colours are the writer's). */
export type Highlight = "grade" | "status" | "late";

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Character width hint; writers fit to content when absent. */
  width?: number;
  /**
   * The header and text cells wrap within `width`: a long explanation or a long header (a company's name
   * over its trend) takes two lines instead of pushing the table's last columns off the printed page.
   */
  wrap?: boolean;
  highlight?: Highlight;
}

export type TableCell = string | number | null;

export interface TableBlock {
  /** Excel table name: letters, digits, underscore; unique in the workbook. */
  name: string;
  /** Caption written in the row above the table, if any. */
  caption?: string;
  columns: ColumnSpec[];
  rows: TableCell[][];
  /** Add a totals row (sum of numeric columns) — used for counts, never for percentages. */
  totals?: boolean;
  /** The totals row's label in the sheet's language (writer-facts `totalsLabel`); 合计 when absent. */
  totalsLabel?: string;
}

export type ChartKind = "column" | "stacked-column" | "bar" | "line" | "doughnut";

/** Most series one Excel chart can draw; a chart over more must pick which to show. */
export const MAX_CHART_SERIES = 255;

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** Name of a TableBlock on the same sheet whose rows feed the chart. */
  table: string;
  /** Column index (in that table) of the category labels. */
  categoryColumn: number;
  /** Column indexes of the series (at most MAX_CHART_SERIES); each series is named by its column header. */
  seriesColumns: number[];
  /** Percent axis (0–100 %) for ratio charts. */
  percentAxis?: boolean;
}

export interface KeyFigure {
  label: string;
  value: TableCell;
  kind: ColumnKind;
  note?: string;
}

export interface SheetDoc {
  name: string;
  title: string;
  /** Lines under the title: period, as-of, data notes. */
  subtitle?: string[];
  figures?: KeyFigure[];
  tables: TableBlock[];
  charts: ChartSpec[];
  /** Landscape print with repeated header rows; default true. */
  landscape?: boolean;
}

/** Where a block landed on the sheet (0-based row/column offsets from A1). */
export interface PlacedTable {
  table: TableBlock;
  /** Row of the header row. */
  headerRow: number;
  /** Row of the first data row. */
  firstDataRow: number;
  /** Row after the last data row (or after the totals row). */
  endRow: number;
  firstColumn: number;
}

export interface PlacedChart {
  chart: ChartSpec;
  /** Top-left cell and size in cells. */
  row: number;
  column: number;
  widthColumns: number;
  heightRows: number;
}

export interface SheetLayout {
  titleRow: number;
  subtitleRows: number[];
  /** Row of the first key figure; figures are label/value pairs in columns A/B. */
  figureRows: number[];
  tables: PlacedTable[];
  charts: PlacedChart[];
  /** Widest table, in columns. */
  widthColumns: number;
}

export const CHART_WIDTH_COLUMNS = 8;
export const CHART_HEIGHT_ROWS = 14;

/**
 * Places the title, subtitle lines, key figures and tables top to bottom, one blank row between blocks,
 * and the charts stacked to the right of the first table — or, when `chartsBelow` (a sheet too wide to
 * print with them beside), under it. Pure, so both writers agree on addresses.
 */
export function layoutSheet(doc: SheetDoc, opts: { chartsBelow?: boolean } = {}): SheetLayout {
  let row = 0;
  const titleRow = row++;
  const subtitleRows = (doc.subtitle ?? []).map(() => row++);
  if (row > 1) row++;
  const figureRows = (doc.figures ?? []).map(() => row++);
  if (figureRows.length > 0) row++;
  const tables: PlacedTable[] = [];
  // Charts stand next to the first table, or under it (`chartsBelow`); the tables after it start below
  // them, so a page break between tables never cuts a chart.
  const chartRows = doc.charts.length * (CHART_HEIGHT_ROWS + 1);
  let belowRow = row;
  for (const table of doc.tables) {
    if (table.caption !== undefined) row++;
    const headerRow = row;
    const firstDataRow = headerRow + 1;
    const endRow = firstDataRow + Math.max(table.rows.length, 1) + (table.totals ? 1 : 0);
    tables.push({ table, headerRow, firstDataRow, endRow, firstColumn: 0 });
    row = endRow + 1;
    if (tables.length === 1 && chartRows > 0) {
      belowRow = row;
      row = opts.chartsBelow ? row + chartRows : Math.max(row, headerRow + chartRows);
    }
  }
  const widthColumns = Math.max(2, ...doc.tables.map((t) => t.columns.length));
  const chartColumn = opts.chartsBelow ? 0 : widthColumns + 1;
  const firstChartRow = opts.chartsBelow
    ? belowRow
    : tables.length > 0
      ? tables[0].headerRow
      : figureRows.length > 0
        ? figureRows[0]
        : 2;
  const charts = doc.charts.map((chart, i) => ({
    chart,
    row: firstChartRow + i * (CHART_HEIGHT_ROWS + 1),
    column: chartColumn,
    widthColumns: CHART_WIDTH_COLUMNS,
    heightRows: CHART_HEIGHT_ROWS,
  }));
  return { titleRow, subtitleRows, figureRows, tables, charts, widthColumns };
}

/** 0-based column index → Excel letters (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/column → "A1". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Sheet-qualified absolute reference, quoted as Excel requires: 'Sheet name'!$A$2:$A$9. */
export function absoluteRange(sheet: string, r1: number, c1: number, r2: number, c2: number): string {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  return `${q}!$${columnLetters(c1)}$${r1 + 1}:$${columnLetters(c2)}$${r2 + 1}`;
}

/** Value a datetime column carries. */
export type DateCell = LocalMinutes;
