/**
 * Masking of customers' personal data for reports shared outside the center: phone numbers
 * keep only what identifies the line to a colleague (138****5678), names keep the surname (王**), and
 * free text loses the phone numbers of the log. Pure string functions.
 */

/** One phone-like number found in a text: where, and which of its digits to hide. */
interface PhoneMatch {
  start: number;
  end: number;
  /** Indexes (into the match's digits, 0-based) to replace by '*'. */
  hidden: (digitIndex: number, digitCount: number) => boolean;
}

/**
 * Digits as clerks type them: ASCII or full-width (a Chinese input method in full-width mode writes
 * １３８…). Everything below works on both.
 */
const D = "[0-9\uff10-\uff19]";
const D1_9 = "[1-9\uff11-\uff19]";
const D0 = "[0\uff10]";
/**
 * What clerks put between the groups of a number: spaces, or a mark (one, or two as in ——) with spaces
 * either side — a hyphen (ASCII, full-width, en or em dash), a dot, a middle dot, an underscore, a tilde:
 * 138 1234 5678, 138-1234-5678, 138 - 1234 - 5678, 138—1234—5678, 138.1234.5678, 138_1234_5678.
 */
const MARK = "[-\uff0d\u2010-\u2015\u2212_.\uff0e\u00b7\u30fb~\uff5e]";
const SPACE = "[\\s\u3000]";
const SEP = `(?:${SPACE}{0,3}${MARK}{1,2}${SPACE}{0,3}|${SPACE}{1,3})?`;
/** A digit and a separator as patterns, for scans that must see the same numbers (src/core/report/mask). */
export const PHONE_DIGIT = D;
export const PHONE_SEPARATOR = SEP;
const CC = `(?:[(（]?(?:\\+|＋|00)?86[)）]?${SEP})`;
// Each alternative is tried at every position; the first that matches wins, so the specific forms come first.
const MOBILE = `${CC}?1[3-9\uff13-\uff19]${D}${SEP}${D}{4}${SEP}${D}{4}`;
// An area code: 0 and 2–3 digits, bare or in brackets ((0532), （0532）), or after +86 without its 0.
const AREA = `(?:[(（]${D0}${D}{2,3}[)）]|${D0}${D}{2,3}|${CC}[(（]?${D0}?${D}{2,3}[)）]?)`;
const LANDLINE = `${AREA}${SEP}${D1_9}${D}{2,3}${SEP}${D}{4}`;
const SERVICE = `[48]00${SEP}${D}{3}${SEP}${D}{4}`;
const DIGIT_RUN = `${D}(?:${SEP}${D}){6,}`;
const PHONE_RE = new RegExp(`(${MOBILE})|(${LANDLINE})|(${SERVICE})|(${DIGIT_RUN})`, "g");

const isDigit = (ch: string): boolean => (ch >= "0" && ch <= "9") || (ch >= "\uff10" && ch <= "\uff19");

/** The digits of a text, full-width ones as ASCII. */
export function digitsOf(text: string): string {
  let d = "";
  for (const ch of text) if (isDigit(ch)) d += ch <= "9" ? ch : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  return d;
}

// Mobile: the 3-digit network prefix and the last 4 stay; a country code before them stays too.
function mobileHidden(digits: string): PhoneMatch["hidden"] {
  const offset = digits.length - 11;
  return (i) => i >= offset + 3 && i < offset + 7;
}

/** Which digits of a number to hide, judged from its digits alone. */
function hiddenDigitsOf(digits: string): PhoneMatch["hidden"] {
  if (/^(?:0086|86)?1[3-9]\d{9}$/.test(digits)) return mobileHidden(digits);
  if (digits[0] === "0" && digits.length >= 10) {
    // Landline: the area code (010 and 02x are 3 digits, others 4) and the last 4 digits stay.
    const area = digits[1] === "1" || digits[1] === "2" ? 3 : 4;
    return (i, n) => i >= area && i < n - 4;
  }
  const cc = /^(?:0086|86)(\d+)$/.exec(digits);
  if (cc && cc[1].length >= 9) {
    // +86 532 8765 4321: the country code and the area code (without its 0) stay, then as a landline.
    const keep = digits.length - cc[1].length + (cc[1][0] === "1" || cc[1][0] === "2" ? 2 : 3);
    return (i, n) => i >= keep && i < n - 4;
  }
  // Anything else of 7+ digits: keep the last 4 (and the first 3 when long enough to be a mobile).
  return (i, n) => i < n - 4 && (n < 11 || i >= 3);
}

/** Finds phone-like numbers not glued to other digits. */
function findPhones(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  PHONE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE_RE.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    // A number inside a longer digit string is not a phone number by itself; skip past the whole run.
    if ((start > 0 && isDigit(text[start - 1])) || (end < text.length && isDigit(text[end]))) {
      let e = end;
      while (e < text.length && isDigit(text[e])) e++;
      PHONE_RE.lastIndex = Math.max(e, start + 1);
      continue;
    }
    const digits = digitsOf(m[0]);
    const hidden =
      m[1] !== undefined
        ? mobileHidden(digits)
        : m[3] !== undefined
          ? (i: number) => i >= 3 && i < 6
          : hiddenDigitsOf(digits);
    found.push({ start, end, hidden });
  }
  return found;
}

