import type { Case } from "../model";

/**
 * Finds a case's index by id for a stream of compliance entries. The deadline engine emits entries
 * case by case in log order, so the next id is at or after the last one found, usually close by (or
 * further on when the caller skips the entries of rules it does not count): walking forward finds
 * it without hashing a million ids. The walk is bounded — in all, twice the log — so a stream out of
 * order falls back to a map built on first need, never to a quadratic search. Ids are unique: the
 * reader rejects duplicate 编号.
 */
export function caseLocator(cases: readonly Case[]): (id: string) => number {
  let cursor = 0;
  let walk = 2 * cases.length + 64;
  let byId: Map<string, number> | null = null;
  return (id) => {
    if (byId === null) {
      const end = Math.min(cases.length, cursor + walk);
      for (let i = cursor; i < end; i++) {
        if (cases[i].id === id) {
          walk -= i - cursor;
          return (cursor = i);
        }
      }
      byId = new Map();
      for (let i = 0; i < cases.length; i++) byId.set(cases[i].id, i);
    } else if (cursor < cases.length && cases[cursor].id === id) {
      return cursor;
    } else if (cursor + 1 < cases.length && cases[cursor + 1].id === id) {
      return ++cursor;
    }
    const i = byId.get(id);
    if (i === undefined) return -1;
    cursor = i;
    return i;
  };
}
