/**
 * Finding the header row of a sheet and which column holds what. Shared by every input-sheet reader.
 */
import type { CellValue, SheetValues, WorkbookInput } from "../model";
import { cellText } from "./cells";
import { normalizeHeader, type ColumnDef } from "./columns";

/** Normalised header text → column key, with whether the name is the canonical one (zh or en). */
export type HeaderIndex = ReadonlyMap<string, { key: string; canonical: boolean }>;

export function buildHeaderIndex(defs: readonly ColumnDef[]): HeaderIndex {
  const index = new Map<string, { key: string; canonical: boolean }>();
  // Canonical names first so an alias of one column can never shadow another column's own name.
  for (const d of defs) {
    for (const name of [d.zh, d.en]) {
      const n = normalizeHeader(name);
      if (!index.has(n)) index.set(n, { key: String(d.key), canonical: true });
    }
  }
  for (const d of defs) {
    for (const name of d.aliases) {
      const n = normalizeHeader(name);
      if (n !== "" && !index.has(n)) index.set(n, { key: String(d.key), canonical: false });
    }
  }
  return index;
}

const LATIN = /[A-Za-z]+/g;
const NON_ASCII = /[\u0080-\uFFFF]+/g;

/**
 * The column a header cell names, or null. Bilingual headers (`编号 Case No`, `Received\n受理时间`) match by
 * either half.
 */
export function matchHeader(text: string, index: HeaderIndex): { key: string; canonical: boolean } | null {
  if (text.length === 0 || text.length > 80) return null;
  const whole = index.get(normalizeHeader(text));
  if (whole) return whole;
  const nfkc = text.normalize("NFKC");
  const zh = normalizeHeader(nfkc.replace(LATIN, " "));
  const zhHit = zh === "" ? undefined : index.get(zh);
  if (zhHit) return zhHit;
  const en = normalizeHeader(nfkc.replace(NON_ASCII, " "));
  return (en === "" ? undefined : index.get(en)) ?? null;
}

export interface ColumnAt {
  key: string;
  /** 0-based index into the row arrays. */
  index: number;
  /** The header as the clerk wrote it (trimmed, line breaks as spaces). */
  header: string;
}

export interface HeaderLayout {
  /** 0-based index into `values` of the header row. */
  rowIndex: number;
  columns: Map<string, ColumnAt>;
  /** A second column naming a column already found (the first canonical one wins, else the first). */
  repeated: ColumnAt[];
  /** Non-blank headers no definition knows: kept in the sheet, ignored by the reader. */
  unknown: { index: number; header: string }[];
}

function headerText(v: CellValue | undefined): string {
  return cellText(v).replace(/\s+/g, " ");
}

export function layoutOf(row: readonly CellValue[], rowIndex: number, index: HeaderIndex): HeaderLayout {
  const columns = new Map<string, ColumnAt & { canonical: boolean }>();
  const repeated: ColumnAt[] = [];
  const unknown: { index: number; header: string }[] = [];
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v !== "string" && typeof v !== "number") continue;
    const header = headerText(v);
    if (header === "") continue;
    const hit = typeof v === "string" ? matchHeader(header, index) : null;
    if (!hit) {
      unknown.push({ index: c, header });
      continue;
    }
    const at = { key: hit.key, index: c, header, canonical: hit.canonical };
    const prev = columns.get(hit.key);
    if (!prev) columns.set(hit.key, at);
    else if (hit.canonical && !prev.canonical) {
      columns.set(hit.key, at);
      repeated.push(prev);
    } else repeated.push(at);
  }
  return { rowIndex, columns, repeated, unknown };
}

/**
 * Rows searched for the header: a title, a subtitle and as many rows of notes (instructions, a legend, the
 * center's address) as a clerk is likely to put above a log, with room to spare. Scanning a row is cheap.
 */
export const HEADER_SCAN_ROWS = 200;

/**
 * The header row among the first rows: the one naming all `required` columns and the most known columns
 * (ties → the upper one). When no row names all required columns, the row naming the most (at least one)
 * is returned so the caller can say which are missing; null when no row names any.
 */
export function findHeaderRow(
  values: readonly (readonly CellValue[])[],
  index: HeaderIndex,
  required: readonly string[],
): HeaderLayout | null {
  let best: HeaderLayout | null = null;
  let bestScore = 0;
  const rows = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const layout = layoutOf(row, r, index);
    const n = layout.columns.size;
    if (n === 0) continue;
    const complete = required.every((k) => layout.columns.has(k));
    const score = (complete ? 100_000 : 0) + n;
    if (score > bestScore) {
      best = layout;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether a row that names some known columns, but not all the required ones, is a header at all, or a data
 * row in which a value happens to be a column name (责任单位 “物业公司” is also the 物业公司 column): a header
 * holds no numbers (a date serial or an amount is data) and names at least as many known columns as other things.
 */
export function looksLikeHeader(row: readonly CellValue[] | undefined, layout: HeaderLayout): boolean {
  if (!Array.isArray(row) || row.some((v) => typeof v === "number")) return false;
  return layout.columns.size + layout.repeated.length >= layout.unknown.length;
}

export function hasColumns(layout: HeaderLayout, keys: readonly string[]): boolean {
  return keys.every((k) => layout.columns.has(k));
}

/** Sheet names compared like headers (`Case Log` = `caselog`, `案件登记 ` = `案件登记`). */
export function findSheetByName(input: WorkbookInput, names: readonly string[]): SheetValues | null {
  const wanted = new Set(names.map(normalizeHeader));
  for (const s of sheetsOf(input)) if (wanted.has(normalizeHeader(String(s.name ?? "")))) return s;
  return null;
}

/** The sheets, tolerating a malformed input object (the reader never throws). */
export function sheetsOf(input: WorkbookInput): SheetValues[] {
  const sheets = input && Array.isArray(input.sheets) ? input.sheets : [];
  return sheets.filter((s) => s && Array.isArray(s.values));
}

/** Excel column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = Math.max(1, Math.floor(n)); x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
