/**
 * Whether the workbook counts dates from 1904 (old Mac workbooks). Office.js has no property for it in
 * the shipped API, but a date cell gives it away: its value is the serial and its text is the date as
 * Excel shows it. The two systems put the same serial four years (and a day) apart, so the shown
 * year tells which one Excel used.
 */
import type { CellValue } from "../../core/model";
import { fromExcelSerial, fromMinutes } from "../../core/time";

/** true / false when some date cell decides it, null when none does (the caller then assumes 1900). */
export function detectDate1904(values: readonly CellValue[][], texts: readonly string[][]): boolean | null {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const text = texts[r]?.[c];
      if (typeof v !== "number" || typeof text !== "string" || v < 1) continue;
      const years = text.match(/(?<!\d)\d{4}(?!\d)/g);
      if (!years) continue;
      const m1900 = fromExcelSerial(v, false);
      const m1904 = fromExcelSerial(v, true);
      if (m1900 === null || m1904 === null) continue;
      const y1900 = String(fromMinutes(m1900).year);
      const y1904 = String(fromMinutes(m1904).year);
      const has1900 = years.includes(y1900);
      const has1904 = years.includes(y1904);
      if (has1900 !== has1904) return has1904;
    }
  }
  return null;
}
