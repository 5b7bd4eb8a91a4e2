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
  return locator(cases.length, (i) => cases[i].id);
}

/** caseLocator over the cases' ids alone, for a caller that has them in an array: no record is visited. */
export function idLocator(ids: readonly string[]): (id: string) => number {
  return locator(ids.length, (i) => ids[i]);
}

function locator(n: number, idAt: (i: number) => string): (id: string) => number {
  let cursor = 0;
  let walk = 2 * n + 64;
  let byId: Map<string, number> | null = null;
  return (id) => {
    if (byId === null) {
      const end = Math.min(n, cursor + walk);
      for (let i = cursor; i < end; i++) {
        if (idAt(i) === id) {
          walk -= i - cursor;
          return (cursor = i);
        }
      }
      byId = new Map();
      for (let i = 0; i < n; i++) byId.set(idAt(i), i);
    } else if (cursor < n && idAt(cursor) === id) {
      return cursor;
    } else if (cursor + 1 < n && idAt(cursor + 1) === id) {
      return ++cursor;
    }
    const i = byId.get(id);
    if (i === undefined) return -1;
    cursor = i;
    return i;
  };
}
