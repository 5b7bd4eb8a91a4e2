/**
 * One worksheet part (xl/worksheets/sheetN.xml), written as a string in a single pass over the SheetDoc
 * at the addresses `layoutSheet` gives: title, subtitle lines, key figures, tables (header, data, totals),
 * then widths, frozen header, conditional formats, print setup and the links to tables and drawing.
 * Text is always a shared-string cell, never a formula, whatever it starts with.
 */
import type { ColumnKind, SheetDoc, SheetLayout, TableCell } from "../core/output/sheet-doc";
import { clipCellText } from "../core/output/cell-text";
import { cellAddress, columnLetters } from "../core/output/sheet-doc";
import { toExcelSerial } from "../core/time";
import { conditionalFormattingXml } from "./highlight";
import { type SharedStrings, stringIndex } from "./shared-strings";
import { STYLE } from "./styles";
import { wrappedLines } from "../core/output/text-width";
import { totalsLabel } from "../core/output/writer-facts";
import { lastDataRow, structuredColumn, summedColumns, tableColumnNames, totalsLabelColumn } from "./table-xml";
import { ROW_POINTS, type PrintPlan } from "../core/output/print";
import { NS, XML_HEADER, xmlText } from "./xml";

export interface SheetXmlInput {
  doc: SheetDoc;
  layout: SheetLayout;
  sst: SharedStrings;
  lang: "zh" | "en";
  /** Relationship ids of the sheet's tables, in doc.tables order. */
  tableRelIds: readonly string[];
  drawingRelId: string | null;
  /** The tab shown when the workbook opens. */
  selected: boolean;
  /** Column widths in character units (fitColumnWidths). */
  widths: readonly number[];
  /** Scale, orientation, print area, page breaks, repeated header and frozen rows (planPrint). */
  print: PrintPlan;
}

/** Kinds whose cells are right-aligned numbers: their header is right-aligned too. */
const RIGHT_ALIGNED: ReadonlySet<ColumnKind> = new Set(["integer", "number", "percent", "money"]);

const FORMULA_LIKE = /^[=+\-@]/;

/**
 * A text cell: a shared string, clipped to Excel's 32,767-character limit whoever built the doc (Excel
 * repairs a file holding a longer one), with a quote-prefix style when it looks like a formula.
 */
function textCell(ref: string, full: string, sst: SharedStrings, style: number = STYLE.text): string {
  const text = clipCellText(full);
  let s = style;
  if (style === STYLE.text || style === STYLE.textWrap) {
    if (FORMULA_LIKE.test(text)) s = STYLE.textQuoted;
    else if (text.includes("\n")) s = STYLE.textWrapped;
  }
  return `<c r="${ref}"${s ? ` s="${s}"` : ""} t="s"><v>${stringIndex(sst, text)}</v></c>`;
}

/** A value under a column kind; "" when the cell stays empty. */
function valueCell(
  ref: string,
  v: TableCell,
  kind: ColumnKind,
  sst: SharedStrings,
  textStyle: number = STYLE.text,
): string {
  if (v === null) return "";
  if (typeof v === "string") return v === "" ? "" : textCell(ref, v, sst, textStyle);
  if (!Number.isFinite(v)) return "";
  switch (kind) {
    case "text":
      return textCell(ref, String(v), sst);
    case "datetime":
    case "date":
      return `<c r="${ref}" s="${STYLE[kind]}"><v>${toExcelSerial(v)}</v></c>`;
    default:
      return `<c r="${ref}" s="${STYLE[kind]}"><v>${v}</v></c>`;
  }
}

/** A row, one line high by default, or as many lines as its wrapped text takes. */
function rowXml(r: number, cells: string, lines: number): string {
  const ht = lines > 1 ? ` ht="${lines * ROW_POINTS}" customHeight="1"` : "";
  return cells === "" && ht === "" ? `<row r="${r + 1}"/>` : `<row r="${r + 1}"${ht}>${cells}</row>`;
}

