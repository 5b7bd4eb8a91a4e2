/**
 * Writing the add-in's own sheets (registers, compliance, scorecards) into the clerk's workbook.
 *
 * Ownership: every sheet Casebook creates carries a hidden worksheet-scoped name, `Casebook.Owned`
 * (ExcelApi 1.4). A worksheet-scoped name lives and dies with its sheet and follows it through a rename,
 * so "is this sheet ours?" is answered by the sheet itself. A re-run deletes and recreates owned sheets
 * (at the same tab position); a sheet of the same name without the mark stops the run with an
 * OwnershipError before anything is written.
 *
 * Superseded sheets: an owned sheet of another name that holds a table the docs need, under the name
 * Casebook gave it, is an earlier version of one of them — the other language's sheet after a zh ↔ en
 * switch (CB-投诉登记簿 and CB-Complaints register both hold CB_Register_Complaint). It is deleted with the
 * replaced sheets, before any sheet is added, and its tab goes to the doc that holds its table.
 *
 * Released sheets: the mark records the name the sheet was created under, so an owned sheet the manager
 * renamed (a month's register kept as 10月投诉) is told apart: the manager has taken it over. It is kept;
 * its clashing tables get free names and its mark is removed, so it is never replaced again. A copy the
 * user made gets new table names from Excel, so it clashes with nothing. A table of a needed name on a
 * sheet without the mark stops the run with a TableNameError. No other sheet is touched.
 *
 * Syncs: two checks, then the writes packed into batches under the payload target (WRITE_CHECK_SYNCS,
 * writeSyncBudget in ./payload), each with calculation and screen updating suspended.
 */
import type { SheetDoc } from "../../core/output/sheet-doc";
import { OwnershipError } from "../port";
import { suspendUntilSync, type ExcelRun } from "./excel-run";
import { jsonBytes, PAYLOAD_TARGET_BYTES } from "./payload";
import { renderSheetDoc, type CellBlock, type RenderedChart, type RenderedSheet, type RenderedTable } from "./render";
import type { Capabilities } from "./requirements";

export const OWNED_MARK = "Casebook.Owned";
/** The mark's formula: a text constant naming the sheet as created (`="Casebook"` from early versions). */
const ownedMarkFormula = (sheetName: string): string => `="Casebook|${sheetName.replace(/"/g, '""')}"`;
/** The name a marked sheet was created under, or null when the mark does not say (an early version's). */
export function createdName(markFormula: string): string | null {
  const m = /^="Casebook\|(.*)"$/s.exec(markFormula.trim());
  return m ? m[1].replace(/""/g, '"') : null;
}
const OWNED_MARK_COMMENT =
  "Casebook 创建并维护此工作表，重新运行时会替换。/ Created by Casebook; replaced on every run.";
const TABLE_STYLE = "TableStyleMedium2";
/** Request bytes of an operation besides its cell data (addresses, method names). */
const OP_OVERHEAD_BYTES = 200;
/** Points per character of a width hint (Calibri 11: 8.43 characters ≈ 48 points). */
const POINTS_PER_CHAR = 5.7;

export interface WriteSummary {
  syncs: number;
  /** Estimated request bytes of all write batches. */
  writeBytes: number;
  replaced: string[];
  created: string[];
  /** Owned sheets of other names deleted because a doc supersedes them (the other language's sheets). */
  removed: string[];
  /** Owned sheets the manager renamed, now theirs: kept, their tables renamed, their mark removed. */
  released: string[];
}

/** A table name the docs need is taken by a table on a sheet Casebook does not own. */
export class TableNameError extends Error {
  constructor(readonly tableName: string) {
    super(
      `表格名称“${tableName}”已被其他工作表使用，未写入任何内容。/ Table name "${tableName}" is used on another sheet; nothing was written.`,
    );
    this.name = "TableNameError";
  }
}

type Refs = Map<string, Excel.Worksheet>;

interface WriteOp {
  bytes: number;
  apply(context: Excel.RequestContext, refs: Refs): void;
  /** Splits off a first part of at most `maxBytes`, or null when nothing smaller is possible. */
  split?(maxBytes: number): [WriteOp, WriteOp] | null;
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

function checkDocs(docs: readonly SheetDoc[]): void {
  const seen = new Set<string>();
  for (const d of docs) {
    if (d.name.length === 0 || d.name.length > 31 || INVALID_SHEET_NAME.test(d.name) || /^'|'$/.test(d.name)) {
      throw new Error(`"${d.name}" is not a valid Excel sheet name.`);
    }
    const key = d.name.toLowerCase();
    if (seen.has(key)) throw new Error(`Two output sheets are named "${d.name}".`);
    seen.add(key);
  }
}

export async function writeOwnedSheets(
  run: ExcelRun,
  docs: readonly SheetDoc[],
  options: { caps: Capabilities; date1904: boolean },
): Promise<WriteSummary> {
  checkDocs(docs);
  const rendered = docs.map((d) => renderSheetDoc(d, options.date1904));
  return run(async (context) => {
    let syncs = 0;
    const sync = async (): Promise<void> => {
      syncs++;
      await context.sync();
    };

    // Check 1: which names are taken, and which table names exist anywhere.
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/position");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await sync();
    // Sheet names compare without case in Excel.
    const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s] as const));

