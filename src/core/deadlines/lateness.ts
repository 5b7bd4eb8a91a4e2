/**
 * A length of clock time as a person writes it, in the rule's own unit: "2 天 3 小时" for a day rule,
 * "3.5 个工作小时" for a rule on the center's working hours — never "57.9 天".
 */
import type { Words } from "../messages";
import { MINUTES_PER_DAY } from "../time";
import type { Clock } from "./rules";

const trim1 = (x: number): string => String(Math.round(x * 10) / 10);

const many = (n: number | string, one: string, more: string): string => `${n} ${Number(n) === 1 ? one : more}`;

/** Hours with one decimal: "3.5 个工作小时" / "3.5 working hours" (under 0.1 said so, not rounded to 0). */
function hoursText(minutes: number, zhUnit: string, enOne: string, enMany: string): Words {
  const h = minutes / 60;
  if (minutes > 0 && h < 0.05) return { zh: `不到 0.1 ${zhUnit}`, en: `under 0.1 ${enMany}` };
  const n = trim1(h);
  return { zh: `${n} ${zhUnit}`, en: many(n, enOne, enMany) };
}

/** Whole days and hours: "2 天 3 小时", "2 个工作日", "不到 1 小时". */
function daysText(minutes: number, working: boolean): Words {
  let days = Math.floor(minutes / MINUTES_PER_DAY);
  let hours = Math.round((minutes - days * MINUTES_PER_DAY) / 60);
  if (hours === 24) {
    days++;
    hours = 0;
  }
  if (days === 0 && hours === 0) {
    if (minutes > 0) return { zh: "不到 1 小时", en: "under 1 hour" };
    // Stopped after the due but on a day the working-day clock does not count: late by none of its time.
    return working ? { zh: "0 个工作日", en: "0 working days" } : { zh: "0 小时", en: "0 hours" };
  }
  const zh: string[] = [];
  const en: string[] = [];
  if (days > 0) {
    zh.push(working ? `${days} 个工作日` : `${days} 天`);
    en.push(working ? many(days, "working day", "working days") : many(days, "day", "days"));
  }
  if (hours > 0) {
    zh.push(`${hours} 小时`);
    en.push(many(hours, "hour", "hours"));
  }
  return { zh: zh.join(" "), en: en.join(" ") };
}

/**
 * `minutes` of the clock (as ./pause-clock clockMinutes counts them: working minutes for working hours,
 * minutes of official working days for working days, every minute otherwise) in the rule's own unit.
 */
export function clockSpanText(minutes: number, clock: Clock): Words {
  const m = Math.max(0, Math.round(minutes));
  switch (clock) {
    case "working-hours":
      return hoursText(m, "个工作小时", "working hour", "working hours");
    case "calendar-hours":
      return hoursText(m, "小时", "hour", "hours");
    case "working-days":
      return daysText(m, true);
    case "calendar-days":
    case "absolute":
      return daysText(m, false);
  }
}

/** The limit of a rule as its unit says it: "8 个工作小时", "3 个工作日", "5 天". */
export function limitWords(limit: number, clock: Clock): Words {
  switch (clock) {
    case "working-hours":
      return { zh: `${limit} 个工作小时`, en: many(limit, "working hour", "working hours") };
    case "calendar-hours":
      return { zh: `${limit} 小时`, en: many(limit, "hour", "hours") };
    case "working-days":
      return { zh: `${limit} 个工作日`, en: many(limit, "working day", "working days") };
    case "calendar-days":
    case "absolute":
      return { zh: `${limit} 天`, en: many(limit, "day", "days") };
  }
}
