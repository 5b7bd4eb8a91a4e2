/**
 * The pane's languages and the center's terms as the pane shows them. Terms (投诉, 维修, 物业公司 …) come
 * from the core's label tables, so the pane, the sheets and the reports say the same word; the pane's own
 * strings live in the two resource files next to this module.
 */
import type {
  Category,
  Channel,
  ComplianceStatus,
  Grade,
  Responsible,
  Satisfaction,
  Verification,
} from "../../core/model";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  GRADE_LABELS,
  KPI_LABELS,
  RESPONSIBLE_LABELS,
  RULE_LABELS,
  SATISFACTION_LABELS,
  STATUS_LABELS,
  VERIFICATION_LABELS,
  label,
} from "../../core/labels";
import { coreLang, type Lang } from "../../host/locale";
import enUS from "./en-US.json";
import zhCN from "./zh-CN.json";

export { coreLang, LANGS, langFor, type Lang } from "../../host/locale";

export const categoryLabel = (c: Category, lang: Lang): string => label(CATEGORY_LABELS, c, coreLang(lang));
export const channelLabel = (c: Channel, lang: Lang): string => label(CHANNEL_LABELS, c, coreLang(lang));
export const responsibleLabel = (r: Responsible, lang: Lang): string => label(RESPONSIBLE_LABELS, r, coreLang(lang));
export const statusLabel = (s: ComplianceStatus, lang: Lang): string => label(STATUS_LABELS, s, coreLang(lang));
export const ruleLabel = (id: string, lang: Lang): string => label(RULE_LABELS, id, coreLang(lang));
export const satisfactionLabel = (s: Satisfaction, lang: Lang): string => label(SATISFACTION_LABELS, s, coreLang(lang));
export const verificationLabel = (v: Verification, lang: Lang): string => label(VERIFICATION_LABELS, v, coreLang(lang));
export const gradeLabel = (g: Grade, lang: Lang): string => `${g} ${label(GRADE_LABELS, g, coreLang(lang))}`;

function table<K extends string>(
  labels: Partial<Record<K, { zh: string; en: string }>>,
  lang: Lang,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, l] of Object.entries(labels) as [string, { zh: string; en: string } | undefined][])
    if (l) out[code] = l[coreLang(lang)];
  return out;
}

/** One i18next resource bundle per language: the pane's strings plus the terms under their groups. */
export function resources(lang: Lang): Record<string, unknown> {
  return {
    ...(lang === "zh-CN" ? zhCN : enUS),
    category: table(CATEGORY_LABELS, lang),
    channel: table(CHANNEL_LABELS, lang),
    responsible: table(RESPONSIBLE_LABELS, lang),
    status: table(STATUS_LABELS, lang),
    rule: table(RULE_LABELS, lang),
    kpi: table(KPI_LABELS, lang),
    satisfaction: table(SATISFACTION_LABELS, lang),
    verification: table(VERIFICATION_LABELS, lang),
    grade: table(GRADE_LABELS, lang),
  };
}
