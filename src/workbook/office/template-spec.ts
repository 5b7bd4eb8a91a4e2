/**
 * The clerk's template built from the reader's own column list (src/core/parse/columns.ts) and the
 * center's terms (src/core/labels.ts), so a log made by the add-in is read back without a warning.
 */
import { CASE_LOG_COLUMNS } from "../../core/parse/columns";
import { COMMUNITY_COLUMNS, COMMUNITY_SHEET_NAMES } from "../../core/parse/communities";
import { INSPECTION_COLUMNS, INSPECTION_SHEET_NAMES } from "../../core/parse/inspections";
import { CASE_STATES, stateText } from "../../core/desk/steps";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  RESPONSIBLE_LABELS,
  FOLLOW_UP_METHOD_LABELS,
  SATISFACTION_LABELS,
  VERIFICATION_LABELS,
} from "../../core/labels";
import type { TemplateSpec } from "./templates";

export const CASE_LOG_SHEET_NAME = "案件登记";

const zh = (labels: Record<string, { zh: string }>): string[] => Object.values(labels).map((l) => l.zh);

/** The delivery kinds a 送达方式 column takes (DESIGN §2), when the reader has that column. */
const DELIVERY_KINDS = ["书面", "联系单", "邮件", "微信", "电话", "口头"];

const unique = (xs: readonly string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];

/**
 * `companies`: the property companies of the Communities sheet, for the 物业公司 drop-down; `communities`:
 * its communities, for the 小区 drop-down. The log is made an Excel table (a new row typed or appended under
 * it takes its formats and lists), and the Communities and Inspections sheets are made beside it, headers
 * only, where the workbook has none, so a new center starts with the full set.
 */
export function caseLogTemplateSpec(
  companies: readonly string[] = [],
  sheetName = CASE_LOG_SHEET_NAME,
  communities: readonly string[] = [],
): TemplateSpec {
  const lists: Record<string, string[]> = {
    类别: zh(CATEGORY_LABELS),
    来源渠道: zh(CHANNEL_LABELS),
    责任单位: zh(RESPONSIBLE_LABELS),
    满意度: zh(SATISFACTION_LABELS),
    验证结果: zh(VERIFICATION_LABELS),
    重大质量问题: ["是", "否"],
    回访方式: zh(FOLLOW_UP_METHOD_LABELS),
    状态: CASE_STATES.map((s) => stateText(s, "zh")),
  };
  if (CASE_LOG_COLUMNS.some((c) => c.zh === "送达方式")) lists["送达方式"] = DELIVERY_KINDS;
  if (unique(companies).length > 0) lists["物业公司"] = unique(companies);
  if (unique(communities).length > 0) lists["小区"] = unique(communities);
  return {
    sheetName,
    headers: CASE_LOG_COLUMNS.map((c) => c.zh),
    headerNames: Object.fromEntries(CASE_LOG_COLUMNS.map((c) => [c.zh, { zh: c.zh, en: c.en }])),
    lists,
    dateHeaders: CASE_LOG_COLUMNS.filter((c) => c.kind === "datetime").map((c) => c.zh),
    textHeaders: CASE_LOG_COLUMNS.filter((c) => c.kind === "text").map((c) => c.zh),
    table: "CaseLog",
    companions: [
      {
        sheetName: COMMUNITY_SHEET_NAMES[0],
        headers: COMMUNITY_COLUMNS.map((c) => c.zh),
        dateHeaders: COMMUNITY_COLUMNS.filter((c) => c.kind === "datetime").map((c) => c.zh),
      },
      {
        sheetName: INSPECTION_SHEET_NAMES[0],
        headers: INSPECTION_COLUMNS.map((c) => c.zh),
        dateHeaders: INSPECTION_COLUMNS.filter((c) => c.kind === "datetime").map((c) => c.zh),
      },
    ],
  };
}
