/** Builds WorkbookInput grids for the reader tests, as Office.js `range.values` would give them. */
import type { CellValue, WorkbookInput } from "../../../src/core/model";
import { formatMinutes } from "../../../src/core/time";
import type { Stamp } from "../../../src/core/model";

export function workbook(
  sheets: Record<string, CellValue[][]>,
  options: { date1904?: boolean; firstRow?: number; firstColumn?: number } = {},
): WorkbookInput {
  return {
    date1904: options.date1904 ?? false,
    sheets: Object.entries(sheets).map(([name, values]) => ({
      name,
      values,
      firstRow: options.firstRow ?? 1,
      firstColumn: options.firstColumn ?? 1,
    })),
  };
}

/** The canonical header row used by most tests: 编号, 受理时间 and a few optional columns. */
export const HEADER: CellValue[] = ["编号", "受理时间", "来源渠道", "类别", "责任单位", "完成时间", "满意度"];

/** A log sheet named 案件登记 with a title row, the header and the given data rows (Excel row 3 onward). */
export function logBook(
  rows: CellValue[][],
  header: CellValue[] = HEADER,
  options: { date1904?: boolean } = {},
): WorkbookInput {
  return workbook({ 案件登记: [["2026年客服中心案件登记表"], header, ...rows] }, options);
}

export const at = (s: Stamp | null | undefined): string | null => (s ? formatMinutes(s.at) : null);
