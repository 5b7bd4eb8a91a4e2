/**
 * What a SheetDoc looks like in Excel, whichever writer puts it there (the .xlsx writer for the CLI and
 * downloads, the Office.js writer inside Excel): the number format of each column kind, which kinds a totals
 * row sums, the totals row's label, and the colours of the highlights. Written once, here, so a report and
 * the sheets written into the clerk's workbook show the same figure the same way.
 */
import type { Lang } from "../labels";
import type { ColumnKind, TableBlock } from "./sheet-doc";

/** Excel number format of each column kind ("@" keeps text as typed). */
export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: "@",
  integer: "0",
  number: "#,##0.0",
  percent: "0.0%",
  datetime: "yyyy-mm-dd hh:mm",
  date: "yyyy-mm-dd",
  money: "#,##0.00",
};

/** Kinds a totals row sums: counts and amounts, never rates or dates. */
export const SUMMED_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(["integer", "number", "money"]);

/**
 * Columns a table's totals row sums: counts and amounts that hold at least one number. A column with no
 * data (say, last year's figures before the first year) gets no total: a 0 there would claim a value.
 */
export function summedColumns(table: TableBlock): boolean[] {
  return table.columns.map(
    (c, j) => SUMMED_KINDS.has(c.kind) && table.rows.some((r) => typeof r[j] === "number" && Number.isFinite(r[j])),
  );
}

/** The first column carries the totals label unless it is itself a summed kind (then there is none). */
export function totalsLabelColumn(table: TableBlock): number | null {
  const first = table.columns[0];
  return first && !SUMMED_KINDS.has(first.kind) ? 0 : null;
}

const TOTALS_LABEL: Readonly<Record<Lang, string>> = { zh: "合计", en: "Total" };

/** The totals row's label, in the language of the sheet's text. */
export function totalsLabel(lang: Lang): string {
  return TOTALS_LABEL[lang];
}

/**
 * Where a table's cells sit in a row taller than one line (a wrapped explanation beside short cells): at the
 * top, so a case number, a status and the first line of its explanation read across as one line.
 */
export const TABLE_CELL_VERTICAL = "top" as const;

/** Highlight tones: Excel's own "light red fill with dark red text" family. */
export type Tone = "red" | "amber" | "green" | "lightGreen";
export const TONES: readonly Tone[] = ["red", "amber", "green", "lightGreen"];

/** Font and fill of each tone, as RRGGBB (each writer adds its own prefix: FF for OOXML, # for Office.js). */
export const TONE_COLOURS: Readonly<Record<Tone, { font: string; fill: string }>> = {
  red: { font: "9C0006", fill: "FFC7CE" },
  amber: { font: "9C5700", fill: "FFEB9C" },
  green: { font: "006100", fill: "C6EFCE" },
  lightGreen: { font: "375623", fill: "E2EFDA" },
};
