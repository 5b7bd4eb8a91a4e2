/**
 * The workbook's one styles part: a fixed palette of cell formats every sheet draws from, and the
 * differential formats (dxf) conditional formatting points at. Indexes are exported by role so the
 * sheet writer never counts xf positions by hand.
 */
import type { ColumnKind } from "../core/output/sheet-doc";
import {
  NUMBER_FORMATS as FORMATS,
  TABLE_CELL_VERTICAL,
  TONE_COLOURS as SHARED_TONE_COLOURS,
  TONES,
  type Tone,
} from "../core/output/writer-facts";
import { XML_HEADER, NS, xmlText } from "./xml";

/** Number formats of the non-text kinds: the writers' shared table (core/output/writer-facts). */
export const NUMBER_FORMATS: Record<Exclude<ColumnKind, "text">, string> = {
  integer: FORMATS.integer,
  number: FORMATS.number,
  percent: FORMATS.percent,
  datetime: FORMATS.datetime,
  date: FORMATS.date,
  money: FORMATS.money,
};

// Built-in ids Excel knows without a numFmt entry; the rest get custom ids from 164.
const BUILTIN_FORMAT_IDS: Record<string, number> = { "0": 1, "#,##0.00": 4 };

export type StyleRole =
  | "default"
  | "title"
  | "subtitle"
  | "caption"
  | "figureLabel"
  | "figureNote"
  | "text"
  /** Text starting with = + - @: Excel's quote prefix keeps it text even when a user edits the cell. */
  | "textQuoted"
  /** Text with line breaks, shown on several lines. */
  | "textWrapped"
  /**
   * Table header cells: the table style's own look, stated on the cells as well so that viewers that
   * ignore table styles (LibreOffice, some WPS builds) still show a header.
   */
  | "header"
  | Exclude<ColumnKind, "text">
  /** A header over numbers: right-aligned like them, so each number stands under its own header. */
  | "headerRight"
  /** Text in a wrapping column (ColumnSpec.wrap): several lines within the column's width. */
  | "textWrap"
  /** Headers over wrapping columns: several lines within the column's width. */
  | "headerWrapped"
  | "headerRightWrapped";

/** The roles of a table's data cells: those that sit at the top of a row taller than one line. */
const TABLE_CELL_ROLES: ReadonlySet<StyleRole> = new Set<StyleRole>([
  "text",
  "textQuoted",
  "textWrapped",
  "textWrap",
  "integer",
  "number",
  "percent",
  "datetime",
  "date",
  "money",
]);

interface Font {
  bold?: boolean;
  italic?: boolean;
  size: number;
  color?: string;
}

// Order is the xf index: cellXfs[i] has role ROLES[i].
const ROLES: readonly StyleRole[] = [
  "default",
  "title",
  "subtitle",
  "caption",
  "figureLabel",
  "figureNote",
  "text",
  "textQuoted",
  "textWrapped",
  "header",
  "integer",
  "number",
  "percent",
  "datetime",
  "date",
  "money",
  "headerRight",
  "headerWrapped",
  "headerRightWrapped",
  "textWrap",
];

export const STYLE: Readonly<Record<StyleRole, number>> = Object.fromEntries(ROLES.map((r, i) => [r, i])) as Record<
  StyleRole,
  number
>;

export type { Tone };
/** OOXML colours are ARGB: the shared RRGGBB, opaque. */
const TONE_COLOURS = Object.fromEntries(
  Object.entries(SHARED_TONE_COLOURS).map(([t, c]) => [t, { font: `FF${c.font}`, fill: `FF${c.fill}` }]),
) as Record<Tone, { font: string; fill: string }>;
export const DXF: Readonly<Record<Tone, number>> = Object.fromEntries(TONES.map((t, i) => [t, i])) as Record<
  Tone,
  number
>;

export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";
/** TableStyleMedium2's header blue. */
const HEADER_FILL = "FF4472C4";

/** The default font: 等线 is Excel's own for Chinese, Calibri for English. */
export function fontName(lang: "zh" | "en"): string {
  return lang === "zh" ? "等线" : "Calibri";
}

