/**
 * The Inspections sheet (巡检, §5.7.2): the center's checks of the property companies' service, with
 * deductions that feed the scorecards. Columns: 日期, 小区, 物业公司, 检查项目, 问题描述, 扣分, 整改期限, 整改完成时间.
 */
import { msg, type Message } from "../messages";
import type { CellValue, Community, Inspection, Rejection, WorkbookInput } from "../model";
import { MINUTES_PER_DAY } from "../time";
import {
  cellText,
  errorReason,
  excelError,
  isBlank,
  isBlankRow,
  parseDateCell,
  parseNumberCell,
  shownValue,
  type DateContext,
} from "./cells";
import type { ColumnDef } from "./columns";
import { buildHeaderIndex, findHeaderRow, findSheetByName, hasColumns, type ColumnAt } from "./header";
import { mostCommonYear, rejection, rowProblem, totalsCellIndex } from "./rows";

const def = (
  key: string,
  zh: string,
  en: string,
  kind: ColumnDef["kind"],
  aliases: string[],
  required = false,
): ColumnDef => ({
  key,
  zh,
  en,
  aliases,
  required,
  kind,
});

export const INSPECTION_COLUMNS: readonly ColumnDef[] = [
  def(
    "date",
    "日期",
    "Date",
    "datetime",
    ["检查日期", "巡检日期", "检查时间", "巡检时间", "Inspection date", "Inspected"],
    true,
  ),
  def("community", "小区", "Community", "text", ["小区名称", "楼盘", "Estate", "Community name"]),
  def("propertyCompany", "物业公司", "Property company", "text", [
    "物业",
    "物业服务企业",
    "Property management",
    "Property",
  ]),
  def("item", "检查项目", "Item", "text", ["项目", "巡检项目", "检查内容", "Check item", "Inspection item"]),
  def("problem", "问题描述", "Problem", "text", ["问题", "存在问题", "发现问题", "Description", "Finding", "Issue"]),
  def("deduction", "扣分", "Deduction", "number", ["扣分值", "扣除分数", "分值", "Points deducted", "Deducted"]),
  def("rectifyBy", "整改期限", "Rectify by", "datetime", [
    "整改期限日期",
    "整改截止日期",
    "整改时限",
    "Deadline",
    "Due",
  ]),
  def("rectifiedAt", "整改完成时间", "Rectified", "datetime", [
    "整改完成日期",
    "完成整改时间",
    "Rectified at",
    "Rectification completed",
  ]),
];

export const INSPECTION_SHEET_NAMES = ["巡检", "Inspections", "巡检记录", "巡查", "检查记录", "巡检检查", "Inspection"];

const INDEX = buildHeaderIndex(INSPECTION_COLUMNS);
const REQUIRED = ["date"];

export interface InspectionsRead {
  inspections: Inspection[];
  rejected: Rejection[];
  warnings: Message[];
}

export interface ReadInspectionsOptions {
  /** Year for `10月3日`-style dates; by default the year most full 日期 cells carry. */
  defaultYear?: number | null;
  /** Fills a blank 物业公司 from the community's company. */
  communities?: readonly Community[];
}

/**
 * Every non-blank row → an inspection, or rejections: 日期 missing or invalid, 扣分 not a number ≥ 0, neither
 * 小区 nor 物业公司 given, totals rows. A bad 整改期限 / 整改完成时间 keeps the inspection with that date empty and
 * a warning. A 整改期限 without a time is due at the end of that day (DESIGN §3), so it is stored as the next
 * day 00:00. Absent sheet → empty lists.
 */
