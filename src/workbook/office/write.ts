/**
 * Writing the add-in's own sheets (registers, compliance, scorecards) into the clerk's workbook.
 *
 * Ownership: every sheet Casebook creates carries a hidden worksheet-scoped name, `Casebook.Owned`
 * (ExcelApi 1.4). A worksheet-scoped name lives and dies with its sheet and follows it through a rename,
 * so "is this sheet ours?" is answered by the sheet itself. A re-run replaces owned sheets (at the same
 * tab position); a sheet of the same name without the mark stops the run with an OwnershipError before
 * anything is written, and so do a protected workbook structure, a VeryHidden or protected sheet to
 * replace, each with its own message.
 *
 * Never half-written: the new sheets are written first, beside the old ones, under staging names; the
 * last batch deletes the old sheets and renames the new ones. Excel takes or refuses a batch whole, so a
 * failure at any batch leaves the old set (the staged sheets are removed), and success the new set.
 *
 * Superseded sheets: an owned sheet of another name that holds a table the docs need, under the name
 * Casebook gave it, is an earlier version of one of them — the other language's sheet after a zh ↔ en
 * switch (CB-投诉登记簿 and CB-Complaints register both hold CB_Register_Complaint). It is deleted with the
 * replaced sheets, and its tab goes to the doc that holds its table.
 *
 * Released sheets: the mark records the name the sheet was created under, so an owned sheet the manager
 * renamed (a month's register kept as 10月投诉) is told apart: the manager has taken it over. It is kept;
 * its clashing tables get free names and its mark is removed, so it is never replaced again. A copy the
 * user made gets new table names from Excel, so it clashes with nothing. A table of a needed name on a
 * sheet without the mark stops the run with a TableNameError. No other sheet is touched.
 *
 * Syncs: two checks, then the writes packed into batches under the payload target (WRITE_CHECK_SYNCS,
 * writeSyncBudget in ./payload), each with calculation and screen updating suspended; a batch Excel
 * refuses as too large is sent again in halves.
 */
import { cellAddress, columnLetters, type SheetDoc } from "../../core/output/sheet-doc";
import { highlightRules } from "../../core/output/highlight";
import { TABLE_CELL_VERTICAL, TONE_COLOURS, type Tone } from "../../core/output/writer-facts";
import type { Lang } from "../../core/labels";
import { OwnershipError } from "../port";
import { SaidError } from "../phrases";
import { OFFICE_PHRASES } from "./messages";
import { suspendUntilSync, type ExcelRun } from "./excel-run";
import { isPayloadSizeError, jsonBytes, PAYLOAD_TARGET_BYTES } from "./payload";
import { renderSheetDoc, type CellBlock, type RenderedChart, type RenderedSheet, type RenderedTable } from "./render";
import type { Capabilities } from "./requirements";

export const OWNED_MARK = "Casebook.Owned";
/** A sheet being built under a staging name; it loses this mark (and its staging name) in the swap. */
export const STAGED_MARK = "Casebook.Staged";
export const STAGED_PREFIX = "CB~staged~";
const stagedTableName = (name: string): string => `${name}_staged`;
/** The mark's formula: a text constant naming the sheet as created (`="Casebook"` from early versions). */
const ownedMarkFormula = (sheetName: string): string => `="Casebook|${sheetName.replace(/"/g, '""')}"`;
/** The name a marked sheet was created under, or null when the mark does not say (an early version's). */
export function createdName(markFormula: string): string | null {
  const m = /^="Casebook\|(.*)"$/s.exec(markFormula.trim());
  return m ? m[1].replace(/""/g, '"') : null;
}
/**
 * The owned mark of a sheet created as `sheetName`, for a writer of a single owned sheet (./form-sheet). Its
 * note (Name Manager shows it) is in the language of the user who wrote the sheet.
 */
