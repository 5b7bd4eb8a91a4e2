/** Working hours as a clerk types them into Settings (工作时间) and as the defaults are written back. */
import { msg, type Message } from "../messages";
import { fold } from "../shared/settings-values";

/** `H:MM` or `H` (0–24) → minutes from midnight. */
function readClock(text: string): number | null {
  const m = /^(\d{1,2})(?:[:点時时](\d{2})?分?)?$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/**
 * `08:30-12:00,13:00-17:00` → sorted intervals; `休息` / `无` / `closed` → none.
 * Returns a message instead when the text cannot be read or intervals overlap.
 */
export function readHours(value: string): [number, number][] | Message {
  const v = fold(value);
  if (["休息", "无", "关闭", "闭馆", "closed", "none", "-"].includes(v)) return [];
  if (v === "") return msg("settings.hours-blank", {});
  const parts = v.split(/[,;、，；]/).filter((p) => p !== "");
  const out: [number, number][] = [];
  for (const part of parts) {
    const m = /^(.+?)(?:-|~|–|—|至|到)(.+)$/.exec(part);
    const a = m ? readClock(m[1]) : null;
    const b = m ? readClock(m[2]) : null;
    if (a === null || b === null) return msg("settings.hours-unreadable", { part });
    if (a >= b) return msg("settings.hours-backwards", { part });
    out.push([a, b]);
  }
  out.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < out.length; i++) {
    if (out[i][0] < out[i - 1][1]) return msg("settings.hours-overlap", {});
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export function formatHours(intervals: readonly (readonly [number, number])[]): string {
  if (intervals.length === 0) return "休息";
  return intervals
    .map(([a, b]) => `${pad(Math.floor(a / 60))}:${pad(a % 60)}-${pad(Math.floor(b / 60))}:${pad(b % 60)}`)
    .join(",");
}
