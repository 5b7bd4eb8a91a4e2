/**
 * What the adapters say to the user (the Office layer, the file reader, the command line), written once per
 * language in a typed table beside each adapter. The English table is typed as the Chinese one, so the two
 * hold the same ids with the same parameters and no message lacks a language. The core's own sentences are
 * in src/core/messages.
 *
 * An error the user reads carries both texts (`said`): the pane keeps both so its notice follows a language
 * switch, the command line and the ribbon show the user's. Its `message` is the Chinese, the default.
 */
import type { Lang } from "../core/labels";
import type { Words } from "../core/messages";

type Templates = Record<string, (...args: never[]) => string>;

export interface Phrases<T extends Templates> {
  readonly zh: T;
  readonly en: T;
  /** The message in one language. */
  text<K extends keyof T>(lang: Lang, id: K, ...params: Parameters<T[K]>): string;
  /** The message in both, for an error or a notice that is shown later, in whichever language is chosen then. */
  words<K extends keyof T>(id: K, ...params: Parameters<T[K]>): Words;
}

export function phrases<T extends Templates>(zh: T, en: T): Phrases<T> {
  const tables = { zh, en };
  const text = <K extends keyof T>(lang: Lang, id: K, ...params: Parameters<T[K]>): string =>
    (tables[lang][id] as (...p: Parameters<T[K]>) => string)(...params);
  return { zh, en, text, words: (id, ...params) => ({ zh: text("zh", id, ...params), en: text("en", id, ...params) }) };
}

/** Several messages as one: Chinese sentences end in 。 and follow on at once, English ones after a space. */
export const joinWords = (list: readonly Words[]): Words => ({
  zh: list.map((w) => w.zh).join(""),
  en: list.map((w) => w.en).join(" "),
});

/** An error whose message is for the user, in both languages. */
export class SaidError extends Error {
  constructor(readonly said: Words) {
    super(said.zh);
    this.name = "SaidError";
  }
}

const isWords = (x: unknown): x is Words =>
  typeof x === "object" && x !== null && typeof (x as Words).zh === "string" && typeof (x as Words).en === "string";

/**
 * The user's words an error carries, or null (Excel's own error, a fault). By shape, not instanceof: errors
 * cross lazily loaded chunks and come back from the analysis worker as plain data.
 */
export function saidOf(error: unknown): Words | null {
  const said = (error as { said?: unknown } | null)?.said;
  return isWords(said) ? said : null;
}

/** What an error says in `lang`: its own words when it carries them, else its message as it is. */
export function saidIn(error: unknown, lang: Lang): string {
  const said = saidOf(error);
  if (said) return said[lang];
  return error instanceof Error ? error.message : String(error);
}