export function ownedMark(sheetName: string, lang: Lang): { formula: string; comment: string } {
  return { formula: ownedMarkFormula(sheetName), comment: OFFICE_PHRASES.text(lang, "ownedNote") };
}
const TABLE_STYLE = "TableStyleMedium2";
/** Request bytes of an operation besides its cell data (addresses, method names). */
const OP_OVERHEAD_BYTES = 200;
/** Points per character of a width hint (Calibri 11: 8.43 characters ≈ 48 points). */
const POINTS_PER_CHAR = 5.7;

export interface WriteSummary {
  syncs: number;
  /** Batches Excel refused as too large, each sent again in halves. */
  halvings: number;
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
export class TableNameError extends SaidError {
  constructor(readonly tableName: string) {
    super(OFFICE_PHRASES.words("tableNameTaken", tableName));
    this.name = "TableNameError";
  }
}

/** The workbook's structure is protected: no sheet can be added or deleted. */
export class WorkbookProtectedError extends SaidError {
  constructor() {
    super(OFFICE_PHRASES.words("workbookProtected"));
    this.name = "WorkbookProtectedError";
  }
}

/** An owned sheet to replace is VeryHidden: Excel refuses to delete it. */
export class VeryHiddenSheetError extends SaidError {
  constructor(readonly sheet: string) {
    super(OFFICE_PHRASES.words("veryHidden", sheet));
    this.name = "VeryHiddenSheetError";
  }
}

/** An owned sheet to replace or hand over is protected: Casebook does not touch a protected sheet. */
export class ProtectedSheetError extends SaidError {
  constructor(readonly sheet: string) {
    super(OFFICE_PHRASES.words("sheetProtected", sheet));
    this.name = "ProtectedSheetError";
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
  options: { caps: Capabilities; date1904: boolean; lang: Lang },
): Promise<WriteSummary> {
  checkDocs(docs);
  const rendered = docs.map((d) => renderSheetDoc(d, options.date1904));
  return run(async (context) => {
    let syncs = 0;
    const sync = async (): Promise<void> => {
      syncs++;
      await context.sync();
    };

    // Check 1: which names are taken, which table names exist anywhere, whether sheets may be added.
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/position,items/visibility");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const book = context.workbook.protection;
    book.load("protected");
    await sync();
    if (book.protected) throw new WorkbookProtectedError();
    // Sheet names compare without case in Excel.
    const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s] as const));

    // Check 2: the ownership mark and protection of each sheet a doc would replace, of each sheet holding
    // a table name the docs need, and the staging mark of sheets an interrupted run may have left.
    const clashes = rendered.flatMap((r) => {
      const sheet = existing.get(r.name.toLowerCase());
      if (!sheet) return [];
      const mark = sheet.names.getItemOrNullObject(OWNED_MARK);
      mark.load("isNullObject");
      sheet.protection.load("protected");
      return [{ rendered: r, sheet, mark }];
    });
    const docOfTable = new Map(rendered.flatMap((r) => r.tables.map((t) => [t.name.toLowerCase(), r] as const)));
    const holders = tables.items
      .filter((t) => docOfTable.has(t.name.toLowerCase()))
      .map((t) => {
        const sheet = t.worksheet;
        sheet.load("name,position,visibility");
        sheet.protection.load("protected");
        const mark = sheet.names.getItemOrNullObject(OWNED_MARK);
        mark.load("isNullObject,formula");
        return { table: t.name, doc: docOfTable.get(t.name.toLowerCase()) as RenderedSheet, sheet, mark };
      });
    const staged = sheets.items
      .filter((s) => s.name.startsWith(STAGED_PREFIX))
      .map((sheet) => {
        const mark = sheet.names.getItemOrNullObject(STAGED_MARK);
        mark.load("isNullObject");
        return { sheet, mark };
      });
    if (clashes.length > 0 || holders.length > 0 || staged.length > 0) await sync();
    const foreign = clashes.find((c) => c.mark.isNullObject);
    if (foreign) throw new OwnershipError(foreign.sheet.name);
    const taken = holders.find((h) => h.mark.isNullObject);
    if (taken) throw new TableNameError(taken.table);
    for (const sheet of [...clashes.map((c) => c.sheet), ...holders.map((h) => h.sheet)]) {
      if (sheet.visibility === "VeryHidden") throw new VeryHiddenSheetError(sheet.name);
      if (sheet.protection.protected) throw new ProtectedSheetError(sheet.name);
    }
    const leftovers = staged.filter((s) => !s.mark.isNullObject).map((s) => s.sheet.name);

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

