/**
 * Cells of one worksheet part, collected piece by piece as the part streams in, into the values grid
 * Office.js `range.values` gives for the used range: numbers (dates stay serials), strings, booleans,
 * error values as their text, formulas as their cached value, "" for blanks.
 *
 * The used range here is the bounding box of cells that hold a value; cells that only carry formatting
 * do not extend it (as `getUsedRange(true)`, values only).
 */
import type { CellValue, SheetValues } from "../../core/model";
import { cellText, runsText } from "./xml-text";

export interface SheetLimits {
  maxCells: number;
  onTooManyCells: () => Error;
}

export interface SheetCollector {
  /** Feeds text holding whole `<row>` elements (anything before `<sheetData>` is skipped). */
  push(text: string): void;
  finish(): SheetValues;
}

/** Column letters → 1-based number; 0 when there are none. */
function columnNumber(s: string, from: number): { col: number; next: number } {
  let col = 0;
  let i = from;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return { col, next: i };
}

function digits(s: string, from: number): number {
  let n = 0;
  let any = false;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    any = true;
  }
  return any ? n : 0;
}

/** Value of `name="…"` (or single-quoted) inside a start tag, or null. */
function attr(tag: string, name: string): string | null {
  let i = tag.indexOf(name + "=");
  while (i > 0 && !/\s/.test(tag[i - 1])) i = tag.indexOf(name + "=", i + 1);
  if (i < 0) return null;
  const q = tag[i + name.length + 1];
  if (q !== '"' && q !== "'") return null;
  const start = i + name.length + 2;
  const end = tag.indexOf(q, start);
  return end < 0 ? null : tag.slice(start, end);
}

const MS_PER_DAY = 86_400_000;

/** An ISO 8601 date-time of a `t="d"` cell → the serial Excel would store. */
function isoToSerial(iso: string, date1904: boolean): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?Z?$/.exec(iso.trim());
  if (!m) return iso;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7] ? Math.round(+`0.${m[7]}` * 1000) : 0);
  let serial = ms / MS_PER_DAY + (date1904 ? 24107 : 25569);
  // The 1900 system counts the phantom 29 Feb 1900, so serials before March 1900 are one lower.
  if (!date1904 && serial < 61) serial -= 1;
  return serial;
}

export function sheetCollector(
  name: string,
  prefix: string,
  sharedStrings: readonly string[],
  date1904: boolean,
  limits: SheetLimits,
): SheetCollector {
  const p = prefix;
  const rows: (CellValue[] | undefined)[] = [];
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  let cellCount = 0;
  let currentRow = 0;
  let nextCol = 1;
  let inSheetData = false;
  const vOpen = `<${p}v>`;
  const vClose = `</${p}v>`;
  const isOpen = `<${p}is>`;
  const isClose = `</${p}is>`;
  // One pass over rows and cells; a cell is either empty (`<c …/>`) or has content up to `</c>`.
  const token = new RegExp(`<${p}(?:(row)\\b([^>]*)>|c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)|(/sheetData)>)`, "g");

  const checkArea = (): void => {
    if (maxRow > 0 && (maxRow - minRow + 1) * (maxCol - minCol + 1) > limits.maxCells) throw limits.onTooManyCells();
  };

  const put = (row: number, col: number, value: CellValue): void => {
    let cells = rows[row - 1];
    if (cells === undefined) {
      cells = [];
      rows[row - 1] = cells;
    }
    cells[col - 1] = value;
    if (row < minRow) minRow = row;
    if (row > maxRow) maxRow = row;
    if (col < minCol) minCol = col;
    if (col > maxCol) maxCol = col;
  };

  const valueOf = (type: string | null, content: string): CellValue | undefined => {
    if (type === "inlineStr") {
      const a = content.indexOf(isOpen);
      if (a < 0) return undefined;
      const b = content.indexOf(isClose, a);
      return runsText(content.slice(a + isOpen.length, b < 0 ? content.length : b), p);
    }
    const a = content.indexOf(vOpen);
    let raw: string;
    if (a >= 0) {
      const b = content.indexOf(vClose, a);
      raw = content.slice(a + vOpen.length, b < 0 ? content.length : b);
    } else {
      // `<v/>` or `<v xml:space="preserve">` are rare; fall back to a pattern.
      const m = new RegExp(`<${p}v(?:\\s[^>]*)?>([^<]*)</${p}v>`).exec(content);
      if (!m) return type === "str" ? "" : undefined; // a formula without a cached value
      raw = m[1];
    }
    switch (type) {
      case null:
      case "n": {
        const n = Number(raw);
        return raw.trim() !== "" && Number.isFinite(n) ? n : cellText(raw);
      }
      case "s": {
        const i = Number(raw);
        return sharedStrings[i] ?? "";
      }
      case "b":
        return raw.trim() === "1" || raw.trim() === "true";
      case "d":
        return isoToSerial(raw, date1904);
      default:
        // "str" (formula text), "e" (error value, e.g. #N/A) and anything unknown: the text itself.
        return cellText(raw);
    }
  };

  return {
    push(text) {
      let from = 0;
      if (!inSheetData) {
        const at = text.indexOf(`<${p}sheetData`);
        if (at < 0) return;
        inSheetData = true;
        from = at;
      }
      token.lastIndex = from;
      for (let m = token.exec(text); m !== null; m = token.exec(text)) {
        if (m[1] !== undefined) {
          const tag = m[2];
          const r = attr(tag, "r");
          currentRow = r !== null ? digits(r, 0) || currentRow + 1 : currentRow + 1;
          nextCol = 1;
          if (tag.endsWith("/")) continue; // an empty `<row …/>`
          checkArea();
          continue;
        }
        if (m[5] !== undefined) {
          inSheetData = false;
          return;
        }
        if (++cellCount > limits.maxCells) throw limits.onTooManyCells();
        const tag = m[3];
        const ref = attr(tag, "r");
        let row = currentRow;
        let col = nextCol;
        if (ref !== null) {
          const c = columnNumber(ref, 0);
          if (c.col > 0) col = c.col;
          const rr = digits(ref, c.next);
          if (rr > 0) row = rr;
        }
        if (row === 0) row = currentRow = 1;
        nextCol = col + 1;
        const content = m[4];
        if (content === undefined || content.length === 0) continue;
        const value = valueOf(attr(tag, "t"), content);
        if (value === undefined || value === "") continue;
        put(row, col, value);
      }
    },
    finish() {
      checkArea();
      if (maxRow === 0) return { name, values: [], firstRow: 1, firstColumn: 1 };
      const width = maxCol - minCol + 1;
      const values: CellValue[][] = new Array(maxRow - minRow + 1);
      for (let r = minRow; r <= maxRow; r++) {
        const cells = rows[r - 1];
        let out: CellValue[];
        if (cells === undefined) out = new Array<CellValue>(width).fill("");
        else {
          out = minCol === 1 ? cells : cells.slice(minCol - 1, maxCol);
          out.length = width;
          for (let c = 0; c < width; c++) if (out[c] === undefined) out[c] = "";
        }
        values[r - minRow] = out;
      }
      rows.length = 0;
      return { name, values, firstRow: minRow, firstColumn: minCol };
    },
  };
}
