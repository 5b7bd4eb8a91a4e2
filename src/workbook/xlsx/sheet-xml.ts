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

/** Value of attribute `name` in the start tag text[start, end), or null. */
function attrValue(text: string, start: number, end: number, name: string): string | null {
  // Search the tag alone: an unbounded indexOf would scan to the end of the text for every tag without
  // the attribute (rows written as a bare `<row/>`), which is quadratic on a long part.
  return attr(text.slice(start, end), name);
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
  const ms = Date.UTC(
    +m[1],
    +m[2] - 1,
    +m[3],
    +(m[4] ?? 0),
    +(m[5] ?? 0),
    +(m[6] ?? 0),
    m[7] ? Math.round(+`0.${m[7]}` * 1000) : 0,
  );
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
  const rowOpen = `<${p}row`;
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  const sheetDataClose = `</${p}sheetData`;

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
      let i = 0;
      if (!inSheetData) {
        const at = text.indexOf(`<${p}sheetData`);
        if (at < 0) return;
        inSheetData = true;
        i = at;
      }
      // Scanned with indexOf rather than a regex: a big log has millions of cells, and not cutting a
      // substring per tag and attribute keeps the garbage collector out of the way.
      const sheetEnd = text.indexOf(sheetDataClose, i);
      const stop = sheetEnd < 0 ? text.length : sheetEnd;
      let nextRow = text.indexOf(rowOpen, i);
      for (;;) {
        let c = text.indexOf(cellOpen, i);
        if (c >= stop) c = -1;
        while (nextRow >= 0 && nextRow < stop && (c < 0 || nextRow < c)) {
          const end = text.indexOf(">", nextRow);
          const r = attrValue(text, nextRow, end, "r");
          currentRow = r !== null ? digits(r, 0) || currentRow + 1 : currentRow + 1;
          nextCol = 1;
          if (text.charCodeAt(end - 1) !== 47) checkArea(); // not an empty `<row …/>`
          nextRow = text.indexOf(rowOpen, end);
        }
        if (c < 0) break;
        const after = text.charCodeAt(c + cellOpen.length);
        if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
          i = c + 1; // another element whose name starts with "c"
          continue;
        }
        const tagEnd = text.indexOf(">", c);
        if (tagEnd < 0) break;
        if (++cellCount > limits.maxCells) throw limits.onTooManyCells();
        let row = currentRow;
        let col = nextCol;
        // Searched within the tag only, so cells without `r` never make a scan to the end of the text.
        const rel = text.slice(c, tagEnd).indexOf(' r="');
        const rAt = rel < 0 ? -1 : c + rel;
        if (rAt >= 0) {
          let k = rAt + 4;
          let cc = 0;
          for (let ch = text.charCodeAt(k); ch >= 65 && ch <= 90; ch = text.charCodeAt(++k)) cc = cc * 26 + (ch - 64);
          let rr = 0;
          for (let ch = text.charCodeAt(k); ch >= 48 && ch <= 57; ch = text.charCodeAt(++k)) rr = rr * 10 + (ch - 48);
          if (cc > 0) col = cc;
          if (rr > 0) row = rr;
        } else {
          const ref = attrValue(text, c, tagEnd, "r");
          if (ref !== null) {
            const parsed = columnNumber(ref, 0);
            if (parsed.col > 0) col = parsed.col;
            const rr = digits(ref, parsed.next);
            if (rr > 0) row = rr;
          }
        }
        if (row === 0) row = currentRow = 1;
        nextCol = col + 1;
        if (text.charCodeAt(tagEnd - 1) === 47) {
          i = tagEnd + 1; // `<c …/>`: formatting only
          continue;
        }
        const close = text.indexOf(cellClose, tagEnd);
        if (close < 0) break;
        i = close + cellClose.length;
        const tAt = text.indexOf(' t="', c);
        const type =
          tAt >= 0 && tAt < tagEnd ? text.slice(tAt + 4, text.indexOf('"', tAt + 4)) : attrValue(text, c, tagEnd, "t");
        let value: CellValue | undefined;
        const v = text.indexOf(vOpen, tagEnd);
        if (type === "s" && v >= 0 && v < close) {
          // Shared string index, read in place.
          let n = 0;
          let k = v + vOpen.length;
          for (let ch = text.charCodeAt(k); ch >= 48 && ch <= 57; ch = text.charCodeAt(++k)) n = n * 10 + (ch - 48);
          value = sharedStrings[n] ?? "";
        } else if (type === null && v >= 0 && v < close) {
          const raw = text.slice(v + vOpen.length, text.indexOf("<", v + vOpen.length));
          const n = Number(raw);
          value = raw.trim() !== "" && Number.isFinite(n) ? n : cellText(raw);
        } else {
          value = valueOf(type, text.slice(tagEnd + 1, close));
        }
        if (value === undefined || value === "") continue;
        put(row, col, value);
      }
      if (sheetEnd >= 0) inSheetData = false;
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