    // Writes. The new sheets are built first under staging names (their tables under staging names
    // too), beside the old ones; one last operation, never split from itself, then swaps: it releases,
    // deletes the old sheets and gives the new ones their names and tabs. Excel takes or refuses a batch
    // whole, so whichever batch fails, the workbook keeps the old set; what was staged is removed, here
    // or, should this run be cut off, at the start of the next.
    const taken2 = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const stagedNames = new Map<string, string>();
    let n = 1;
    for (const r of rendered) {
      while (taken2.has(`${STAGED_PREFIX}${n}`.toLowerCase()) && !leftovers.includes(`${STAGED_PREFIX}${n}`)) n++;
      stagedNames.set(r.name, `${STAGED_PREFIX}${n++}`);
    }
    const ops: WriteOp[] = [];
    for (const name of leftovers) ops.push(deleteOp(name));
    for (const r of rendered) ops.push(...sheetOps(r, stagedNames.get(r.name) as string, options.caps, options.lang));
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    for (const name of docOfTable.keys()) tableNames.add(name);
    const remaining = existing.size - leftovers.length - clashes.length - removed.length + rendered.length;
    ops.push(
      swapOp({
        releases: [...released.values()].map((r) => releaseOp(r.name, r.tables, tableNames)),
        deletes: [...clashes.map((c) => c.sheet.name), ...removed.map((s) => s.name)],
        docs: rendered,
        // Back to their old tabs, in tab order so that each move leaves the earlier ones in place.
        tabs: rendered
          .filter((r) => tabs.has(r.name))
          .map((r) => ({ name: r.name, position: Math.min(tabs.get(r.name) as number, remaining - 1) }))
          .sort((a, b) => a.position - b.position),
      }),
    );
    const writeBytes = ops.reduce((total, op) => total + op.bytes, 0);
    const refs: Refs = new Map();
    const queue = packBatches(ops, PAYLOAD_TARGET_BYTES);
    let halvings = 0;
    try {
      while (queue.length > 0) {
        const batch = queue.shift() as WriteOp[];
        suspendUntilSync(context, options.caps);
        for (const op of batch) op.apply(context, refs);
        try {
          await sync();
        } catch (e) {
          const bytes = batch.reduce((total, op) => total + op.bytes, 0);
          const smaller = isPayloadSizeError(e) ? packBatches(batch, Math.floor(bytes / 2)) : [];
          if (smaller.length < 2) throw e;
          halvings++;
          queue.unshift(...smaller);
        }
      }
    } catch (e) {
      await removeStaged(context, new Set(stagedNames.values()));
      throw e;
    }
    return {
      syncs,
      writeBytes,
      halvings,
      replaced: clashes.map((c) => c.rendered.name),
      created: rendered.filter((r) => !positions.has(r.name)).map((r) => r.name),
      removed: removed.map((s) => s.name),
      released: [...released.values()].map((r) => r.name),
    };
  });
}

/** After a failed write: deletes what was staged, best effort (the next run removes what is left). */
async function removeStaged(context: Excel.RequestContext, names: ReadonlySet<string>): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const left = sheets.items.filter((s) => names.has(s.name));
    if (left.length === 0) return;
    for (const s of left) s.delete();
    await context.sync();
  } catch {
    // The write's own error is the one to report.
  }
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

