/**
 * How a sheet prints on A4, worked out from its layout and column widths, so that whoever opens the
 * workbook prints readable pages without touching the page setup:
 * - a fixed print scale of at least MIN_SCALE (11 pt cells print at 7.7 pt or more);
 * - a print area over the leading columns that fit at that scale (a register keeps every column on the
 *   sheet, the paper gets the first ones: the builders put what a reader needs first);
 * - landscape only when portrait would shrink the area;
 * - manual page breaks so that no chart, key-figure block or short table is cut across pages;
 * - the header row of the one table that runs over several pages repeated on each of them;
 * - a frozen pane only when it holds no more than the title lines and a table's header.
 * Pure: both writers can follow the same plan.
 */
import { CHART_HEIGHT_ROWS, type SheetDoc, type SheetLayout } from "./sheet-doc";
import { wrappedLines } from "./text-width";

/** A4 in points, less the writer's margins (0.4" each side, 0.6" top and bottom with the header and footer). */
export const A4 = {
  portrait: { width: 595.3 - 57.6, height: 841.9 - 86.4 },
  landscape: { width: 841.9 - 57.6, height: 595.3 - 86.4 },
} as const;

/** Share of the page width a print area may fill: the last column never spills for a rounding. */
const FIT_MARGIN = 0.98;
/** Smallest print scale: 11 pt body text prints at 7.7 pt (the floor is 7 pt on paper). */
export const MIN_SCALE = 0.7;
/**
 * Points one unit of column width takes on paper at 100 %. Measured on LibreOffice's PDF of a report
 * (its substitute for 等线 is wider than Excel's Calibri/等线, ~5.3 pt), so a plan that fits LibreOffice fits Excel.
 */
export const POINTS_PER_WIDTH_UNIT = 7.0;
/** Row height the writers leave to the default (15 pt), and the title row's (16 pt bold). */
export const ROW_POINTS = 15;
export const TITLE_ROW_POINTS = 21;
/** Share of the page's height a plan fills, for rows that print a little taller than the default. */
const HEIGHT_SAFETY = 0.9;
/** A frozen pane never holds more rows than this (title, subtitle lines, caption, header). */
export const MAX_FROZEN_ROWS = 8;

export interface PrintPlan {
  landscape: boolean;
  /** Print scale in percent (10–100). */
  scale: number;
  /** Columns [0, printColumns) print. */
  printColumns: number;
  /** Rows [0, printRows) print. */
  printRows: number;
  /** 0-based rows that start a new page (a manual break above each). */
  breaksBefore: number[];
  /** 0-based first and last row repeated at the top of every page, or null. */
  repeatRows: [number, number] | null;
  /** Rows frozen at the top of the window, 0 for none. */
  freezeRows: number;
}

/** A block that must not be cut: [first row, end row) — end exclusive. */
interface Block {
  first: number;
  end: number;
  /** Long tables may run over pages; their header then repeats. */
  table?: { headerRow: number };
}

/** A chart's size on paper at 100 %: eight default columns by CHART_HEIGHT_ROWS default rows. */
export const CHART_POINTS = { width: 384, height: CHART_HEIGHT_ROWS * 15 } as const;
/** Charts stand beside the tables only when the sheet still prints at this scale with them. */
const CHARTS_BESIDE_MIN_SCALE = 0.8;

/** Points the leading `count` columns take at 100 %, charts beside the tables counted at their own width. */
function spanPoints(layout: SheetLayout, widths: readonly number[], defaultWidth: number, count: number): number {
  const beside = layout.charts.filter((ch) => ch.column > 0 && ch.column < count);
  const end = beside.length > 0 ? Math.min(...beside.map((ch) => ch.column)) : count;
  let units = 0;
  for (let c = 0; c < end; c++) units += widths[c] ?? defaultWidth;
  return units * POINTS_PER_WIDTH_UNIT + (beside.length > 0 ? CHART_POINTS.width : 0);
}

/** Columns the sheet spans: its widest table, and the charts beside it. */
function columnCount(layout: SheetLayout, widths: readonly number[]): number {
  let n = Math.max(layout.widthColumns, widths.length);
  for (const ch of layout.charts) n = Math.max(n, ch.column + 1);
  return n;
}

/** Whether the charts may stand beside the tables (else the writer lays them out below). */
export function chartsFitBeside(layout: SheetLayout, widths: readonly number[], defaultWidth: number): boolean {
  const points = spanPoints(layout, widths, defaultWidth, columnCount(layout, widths));
  return points <= A4.landscape.width / CHARTS_BESIDE_MIN_SCALE;
}

/** Rows of wrapping columns (ColumnSpec.wrap) taller than one line, with their height: the writers' heights. */
function wrappedRowPoints(layout: SheetLayout, widths: readonly number[], defaultWidth: number): Map<number, number> {
  const tall = new Map<number, number>();
  for (const { table, headerRow, firstDataRow, firstColumn } of layout.tables) {
    const wrapping = table.columns.flatMap((c, j) => (c.wrap ? [j] : []));
    if (wrapping.length === 0) continue;
    const note = (row: number, values: readonly (string | number | null)[]): void => {
      let lines = 1;
      for (const j of wrapping) {
        const v = values[j];
        if (typeof v === "string") lines = Math.max(lines, wrappedLines(v, widths[firstColumn + j] ?? defaultWidth));
      }
      if (lines > 1) tall.set(row, lines * ROW_POINTS);
    };
    note(
      headerRow,
      table.columns.map((c) => c.header),
    );
    table.rows.forEach((values, i) => note(firstDataRow + i, values));
  }
  return tall;
}

