/**
 * Cells of one worksheet part, collected token by token as the part streams in, into the values grid
 * Office.js `range.values` gives for the used range: numbers (dates stay serials), strings, booleans,
 * error values as their text, formulas as their cached value, "" for blanks.
 *
 * The used range here is the bounding box of cells that hold a value; cells that only carry formatting
 * do not extend it (as `getUsedRange(true)`, values only). A sheet whose used range is mostly empty (A1 and
 * XFD1048576) is given sparsely instead: rows without a value are holes and a row ends at its last value,
 * so empty cells cost no memory — the core reads a missing row or cell as blank.
 *
 * A cell the file holds but whose value cannot be read (a formula saved without its result, a shared
 * string that is not there) is not dropped: it is a fault with its place, for the core to name.
 */
import type { CellFault, CellValue, SheetValues } from "../../core/model";
import { excelText, unescapeXml } from "./xml-text";
import { NEED_MORE as MORE, OPEN as OPENED, TEXT as TEXTED, XmlScanner } from "./xml-scan";

// Copied into constants of this module: an imported binding is a property read per use, once per token here.
const NEED_MORE = MORE;
const OPEN = OPENED;
const TEXT = TEXTED;

export interface SheetLimits {
  /** Most `<c>` elements this sheet may hold (what the workbook's limit left for it). */
  maxCells: number;
  onTooManyCells: () => Error;
  /** The longest construct (one cell's text) carried from one piece of the part to the next. */
  maxPendingChars: number;
  onPendingTooLong: (what: "text" | "tag") => Error;
  onOutsideSheet: (ref: string) => Error;
}

export interface SheetCollector {
  /** Feeds the next piece of the part's text (pieces may cut anywhere, except inside a character). */
  push(text: string): void;
  finish(): SheetValues;
  /** `<c>` elements read so far: what the sheet used of the cell limit. */
  readonly cellsRead: number;
}

/** The SpreadsheetML namespaces (transitional, as Excel writes; strict ISO 29500). */
export const SPREADSHEET_NS: ReadonlySet<string | undefined> = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  // No namespace at all: not SpreadsheetML strictly, but what a hand-written part without xmlns means.
  undefined,
]);

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

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