export function stylesXml(lang: "zh" | "en"): string {
  const base = 11;
  const fonts: Font[] = [
    { size: base },
    { size: 16, bold: true },
    { size: 10, color: "FF595959" },
    { size: 12, bold: true },
    { size: base, bold: true },
    { size: 10, italic: true, color: "FF7F7F7F" },
    { size: base, bold: true, color: "FFFFFFFF" },
  ];
  const fontOfRole: Partial<Record<StyleRole, number>> = {
    title: 1,
    subtitle: 2,
    caption: 3,
    figureLabel: 4,
    figureNote: 5,
    header: 6,
    headerRight: 6,
    headerWrapped: 6,
    headerRightWrapped: 6,
  };
  const name = xmlText(fontName(lang));
  const fontXml = (f: Font): string =>
    `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}<sz val="${f.size}"/>${f.color ? `<color rgb="${f.color}"/>` : ""}<name val="${name}"/>${lang === "zh" ? '<charset val="134"/>' : ""}<family val="2"/><scheme val="none"/></font>`;

  const customFormats: { id: number; code: string }[] = [];
  const formatId = (code: string): number => {
    if (code in BUILTIN_FORMAT_IDS) return BUILTIN_FORMAT_IDS[code];
    const found = customFormats.find((f) => f.code === code);
    if (found) return found.id;
    const id = 164 + customFormats.length;
    customFormats.push({ id, code });
    return id;
  };

  const xfs = ROLES.map((role) => {
    const fontId = fontOfRole[role] ?? 0;
    const numFmtId = role in NUMBER_FORMATS ? formatId(NUMBER_FORMATS[role as keyof typeof NUMBER_FORMATS]) : 0;
    const fillId = role.startsWith("header") ? 2 : 0;
    const attrs = [`numFmtId="${numFmtId}"`, `fontId="${fontId}"`, `fillId="${fillId}"`, 'borderId="0"', 'xfId="0"'];
    if (numFmtId !== 0) attrs.push('applyNumberFormat="1"');
    if (fontId !== 0) attrs.push('applyFont="1"');
    if (fillId !== 0) attrs.push('applyFill="1"');
    if (role === "textQuoted") attrs.push('quotePrefix="1"');
    // Dates and times are centred so that columns of them read as a column; a table's cells sit at the top of
    // a tall row (writer facts), headers at the bottom as Excel puts them.
    const top = TABLE_CELL_ROLES.has(role) ? ` vertical="${TABLE_CELL_VERTICAL}"` : "";
    const align =
      role === "datetime" || role === "date"
        ? `<alignment horizontal="center"${top}/>`
        : role === "textWrapped" || role === "textWrap"
          ? `<alignment${top} wrapText="1"/>`
          : role === "headerRight"
            ? '<alignment horizontal="right"/>'
            : role === "headerWrapped"
              ? '<alignment wrapText="1"/>'
              : role === "headerRightWrapped"
                ? '<alignment horizontal="right" wrapText="1"/>'
                : top
                  ? `<alignment${top}/>`
                  : "";
    if (align) attrs.push('applyAlignment="1"');
    return `<xf ${attrs.join(" ")}>${align}</xf>`;
  });

  const numFmts = customFormats.length
    ? `<numFmts count="${customFormats.length}">${customFormats.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${xmlText(f.code)}"/>`).join("")}</numFmts>`
    : "";
  const dxfs = TONES.map((t) => {
    const c = TONE_COLOURS[t];
    return `<dxf><font><color rgb="${c.font}"/></font><fill><patternFill><bgColor rgb="${c.fill}"/></patternFill></fill></dxf>`;
  }).join("");

  return (
    `${XML_HEADER}<styleSheet xmlns="${NS.main}">` +
    numFmts +
    `<fonts count="${fonts.length}">${fonts.map(fontXml).join("")}</fonts>` +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    `<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_FILL}"/><bgColor indexed="64"/></patternFill></fill></fills>` +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    `<dxfs count="${TONES.length}">${dxfs}</dxfs>` +
    `<tableStyles count="0" defaultTableStyle="${DEFAULT_TABLE_STYLE}" defaultPivotStyle="PivotStyleLight16"/>` +
    "</styleSheet>"
  );
}
