/**
 * The desk's check of a 联系电话 as the clerk types it: a mainland mobile number, or a landline with its area
 * code. Anything else is flagged as doubtful and kept: the clerk may have a reason (an extension, a number
 * abroad), and a case is never refused for its phone.
 */

export type PhoneKind = "none" | "mobile" | "landline" | "doubtful";

export type PhoneDoubt =
  /** 7–8 digits: a local landline number without its area code. */
  | "no-area-code"
  /** A 400/800 service line: the customer's own number is wanted. */
  | "service-line"
  /** 11 digits starting with 1 that no mobile network uses, or too few or too many digits. */
  | "not-a-number";

export interface PhoneCheck {
  kind: PhoneKind;
  /** The digits as they would be dialled (country prefix dropped), "" when none. */
  digits: string;
  doubt?: PhoneDoubt;
}

const MOBILE = /^1[3-9]\d{9}$/;
/** 010 and 02x area codes are three digits and take 8-digit numbers; the others are four and take 7 or 8. */
const LANDLINE = /^(?:0[12]\d\d{8}|0[3-9]\d{2}\d{7,8})$/;
const SERVICE = /^[48]00\d{7}$/;

/**
 * Reads what the clerk typed: spaces, hyphens, brackets round the area code and a +86 / 0086 prefix are
 * allowed; an extension after 转, ext or # is ignored for the check.
 */
export function checkPhone(text: string): PhoneCheck {
  const t = text.normalize("NFKC").trim();
  if (t === "") return { kind: "none", digits: "" };
  const main = t.split(/转|ext\.?|分机|#|x/i)[0];
  if (/[^\d\s\-()+]/.test(main)) return { kind: "doubtful", digits: main.replace(/\D/g, ""), doubt: "not-a-number" };
  let digits = main.replace(/\D/g, "");
  if (/^(?:\+|00)?86/.test(main.replace(/[\s\-()]/g, "")) && digits.length > 11)
    digits = digits.replace(/^(?:00)?86/, "");
  if (MOBILE.test(digits)) return { kind: "mobile", digits };
  if (LANDLINE.test(digits)) return { kind: "landline", digits };
  if (SERVICE.test(digits)) return { kind: "doubtful", digits, doubt: "service-line" };
  if (/^[1-9]\d{6,7}$/.test(digits)) return { kind: "doubtful", digits, doubt: "no-area-code" };
  return { kind: "doubtful", digits, doubt: "not-a-number" };
}

const DOUBT_TEXT: Record<PhoneDoubt, { zh: string; en: string }> = {
  "no-area-code": {
    zh: "固定电话缺少区号，请补上（如 0532）。",
    en: "This landline number has no area code; add it (e.g. 0532).",
  },
  "service-line": {
    zh: "这是400/800服务热线，请留客户本人的电话。",
    en: "This is a 400/800 service line; take the customer's own number.",
  },
  "not-a-number": {
    zh: "不像手机号或带区号的固定电话，请核对。",
    en: "This does not look like a mobile number or a landline with area code; check it.",
  },
};

export function phoneDoubtText(doubt: PhoneDoubt, lang: "zh" | "en"): string {
  return DOUBT_TEXT[doubt][lang];
}