/** @param widths Column widths in character units, as the writer sets them (missing = `defaultWidth`). */
export function planPrint(
  doc: SheetDoc,
  layout: SheetLayout,
  widths: readonly number[],
  defaultWidth: number,
): PrintPlan {
  const widestPage = doc.landscape === false ? A4.portrait : A4.landscape;
  const widest = (widestPage.width * FIT_MARGIN) / MIN_SCALE;
  let printColumns = columnCount(layout, widths);
  while (printColumns > 1 && spanPoints(layout, widths, defaultWidth, printColumns) > widest) printColumns--;
  const points = spanPoints(layout, widths, defaultWidth, printColumns);
  const landscape = doc.landscape === false ? false : points > A4.portrait.width;
  const page = landscape ? A4.landscape : A4.portrait;
  // Whole percent, rounded down, a little under the exact fit so the last column never spills.
  const scale = Math.max(10, Math.min(100, Math.floor((page.width / points) * FIT_MARGIN * 100)));

  const tall = wrappedRowPoints(layout, widths, defaultWidth);
  const rowPoints = (r: number): number => (r === layout.titleRow ? TITLE_ROW_POINTS : (tall.get(r) ?? ROW_POINTS));
  const height = (first: number, end: number): number => {
    let h = 0;
    for (let r = first; r < end; r++) h += rowPoints(r);
    return h;
  };
  const pagePointsAt = (percent: number): number => (page.height * HEIGHT_SAFETY) / (percent / 100);

  const blocks: Block[] = [];
  const head = [layout.titleRow, ...layout.subtitleRows, ...layout.figureRows];
  blocks.push({ first: 0, end: Math.max(...head) + 1 });
  for (const t of layout.tables) {
    const first = t.table.caption !== undefined ? t.headerRow - 1 : t.headerRow;
    blocks.push({ first, end: t.endRow, table: { headerRow: t.headerRow } });
  }
  for (const ch of layout.charts) {
    if (ch.column >= printColumns) continue;
    blocks.push({ first: ch.row, end: ch.row + ch.heightRows });
  }
  blocks.sort((a, b) => a.first - b.first || b.end - a.end);
  // Blocks that overlap (a chart beside a table) travel together.
  const merged: Block[] = [];
  for (const b of blocks) {
    const last = merged[merged.length - 1];
    if (last && b.first < last.end) {
      last.end = Math.max(last.end, b.end);
      if (b.table && !last.table) last.table = b.table;
    } else merged.push({ ...b });
  }

  // A title without key figures stays with the block under it: no page holds only a title. When the title
  // and that block fit one page only at a smaller scale (never under MIN_SCALE), the sheet prints at that
  // scale, so the table stays whole; else the block starts under the title and runs onto the next page.
  const bareTitle = layout.figureRows.length === 0 && merged.length > 1;
  let printScale = scale;
  if (bareTitle) {
    const opening = height(0, merged[1].end);
    const alone = height(merged[1].first, merged[1].end);
    if (alone <= pagePointsAt(scale) && opening > pagePointsAt(scale)) {
      const fitting = Math.floor((page.height * HEIGHT_SAFETY * 100) / opening);
      if (fitting >= MIN_SCALE * 100) printScale = fitting;
    }
  }
  const pagePoints = pagePointsAt(printScale);

  const breaksBefore: number[] = [];
  let repeatRows: [number, number] | null = null;
  // Points used on the current page, and where the previous block ended.
  let used = 0;
  let previousEnd = 0;
  for (const [i, b] of merged.entries()) {
    const gap = used > 0 ? height(previousEnd, b.first) : 0;
    const h = height(b.first, b.end);
    // A block that fits a page starts a new one rather than be cut; a table longer than a page starts where
    // it is unless the page is mostly used (its header then repeats on the pages it runs onto).
    const afterTitle = bareTitle && i === 1;
    const long = h > pagePoints || (afterTitle && used + gap + h > pagePoints);
    if (used > 0 && !afterTitle && used + gap + (long ? pagePoints / 4 : h) > pagePoints) {
      breaksBefore.push(b.first);
      used = 0;
    }
    if (long) {
      // Runs over pages: its header repeats (one range per sheet, the first such table's).
      if (b.table && repeatRows === null) repeatRows = [b.table.headerRow, b.table.headerRow];
      used = (used + h) % pagePoints;
    } else used += (used > 0 ? gap : 0) + h;
    previousEnd = b.end;
  }

  const printRows = Math.max(...merged.map((b) => b.end));
  // Freeze the header of a sheet that is one long table under its title, never a whole block of figures.
  const firstTable = layout.tables[0];
  const freezeRows =
    firstTable &&
    layout.figureRows.length === 0 &&
    firstTable.headerRow + 1 <= MAX_FROZEN_ROWS &&
    layout.tables.length === 1
      ? firstTable.headerRow + 1
      : 0;
  return { landscape, scale: printScale, printColumns, printRows, breaksBefore, repeatRows, freezeRows };
}
