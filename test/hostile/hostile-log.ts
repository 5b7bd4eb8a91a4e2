/** A case log whose free text is what an attacker (or an unlucky paste) would put in it. */
import type { CellValue, SheetValues, WorkbookInput } from "../../src/core/model";

export const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  "<script>alert(1)</script>",
  "=1+1",
  "'=quoted",
];

export const HEADER = [
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
  "完成时间",
  "备注",
  "状态",
];

/** One complaint and one repair per hostile text: in 客户姓名, 小区, 房号, 事项内容, 备注 and 状态. */
export function hostileRows(): CellValue[][] {
  const rows: CellValue[][] = [HEADER];
  HOSTILE.forEach((text, i) => {
    for (const [k, category] of ["投诉", "维修"].entries()) {
      rows.push([
        `X-${i + 1}-${k}`,
        `2026-10-${String(i + 2).padStart(2, "0")} 10:00`,
        "电话",
        text,
        "13812345678",
        text,
        text,
        category,
        text,
        "物业公司",
        "安居物业",
        k === 1 ? `2026-10-${String(i + 3).padStart(2, "0")} 09:00` : "",
        text,
        text,
      ]);
    }
  });
  return rows;
}

export function hostileInput(): WorkbookInput {
  const log: SheetValues = { name: "案件登记", values: hostileRows(), firstRow: 1, firstColumn: 1 };
  return { sheets: [log], date1904: false };
}
