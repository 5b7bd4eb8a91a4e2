/**
 * Masking for a shared report (issue 5 §4): the phone column, the name column, and phone numbers written
 * into free text. `maskText` compiles a pattern per phone it is given, so it is handed only the log's
 * phones that actually occur in the text (found by their digits), never the whole log per cell.
 */
import type { Case } from "../model";
import { digitsOf, maskName, maskPhone, maskText, PHONE_DIGIT, PHONE_SEPARATOR, phoneDigits } from "../privacy";

export interface Masker {
  masked: boolean;
  name(text: string): string;
  phone(text: string): string;
  /** Free text (事项内容, 备注, a rejected cell's value, a warning). */
  text(text: string): string;
}

// Digits with the separators maskText accepts between them.
const DIGIT_RUN = new RegExp(`${PHONE_DIGIT}(?:${PHONE_SEPARATOR}${PHONE_DIGIT})*`, "g");
const MIN_PHONE_DIGITS = 7;

export const NO_MASK: Masker = { masked: false, name: (s) => s, phone: (s) => s, text: (s) => s };

export function makeMasker(cases: readonly Case[], masked: boolean): Masker {
  if (!masked) return NO_MASK;
  // Every number of the log's phone column, by its digits (the cell it came from is what maskText takes);
  // built on the first text that holds a long digit run, as most descriptions hold none.
  let known: Map<string, string> | null = null;
  const lengths = new Set<number>();
  const knownPhones = (): Map<string, string> => {
    if (known !== null) return known;
    known = new Map();
    for (const c of cases) {
      if (c.phone === "") continue;
      for (const d of cellDigits(c.phone)) {
        if (known.has(d)) continue;
        known.set(d, c.phone);
        lengths.add(d.length);
      }
    }
    return known;
  };
  const text = (s: string): string => {
    if (!hasDigits(s, MIN_PHONE_DIGITS)) return s;
    const phones = new Set<string>();
    let longRun = false;
    DIGIT_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIGIT_RUN.exec(s)) !== null) {
      const digits = digitsOf(m[0]);
      if (digits.length < MIN_PHONE_DIGITS) continue;
      longRun = true;
      const known = knownPhones();
      for (const n of lengths) {
        for (let i = 0; i + n <= digits.length; i++) {
          const cell = known.get(digits.slice(i, i + n));
          if (cell !== undefined) phones.add(cell);
        }
      }
    }
    // Without a run of 7+ digits there is no phone number to hide, listed or not.
    return longRun ? maskText(s, [...phones]) : s;
  };
  // maskName keeps only a surname (or an initial) and maskPhone hides every long digit run: neither leaves a
  // number for the free-text pass to find.
  return {
    masked: true,
    name: (s) => (s === "" ? s : maskName(s)),
    phone: (s) => (hasDigits(s, MIN_PHONE_DIGITS) ? maskPhone(s) : s),
    text,
  };
}

/**
 * The numbers of a phone cell as digit strings (7+ digits), a mobile also without its country code — the
 * forms maskText looks for. A plain scan: phoneDigits' patterns cost too much on a 100k-case log.
 */
function cellDigits(cell: string): string[] {
  const out: string[] = [];
  // Its own pattern object: this runs while `text` is part-way through DIGIT_RUN.
  const run = new RegExp(DIGIT_RUN.source, "g");
  let m: RegExpExecArray | null;
  while ((m = run.exec(cell)) !== null) {
    const d = digitsOf(m[0]);
    if (d.length < MIN_PHONE_DIGITS) continue;
    // Two numbers with only a space between read as one run: let the full patterns split them.
    if (d.length > 13) {
      out.push(...phoneDigits(m[0]).filter((x) => x.length >= MIN_PHONE_DIGITS));
      continue;
    }
    out.push(d);
    const national = /^(?:0086|86)(1[3-9]\d{9})$/.exec(d);
    if (national) out.push(national[1]);
  }
  return out;
}

/** Whether `s` holds at least `n` digits: the cheap test that spares most cells the patterns. */
function hasDigits(s: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) && ++count >= n) return true;
  }
  return false;
}