/** A `<v>` number: the text trimmed of XML white space, or null when it is not a finite number. */
function numberOf(raw: string): number | null {
  const t = raw.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A shared-string index as written: digits only (white space around them allowed), else null. */
function indexValue(raw: string): number | null {
  let n = 0;
  let digits = 0;
  let i = 0;
  const len = raw.length;
  while (i < len && raw.charCodeAt(i) <= 32) i++;
  for (; i < len; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    digits++;
  }
  while (i < len && raw.charCodeAt(i) <= 32) i++;
  return digits > 0 && i === len && digits <= 15 ? n : null;
}

function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function sheetCollector(
  name: string,
  sharedStrings: readonly string[],
  date1904: boolean,
  limits: SheetLimits,
): SheetCollector {
  const scan = new XmlScanner(limits.maxPendingChars, limits.onPendingTooLong);
  const rows: (CellValue[] | undefined)[] = [];
  const faults: CellFault[] = [];
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  let maxCol = 0;
  let held = 0;
  let cellCount = 0;

  // Where the scan is: depth of <sheetData>, <row>, <c>, and of the parts of a cell being read (0: outside).
  let sheetDataDepth = 0;
  let rowDepth = 0;
  let cellDepth = 0;
  let currentRow = 0;
  let nextCol = 1;
  // The cell being read.
  let row = 0;
  let col = 0;
  let type: string | null = null;
  let hasFormula = false;
  let v: string | null = null;
  let inV = false;
  let inline: string | null = null;
  let isDepth = 0;
  let inT = false;
  let phoneticDepth = 0;

  const put = (r: number, c: number, value: CellValue): void => {
    let cells = rows[r - 1];
    if (cells === undefined) {
      cells = [];
      rows[r - 1] = cells;
    }
    if (cells[c - 1] === undefined) held++;
    cells[c - 1] = value;
    if (r < minRow) minRow = r;
    if (r > maxRow) maxRow = r;
    if (c < minCol) minCol = c;
    if (c > maxCol) maxCol = c;
  };

  const fault = (f: Omit<CellFault, "row" | "column">): void => {
    faults.push({ row, column: col, ...f });
    // The row stays in the used range, so it is accounted for even when nothing else in it is readable.
    put(row, col, "");
  };

  /** The reference in a cell's `r` attribute, read in place: sets `row`, `col` when present. */
  const readRef = (): void => {
    const a = scan.rAttr;
    if (a < 0) return;
    let k = scan.valueStart(a);
    const end = scan.valueEnd(a);
    let cc = 0;
    let rr = 0;
    for (let ch = scan.code(k); k < end; ch = scan.code(++k)) {
      if (ch >= 65 && ch <= 90) cc = cc * 26 + (ch - 64);
      else if (ch >= 97 && ch <= 122) cc = cc * 26 + (ch - 96);
      else break;
    }
    for (let ch = scan.code(k); k < end && ch >= 48 && ch <= 57; ch = scan.code(++k)) rr = rr * 10 + (ch - 48);
    if (k < end) {
      // Not plain `B3`: white space or a character reference in it; read its value as the document means it.
      const m = /^\s*([A-Za-z]*)(\d*)\s*$/.exec(scan.attrValue(a));
      if (m === null) return;
      cc = 0;
      for (const ch of m[1].toUpperCase()) cc = cc * 26 + (ch.charCodeAt(0) - 64);
      rr = m[2] === "" ? 0 : Number(m[2]);
    }
    if (cc > 0) col = cc;
    if (rr > 0) row = rr;
  };

  const endCell = (): void => {
    if (type === "inlineStr" && inline !== null) {
      const text = excelText(inline);
      if (text !== "") put(row, col, text);
      return;
    }
    if (v === null && inline === null) {
      if (hasFormula) fault({ kind: "formula-without-value" });
      return;
    }
    const raw = v ?? inline ?? "";
    let value: CellValue;
    switch (type) {
      case null:
      case "n": {
        const n = numberOf(raw);
        value = n !== null ? n : excelText(raw);
        break;
      }
      case "s": {
        const i = indexValue(raw);
        if (i === null)
          return fault({ kind: "shared-string-invalid", raw: raw.length > 20 ? raw.slice(0, 20) + "…" : raw });
        if (i >= sharedStrings.length)
          return fault({ kind: "shared-string-missing", raw: String(i), count: sharedStrings.length });
        value = sharedStrings[i];
        break;
      }
      case "b": {
        const t = raw.trim();
        value = t === "1" || t === "true";
        break;
      }
      case "d":
        value = isoToSerial(raw, date1904);
        break;
      default:
        // "str" (formula text), "e" (error value, e.g. #N/A), "inlineStr" given as <v>, and anything unknown.
        value = excelText(raw);
    }
    if (value !== "") put(row, col, value);
  };

  // Literals of plain cells for the prefix the current row is written with (see plainCells).
  let plainPrefix: string | null = null;
  let cLit = "";
  let vLit = "";
  let vcLit = "";
  let plainRow = false;

  /**
   * Reads the cells of a row written as Excel writes them — `<c r="B3" s="1" t="s"><v>12</v></c>`, attributes
   * as `name="value"` after one space, the row's prefix, no markup in the value — straight from the text, one
   * cell at a time, and stops (having consumed only whole cells) at the first thing that is not exactly that,
   * which the tokens then read. The same XML either way; this way a big sheet is read at the speed of indexOf.
   */
  const plainCells = (): void => {
    const buf = scan.source;
    let p = scan.at;
    const cLen = cLit.length;
    for (;;) {
      if (!buf.startsWith(cLit, p)) break;
      let i = p + cLen;
      let ch = buf.charCodeAt(i);
      let rS = -1;
      let rE = -1;
      let tS = -1;
      let tE = -1;
      let plain = true;
      while (ch === 32) {
        const nameStart = i + 1;
        let j = nameStart;
        for (ch = buf.charCodeAt(j); (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90); ch = buf.charCodeAt(++j));
        if (j === nameStart || ch !== 61 || buf.charCodeAt(j + 1) !== 34) {
          plain = false;
          break;
        }
        const vs = j + 2;
        const ve = buf.indexOf('"', vs);
        if (ve < 0) {
          plain = false;
          break;
        }
        const len = j - nameStart;
        if (len === 1) {
          const n = buf.charCodeAt(nameStart);
          if (n === 114 /* r */) {
            rS = vs;
            rE = ve;
          } else if (n === 116 /* t */) {
            tS = vs;
            tE = ve;
          }
        } else if (len === 5 && buf.startsWith("xmlns", nameStart)) {
          plain = false;
          break;
        }
        i = ve + 1;
        ch = buf.charCodeAt(i);
      }
      if (!plain) break;
      const selfClosing = ch === 47 && buf.charCodeAt(i + 1) === 62;
      if (!selfClosing && ch !== 62) break;
      // The reference, plain letters then digits, or the tokens read the cell.
      let cc = 0;
      let rr = 0;
      if (rS >= 0) {
        let k = rS;
        for (ch = buf.charCodeAt(k); k < rE && ch >= 65 && ch <= 90; ch = buf.charCodeAt(++k)) cc = cc * 26 + (ch - 64);
        for (; k < rE && ch >= 48 && ch <= 57; ch = buf.charCodeAt(++k)) rr = rr * 10 + (ch - 48);
        if (k < rE || cc === 0 || rr === 0) break;
      }
      let ts = 0;
      let lt = 0;
      if (!selfClosing) {
        if (!buf.startsWith(vLit, i + 1)) break;
        ts = i + 1 + vLit.length;
        lt = buf.indexOf("<", ts);
        if (lt < 0 || !buf.startsWith(vcLit, lt)) break;
      }
      // A whole plain cell: read it.
      if (++cellCount > limits.maxCells) throw limits.onTooManyCells();
      row = rS >= 0 ? rr : currentRow === 0 ? (currentRow = 1) : currentRow;
      col = rS >= 0 ? cc : nextCol;
      if (row > MAX_ROW || col > MAX_COL) throw limits.onOutsideSheet(columnLetters(col) + row);
      nextCol = col + 1;
      if (selfClosing) {
        p = i + 2;
        continue;
      }
      p = lt + vcLit.length;
      const t1 = tS >= 0 && tE === tS + 1 ? buf.charCodeAt(tS) : 0;
      if (t1 === 115 /* s */) {
        let n = 0;
        let k = ts;
        for (ch = buf.charCodeAt(k); k < lt && ch >= 48 && ch <= 57; ch = buf.charCodeAt(++k)) n = n * 10 + (ch - 48);
        if (k === lt && k > ts && k - ts <= 15 && n < sharedStrings.length) {
          if (sharedStrings[n] !== "") put(row, col, sharedStrings[n]);
          continue;
        }
      }
      type = tS < 0 ? null : t1 !== 0 ? String.fromCharCode(t1) : unescapeXml(buf.slice(tS, tE));
      hasFormula = false;
      inline = null;
      const raw = buf.slice(ts, lt);
      v = raw.indexOf("&") < 0 && raw.indexOf("\r") < 0 ? raw : unescapeXml(raw.replace(/\r\n?/g, "\n"));
      endCell();
    }
    if (p !== scan.at) scan.skipTo(p);
  };

  // The last namespace seen and whether it is SpreadsheetML: a part uses one or two, so this is rarely a lookup.
  let lastNs: string | undefined = "";
  let lastNsIsSheet = false;
  const step = (): void => {
    for (;;) {
      if (plainRow && cellDepth === 0) plainCells();
      const k = scan.next();
      if (k === NEED_MORE) break;
      if (k === TEXT) {
        if (inV) v = v === null || v === "" ? scan.text() : v + scan.text();
        else if (inT) inline = inline === null || inline === "" ? scan.text() : inline + scan.text();
        continue;
      }
      if (scan.ns !== lastNs) {
        lastNs = scan.ns;
        lastNsIsSheet = SPREADSHEET_NS.has(lastNs);
      }
      if (!lastNsIsSheet) continue;
      // The element's own depth (the root's is 1).
      const level = k === OPEN && !scan.selfClosing ? scan.depth : scan.depth + 1;
      if (k === OPEN) {
        if (cellDepth > 0) {
          if (level === cellDepth + 1) {
            if (scan.is("v")) {
              v ??= "";
              inV = !scan.selfClosing;
            } else if (scan.is("f")) hasFormula = true;
            else if (scan.is("is")) {
              inline ??= "";
              if (!scan.selfClosing) isDepth = level;
            }
          } else if (isDepth > 0 && phoneticDepth === 0) {
            if (scan.is("t")) inT = !scan.selfClosing;
            else if (scan.is("rPh") && !scan.selfClosing) phoneticDepth = level;
          }
        } else if (rowDepth > 0) {
          if (level === rowDepth + 1 && scan.is("c")) {
            if (++cellCount > limits.maxCells) throw limits.onTooManyCells();
            row = currentRow;
            col = nextCol;
            readRef();
            if (row === 0) row = currentRow = 1;
            if (row > MAX_ROW || col > MAX_COL) throw limits.onOutsideSheet(columnLetters(col) + row);
            nextCol = col + 1;
            if (scan.selfClosing) continue; // `<c …/>`: formatting only
            type = scan.tAttr < 0 ? null : scan.attrValue(scan.tAttr);
            hasFormula = false;
            inline = null;
            v = null;
            if (scan.plainChild("v")) {
              // `<v>…</v></c>` read at once, the commonest cell; a shared string's index without a string made.
              const i = type === "s" ? scan.textIndex() : -1;
              if (i >= 0 && i < sharedStrings.length) {
                if (sharedStrings[i] !== "") put(row, col, sharedStrings[i]);
              } else {
                v = scan.text();
                endCell();
              }
            } else cellDepth = level;
          }
        } else if (sheetDataDepth > 0) {
          if (level === sheetDataDepth + 1 && scan.is("row")) {
            const r = scan.attr("r");
            const n = r === null ? 0 : (indexValue(r) ?? 0);
            currentRow = n > 0 ? n : currentRow + 1;
            nextCol = 1;
            if (!scan.selfClosing) {
              rowDepth = level;
              const prefix = scan.prefix();
              if (prefix !== plainPrefix) {
                plainPrefix = prefix;
                cLit = `<${prefix}c`;
                vLit = `<${prefix}v>`;
                vcLit = `</${prefix}v></${prefix}c>`;
              }
              plainRow = !scan.declaredHere();
            }
          }
        } else if (scan.is("sheetData") && !scan.selfClosing) sheetDataDepth = level;
        continue;
      }
      // CLOSE
      if (level === cellDepth) {
        endCell();
        cellDepth = 0;
        inV = false;
        inT = false;
        isDepth = 0;
        phoneticDepth = 0;
      } else if (cellDepth > 0) {
        if (inV && scan.is("v")) inV = false;
        else if (inT && scan.is("t")) inT = false;
        else if (level === phoneticDepth) phoneticDepth = 0;
        else if (level === isDepth) isDepth = 0;
      } else if (level === rowDepth) rowDepth = 0;
      if (rowDepth === 0) plainRow = false;
      else if (level === sheetDataDepth) sheetDataDepth = 0;
    }
  };

  return {
    get cellsRead() {
      return cellCount;
    },
    push(text) {
      scan.push(text);
      step();
    },
    finish() {
      scan.end();
      step();
      if (cellDepth > 0) endCell(); // the part was cut inside a cell
      if (maxRow === 0) return { name, values: [], firstRow: 1, firstColumn: 1 };
      const height = maxRow - minRow + 1;
      const width = maxCol - minCol + 1;
      const out: SheetValues = { name, values: [], firstRow: minRow, firstColumn: minCol };
      if (faults.length > 0) out.faults = faults;
      // Dense as Office.js gives it while the blanks are not most of the grid; sparse past that.
      if (height * width <= 4 * held + 65_536) {
        const values: CellValue[][] = new Array(height);
        for (let r = minRow; r <= maxRow; r++) {
          const cells = rows[r - 1];
          let line: CellValue[];
          if (cells === undefined) line = new Array<CellValue>(width).fill("");
          else {
            line = minCol === 1 ? cells : cells.slice(minCol - 1, maxCol);
            line.length = width;
            for (let c = 0; c < width; c++) if (line[c] === undefined) line[c] = "";
          }
          values[r - minRow] = line;
        }
        out.values = values;
      } else {
        const values: CellValue[][] = [];
        // Present rows only, in order; each keeps only its own cells (for…in visits the indexes that exist).
        for (const key in rows) {
          const r = Number(key) + 1;
          const cells = rows[r - 1] as CellValue[];
          let line: CellValue[];
          if (minCol === 1) line = cells;
          else {
            line = [];
            for (const c in cells) line[Number(c) - (minCol - 1)] = cells[Number(c)];
          }
          values[r - minRow] = line;
        }
        values.length = height;
        out.values = values;
      }
      rows.length = 0;
      return out;
    },
  };
}