    // Check 2: the ownership mark of each sheet a doc would replace, and of each sheet holding a table
    // name the docs need.
    const clashes = rendered.flatMap((r) => {
      const sheet = existing.get(r.name.toLowerCase());
      if (!sheet) return [];
      const mark = sheet.names.getItemOrNullObject(OWNED_MARK);
      mark.load("isNullObject");
      return [{ rendered: r, sheet, mark }];
    });
    const docOfTable = new Map(rendered.flatMap((r) => r.tables.map((t) => [t.name.toLowerCase(), r] as const)));
    const holders = tables.items
      .filter((t) => docOfTable.has(t.name.toLowerCase()))
      .map((t) => {
        const sheet = t.worksheet;
        sheet.load("name,position");
        const mark = sheet.names.getItemOrNullObject(OWNED_MARK);
        mark.load("isNullObject,formula");
        return { table: t.name, doc: docOfTable.get(t.name.toLowerCase()) as RenderedSheet, sheet, mark };
      });
    if (clashes.length > 0 || holders.length > 0) await sync();
    const foreign = clashes.find((c) => c.mark.isNullObject);
    if (foreign) throw new OwnershipError(foreign.sheet.name);
    const taken = holders.find((h) => h.mark.isNullObject);
    if (taken) throw new TableNameError(taken.table);

    // Each doc's old tab: its namesake's, else the first tab among the sheets it supersedes.
    const positions = new Map(clashes.map((c) => [c.rendered.name, c.sheet.position] as const));
    const replacing = new Set(clashes.map((c) => c.sheet.name.toLowerCase()));
    const superseded = new Map<string, { name: string; position: number; doc: RenderedSheet }>();
    const released = new Map<string, { name: string; tables: string[] }>();
    for (const h of holders) {
      const key = h.sheet.name.toLowerCase();
      if (replacing.has(key)) continue;
      const created = createdName(h.mark.formula);
      if (created !== null && created.toLowerCase() !== key) {
        const r = released.get(key) ?? { name: h.sheet.name, tables: [] };
        r.tables.push(h.table);
        released.set(key, r);
      } else if (!superseded.has(key)) {
        superseded.set(key, { name: h.sheet.name, position: h.sheet.position, doc: h.doc });
      }
    }
    const removed = [...superseded.values()].sort((a, b) => a.position - b.position);
    const tabs = new Map(positions);
    for (const s of removed) if (!tabs.has(s.doc.name)) tabs.set(s.doc.name, s.position);

    // Writes: every old sheet goes before any new one is added, so no table name is in use twice.
    const ops: WriteOp[] = [];
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    for (const name of docOfTable.keys()) tableNames.add(name);
    for (const r of released.values()) ops.push(releaseOp(r.name, r.tables, tableNames));
    for (const c of clashes) ops.push(deleteOp(c.sheet.name));
    for (const s of removed) ops.push(deleteOp(s.name));
    // Sheets are added at the end; the k-th may move back to its old tab, within the sheets then present.
    const remaining = existing.size - clashes.length - removed.length;
    rendered.forEach((r, k) => {
      const old = tabs.get(r.name);
      ops.push(...sheetOps(r, old === undefined ? undefined : Math.min(old, remaining + k), options.caps));
    });
    const writeBytes = ops.reduce((n, op) => n + op.bytes, 0);
    const refs: Refs = new Map();
    for (const batch of packBatches(ops, PAYLOAD_TARGET_BYTES)) {
      suspendUntilSync(context, options.caps);
      for (const op of batch) op.apply(context, refs);
      await sync();
    }
    return {
      syncs,
      writeBytes,
      replaced: clashes.map((c) => c.rendered.name),
      created: rendered.filter((r) => !positions.has(r.name)).map((r) => r.name),
      removed: removed.map((s) => s.name),
      released: [...released.values()].map((r) => r.name),
    };
  });
}

