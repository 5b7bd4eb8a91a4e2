/**
 * Numbers the desk proposes: a new case's 编号 in the log's own numbering, and a 工作联系单 number from the
 * pattern in Settings.
 *
 * A numbering is a pattern such as `KF{YYMM}-{NNN}` or `{YYYY}-{NNNN}`: literal text, date parts of the
 * case's receipt, and one running number whose width is the count of N. A pattern with date parts counts
 * within its period, so it rolls over with the month or year (KF2610-022 … then KF2611-001). The log's
 * pattern is read off its recent ids, where each digit run equal to a date part of that case's own
 * receipt is a date part; the last digit run is the running number.
 *
 * Whatever the pattern, a proposal is never an id already present (compared as the parser would spot a
 * duplicate: NFKC, spaces and case ignored).
 */
import { fromMinutes, type LocalMinutes } from "../time";

export type DatePart = "YYYYMMDD" | "YYMMDD" | "YYYYMM" | "YYMM" | "YYYY" | "YY" | "MM" | "DD";
/** Longest first: a pattern is tokenised and an id's digit run matched in this order. */
const DATE_PARTS: readonly DatePart[] = ["YYYYMMDD", "YYMMDD", "YYYYMM", "YYMM", "YYYY", "YY", "MM", "DD"];

export type PatternToken =
  { kind: "text"; text: string } | { kind: "date"; part: DatePart } | { kind: "seq"; width: number };

export interface Pattern {
  tokens: PatternToken[];
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

export function renderDatePart(part: DatePart, at: LocalMinutes): string {
  const p = fromMinutes(at);
  const yyyy = pad(p.year, 4);
  const yy = yyyy.slice(-2);
  const mm = pad(p.month, 2);
  const dd = pad(p.day, 2);
  switch (part) {
    case "YYYYMMDD":
      return yyyy + mm + dd;
    case "YYMMDD":
      return yy + mm + dd;
    case "YYYYMM":
      return yyyy + mm;
    case "YYMM":
      return yy + mm;
    case "YYYY":
      return yyyy;
    case "YY":
      return yy;
    case "MM":
      return mm;
    case "DD":
      return dd;
  }
}

/**
 * Reads a pattern as written in Settings: `{YYYY}`, `{YYMM}` … for date parts, `{NNNN}` for the running
 * number (its width), anything else literal. Null unless it has exactly one running number.
 */
export function parsePattern(text: string): Pattern | null {
  const tokens: PatternToken[] = [];
  let seqs = 0;
  const re = /\{([A-Za-z]+)\}/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) tokens.push({ kind: "text", text: text.slice(last, m.index) });
    const name = m[1].toUpperCase();
    if (/^N+$/.test(name)) {
      tokens.push({ kind: "seq", width: name.length });
      seqs++;
    } else if ((DATE_PARTS as readonly string[]).includes(name)) {
      tokens.push({ kind: "date", part: name as DatePart });
    } else {
      return null;
    }
    last = re.lastIndex;
  }
  if (last < text.length) tokens.push({ kind: "text", text: text.slice(last) });
  return seqs === 1 ? { tokens } : null;
}

export function formatPattern(p: Pattern): string {
  return p.tokens
    .map((t) => (t.kind === "text" ? t.text : t.kind === "date" ? `{${t.part}}` : `{${"N".repeat(t.width)}}`))
    .join("");
}

export function renderPattern(p: Pattern, at: LocalMinutes, seq: number): string {
  return p.tokens
    .map((t) => (t.kind === "text" ? t.text : t.kind === "date" ? renderDatePart(t.part, at) : pad(seq, t.width)))
    .join("");
}

