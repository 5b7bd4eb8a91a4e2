/** Small readers for values a clerk types into the Settings sheet (设置), shared by calendar and deadline settings. */
import type { SettingsError } from "../model";

/** Full-width forms folded (NFKC), spaces removed, lower-cased: how keys and words are compared. */
export function fold(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** The Settings sheet's columns: A section, B key, C value (DESIGN §2, parse's header row). */
export function valueCell(row: number): string {
  return `设置!C${row}`;
}
export function keyCell(row: number): string {
  return `设置!B${row}`;
}

export function settingsError(cell: string, message: string): SettingsError {
  return { cell, message };
}

const YES = new Set(["是", "y", "yes", "true", "1", "对", "启用", "on"]);
const NO = new Set(["否", "n", "no", "false", "0", "不", "停用", "off"]);

export function readYesNo(value: string): boolean | null {
  const v = fold(value);
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

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
 * Returns an error message instead when the text cannot be read or intervals overlap.
 */
export function readHours(value: string): [number, number][] | string {
  const v = fold(value);
  if (["休息", "无", "关闭", "闭馆", "closed", "none", "-"].includes(v)) return [];
  if (v === "") return "空值：请写开放时段，如 08:30-12:00,13:00-17:00；不开放写“休息”";
  const parts = v.split(/[,;、，；]/).filter((p) => p !== "");
  const out: [number, number][] = [];
  for (const part of parts) {
    const m = /^(.+?)(?:-|~|–|—|至|到)(.+)$/.exec(part);
    const a = m ? readClock(m[1]) : null;
    const b = m ? readClock(m[2]) : null;
    if (a === null || b === null) return `无法识别的时段“${part}”，格式如 08:30-12:00`;
    if (a >= b) return `时段“${part}”的结束时间不晚于开始时间`;
    out.push([a, b]);
  }
  out.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < out.length; i++) {
    if (out[i][0] < out[i - 1][1]) return "时段互相重叠";
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
