/**
 * The reader's XML against a standard XML parser (saxes) on the same bytes: generated sheet and shared-string
 * parts full of comments, CDATA, character and entity references, white space around `=` and values, both
 * quotes, processing instructions, prefixes bound at the root or part way down, and elements of another
 * namespace. saxes gives the document's elements, attributes and text; the cells read from them must be the
 * cells our reader gives — also when the part arrives cut into arbitrary pieces.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import type { CellValue } from "../../../src/core/model";
import { readXlsx } from "../../../src/workbook/xlsx";
import { sheetCollector } from "../../../src/workbook/xlsx/sheet-xml";
import { rawXlsxBytes } from "./helpers";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const OTHER = "urn:example:other";

// ── the generator ──

/** How a part is written: prefixes, quotes, white space, and what noise goes between elements. */
interface Style {
  mode: "default" | "prefixed-root" | "all-prefixed" | "bound-inside";
  quote: '"' | "'";
  eq: string;
  space: string;
  noise: string[];
}

const style: fc.Arbitrary<Style> = fc.record({
  mode: fc.constantFrom("default", "prefixed-root", "all-prefixed", "bound-inside"),
  quote: fc.constantFrom('"' as const, "'" as const),
  eq: fc.constantFrom("=", " = ", "\n=\t", "= "),
  space: fc.constantFrom(" ", "  ", "\n", "\t "),
  noise: fc.array(
    fc.constantFrom(
      "",
      "<!-- a comment -->",
      '<!-- <row r="1"><c r="A1" t="inlineStr"><is><t>commented out</t></is></c></row> -->',
      "<?tool keep this?>",
      "\n  ",
      `<o:note xmlns:o="${OTHER}"><o:c r="A1"><o:v>9</o:v></o:c></o:note>`,
    ),
    { minLength: 1, maxLength: 4 },
  ),
});

/** Text written in pieces: escaped, as CDATA, or as character references, with comments between. */
const textPiece = fc.oneof(
  fc.string({ unit: fc.constantFrom("渗", "水", "a", "Z", "0", "9", " ", "<", ">", "&", '"', "'", "\n", "-", "]", "_") }),
  fc.constantFrom("维修", "A-1", "  ", "12", "3.5", "]]", "x>y"),
);
type Piece = { text: string; as: "escaped" | "cdata" | "refs" | "comment-after" };
const pieces = fc.array(
  fc.record({ text: textPiece, as: fc.constantFrom("escaped" as const, "cdata" as const, "refs" as const, "comment-after" as const) }),
  { minLength: 1, maxLength: 3 },
);

const escape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
function writePieces(ps: Piece[]): string {
  return ps
    .map((p) => {
      if (p.as === "cdata" && !p.text.includes("]]>")) return `<![CDATA[${p.text}]]>`;
      if (p.as === "refs")
        return [...p.text].map((ch, i) => (i % 2 ? `&#${ch.codePointAt(0)};` : `&#x${(ch.codePointAt(0) as number).toString(16)};`)).join("");
      if (p.as === "comment-after") return `${escape(p.text)}<!--between-->`;
      return escape(p.text);
    })
    .join("");
}

type CellSpec =
  | { kind: "number"; value: number; pad: [string, string] }
  | { kind: "shared"; index: string }
  | { kind: "inline"; text: Piece[] }
  | { kind: "str"; text: Piece[] }
  | { kind: "bool"; value: boolean }
  | { kind: "formula-only" }
  | { kind: "empty" };

