/**
 * Excel table parts (xl/tables/tableN.xml): header row with filter buttons, banded style, and an
 * optional totals row that sums with SUBTOTAL(109, …) so the sums follow the filter.
 */
import type { PlacedTable } from "../core/output/sheet-doc";
import { cellAddress } from "../core/output/sheet-doc";
import {
  summedColumns as summedColumnsOf,
  totalsLabelColumn as totalsLabelColumnOf,
} from "../core/output/writer-facts";
import { DEFAULT_TABLE_STYLE } from "./styles";
import { NS, XML_HEADER, xmlText } from "./xml";

/**
 * Header texts as the table can carry them: Excel requires unique, non-empty column names without line
 * breaks, and repairs the file otherwise. The sheet's header cells are written with these same names.
 */
export function tableColumnNames(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h.replace(/[\r\n\t]+/g, " ").trim() || `Column${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** A column in a structured reference: [ ] # ' are escaped with ', and the name is bracketed. */
export function structuredColumn(table: string, column: string): string {
  return `${table}[[${column.replace(/['#[\]]/g, "'$&")}]]`;
}

/** Columns the totals row sums (core/output/writer-facts), for a placed table. */
export const summedColumns = (placed: PlacedTable): boolean[] => summedColumnsOf(placed.table);

/** The column that carries the totals label, for a placed table. */
export const totalsLabelColumn = (placed: PlacedTable): number | null => totalsLabelColumnOf(placed.table);

/** Last row of data (0-based), the reserved empty row included. */
export function lastDataRow(placed: PlacedTable): number {
  return placed.firstDataRow + Math.max(placed.table.rows.length, 1) - 1;
}

export function tableXml(placed: PlacedTable, id: number, totalsLabel: string): string {
  const { table, headerRow, firstColumn } = placed;
  const names = tableColumnNames(table.columns.map((c) => c.header));
  const lastColumn = firstColumn + Math.max(table.columns.length, 1) - 1;
  const dataEnd = lastDataRow(placed);
  const end = table.totals ? dataEnd + 1 : dataEnd;
  const ref = `${cellAddress(headerRow, firstColumn)}:${cellAddress(end, lastColumn)}`;
  const filterRef = `${cellAddress(headerRow, firstColumn)}:${cellAddress(dataEnd, lastColumn)}`;
  const labelColumn = totalsLabelColumn(placed);
  const summed = summedColumns(placed);
  const columns = table.columns
    .map((c, j) => {
      let totals = "";
      if (table.totals && j === labelColumn) totals = ` totalsRowLabel="${xmlText(totalsLabel)}"`;
      else if (table.totals && summed[j]) totals = ' totalsRowFunction="sum"';
      return `<tableColumn id="${j + 1}" name="${xmlText(names[j])}"${totals}/>`;
    })
    .join("");
  return (
    `${XML_HEADER}<table xmlns="${NS.main}" id="${id}" name="${xmlText(table.name)}" displayName="${xmlText(table.name)}" ref="${ref}"` +
    `${table.totals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${filterRef}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${DEFAULT_TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
