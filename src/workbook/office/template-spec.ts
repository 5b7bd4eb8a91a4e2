/**
 * The clerk's template built from the reader's own column list (src/core/parse/columns.ts) and the
 * center's terms (src/core/labels.ts), so a log made by the add-in is read back without a warning.
 */
import { CASE_LOG_COLUMNS } from "../../core/parse/columns";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  RESPONSIBLE_LABELS,
  SATISFACTION_LABELS,
  VERIFICATION_LABELS,
} from "../../core/labels";
import type { TemplateSpec } from "./templates";

export const CASE_LOG_SHEET_NAME = "案件登记";

const zh = (labels: Record<string, { zh: string }>): string[] => Object.values(labels).map((l) => l.zh);

/** `companies`: the property companies of the Communities sheet, for the 物业公司 drop-down. */
export function caseLogTemplateSpec(companies: readonly string[] = [], sheetName = CASE_LOG_SHEET_NAME): TemplateSpec {
  const lists: Record<string, string[]> = {
    类别: zh(CATEGORY_LABELS),
    来源渠道: zh(CHANNEL_LABELS),
    责任单位: zh(RESPONSIBLE_LABELS),
    满意度: zh(SATISFACTION_LABELS),
    验证结果: zh(VERIFICATION_LABELS),
    重大质量问题: ["是", "否"],
    回访方式: ["电话", "上门"],
  };
  const unique = [...new Set(companies.map((c) => c.trim()).filter((c) => c.length > 0))];
  if (unique.length > 0) lists["物业公司"] = unique;
  return {
    sheetName,
    headers: CASE_LOG_COLUMNS.map((c) => c.zh),
    lists,
    dateHeaders: CASE_LOG_COLUMNS.filter((c) => c.kind === "datetime").map((c) => c.zh),
    textHeaders: CASE_LOG_COLUMNS.filter((c) => c.kind === "text").map((c) => c.zh),
  };
}
