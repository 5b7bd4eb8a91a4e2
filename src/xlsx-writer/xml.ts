/**
 * XML text for SpreadsheetML parts. Cell text may hold anything a clerk typed: characters XML 1.0 cannot
 * carry (control characters, lone surrogates) are written the way Excel itself writes them, as `_xHHHH_`,
 * and a literal `_xHHHH_` in the text is protected so that readers do not decode it.
 */

// Characters XML 1.0 forbids, plus a literal _xHHHH_ escape sequence (which OOXML readers would decode).
// Surrogate pairs match as a whole (and are kept) so that only lone halves are escaped; no lookbehind,
// which older WebKit task panes lack.
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]|_x[0-9a-fA-F]{4}_/;
const ESCAPE_ALL = new RegExp(NEEDS_ESCAPE.source, "g");

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

function replacement(match: string): string {
  switch (match) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case '"':
      return "&quot;";
  }
  if (match.length === 2) return match;
  if (match.length === 1) return `_x${hex4(match.charCodeAt(0))}_`;
  // A literal _xHHHH_: escape its underscore so it reads back as itself.
  return `_x005F${match}`;
}

/** Escapes text for element content and double-quoted attributes. */
export function xmlText(text: string): string {
  // Most cells need nothing: test once before allocating.
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, replacement) : text;
}

/** `<t>` needs xml:space="preserve" when leading/trailing blanks or line breaks must survive. */
export function needsPreserve(text: string): boolean {
  return text.length > 0 && (/^\s|\s$/.test(text) || text.includes("\n"));
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  coreProps: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`).join("");
  return `${XML_HEADER}<Relationships xmlns="${NS.pkgRel}">${items}</Relationships>`;
}
