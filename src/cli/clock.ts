/**
 * "Now" on the center's wall clock. The center is in China (§5.3.1: Qingdao), so the default as-of instant
 * is Asia/Shanghai time whatever zone the machine runs in.
 */
import { toMinutes, type LocalMinutes } from "../core/time";

export const CENTER_TIME_ZONE = "Asia/Shanghai";

export function nowAtCenter(now: Date = new Date()): LocalMinutes {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: CENTER_TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toMinutes({
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
  });
}