function headerFooter(lang: "zh" | "en"): string {
  const footer = lang === "zh" ? "&C第 &P 页，共 &N 页" : "&CPage &P of &N";
  return `<headerFooter><oddHeader>${xmlText("&L&A")}</oddHeader><oddFooter>${xmlText(footer)}</oddFooter></headerFooter>`;
}

/** A consumer of XML text, fed in order (a zip entry being deflated, or a string being built). */
export type Emit = (xml: string) => void;

/**
 * Streams the worksheet to `emit`, row by row, so a 100k-row register never exists as one giant string.
 * Widths and the frozen pane come first in the part, so they are worked out before the rows.
 */
export function writeSheetXml(input: SheetXmlInput, emit: Emit): void {
  const { doc, layout, sst, lang, widths, print } = input;

  const lastColumn = Math.max(widths.length - 1, 0);
  const cols = widths
    .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w.toFixed(2)}" customWidth="1"/>`)
    .join("");
  let maxRow = Math.max(layout.titleRow, ...layout.subtitleRows, ...layout.figureRows);
  for (const placed of layout.tables) maxRow = Math.max(maxRow, placed.endRow - 1);
  let pane = "";
  if (print.freezeRows > 0) {
    // The title lines and the table's header stay while scrolling; never a block taller than that.
    const top = cellAddress(print.freezeRows, 0);
    pane = `<pane ySplit="${print.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`;
  }
  emit(
    `${XML_HEADER}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
      `<dimension ref="A1:${cellAddress(maxRow, lastColumn)}"/>` +
      `<sheetViews><sheetView${input.selected ? ' tabSelected="1"' : ""} showGridLines="0" workbookViewId="0">${pane}</sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>` +
      (cols ? `<cols>${cols}</cols>` : "") +
      "<sheetData>",
  );

  const row = (r: number, cells: string): void => {
    if (cells !== "") emit(`<row r="${r + 1}">${cells}</row>`);
  };
  row(layout.titleRow, doc.title === "" ? "" : textCell(cellAddress(layout.titleRow, 0), doc.title, sst, STYLE.title));
  (doc.subtitle ?? []).forEach((line, i) => {
    const r = layout.subtitleRows[i];
    row(r, line === "" ? "" : textCell(cellAddress(r, 0), line, sst, STYLE.subtitle));
  });
  (doc.figures ?? []).forEach((f, i) => {
    const r = layout.figureRows[i];
    let cells = textCell(cellAddress(r, 0), f.label, sst, STYLE.figureLabel);
    cells += valueCell(cellAddress(r, 1), f.value, f.kind, sst);
    if (f.note) cells += textCell(cellAddress(r, 2), f.note, sst, STYLE.figureNote);
    row(r, cells);
  });

  const conditional: string[] = [];
  let priority = 1;
  for (const placed of layout.tables) {
    const { table, headerRow, firstDataRow, firstColumn } = placed;
    if (table.caption !== undefined)
      row(headerRow - 1, textCell(cellAddress(headerRow - 1, firstColumn), table.caption, sst, STYLE.caption));
    const names = tableColumnNames(table.columns.map((c) => c.header));
    const letters = table.columns.map((_, j) => columnLetters(firstColumn + j));
    const headerStyle = table.columns.map((c) =>
      RIGHT_ALIGNED.has(c.kind)
        ? c.wrap
          ? STYLE.headerRightWrapped
          : STYLE.headerRight
        : c.wrap
          ? STYLE.headerWrapped
          : STYLE.header,
    );
    // Text in a wrapping column wraps unless it looks like a formula (its quote prefix matters more).
    const textStyle = table.columns.map((c) => (c.wrap ? STYLE.textWrap : STYLE.text));
    // Rows holding wrapped text get their height here: LibreOffice keeps a file's rows one line high.
    const wrapping = table.columns.flatMap((c, j) => (c.wrap ? [j] : []));
    const linesOf = (values: readonly TableCell[]): number => {
      let lines = 1;
      for (const j of wrapping) {
        const v = values[j];
        if (typeof v === "string") lines = Math.max(lines, wrappedLines(v, widths[firstColumn + j] ?? 9));
      }
      return lines;
    };
    const headerCells = names.map((n, j) => textCell(`${letters[j]}${headerRow + 1}`, n, sst, headerStyle[j])).join("");
    emit(rowXml(headerRow, headerCells, wrapping.length > 0 ? linesOf(table.columns.map((c) => c.header)) : 1));

    // The hot loop of a 100k-row register: per-column constants hoisted, the common cases inlined.
    const kinds = table.columns.map((c) => c.kind);
    const isDate = kinds.map((k) => k === "datetime" || k === "date");
    const numberStyle = kinds.map((k) => (k === "text" ? "" : `" s="${STYLE[k]}"><v>`));
    const width = kinds.length;
    for (let i = 0; i < table.rows.length; i++) {
      const values = table.rows[i];
      const r1 = firstDataRow + i + 1;
      let cells = "";
      for (let j = 0; j < width; j++) {
        const v = values[j];
        if (v === null || v === undefined) continue;
        if (typeof v === "number" && numberStyle[j] !== "" && Number.isFinite(v)) {
          cells += `<c r="${letters[j]}${r1}${numberStyle[j]}${isDate[j] ? toExcelSerial(v) : v}</v></c>`;
        } else {
          cells += valueCell(letters[j] + r1, v, kinds[j], sst, textStyle[j]);
        }
      }
      if (wrapping.length > 0) emit(rowXml(r1 - 1, cells, linesOf(values)));
      else emit(cells === "" ? `<row r="${r1}"/>` : `<row r="${r1}">${cells}</row>`);
    }
    const dataEnd = lastDataRow(placed);
    if (table.totals) {
      const r = dataEnd + 1;
      const labelColumn = totalsLabelColumn(placed);
      const summed = summedColumns(placed);
      let cells = "";
      table.columns.forEach((c, j) => {
        const ref = `${letters[j]}${r + 1}`;
        if (j === labelColumn) {
          cells += textCell(ref, table.totalsLabel ?? totalsLabel(lang), sst);
        } else if (summed[j]) {
          let sum = 0;
          for (const values of table.rows) {
            const v = values[j];
            if (typeof v === "number" && Number.isFinite(v)) sum += v;
          }
          // Floating sums of money must not show 0.30000000000000004 in the cache.
          const cached = Number(sum.toPrecision(15));
          const formula = `SUBTOTAL(109,${structuredColumn(table.name, names[j])})`;
          cells += `<c r="${ref}" s="${STYLE[c.kind as "integer"]}"><f>${xmlText(formula)}</f><v>${cached}</v></c>`;
        }
      });
      row(r, cells);
    }

    table.columns.forEach((c, j) => {
      if (!c.highlight) return;
      const topLeft = `${letters[j]}${firstDataRow + 1}`;
      const sqref = `${topLeft}:${letters[j]}${dataEnd + 1}`;
      conditional.push(conditionalFormattingXml(c.highlight, sqref, topLeft, priority));
      priority += 4;
    });
  }

  const breaks = print.breaksBefore.length
    ? `<rowBreaks count="${print.breaksBefore.length}" manualBreakCount="${print.breaksBefore.length}">` +
      print.breaksBefore.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("") +
      "</rowBreaks>"
    : "";
  emit(
    "</sheetData>" +
      conditional.join("") +
      `<printOptions horizontalCentered="1"/>` +
      `<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
      // A4 (9), the paper of a Chinese office, at the plan's fixed scale: the print area is one page wide at
      // it, and a fixed scale keeps the manual breaks where the plan put them (fit-to-page ignores them).
      `<pageSetup paperSize="9" scale="${print.scale}" orientation="${print.landscape ? "landscape" : "portrait"}"/>` +
      headerFooter(lang) +
      breaks +
      (input.drawingRelId ? `<drawing r:id="${input.drawingRelId}"/>` : "") +
      (input.tableRelIds.length
        ? `<tableParts count="${input.tableRelIds.length}">${input.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
        : "") +
      "</worksheet>",
  );
}

/** The worksheet as one string (small sheets, tests). */
export function sheetXml(input: SheetXmlInput): string {
  const parts: string[] = [];
  writeSheetXml(input, (x) => parts.push(x));
  return parts.join("");
}
