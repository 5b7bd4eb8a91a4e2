/**
 * Messages: what the core tells the user, as data (`{ id, params }`) until an adapter renders it in the
 * user's language. The typed catalog (./catalog) fixes each message's parameters, so an emission site cannot
 * forget one, and a renderer cannot meet an id it does not know.
 */
import type { Lang } from "../labels";
import { CATALOG } from "./catalog";
import { isMessage as isMessageParam, isWords, type MessageData, type Param, type Say } from "./render";

export type { Detail, Words } from "./render";

export type MessageId = keyof typeof CATALOG;
export type ParamsOf<K extends MessageId> = Parameters<(typeof CATALOG)[K]["zh"]>[0];

/** One message of the catalog with its parameters. */
export type Message = { [K in MessageId]: { id: K; params: ParamsOf<K> } }[MessageId];

export const msg = <K extends MessageId>(id: K, params: ParamsOf<K>): Message => ({ id, params }) as Message;

/** Whether a reader's result is a message (its complaint) rather than the value it read. */
export const isMessage = (v: unknown): v is Message =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "id" in v && "params" in v;

export const isMessageId = (id: string): id is MessageId => Object.prototype.hasOwnProperty.call(CATALOG, id);

/** The message in the given language. A nested message of an unknown id (data from elsewhere) shows its id. */
export function say(m: Message | MessageData, lang: Lang): string {
  if (!isMessageId(m.id)) return m.id;
  const template = CATALOG[m.id][lang] as (p: unknown, s: Say) => string;
  return template(m.params, sayer(lang));
}

function sayer(lang: Lang): Say {
  const text = (p: Param): string => {
    if (typeof p === "string") return p;
    if (typeof p === "number") return String(p);
    if (Array.isArray(p)) return (p as readonly Param[]).map(text).join(lang === "zh" ? "、" : ", ");
    if (isMessageParam(p as Param)) return say(p as MessageData, lang);
    if (isWords(p as Param)) return (p as { zh: string; en: string })[lang];
    return String(p);
  };
  return {
    lang,
    text,
    q: (p) => (lang === "zh" ? `“${text(p)}”` : `"${text(p)}"`),
  };
}

/** A message or a plain (already worded) text, in the given language. */
export const sayText = (m: Message | MessageData | string, lang: Lang): string =>
  typeof m === "string" ? m : say(m, lang);
