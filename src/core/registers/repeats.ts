/**
 * Repeat complaints (DESIGN §4): a case is a repeat when an earlier case of the same unit (in the same
 * community) and the same category was received at most N calendar days before it. The first case of
 * a run is not a repeat; every later one within N days of its predecessor is. Cases received in the
 * same minute are taken in log order. A case without a unit cannot be matched and is never a repeat.
 */
import { CATEGORIES, type Case, type Category } from "../model";
import { dayOf } from "../time";
import { communityKeyCache } from "../classify/classify";

/** Unit numbers as clerks type them: "3－2－501", "3 - 2 - 501" and "3-2-501" are one unit. */
export function unitKey(unit: string): string {
  // Most units are already plain ("3-2-501"): skip the normalisation, which allocates.
  if (/^[0-9a-z-]*$/.test(unit)) return unit;
  return unit
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[‐‑‒–—―−]/g, "-")
    .toLowerCase();
}

const CATEGORY_INDEX: Readonly<Record<Category, number>> = Object.fromEntries(
  CATEGORIES.map((c, i) => [c, i]),
) as Record<Category, number>;

/** Case indexes in order of receipt (log order within a minute), by a native numeric sort. */
function receiptOrder(cases: readonly Case[]): ArrayLike<number> {
  let sorted = true;
  for (let i = 1; i < cases.length && sorted; i++) sorted = cases[i - 1].receivedAt.at <= cases[i].receivedAt.at;
  if (sorted) return identity(cases.length);
  // minute × n + index is exact in a double for any log Excel can hold.
  const keys = new Float64Array(cases.length);
  for (let i = 0; i < cases.length; i++) keys[i] = cases[i].receivedAt.at * cases.length + i;
  keys.sort();
  const order = new Int32Array(cases.length);
  for (let i = 0; i < cases.length; i++) order[i] = keys[i] - Math.floor(keys[i] / cases.length) * cases.length;
  return order;
}

function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

export function findRepeatComplaints(cases: readonly Case[], windowDays: number): Set<string> {
  const keyOf = communityKeyCache();
  /** Per community and category: unit → day of its latest case so far. */
  const latest = new Map<string, Map<string, number>[]>();
  const repeats = new Set<string>();
  const order = receiptOrder(cases);
  for (let k = 0; k < order.length; k++) {
    const c = cases[order[k]];
    if (c.unit === "") continue;
    const unit = unitKey(c.unit);
    if (unit === "") continue;
    const community = keyOf(c.community);
    let byCategory = latest.get(community);
    if (byCategory === undefined) latest.set(community, (byCategory = CATEGORIES.map(() => new Map<string, number>())));
    const units = byCategory[CATEGORY_INDEX[c.category]];
    const day = dayOf(c.receivedAt.at);
    const previous = units.get(unit);
    // If any earlier case is within the window, so is the latest one.
    if (previous !== undefined && day - previous <= windowDays) repeats.add(c.id);
    units.set(unit, day);
  }
  return repeats;
}