export function readInspections(input: WorkbookInput, options: ReadInspectionsOptions = {}): InspectionsRead {
  const out: InspectionsRead = { inspections: [], rejected: [], warnings: [] };
  const sheet = findSheetByName(input, INSPECTION_SHEET_NAMES);
  if (!sheet) return out;
  const values = sheet.values;
  const firstRow = Number.isInteger(sheet.firstRow) ? sheet.firstRow : 1;
  const layout = findHeaderRow(values, INDEX, REQUIRED);
  if (!layout || !hasColumns(layout, REQUIRED)) {
    out.warnings.push(msg("inspections.no-date-column", { sheet: String(sheet.name) }));
    return out;
  }
  const cols = layout.columns;
  const date = cols.get("date") as ColumnAt;
  const date1904 = input.date1904 === true;
  const companyOf = new Map(
    (options.communities ?? []).filter((c) => c.propertyCompany !== "").map((c) => [c.name, c.propertyCompany]),
  );

  let year: number | null | undefined = options.defaultYear ?? undefined;
  const ctx: DateContext = {
    date1904,
    get defaultYear() {
      if (year === undefined) year = mostCommonYear(values, layout.rowIndex + 1, date.index, date1904);
      return year;
    },
  };
  const text = (row: readonly CellValue[], key: string, excelRow: number): string => {
    const c = cols.get(key);
    if (!c) return "";
    const v = row[c.index];
    const err = excelError(v);
    if (err) {
      out.warnings.push(rowProblem(excelRow, c.header, errorReason(err)));
      return "";
    }
    return cellText(v);
  };
  const totalsIndexes = [date.index, 0, cols.get("community")?.index ?? -1];

  for (let r = layout.rowIndex + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const excelRow = firstRow + r;
    const t = totalsCellIndex(row, totalsIndexes);
    if (t >= 0) {
      out.rejected.push(
        rejection(
          excelRow,
          cellText(values[layout.rowIndex][t]) || date.header,
          row[t],
          msg("inspections.totals-row", {}),
        ),
      );
      continue;
    }
    const before = out.rejected.length;
    const d = parseDateCell(row[date.index], ctx);
    if (d.kind === "blank")
      out.rejected.push(rejection(excelRow, date.header, row[date.index], msg("inspections.blank-date", {})));
    else if (d.kind === "error") out.rejected.push(rejection(excelRow, date.header, row[date.index], d.reason));

    let deduction = 0;
    const dc = cols.get("deduction");
    if (dc && !isBlank(row[dc.index])) {
      const v = row[dc.index];
      const err = excelError(v);
      const n = err ? null : parseNumberCell(v, /分$/);
      if (err) out.rejected.push(rejection(excelRow, dc.header, v, errorReason(err)));
      else if (n === null || n < 0)
        out.rejected.push(
          rejection(excelRow, dc.header, v, msg("inspections.bad-deduction", { value: shownValue(v) })),
        );
      else deduction = n;
    }

    const community = text(row, "community", excelRow);
    let propertyCompany = text(row, "propertyCompany", excelRow);
    if (propertyCompany === "" && community !== "") propertyCompany = companyOf.get(community) ?? "";
    if (community === "" && propertyCompany === "") {
      const c = cols.get("community") ?? cols.get("propertyCompany");
      out.rejected.push(
        rejection(excelRow, c?.header ?? "小区", c ? row[c.index] : "", msg("inspections.no-community", {})),
      );
    } else if (propertyCompany === "") {
      out.warnings.push(msg("inspections.company-unknown", { row: excelRow, community }));
    }
    if (out.rejected.length > before || d.kind !== "ok") continue;

    out.inspections.push({
      row: excelRow,
      date: d.stamp.at,
      community,
      propertyCompany,
      item: text(row, "item", excelRow),
      problem: text(row, "problem", excelRow),
      deduction,
      rectifyBy: optionalDate(row, cols.get("rectifyBy"), ctx, excelRow, out.warnings, true),
      rectifiedAt: optionalDate(row, cols.get("rectifiedAt"), ctx, excelRow, out.warnings, false),
    });
  }
  return out;
}

function optionalDate(
  row: readonly CellValue[],
  c: ColumnAt | undefined,
  ctx: DateContext,
  excelRow: number,
  warnings: Message[],
  endOfDay: boolean,
): number | null {
  if (!c) return null;
  const d = parseDateCell(row[c.index], ctx);
  if (d.kind === "error") warnings.push(rowProblem(excelRow, c.header, d.reason));
  if (d.kind !== "ok") return null;
  return endOfDay && d.stamp.dateOnly ? d.stamp.at + MINUTES_PER_DAY : d.stamp.at;
}
