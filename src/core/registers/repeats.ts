/**
 * Repeat complaints (DESIGN §4): a case is a repeat when an earlier case of the same unit (in the same
 * community) and the same category was received at most N calendar days before it. The first case of
 * a run is not a repeat; every later one within N days of its predecessor is. A case without a unit
 * cannot be matched and is never a repeat.
 */
import type { Case } from "../model";
import { dayOf } from "../time";
import { communityKey } from "../classify/classify";

/** Unit numbers as clerks type them: "3－2－501", "3 - 2 - 501" and "3-2-501" are one unit. */
export function unitKey(unit: string): string {
  return unit
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[‐‑‒–—―−]/g, "-")
    .toLowerCase();
}

export function findRepeatComplaints(cases: readonly Case[], windowDays: number): Set<string> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const unit = unitKey(c.unit);
    if (unit === "") continue;
    const key = `${communityKey(c.community)}\u0000${unit}\u0000${c.category}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [i]);
    else g.push(i);
  }
  const repeats = new Set<string>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.sort((a, b) => cases[a].receivedAt.at - cases[b].receivedAt.at || cases[a].row - cases[b].row);
    // If any earlier case is within the window, so is the immediately preceding one.
    for (let k = 1; k < g.length; k++) {
      const gap = dayOf(cases[g[k]].receivedAt.at) - dayOf(cases[g[k - 1]].receivedAt.at);
      if (gap <= windowDays) repeats.add(cases[g[k]].id);
    }
  }
  return repeats;
}
