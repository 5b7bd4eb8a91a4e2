/**
 * Excel holds at most 32,767 characters in a cell: Office.js refuses a longer write, and Excel "repairs" a
 * .xlsx holding one. A clerk's description can be longer (a pasted e-mail thread), so every text bound for a
 * sheet is clipped, with "…" at the end so the reader sees it was cut. The core keeps the full text
 * (JSON, the pane); only what is written into cells is clipped.
 */
import type { KeyFigure, SheetDoc, TableBlock, TableCell } from "./sheet-doc";

/** Excel's limit, counted as Excel counts: UTF-16 code units (an emoji counts two). */
export const MAX_CELL_CHARS = 32_767;
const MARK = "…";

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The text as it fits in one cell: unchanged when it fits, else cut whole characters short and marked "…". */
export function clipCellText(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - MARK.length;
  // Never keep half of a surrogate pair: a lone high surrogate is not a character.
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end) + MARK;
}

function clipCell(v: TableCell): TableCell {
  return typeof v === "string" ? clipCellText(v) : v;
}

const tooLong = (v: TableCell | undefined): boolean => typeof v === "string" && v.length > MAX_CELL_CHARS;

function clipFigure(f: KeyFigure): KeyFigure {
  if (!tooLong(f.label) && !tooLong(f.value) && !tooLong(f.note)) return f;
  return {
    ...f,
    label: clipCellText(f.label),
    value: clipCell(f.value),
    ...(f.note === undefined ? {} : { note: clipCellText(f.note) }),
  };
}

function clipTable(t: TableBlock): TableBlock {
  // Rows that fit are kept as they are: a 100k-row register is scanned, not copied.
  const rows = t.rows.map((r) => (r.some(tooLong) ? r.map(clipCell) : r));
  return {
    ...t,
    ...(t.caption === undefined ? {} : { caption: clipCellText(t.caption) }),
    columns: t.columns.map((c) => (tooLong(c.header) ? { ...c, header: clipCellText(c.header) } : c)),
    rows,
  };
}

/** The sheet with every text that lands in a cell (title, subtitle, figures, captions, headers, table cells) clipped. */
export function clipSheetText(doc: SheetDoc): SheetDoc {
  return {
    ...doc,
    title: clipCellText(doc.title),
    ...(doc.subtitle === undefined ? {} : { subtitle: doc.subtitle.map(clipCellText) }),
    ...(doc.figures === undefined ? {} : { figures: doc.figures.map(clipFigure) }),
    tables: doc.tables.map(clipTable),
  };
}