const pad = fc.constantFrom("", " ", "\n", "\t", "  ", "<!--n-->", "<![CDATA[ ]]>", "<?pi?>");
const cellSpec: fc.Arbitrary<CellSpec> = fc.oneof(
  fc.record({ kind: fc.constant("number" as const), value: fc.oneof(fc.integer({ min: -1000, max: 50000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), pad: fc.tuple(pad, pad) }),
  fc.record({ kind: fc.constant("shared" as const), index: fc.oneof(fc.constantFrom("0", "1", "2", " 3 ", "4", "\n5", "9", "10", "99", "-1", "abc", "1.5", ""), fc.nat({ max: 12 }).map(String)) }),
  fc.record({ kind: fc.constant("inline" as const), text: pieces }),
  fc.record({ kind: fc.constant("str" as const), text: pieces }),
  fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
  fc.constant({ kind: "formula-only" as const }),
  fc.constant({ kind: "empty" as const }),
);

const sheetSpec: fc.Arbitrary<{ gap: number; cells: { skip: number; cell: CellSpec }[] }[]> = fc.array(
  fc.record({ gap: fc.nat({ max: 2 }), cells: fc.array(fc.record({ skip: fc.nat({ max: 2 }), cell: cellSpec }), { maxLength: 5 }) }),
  { minLength: 1, maxLength: 6 },
);

function letters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

type SheetSpec = { gap: number; cells: { skip: number; cell: CellSpec }[] }[];

function writeSheet(spec: SheetSpec, st: Style, pick: (i: number) => number): string {
  const q = st.quote;
  const at = (name: string, value: string) => `${st.space}${name}${st.eq}${q}${escape(value)}${q}`;
  const noise = (i: number) => st.noise[pick(i) % st.noise.length];
  // Outside the root only comments, processing instructions and white space may stand.
  const outside = (i: number) => (noise(i).startsWith("<o:") ? "<!-- outside -->" : noise(i));
  // Prefix of the elements inside the root, and how the root and sheetData bind it.
  const p = st.mode === "all-prefixed" || st.mode === "bound-inside" ? "x:" : "";
  const root =
    st.mode === "default"
      ? `<worksheet xmlns="${MAIN}">`
      : st.mode === "prefixed-root"
        ? `<x:worksheet xmlns:x="${MAIN}" xmlns="${MAIN}">`
        : st.mode === "all-prefixed"
          ? `<x:worksheet xmlns:x="${MAIN}">`
          : `<worksheet xmlns="${MAIN}" xmlns:x="${OTHER}">`;
  const rootClose = st.mode === "prefixed-root" || st.mode === "all-prefixed" ? "</x:worksheet>" : "</worksheet>";
  // bound-inside: x: means another namespace at the root and SpreadsheetML from sheetData down.
  const sheetDataOpen = st.mode === "bound-inside" ? `<x:sheetData xmlns:x="${MAIN}">` : `<${p}sheetData>`;
  let out = `<?xml version="1.0" encoding="UTF-8"?>${outside(0)}${root}<${p}dimension${at("ref", "A1:Z99")}/>${sheetDataOpen}`;
  let r = 0;
  let k = 1;
  for (const row of spec) {
    r += row.gap + 1;
    out += `${noise(k++)}<${p}row${at("r", String(r))}>`;
    let c = 0;
    for (const { skip, cell } of row.cells) {
      c += skip + 1;
      const ref = at("r", `${letters(c)}${r}`);
      const open = (t?: string) => `<${p}c${pick(k++) % 2 ? at("s", "1") : ""}${ref}${t ? at("t", t) : ""}`;
      out += noise(k++);
      switch (cell.kind) {
        case "number":
          out += `${open()}><${p}v>${cell.pad[0]}${cell.value}${cell.pad[1]}</${p}v></${p}c>`;
          break;
        case "shared":
          out += cell.index === "" ? `${open("s")}><${p}v/></${p}c>` : `${open("s")}><${p}v>${cell.index}</${p}v></${p}c>`;
          break;
        case "inline":
          out += `${open("inlineStr")}><${p}is><${p}r><${p}t>${writePieces(cell.text)}</${p}t></${p}r><${p}rPh><${p}t>ルビ</${p}t></${p}rPh></${p}is></${p}c>`;
          break;
        case "str":
          out += `${open("str")}><${p}f>A1&amp;B1</${p}f><${p}v>${writePieces(cell.text)}</${p}v></${p}c>`;
          break;
        case "bool":
          out += `${open("b")}><${p}v> ${cell.value ? 1 : 0} </${p}v></${p}c>`;
          break;
        case "formula-only":
          out += `${open()}><${p}f>SUM(A1:A2)</${p}f></${p}c>`;
          break;
        case "empty":
          out += `${open()}/>`;
          break;
      }
    }
    out += `</${p}row>`;
  }
  return `${out}</${p}sheetData>${noise(k)}${rootClose}${outside(k + 1)}`;
}

const SHARED = ["编号", "受理时间", "A-1", "渗水", " 两边有空格 ", "a&b", "<t>", "", "第九", "x_x0041_y"];
function writeSharedStrings(st: Style): string {
  const p = st.mode === "default" ? "" : "s:";
  const root = p ? `<s:sst xmlns:s="${MAIN}">` : `<sst xmlns="${MAIN}">`;
  const items = SHARED.map((s, i) =>
    i % 3 === 0
      ? `<${p}si><${p}t><![CDATA[${s}]]></${p}t></${p}si>`
      : i % 3 === 1
        ? `<${p}si><${p}r><${p}t xml:space="preserve">${escape(s.slice(0, 1))}</${p}t></${p}r><!-- run --><${p}r><${p}t>${escape(s.slice(1))}</${p}t></${p}r></${p}si>`
        : `<${p}si>${st.noise[0]}<${p}t>${escape(s)}</${p}t></${p}si>`,
  ).join("");
  return `<?xml version="1.0"?>${root}${items}${p ? "</s:sst>" : "</sst>"}`;
}

// ── the oracle: saxes' view of the same bytes ──

interface Node {
  local: string;
  uri: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
}

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [{ local: "#doc", uri: "", attrs: {}, children: [] }];
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    // Unprefixed attributes only: the ones SpreadsheetML defines (r, t).
    for (const a of Object.values(tag.attributes)) if (typeof a !== "string" && a.prefix === "") attrs[a.local] = a.value;
    const node: Node = { local: tag.local as string, uri: tag.uri as string, attrs, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => void stack[stack.length - 1].children.push(t));
  parser.on("cdata", (t) => void stack[stack.length - 1].children.push(t));
  parser.write(xml).close();
  return stack[0];
}

/** SpreadsheetML elements: the main namespace, or none (what a part without xmlns means). */
const sheetKids = (n: Node, local: string): Node[] =>
  n.children.filter((c): c is Node => typeof c !== "string" && c.local === local && (c.uri === MAIN || c.uri === ""));
const textOf = (n: Node): string => n.children.filter((c): c is string => typeof c === "string").join("");
const excel = (s: string): string => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
/** Text of the <t> runs of an <si> or <is>, phonetic runs left out. */
function runs(n: Node): string {
  let out = "";
  for (const c of n.children) {
    if (typeof c === "string" || !(c.uri === MAIN || c.uri === "")) continue;
    if (c.local === "t") out += textOf(c);
    else if (c.local === "r") out += runs(c);
  }
  return out;
}

type Expected = { cells: Map<string, CellValue>; faults: string[] };

function oracle(sheetXml: string, sstXml: string): Expected {
  const sst = sheetKids(sheetKids(parse(sstXml), "sst")[0], "si").map((si) => excel(runs(si)));
  const cells = new Map<string, CellValue>();
  const faults: string[] = [];
  const ws = sheetKids(parse(sheetXml), "worksheet")[0];
  for (const data of sheetKids(ws, "sheetData"))
    for (const row of sheetKids(data, "row"))
      for (const c of sheetKids(row, "c")) {
        const m = /^([A-Z]+)(\d+)$/.exec(c.attrs.r.trim()) as RegExpExecArray;
        let col = 0;
        for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
        const key = `${Number(m[2])},${col}`;
        const v = sheetKids(c, "v")[0];
        const is = sheetKids(c, "is")[0];
        const t = c.attrs.t ?? null;
        if (t === "inlineStr" && is) {
          const s = excel(runs(is));
          if (s !== "") cells.set(key, s);
          continue;
        }
        if (!v) {
          if (sheetKids(c, "f").length > 0) faults.push(`${key}:formula-without-value`);
          continue;
        }
        const raw = textOf(v);
        let value: CellValue;
        if (t === "s") {
          if (!/^\s*\d+\s*$/.test(raw)) {
            faults.push(`${key}:shared-string-invalid`);
            continue;
          }
          if (Number(raw) >= sst.length) {
            faults.push(`${key}:shared-string-missing`);
            continue;
          }
          value = sst[Number(raw)];
        } else if (t === null || t === "n") {
          const n = raw.trim() === "" ? NaN : Number(raw.trim());
          value = Number.isFinite(n) ? n : excel(raw);
        } else if (t === "b") value = raw.trim() === "1" || raw.trim() === "true";
        else value = excel(raw);
        if (value !== "") cells.set(key, value);
      }
  return { cells, faults };
}

/** Our reader's grid as the same map of non-blank cells, and its faults. */
function ours(values: CellValue[][], firstRow: number, firstColumn: number, faults: { row: number; column: number; kind: string }[] | undefined): Expected {
  const cells = new Map<string, CellValue>();
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "" && v !== undefined) cells.set(`${firstRow + r},${firstColumn + c}`, v);
    }),
  );
  return { cells, faults: (faults ?? []).map((f) => `${f.row},${f.column}:${f.kind}`) };
}

