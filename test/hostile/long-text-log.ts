/** A case log with cells past Excel's 32,767-character limit: what a pasted e-mail thread does to a description. */
import type { CellValue, WorkbookInput } from "../../src/core/model";
import { MAX_CELL_CHARS } from "../../src/core/output/cell-text";

const HEAD = "楼上漏水";
/**
 * 40,000 UTF-16 code units, with an emoji (a surrogate pair) straddling the cut: units 32,765–32,766. A clip that
 * counted code points, or cut the pair, would show here.
 */
export const LONG_DESCRIPTION =
  HEAD + "漏".repeat(MAX_CELL_CHARS - 2 - HEAD.length) + "😀" + "水".repeat(40_000 - MAX_CELL_CHARS);
/** What a cell shows of it: the pair is dropped whole, then "…" — 32,766 units. */
export const CLIPPED_DESCRIPTION = HEAD + "漏".repeat(MAX_CELL_CHARS - 2 - HEAD.length) + "…";
/** One unit over the limit, and exactly at it. */
export const LONG_CUSTOMER = "王".repeat(MAX_CELL_CHARS + 1);
export const CLIPPED_CUSTOMER = "王".repeat(MAX_CELL_CHARS - 1) + "…";
export const FULL_NOTES = "注".repeat(MAX_CELL_CHARS);

export const LONG_HEADER = [
  "编号",
  "受理时间",
  "来源渠道",
  "客户姓名",
  "联系电话",
  "小区",
  "房号",
  "类别",
  "事项内容",
  "责任单位",
  "物业公司",
  "备注",
];

export function longTextRows(): CellValue[][] {
  return [
    LONG_HEADER,
    [
      "L-001",
      "2026-10-09 08:45",
      "电话",
      LONG_CUSTOMER,
      "13812345678",
      "和园",
      "3-2-501",
      "投诉",
      LONG_DESCRIPTION,
      "物业公司",
      "和园物业",
      FULL_NOTES,
    ],
    [
      "L-002",
      "2026-10-10 09:30",
      "来访",
      "李女士",
      "13912345678",
      "和园",
      "5-1-302",
      "维修",
      '=HYPERLINK("http://x","y")',
      "物业公司",
      "和园物业",
      "",
    ],
  ];
}

export function longTextInput(): WorkbookInput {
  return { sheets: [{ name: "案件登记", values: longTextRows(), firstRow: 1, firstColumn: 1 }], date1904: false };
}

/** A long text in a few characters (head, length, tail), so a failing comparison prints a line, not 40,000 characters. */
export function brief(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 4)}…[${text.length}]…${text.slice(-3)}`;
}