/** Groups operations into batches of at most `target` bytes, splitting big cell blocks by rows. */
export function packBatches(ops: readonly WriteOp[], target: number): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let batch: WriteOp[] = [];
  let bytes = 0;
  const queue = [...ops];
  while (queue.length > 0) {
    const op = queue.shift() as WriteOp;
    if (bytes + op.bytes <= target || (batch.length === 0 && !op.split)) {
      batch.push(op);
      bytes += op.bytes;
      continue;
    }
    const parts = op.split?.(target - bytes) ?? null;
    if (parts) {
      batch.push(parts[0]);
      queue.unshift(parts[1]);
    } else if (batch.length === 0) {
      batch.push(op); // a single row larger than the target: send it alone
    } else {
      queue.unshift(op);
    }
    batches.push(batch);
    batch = [];
    bytes = 0;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function sheetOf(refs: Refs, name: string): Excel.Worksheet {
  const ws = refs.get(name);
  if (!ws) throw new Error(`internal: sheet "${name}" used before it was created`);
  return ws;
}

/** Hands a renamed owned sheet to the manager: its tables take free names (CB_Register_Complaint_2 …). */
function releaseOp(sheet: string, tableNames: readonly string[], taken: Set<string>): WriteOp {
  const renames = tableNames.map((name) => {
    let k = 2;
    while (taken.has(`${name}_${k}`.toLowerCase())) k++;
    taken.add(`${name}_${k}`.toLowerCase());
    return [name, `${name}_${k}`] as const;
  });
  return {
    bytes: OP_OVERHEAD_BYTES * (renames.length + 1),
    apply(context) {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const [from, to] of renames) ws.tables.getItem(from).name = to;
      ws.names.getItem(OWNED_MARK).delete();
    },
  };
}

function deleteOp(name: string): WriteOp {
  return {
    bytes: OP_OVERHEAD_BYTES,
    apply(context) {
      context.workbook.worksheets.getItem(name).delete();
    },
  };
}

function sheetOps(r: RenderedSheet, position: number | undefined, caps: Capabilities): WriteOp[] {
  const ops: WriteOp[] = [
    {
      bytes: OP_OVERHEAD_BYTES * 2,
      apply(context, refs) {
        const ws = context.workbook.worksheets.add(r.name);
        if (position !== undefined) ws.position = position;
        // The mark goes on in the same batch as the sheet, so a sheet Casebook made is always marked.
        const mark = ws.names.add(OWNED_MARK, ownedMarkFormula(r.name), OWNED_MARK_COMMENT);
        mark.visible = false;
        refs.set(r.name, ws);
      },
    },
  ];
  for (const block of r.blocks) ops.push(blockOp(r.name, block));
  for (const t of r.tables) ops.push(tableOp(r.name, t, caps));
  ops.push(sheetFormatOp(r, caps));
  for (const c of r.charts) ops.push(chartOp(r.name, c));
  return ops;
}

/** Writes a block: number formats first, so a text cell receives "=…" as text, then the values. */
function blockOp(sheet: string, block: CellBlock): WriteOp {
  const rowBytes = block.values.map((row) => jsonBytes(row) + 1);
  const formatRowBytes = jsonBytes(block.formats) + 1;
  const total = rowBytes.reduce((a, b) => a + b, 0) + formatRowBytes * block.values.length + OP_OVERHEAD_BYTES;
  return {
    bytes: total,
    apply(_context, refs) {
      const ws = sheetOf(refs, sheet);
      const range = ws.getRangeByIndexes(block.row, block.column, block.values.length, block.formats.length);
      range.numberFormat = block.values.map(() => block.formats);
      range.values = block.values;
      styleRange(range, block.style);
    },
    split(maxBytes) {
      let used = OP_OVERHEAD_BYTES;
      let n = 0;
      while (n < block.values.length - 1 && used + rowBytes[n] + formatRowBytes <= maxBytes) {
        used += rowBytes[n] + formatRowBytes;
        n++;
      }
      if (n === 0) return null;
      const head: CellBlock = { ...block, values: block.values.slice(0, n) };
      const tail: CellBlock = { ...block, row: block.row + n, values: block.values.slice(n) };
      return [blockOp(sheet, head), blockOp(sheet, tail)];
    },
  };
}

function styleRange(range: Excel.Range, style: CellBlock["style"]): void {
  switch (style) {
    case "title":
      range.format.font.bold = true;
      range.format.font.size = 14;
      break;
    case "caption":
    case "header":
    case "totals":
      range.format.font.bold = true;
      break;
    case "label":
      range.getCell(0, 0).format.font.bold = true;
      break;
    default:
      break;
  }
}

