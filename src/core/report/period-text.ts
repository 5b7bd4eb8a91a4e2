/** A period and a month in the report's words: 2026年10月 / October 2026, 10月 / Oct. */
import { EN_MONTH_NAMES, type Lang } from "../labels";
import type { ResolvedPeriod } from "../shared/period";

/** 2026年10月 / October 2026; 2026年 / 2026. */
export function periodText(p: ResolvedPeriod, lang: Lang): string {
  const year = Math.floor(p.span.first / 12);
  if (p.kind === "year") return lang === "zh" ? `${year}年` : String(year);
  const month = (p.span.first % 12) + 1;
  return lang === "zh" ? `${year}年${month}月` : `${EN_MONTH_NAMES[month - 1]} ${year}`;
}

/** A month index as a short axis label: 1月 / Jan. */
export function shortMonth(index: number, lang: Lang): string {
  const month = (index % 12) + 1;
  return lang === "zh" ? `${month}月` : EN_MONTH_NAMES[month - 1].slice(0, 3);
}