function applyMasks(text: string, matches: readonly PhoneMatch[]): string {
  if (matches.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const match of matches) {
    out += text.slice(pos, match.start);
    const part = text.slice(match.start, match.end);
    const n = digitsOf(part).length;
    let i = 0;
    for (const ch of part) {
      if (isDigit(ch)) out += match.hidden(i++, n) ? "*" : ch;
      else out += ch;
    }
    pos = match.end;
  }
  return out + text.slice(pos);
}

/**
 * Masks every phone number in a phone cell: `13812345678` → `138****5678`, `0532-12345678` →
 * `0532-****5678`; spaces and dashes are kept where the clerk wrote them, several numbers are each masked.
 */
export function maskPhone(text: string): string {
  return applyMasks(text, findPhones(text));
}

/** The digit strings of the numbers in a phone cell (country code 86 dropped from mobiles). */
export function phoneDigits(cell: string): string[] {
  const out: string[] = [];
  for (const m of findPhones(cell)) {
    let d = digitsOf(cell.slice(m.start, m.end));
    if (d.length > 11 && /^(?:0086|86)1[3-9]\d{9}$/.test(d)) d = d.slice(-11);
    out.push(d);
  }
  return out;
}

/** A digit as a pattern that also takes its full-width form. */
const digitPattern = (d: string): string => `[${d}${String.fromCharCode(d.charCodeAt(0) + 0xfee0)}]`;

/**
 * Masks, in free text, the given phone numbers however they are spaced or dashed (digits-normalised), and
 * any mobile number besides (a description naming "联系人 139…" is as personal as the phone column).
 * `phones` are phone cells of the log; each may hold several numbers.
 */
export function maskText(text: string, phones: readonly string[]): string {
  const digitSet = new Set<string>();
  for (const p of phones) for (const d of phoneDigits(p)) if (d.length >= 7) digitSet.add(d);
  const matches: PhoneMatch[] = [];
  const taken = (s: number, e: number): boolean => matches.some((m) => s < m.end && e > m.start);
  for (const d of [...digitSet].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(d.split("").map(digitPattern).join(SEP), "g");
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const s = m.index;
      const e = s + m[0].length;
      if ((s > 0 && isDigit(text[s - 1])) || (e < text.length && isDigit(text[e])) || taken(s, e)) continue;
      const hidden = hiddenDigitsOf(d);
      matches.push({ start: s, end: e, hidden });
    }
  }
  // Mobiles and landlines not listed in the log's phone column, masked as the phone column would be.
  const otherRe = new RegExp(`(${MOBILE})|(${LANDLINE})`, "g");
  let m: RegExpExecArray | null;
  while ((m = otherRe.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if ((s > 0 && isDigit(text[s - 1])) || (e < text.length && isDigit(text[e])) || taken(s, e)) {
      otherRe.lastIndex = s + 1;
      continue;
    }
    const digits = digitsOf(m[0]);
    matches.push({ start: s, end: e, hidden: m[1] !== undefined ? mobileHidden(digits) : hiddenDigitsOf(digits) });
  }
  matches.sort((a, b) => a.start - b.start);
  return applyMasks(text, matches);
}

const COMPOUND_SURNAMES = new Set([
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "令狐",
  "长孙",
  "宇文",
  "司徒",
  "夏侯",
  "轩辕",
  "端木",
  "独孤",
  "南宫",
  "西门",
  "呼延",
  "澹台",
  "申屠",
  "太史",
  "万俟",
  "闻人",
  "赫连",
  "钟离",
]);
// Forms of address that name nobody by themselves: 王先生, 李女士, 张阿姨, 刘师傅 …
const HONORIFICS = [
  "先生",
  "女士",
  "小姐",
  "太太",
  "夫人",
  "阿姨",
  "叔叔",
  "大爷",
  "大妈",
  "大姐",
  "大哥",
  "奶奶",
  "爷爷",
  "师傅",
  "老师",
  "经理",
  "总",
  "工",
  "姐",
  "哥",
  "伯",
  "婶",
  "嫂",
];
const EN_TITLES = /^(?:mr|mrs|ms|miss|dr|mx)\.?\s+\S+$/i;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function maskChineseName(name: string): string {
  const hon = HONORIFICS.find((h) => name.endsWith(h) && name.length > h.length);
  const body = hon ? name.slice(0, name.length - hon.length) : name;
  const surname = COMPOUND_SURNAMES.has(body.slice(0, 2)) && body.length > 2 ? body.slice(0, 2) : body.slice(0, 1);
  // 老王 / 小王 are forms of address too.
  if (!hon && body.length === 2 && (body[0] === "老" || body[0] === "小")) return name;
  if (body.length <= surname.length) return name;
  return surname + "*".repeat(body.length - surname.length) + (hon ?? "");
}

function maskOneName(raw: string): string {
  const name = raw.trim();
  if (name === "" || /^[^*]*\*+$/.test(name)) return raw;
  if (CJK.test(name)) return maskChineseName(name.replace(/\s+/g, ""));
  if (EN_TITLES.test(name)) return name;
  const first = name.match(/\p{L}/u);
  if (first) return first[0].toUpperCase() + ".";
  return maskPhone(name);
}

/**
 * Shortens a customer's name: `王小明` → `王**`, `欧阳娜娜` → `欧阳**`, `王先生` stays, `John Smith` → `J.`;
 * `Mr. Smith` stays. Several names in one cell (王小明/李华) are each shortened; digits are masked as phones.
 */
export function maskName(text: string): string {
  return text
    .split(/([/、,，;；]+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.trim() === "" ? part : maskOneName(part)))
    .join("");
}
