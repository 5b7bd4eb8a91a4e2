/**
 * The pane's date texts written out for its two languages, matching what Intl.DateTimeFormat prints for
 * them (test/taskpane/dates.test.ts compares both). Building the first Intl.DateTimeFormat of a page costs
 * a quarter of a second in Chromium (locale data), and the first screen shows a date-time and a dozen
 * month names; the charts and the late list can pay for Intl later, the first paint should not.
 */
import { EN_MONTH_NAMES } from "../../core/labels";
import type { Lang } from "./labels";

const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const two = (n: number): string => String(n).padStart(2, "0");

/** Four-digit years only: outside them Intl's own rules (eras, padding) apply, and callers fall back to it. */
export function handFormatted(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999;
}

export function dateText(lang: Lang, year: number, month: number, day: number): string {
  return lang === "zh-CN" ? `${year}/${two(month)}/${two(day)}` : `${two(month)}/${two(day)}/${year}`;
}

/** 24-hour clock, as the pane's Intl options ask (hourCycle h23). */
export function dateTimeText(
  lang: Lang,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): string {
  const time = `${two(hour)}:${two(minute)}`;
  return lang === "zh-CN"
    ? `${dateText(lang, year, month, day)} ${time}`
    : `${dateText(lang, year, month, day)}, ${time}`;
}

export function monthText(lang: Lang, year: number, month: number): string {
  return lang === "zh-CN" ? `${year}年${month}月` : `${EN_MONTH_NAMES[month - 1]} ${year}`;
}

export function monthShortText(lang: Lang, month: number): string {
  return lang === "zh-CN" ? `${month}月` : MONTHS_SHORT[month - 1];
}
