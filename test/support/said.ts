/**
 * The core's messages as one language says them, for tests that compare what the user reads: every message
 * (a reason, a note, a case's invalid field) inside a value is replaced by its text, the rest kept as it is.
 * Tests of the Chinese wording use `said(x)`, so the zh outputs are checked to the character.
 */
import { isMessageId, say, type Message } from "../../src/core/messages";

const isMessage = (v: unknown): v is Message =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  typeof (v as { id?: unknown }).id === "string" &&
  isMessageId((v as { id: string }).id) &&
  typeof (v as { params?: unknown }).params === "object";

type Said<T> = T extends Message
  ? string
  : T extends readonly (infer U)[]
    ? Said<U>[]
    : T extends object
      ? { [K in keyof T]: Said<T[K]> }
      : T;

export function said<T>(value: T, lang: "zh" | "en" = "zh"): Said<T> {
  if (isMessage(value)) return say(value, lang) as Said<T>;
  if (Array.isArray(value)) return value.map((v) => said(v, lang)) as Said<T>;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = said(v, lang);
    return out as Said<T>;
  }
  return value as Said<T>;
}
