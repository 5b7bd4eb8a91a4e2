/**
 * Repeat complaints (DESIGN §4): a case is a repeat when an earlier case of the same unit (in the same
 * community) and the same category was received at most N calendar days before it. The first case of
 * a run is not a repeat; every later one within N days of its predecessor is. Cases received in the
 * same minute are taken in log order. A case without a unit cannot be matched and is never a repeat.
 */
import { CATEGORIES, type Case } from "../model";
import { dayOf } from "../time";
import { communityKey, unitKey } from "../shared/place-keys";

/**
 * Case indexes in order of receipt (log order within a minute). A log is kept in order of receipt but
 * for a row entered late here and there, so an insertion sort finishes in a pass or so; a log in
 * another order (sorted by unit, say) stops it after a bounded number of moves and takes a native
 * numeric sort instead.
 */
export function receiptOrder(at: Float64Array): Int32Array {
  const n = at.length;
  const order = identity(n);
  let budget = 4 * n + 64;
  for (let k = 1; k < n; k++) {
    const i = order[k];
    const t = at[i];
    let j = k - 1;
    // Strictly later only: a case received in the same minute stays after the earlier row (stable).
    while (j >= 0 && at[order[j]] > t) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = i;
    budget -= k - 1 - j;
    if (budget < 0) return sortedByReceipt(at);
  }
  return order;
}

/** minute × n + index is exact in a double for any log Excel can hold; Float64Array sorts numerically. */
function sortedByReceipt(at: Float64Array): Int32Array {
  const n = at.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = at[i] * n + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i] - Math.floor(keys[i] / n) * n;
  return order;
}

function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * Numbers the distinct texts a column holds after normalisation. The raw string is the memo key: the
 * .xlsx reader hands over one string per distinct cell text, so the normalisation (which allocates)
 * runs once per spelling, and every later row costs one lookup of a string whose hash is cached.
 */
function denseIds(normalize: (text: string) => string): { idOf: (text: string) => number; count: () => number } {
  const byRaw = new Map<string, number>();
  const byKey = new Map<string, number>();
  return {
    idOf: (text) => {
      let id = byRaw.get(text);
      if (id === undefined) {
        const key = normalize(text);
        id = key === "" ? -1 : byKey.get(key);
        if (id === undefined) byKey.set(key, (id = byKey.size));
        byRaw.set(text, id);
      }
      return id;
    },
    count: () => byKey.size,
  };
}

/** What the scan needs of each case (by log index), read from the case records once. */
interface ScanColumns {
  /** Receipt minute. */
  at: Float64Array;
  /** Dense unit id, -1 for a blank unit. */
  unit: Int32Array;
  /** Dense community id; a blank community is a community of its own (0). */
  community: Int32Array;
  category: Uint8Array;
  units: number;
  communities: number;
}

/**
 * Units and communities become small integers, so the scan in order of receipt looks up one number per
 * case instead of three strings, and walks typed arrays rather than a log's worth of records again.
 */
function scanColumns(cases: readonly Case[]): ScanColumns {
  const n = cases.length;
  const units = denseIds(unitKey);
  const communities = denseIds(communityKey);
  const at = new Float64Array(n);
  const unit = new Int32Array(n);
  const community = new Int32Array(n);
  const category = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = cases[i];
    at[i] = c.receivedAt.at;
    unit[i] = c.unit === "" ? -1 : units.idOf(c.unit);
    community[i] = Math.max(0, communities.idOf(c.community) + 1);
    // A category outside the four (possible only through the API) matches nothing, as a blank unit.
    const k = CATEGORIES.indexOf(c.category);
    category[i] = Math.max(k, 0);
    if (k < 0) unit[i] = -1;
  }
  return { at, unit, community, category, units: units.count(), communities: communities.count() + 1 };
}

/** Per case (log index): 1 when it repeats an earlier case of its unit and category, else 0. */
function repeatFlags(cols: ScanColumns, windowDays: number, order: Int32Array): Uint8Array {
  const n = order.length;
  const { unit, community, category, at: receivedAt, communities } = cols;
  const slotOf = pairSlots(cols.units, communities, n);
  /** Per slot × category: the day of its latest case so far. */
  let latest: Int32Array<ArrayBuffer> = new Int32Array(CATEGORIES.length * slotOf.initial).fill(NEVER);

  const flags = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (unit[i] < 0) continue;
    const slot = slotOf.get(unit[i] * communities + community[i]);
    if ((slot + 1) * CATEGORIES.length > latest.length) latest = grown(latest);
    const at = slot * CATEGORIES.length + category[i];
    const day = dayOf(receivedAt[i]);
    // If any earlier case is within the window, so is the latest one.
    if (day - latest[at] <= windowDays) flags[i] = 1;
    latest[at] = day;
  }
  return flags;
}

/** A day before any case: no window reaches back to it. */
const NEVER = -(2 ** 31);

/**
 * (unit, community) pair → slot in the table of latest days. When every pair fits in a table no
 * larger than the log, the pair number is the slot; otherwise slots are handed out as pairs turn up.
 */
function pairSlots(
  units: number,
  communities: number,
  cases: number,
): { get: (pair: number) => number; initial: number } {
  if (units * communities <= Math.max(cases, 1024)) return { get: (pair) => pair, initial: units * communities };
  const slots = new Map<number, number>();
  return {
    get: (pair) => {
      let slot = slots.get(pair);
      if (slot === undefined) slots.set(pair, (slot = slots.size));
      return slot;
    },
    initial: 1024,
  };
}

function grown(xs: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(xs.length * 2).fill(NEVER);
  next.set(xs);
  return next;
}

/** Ids of the repeat complaints, in order of receipt. */
export function findRepeatComplaints(cases: readonly Case[], windowDays: number): Set<string> {
  const cols = scanColumns(cases);
  const order = receiptOrder(cols.at);
  const flags = repeatFlags(cols, windowDays, order);
  const repeats = new Set<string>();
  for (let k = 0; k < order.length; k++) if (flags[order[k]] === 1) repeats.add(cases[order[k]].id);
  return repeats;
}