/** How the parser would tell two ids apart: full-width forms, spaces and letter case do not count. */
export function idKey(id: string): string {
  return id.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The running numbers of the ids written in `p` for the period of `at`. */
function runningNumbers(p: Pattern, at: LocalMinutes, ids: Iterable<string>): { max: number; width: number } {
  const source = p.tokens
    .map((t) =>
      t.kind === "text" ? escapeRe(idKey(t.text)) : t.kind === "date" ? escapeRe(renderDatePart(t.part, at)) : "(\\d+)",
    )
    .join("");
  const re = new RegExp(`^${source}$`);
  let max = 0;
  let width = 0;
  for (const id of ids) {
    const m = re.exec(idKey(id));
    if (m === null) continue;
    max = Math.max(max, Number(m[1]));
    width = Math.max(width, m[1].length);
  }
  return { max, width };
}

/**
 * The next number in `p` for something dated `at`: one past the highest of its period, padded as the
 * pattern (or the widest number seen) says, and stepped past any id already taken.
 */
export function nextInPattern(p: Pattern, at: LocalMinutes, existing: Iterable<string>): string {
  const taken = new Set<string>();
  for (const id of existing) taken.add(idKey(id));
  const { max } = runningNumbers(p, at, taken);
  let seq = max + 1;
  let id = renderPattern(p, at, seq);
  while (taken.has(idKey(id))) id = renderPattern(p, at, ++seq);
  return id;
}

/** Where a clerk's log starts when it has no numbered case yet (the sample's numbering). */
export const DEFAULT_CASE_ID_PATTERN = "{YYYY}-{NNNN}";

/** How many of the latest cases vote on the log's numbering: the clerk's current practice, not last year's. */
const RECENT = 200;

/** The pattern of one id, read against the receipt of its case; null when it has no digits. */
export function patternOfId(id: string, receivedAt: LocalMinutes): Pattern | null {
  const runs = [...id.matchAll(/\d+/g)];
  if (runs.length === 0) return null;
  const tokens: PatternToken[] = [];
  let last = 0;
  runs.forEach((m, i) => {
    const start = m.index;
    if (start > last) tokens.push({ kind: "text", text: id.slice(last, start) });
    if (i === runs.length - 1) tokens.push({ kind: "seq", width: m[0].length });
    else {
      const part = DATE_PARTS.find((d) => renderDatePart(d, receivedAt) === m[0]);
      tokens.push(part === undefined ? { kind: "text", text: m[0] } : { kind: "date", part });
    }
    last = start + m[0].length;
  });
  if (last < id.length) tokens.push({ kind: "text", text: id.slice(last) });
  // Adjacent literal pieces are one piece, so two ids of one numbering give one pattern.
  const merged: PatternToken[] = [];
  for (const t of tokens) {
    const prev = merged[merged.length - 1];
    if (t.kind === "text" && prev?.kind === "text") prev.text += t.text;
    else merged.push(t.kind === "text" ? { ...t } : t);
  }
  return { tokens: merged };
}

/** Pattern with the running number's width left out: KF2610-022 and KF2610-1000 are one numbering. */
function shapeKey(p: Pattern): string {
  return p.tokens.map((t) => (t.kind === "seq" ? "{N}" : t.kind === "date" ? `{${t.part}}` : t.text)).join("");
}

/**
 * The log's numbering: the commonest pattern among its latest cases (in log order), the latest case
 * breaking a tie; the default when no case carries a number.
 */
export function inferCasePattern(cases: readonly { id: string; receivedAt: { at: LocalMinutes } }[]): Pattern {
  const votes = new Map<string, { pattern: Pattern; count: number; last: number; width: number }>();
  const from = Math.max(0, cases.length - RECENT);
  for (let i = from; i < cases.length; i++) {
    const p = patternOfId(cases[i].id.trim(), cases[i].receivedAt.at);
    if (p === null) continue;
    const key = shapeKey(p);
    const seq = p.tokens.find((t) => t.kind === "seq") as { width: number };
    const v = votes.get(key);
    if (v === undefined) votes.set(key, { pattern: p, count: 1, last: i, width: seq.width });
    else {
      v.count++;
      v.last = i;
      // The narrowest width seen: 022 and 1000 both fit {NNN}; padding to 4 would change the clerk's style.
      v.width = Math.min(v.width, seq.width);
    }
  }
  let best: { pattern: Pattern; count: number; last: number; width: number } | null = null;
  for (const v of votes.values()) {
    if (best === null || v.count > best.count || (v.count === best.count && v.last > best.last)) best = v;
  }
  if (best === null) return parsePattern(DEFAULT_CASE_ID_PATTERN) as Pattern;
  const width = best.width;
  return { tokens: best.pattern.tokens.map((t) => (t.kind === "seq" ? { kind: "seq", width } : t)) };
}

/**
 * The 编号 the desk proposes for a case received at `at`; `taken` are numbers in the log that are no case
 * (a row set aside, received after the as-of), which a proposal must not repeat either.
 */
export function nextCaseId(
  cases: readonly { id: string; receivedAt: { at: LocalMinutes } }[],
  at: LocalMinutes,
  taken: Iterable<string> = [],
): string {
  return nextInPattern(inferCasePattern(cases), at, [...cases.map((c) => c.id), ...taken]);
}
