import type { Case } from "../model";

/**
 * Finds a case's index by id for a stream of compliance entries. The deadline engine emits entries
 * case by case in log order, so the next id is nearly always the current or the next case: checking
 * those first avoids hashing a million ids; anything else falls back to a map built on first need.
 * Ids are unique: the reader rejects duplicate 编号.
 */
export function caseLocator(cases: readonly Case[]): (id: string) => number {
  let cursor = 0;
  let byId: Map<string, number> | null = null;
  return (id) => {
    if (cursor < cases.length && cases[cursor].id === id) return cursor;
    if (cursor + 1 < cases.length && cases[cursor + 1].id === id) return ++cursor;
    if (byId === null) {
      byId = new Map();
      for (let i = 0; i < cases.length; i++) byId.set(cases[i].id, i);
    }
    const i = byId.get(id);
    if (i === undefined) return -1;
    cursor = i;
    return i;
  };
}