/** The last write, in one batch: the old set goes, the staged set takes its names and tabs. */
function swapOp(plan: {
  releases: WriteOp[];
  deletes: string[];
  docs: readonly RenderedSheet[];
  tabs: { name: string; position: number }[];
}): WriteOp {
  return {
    bytes:
      OP_OVERHEAD_BYTES * (plan.deletes.length + plan.tabs.length + 1) +
      plan.releases.reduce((n, op) => n + op.bytes, 0) +
      plan.docs.reduce((n, r) => n + OP_OVERHEAD_BYTES * (2 + r.tables.length), 0),
    apply(context, refs) {
      for (const op of plan.releases) op.apply(context, refs);
      for (const name of plan.deletes) context.workbook.worksheets.getItem(name).delete();
      for (const r of plan.docs) {
        const ws = sheetOf(refs, r.name);
        ws.name = r.name;
        for (const t of r.tables) ws.tables.getItem(stagedTableName(t.name)).name = t.name;
        ws.names.getItem(STAGED_MARK).delete();
      }
      for (const tab of plan.tabs) sheetOf(refs, tab.name).position = tab.position;
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

/** A new sheet's operations; the notes on its marks are in `lang`, the language its words are written in. */
function sheetOps(r: RenderedSheet, stagedName: string, caps: Capabilities, lang: Lang): WriteOp[] {
  const ops: WriteOp[] = [
    {
      bytes: OP_OVERHEAD_BYTES * 3,
      apply(context, refs) {
        const ws = context.workbook.worksheets.add(stagedName);
        // The marks go on in the same batch as the sheet, so a sheet Casebook made is always marked: owned
        // under the name it will have, and staged until the swap.
        const mark = ws.names.add(OWNED_MARK, ownedMarkFormula(r.name), OFFICE_PHRASES.text(lang, "ownedNote"));
        mark.visible = false;
        const staging = ws.names.add(STAGED_MARK, "=TRUE", OFFICE_PHRASES.text(lang, "stagedNote"));
        staging.visible = false;
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

/** Office.js colours are #RRGGBB: the shared tones (core/output/writer-facts). */
const colour = (tone: Tone) => ({ font: `#${TONE_COLOURS[tone].font}`, fill: `#${TONE_COLOURS[tone].fill}` });

/** The rules of each highlighted column, as the .xlsx writer writes them (core/output/highlight). */
function tableHighlights(t: RenderedTable) {
  return t.highlights.map((h) => ({
    column: h.column,
    rules: highlightRules(h.kind, cellAddress(t.headerRow + 1, h.column)),
  }));
}

function tableOp(sheet: string, t: RenderedTable, caps: Capabilities): WriteOp {
  const highlights = tableHighlights(t);
  const formulaBytes = highlights.reduce(
    (n, h) => n + h.rules.reduce((m, r) => m + (r.formula?.length ?? 0) * 6, 0),
    0,
  );
  return {
    bytes: OP_OVERHEAD_BYTES * (2 + highlights.reduce((n, h) => n + 3 * h.rules.length, 0)) + formulaBytes,
    apply(_context, refs) {
      const ws = sheetOf(refs, sheet);
      const table = ws.tables.add(
        ws.getRangeByIndexes(t.headerRow, t.firstColumn, 1 + t.dataRows, t.columnCount),
        true,
      );
      table.name = stagedTableName(t.name);
      table.style = TABLE_STYLE;
      if (!caps.conditionalFormats) return;
      for (const h of highlights) {
        const range = ws.getRangeByIndexes(t.headerRow + 1, h.column, t.dataRows, 1);
        h.rules.forEach((rule, priority) => {
          const { font, fill } = colour(rule.tone);
          if (rule.formula === null) {
            const cf = range.conditionalFormats.add("CellValue");
            cf.cellValue.format.font.color = font;
            cf.cellValue.format.fill.color = fill;
            cf.cellValue.rule = { formula1: "0", operator: "GreaterThan" };
            cf.priority = priority;
          } else {
            const cf = range.conditionalFormats.add("Custom");
            cf.custom.format.font.color = font;
            cf.custom.format.fill.color = fill;
            cf.custom.rule.formula = `=${rule.formula}`;
            // The first matching rule wins, as in the .xlsx writer (合格 is inside 不合格).
            cf.stopIfTrue = true;
            cf.priority = priority;
          }
        });
      }
    },
  };
}

const VERTICAL: Record<typeof TABLE_CELL_VERTICAL, "Top"> = { top: "Top" };

function sheetFormatOp(r: RenderedSheet, caps: Capabilities): WriteOp {
  // Autofit over the tables' rows only: the title and figure lines above them would stretch column A.
  const firstRow = Math.min(...r.tables.map((t) => t.headerRow));
  const lastRow = Math.max(...r.tables.map((t) => t.headerRow + t.dataRows));
  return {
    bytes:
      OP_OVERHEAD_BYTES * (16 + r.widths.length + r.tables.length + r.print.printColumns + r.print.breaksBefore.length),
    apply(_context, refs) {
      const ws = sheetOf(refs, r.name);
      if (r.freezeRows > 0) ws.freezePanes.freezeRows(r.freezeRows);
      if (r.tables.length > 0)
        ws.getRangeByIndexes(firstRow, 0, lastRow - firstRow + 1, r.columnCount).format.autofitColumns();
      // A table's cells sit at the top of a tall row; its header stays at the bottom, as Excel puts it.
      for (const t of r.tables)
        if (t.dataRows > 0)
          ws.getRangeByIndexes(t.headerRow + 1, 0, t.dataRows, r.columnCount).format.verticalAlignment =
            VERTICAL[TABLE_CELL_VERTICAL];
      for (const w of r.widths) {
        ws.getRangeByIndexes(0, w.column, 1, 1).format.columnWidth = w.width * POINTS_PER_CHAR;
        if (w.wrap) {
          const column = ws.getRangeByIndexes(firstRow, w.column, lastRow - firstRow + 1, 1);
          column.format.wrapText = true;
          column.format.autofitRows();
        }
      }
      if (caps.pageLayout) applyPrintPlan(ws, r);
    },
  };
}

/** The .xlsx writer's margins in points (0.4" beside, 0.6" above and below, 0.3" to header and footer). */
const MARGINS = { left: 28.8, right: 28.8, top: 43.2, bottom: 43.2, header: 21.6, footer: 21.6 } as const;

/**
 * The print plan through Excel's page layout (ExcelApi 1.9): A4, the plan's orientation and fixed scale (the
 * scale at which the print area is one page wide — a fit-to-page zoom would make Excel drop the manual
 * breaks), the printed columns at the widths the plan counted on (autofit measures other fonts), the print
 * area, the header of the one table that runs over pages as print titles, and the manual page breaks.
 */
function applyPrintPlan(ws: Excel.Worksheet, r: RenderedSheet): void {
  const p = r.print;
  for (let c = 0; c < p.printColumns; c++) {
    const width = r.printWidths[c];
    if (width !== undefined) ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = width * POINTS_PER_CHAR;
  }
  const layout = ws.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = p.landscape ? "Landscape" : "Portrait";
  layout.zoom = { scale: p.scale };
  layout.centerHorizontally = true;
  layout.leftMargin = MARGINS.left;
  layout.rightMargin = MARGINS.right;
  layout.topMargin = MARGINS.top;
  layout.bottomMargin = MARGINS.bottom;
  layout.headerMargin = MARGINS.header;
  layout.footerMargin = MARGINS.footer;
  layout.setPrintArea(`A1:${columnLetters(p.printColumns - 1)}${p.printRows}`);
  if (p.repeatRows !== null) layout.setPrintTitleRows(`$${p.repeatRows[0] + 1}:$${p.repeatRows[1] + 1}`);
  for (const row of p.breaksBefore) ws.horizontalPageBreaks.add(`A${row + 1}`);
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
      // Excel reads the first series out of the source itself, and takes a first row without a number
      // (a blank rate, a category without cases) for the series' name: its values are set explicitly.
      const s0 = chart.series.getItemAt(0);
      s0.name = first.name;
      s0.setValues(column(first.column));
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
