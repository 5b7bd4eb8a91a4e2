/**
 * Due times as the clerk reads them at the desk: "今天 16:30", "明天 24:00", "10月10日 16:30".
 *
 * A due at the very start of a day is the end of the day before (DESIGN §3 writes the end of 10 Oct as
 * `10-11T00:00`); the desk says "10月10日 24:00", which is how the manual's "3日内" reads to a clerk.
 */
import { dayOf, fromMinutes, MINUTES_PER_DAY, type LocalMinutes } from "../time";

export type Lang = "zh" | "en";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number): string => String(n).padStart(2, "0");

/** The day a due instant belongs to and its clock text (24:00 for a due at midnight). */
function dueParts(at: LocalMinutes): { day: number; clock: string } {
  if (at % MINUTES_PER_DAY === 0) return { day: dayOf(at) - 1, clock: "24:00" };
  const p = fromMinutes(at);
  return { day: dayOf(at), clock: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** "10月10日" / "10 Oct", with the year when it is not the year of `now`. */
function dateText(day: number, now: LocalMinutes, lang: Lang): string {
  const p = fromMinutes(day * MINUTES_PER_DAY);
  const sameYear = p.year === fromMinutes(now).year;
  if (lang === "zh") return `${sameYear ? "" : `${p.year}年`}${p.month}月${p.day}日`;
  return `${p.day} ${EN_MONTHS[p.month - 1]}${sameYear ? "" : ` ${p.year}`}`;
}

/** "今天 16:30", "明天 24:00", "昨天 17:00", otherwise the date: relative to the day of `now`. */
export function dueText(at: LocalMinutes, now: LocalMinutes, lang: Lang): string {
  const { day, clock } = dueParts(at);
  const diff = day - dayOf(now);
  const words =
    lang === "zh" ? { "-1": "昨天", "0": "今天", "1": "明天" } : { "-1": "yesterday", "0": "today", "1": "tomorrow" };
  const rel = (words as Record<string, string>)[String(diff)];
  return `${rel ?? dateText(day, now, lang)} ${clock}`;
}

/** "10月10日 16:30" whatever the day of now (the deadline preview of a new case). */
export function dateTimeText(at: LocalMinutes, now: LocalMinutes, lang: Lang): string {
  const { day, clock } = dueParts(at);
  return `${dateText(day, now, lang)} ${clock}`;
}