const HIGHLIGHT_RED = { font: "#9C0006", fill: "#FFC7CE" };
const HIGHLIGHT_AMBER = { font: "#9C5700", fill: "#FFEB9C" };
const HIGHLIGHT_GREEN = { font: "#006100", fill: "#C6EFCE" };

function tableOp(sheet: string, t: RenderedTable, caps: Capabilities): WriteOp {
  return {
    bytes: OP_OVERHEAD_BYTES * (2 + t.highlights.length * 3),
    apply(_context, refs) {
      const ws = sheetOf(refs, sheet);
      const table = ws.tables.add(
        ws.getRangeByIndexes(t.headerRow, t.firstColumn, 1 + t.dataRows, t.columnCount),
        true,
      );
      table.name = t.name;
      table.style = TABLE_STYLE;
      if (!caps.conditionalFormats) return;
      for (const h of t.highlights) {
        const range = ws.getRangeByIndexes(t.headerRow + 1, h.column, t.dataRows, 1);
        if (h.kind === "late") {
          const cf = range.conditionalFormats.add("CellValue");
          cf.cellValue.format.font.color = HIGHLIGHT_RED.font;
          cf.cellValue.rule = { formula1: "0", operator: "GreaterThan" };
        } else if (h.kind === "status") {
          addTextHighlight(range, "Contains", ["逾期", "Overdue"], HIGHLIGHT_RED);
          addTextHighlight(range, "Contains", ["超时", "Breached"], HIGHLIGHT_RED);
          addTextHighlight(range, "Contains", ["即将到期", "Due soon"], HIGHLIGHT_AMBER);
        } else {
          addTextHighlight(range, "BeginsWith", ["A"], HIGHLIGHT_GREEN);
          addTextHighlight(range, "BeginsWith", ["D"], HIGHLIGHT_RED);
        }
      }
    },
  };
}

function addTextHighlight(
  range: Excel.Range,
  operator: "Contains" | "BeginsWith",
  texts: string[],
  colours: { font: string; fill: string },
): void {
  for (const text of texts) {
    const cf = range.conditionalFormats.add("ContainsText");
    cf.textComparison.format.font.color = colours.font;
    cf.textComparison.format.fill.color = colours.fill;
    cf.textComparison.rule = { operator, text };
  }
}

function sheetFormatOp(r: RenderedSheet, caps: Capabilities): WriteOp {
  const lastRow = Math.max(
    0,
    ...r.blocks.map((b) => b.row + b.values.length - 1),
    ...r.tables.map((t) => t.headerRow + t.dataRows),
  );
  return {
    bytes: OP_OVERHEAD_BYTES * (3 + r.widths.length),
    apply(_context, refs) {
      const ws = sheetOf(refs, r.name);
      if (r.freezeRows > 0) ws.freezePanes.freezeRows(r.freezeRows);
      ws.getRangeByIndexes(0, 0, lastRow + 1, r.columnCount).format.autofitColumns();
      for (const w of r.widths) ws.getRangeByIndexes(0, w.column, 1, 1).format.columnWidth = w.width * POINTS_PER_CHAR;
      if (caps.pageLayout) {
        ws.pageLayout.orientation = r.landscape ? "Landscape" : "Portrait";
        if (r.tables.length > 0)
          ws.pageLayout.setPrintTitleRows(`$${r.tables[0].headerRow + 1}:$${r.tables[0].headerRow + 1}`);
      }
    },
  };
}

function chartOp(sheet: string, c: RenderedChart): WriteOp {
  return {
    bytes: OP_OVERHEAD_BYTES * (3 + c.series.length * 3),
    apply(_context, refs) {
      const ws = sheetOf(refs, sheet);
      const column = (col: number) => ws.getRangeByIndexes(c.firstRow, col, c.rowCount, 1);
      const [first, ...rest] = c.series;
      if (!first) return;
      const chart = ws.charts.add(c.type, column(first.column), "Columns");
      chart.title.text = c.title;
      const s0 = chart.series.getItemAt(0);
      s0.name = first.name;
      s0.setXAxisValues(column(c.categoryColumn));
      for (const s of rest) {
        const series = chart.series.add(s.name);
        series.setValues(column(s.column));
        series.setXAxisValues(column(c.categoryColumn));
      }
      if (c.percentAxis && c.type !== "Doughnut") {
        chart.axes.valueAxis.minimum = 0;
        chart.axes.valueAxis.maximum = 1;
      }
      chart.setPosition(
        ws.getRangeByIndexes(c.row, c.column, 1, 1),
        ws.getRangeByIndexes(c.row + c.heightRows - 1, c.column + c.widthColumns - 1, 1, 1),
      );
    },
  };
}
