/** The case log's date columns as the clerk knows them (DESIGN §2), for Settings and for reasons. */
import type { Words } from "../messages";
import type { DateField } from "../model";
import { fold } from "../shared/settings-values";

export const FIELD_LABELS: Record<DateField, string> = {
  receivedAt: "受理时间",
  notifiedAt: "送达时间",
  agreedAt: "约定完成时间",
  designIssuedAt: "设计出图时间",
  completedAt: "完成时间",
  repliedAt: "回复时间",
  followUpAt: "回访时间",
};

/** The same columns in English, as the explanation names them in en. */
export const FIELD_LABELS_EN: Record<DateField, string> = {
  receivedAt: "received",
  notifiedAt: "notified",
  agreedAt: "agreed completion",
  designIssuedAt: "design issued",
  completedAt: "completed",
  repliedAt: "replied",
  followUpAt: "follow-up",
};

/** The English names capitalised once (an explanation names two or three columns, a log has 100k of them). */
const COLUMN_EN = Object.fromEntries(
  Object.entries(FIELD_LABELS_EN).map(([f, en]) => [f, en.charAt(0).toUpperCase() + en.slice(1)]),
) as Record<DateField, string>;

/** A date column's name in both languages, as reasons and explanations name it (完成时间 / Completed). */
export function fieldWords(f: DateField): Words {
  return { zh: FIELD_LABELS[f], en: COLUMN_EN[f] };
}

/** Reads a field name as a clerk may write it: 送达时间, Notified, notifiedAt. */
export function readField(text: string): DateField | null {
  const t = fold(text);
  for (const f of Object.keys(FIELD_LABELS) as DateField[]) {
    if (t === FIELD_LABELS[f] || t === FIELD_LABELS_EN[f].replace(/\s+/g, "") || t === f.toLowerCase()) return f;
  }
  return null;
}