const sorted = (e: Expected) => ({ cells: [...e.cells].sort(([a], [b]) => (a < b ? -1 : 1)), faults: [...e.faults].sort() });

describe("the reader's XML against saxes", () => {
  it("gives the cells and faults saxes' reading of the same sheet and shared strings gives", () => {
    fc.assert(
      fc.property(sheetSpec, style, fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), (spec, st, picks) => {
        const pick = (i: number) => picks[i % picks.length] + i;
        const sheetXml = writeSheet(spec, st, pick);
        const sstXml = writeSharedStrings(st);
        const bytes = rawXlsxBytes({ sheets: [{ name: "S", xml: sheetXml }], sharedStrings: "", extra: { "xl/sharedStrings.xml": sstXml } });
        const sheet = readXlsx(bytes).sheets[0];
        expect(sorted(ours(sheet.values, sheet.firstRow, sheet.firstColumn, sheet.faults))).toEqual(sorted(oracle(sheetXml, sstXml)));
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same cells however the part is cut into pieces", () => {
    const sst = SHARED.map(excel);
    fc.assert(
      fc.property(sheetSpec, style, fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }), (spec, st, picks, cuts) => {
        const pick = (i: number) => picks[i % picks.length] + i;
        const xml = writeSheet(spec, st, pick);
        const read = (pieces: string[]) => {
          const limits = { maxCells: 1e6, onTooManyCells: () => new Error("cells"), maxPendingChars: 1e6, onPendingTooLong: () => new Error("long"), onOutsideSheet: () => new Error("grid") };
          const c = sheetCollector("S", sst, false, limits);
          for (const p of pieces) c.push(p);
          return c.finish();
        };
        const pieces: string[] = [];
        let at = 0;
        for (let i = 0; at < xml.length; i++) {
          const n = cuts[i % cuts.length];
          pieces.push(xml.slice(at, at + n));
          at += n;
        }
        expect(read(pieces)).toEqual(read([xml]));
      }),
      { numRuns: 200 },
    );
  });
});
