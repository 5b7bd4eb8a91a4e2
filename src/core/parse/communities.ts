/**
 * The Communities sheet (小区): 小区, 物业公司, 户数, 交付日期 (DESIGN §2). It maps a community to its property
 * company (cases with a blank 物业公司) and gives the households for complaints per 1,000 households.
 */
import { msg, type Message } from "../messages";
import type { Community, Rejection, WorkbookInput } from "../model";
import { cellText, errorReason, excelError, isBlank, isBlankRow, parseDateCell, parseNumberCell } from "./cells";
import type { ColumnDef } from "./columns";
import { buildHeaderIndex, findHeaderRow, findSheetByName, hasColumns, type ColumnAt } from "./header";
import { rejection, rowProblem, totalsCellIndex } from "./rows";

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

export const COMMUNITY_COLUMNS: readonly ColumnDef[] = [
  def(
    "name",
    "小区",
    "Community",
    "text",
    ["小区名称", "项目", "项目名称", "楼盘", "Name", "Community name", "Estate"],
    true,
  ),
  def("propertyCompany", "物业公司", "Property company", "text", [
    "物业",
    "物业服务企业",
    "物业服务公司",
    "Property management",
    "Property",
  ]),
  def("households", "户数", "Households", "number", [
    "总户数",
    "住户数",
    "户",
    "Homes",
    "Units",
    "Number of households",
  ]),
  def("handoverDate", "交付日期", "Handover date", "datetime", [
    "交付时间",
    "交房日期",
    "交房时间",
    "入伙日期",
    "Handover",
    "Delivered",
    "Delivery date",
  ]),
];

export const COMMUNITY_SHEET_NAMES = ["小区", "Communities", "小区信息", "小区列表", "小区表", "Community"];

const INDEX = buildHeaderIndex(COMMUNITY_COLUMNS);
const REQUIRED = ["name"];

export interface CommunitiesRead {
  communities: Community[];
  rejected: Rejection[];
  warnings: Message[];
}

/**
 * Rows with a community name become communities; a bad 户数 or 交付日期 keeps the community with that value
 * empty and a warning. Totals rows, rows without a name and repeated names are rejected. Absent sheet → empty.
 */
export function readCommunities(input: WorkbookInput): CommunitiesRead {
  const sheet = findSheetByName(input, COMMUNITY_SHEET_NAMES);
  const out: CommunitiesRead = { communities: [], rejected: [], warnings: [] };
  if (!sheet) return out;
  const values = sheet.values;
  const firstRow = Number.isInteger(sheet.firstRow) ? sheet.firstRow : 1;
  const layout = findHeaderRow(values, INDEX, REQUIRED);
  if (!layout || !hasColumns(layout, REQUIRED)) {
    out.warnings.push(msg("communities.no-name-column", { sheet: String(sheet.name) }));
    return out;
  }
  const name = layout.columns.get("name") as ColumnAt;
  const company = layout.columns.get("propertyCompany");
  const households = layout.columns.get("households");
  const handover = layout.columns.get("handoverDate");
  if (!company) out.warnings.push(msg("communities.no-company-column", { sheet: String(sheet.name) }));
  const date1904 = input.date1904 === true;
  const firstRowByName = new Map<string, number>();

  for (let r = layout.rowIndex + 1; r < values.length; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    const excelRow = firstRow + r;
    const t = totalsCellIndex(row, [name.index, 0]);
    if (t >= 0) {
      out.rejected.push(
        rejection(
          excelRow,
          t === name.index ? name.header : cellText(values[layout.rowIndex][t]) || name.header,
          row[t],
          msg("communities.totals-row", {}),
        ),
      );
      continue;
    }
    const nameV = row[name.index];
    const err = excelError(nameV);
    if (err) {
      out.rejected.push(rejection(excelRow, name.header, nameV, errorReason(err)));
      continue;
    }
    if (isBlank(nameV)) {
      out.rejected.push(rejection(excelRow, name.header, nameV, msg("communities.blank-name", {})));
      continue;
    }
    const communityName = cellText(nameV);
    const first = firstRowByName.get(communityName);
    if (first !== undefined) {
      out.rejected.push(rejection(excelRow, name.header, nameV, msg("communities.duplicate", { row: first })));
      continue;
    }
    firstRowByName.set(communityName, excelRow);

    const c: Community = {
      name: communityName,
      propertyCompany: "",
      households: null,
      handoverDate: null,
      row: excelRow,
    };
    if (company) {
      const v = row[company.index];
      const e = excelError(v);
      if (e) out.warnings.push(rowProblem(excelRow, company.header, errorReason(e)));
      else c.propertyCompany = cellText(v);
    }
    if (households && !isBlank(row[households.index])) {
      const v = row[households.index];
      const n = excelError(v) ? null : parseNumberCell(v, /户$/);
      if (n === null || n < 0 || !Number.isInteger(n))
        out.warnings.push(
          rowProblem(excelRow, households.header, msg("communities.bad-households", { value: cellText(v) })),
        );
      else c.households = n;
    }
    if (handover) {
      const d = parseDateCell(row[handover.index], { date1904, defaultYear: null });
      if (d.kind === "ok") c.handoverDate = d.stamp.at;
      else if (d.kind === "error") out.warnings.push(rowProblem(excelRow, handover.header, d.reason));
    }
    out.communities.push(c);
  }
  return out;
}
