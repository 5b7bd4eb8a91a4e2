/**
 * How a message's parameters read in each language. Kept apart from the catalog so its templates can use them
 * and the renderer can render nested messages without a cycle between the two files.
 */
import type { Lang } from "../labels";

/** A term the core already has in both languages (a column's name, a category …). */
export interface Words {
  zh: string;
  en: string;
}

/** A message as data: what the core emits and every adapter renders in its own language. */
export interface MessageData {
  id: string;
  params: object;
}

/** A row's or a setting's detail: a nested message, or data shown as it is. */
export type Detail = MessageData | string;

/**
 * A parameter: data from the workbook (a sheet's or a community's name, a cell's value — shown as it is),
 * a number, a term in both languages, a nested message (a row's problem inside a warning), or a list of those.
 */
export type Param = string | number | Words | MessageData | readonly (string | number | Words | MessageData)[];

/** What a template gets to format its parameters with. */
export interface Say {
  lang: Lang;
  /** A parameter as text: a term in this language, a nested message rendered, a list joined the language's way. */
  text(p: Param): string;
  /** A quoted name or value: “…” in Chinese, "…" in English. */
  q(p: Param): string;
}

export const isWords = (p: Param): p is Words =>
  typeof p === "object" && !Array.isArray(p) && "zh" in p && "en" in p && !("id" in p);

export const isMessage = (p: Param): p is MessageData =>
  typeof p === "object" && !Array.isArray(p) && "id" in p && "params" in p;
