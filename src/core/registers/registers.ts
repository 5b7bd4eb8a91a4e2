/**
 * Registers (§4.3.5): one per category (投诉登记簿, 维修登记簿, 日常登记簿, 建议登记簿) and views by
 * responsible party and by property company.
 *
 * A register is a list of case indexes in log order, and what a register adds to a case (problem type,
 * deadlines, most urgent status, follow-up, repeat flag) is kept per case index in flat arrays. On a
 * year of a busy center that is a few megabytes instead of a record per row: at 100k cases, building
 * the registers was mostly the cost of the memory its row records took. Writers turn the indexes they
 * write into RegisterRow records (`registerRows`), a month's or a sheet's worth at a time.
 */
import {
  CATEGORIES,
  type Case,
  type Category,
  type ComplianceEntry,
  type ComplianceStatus,
  type Satisfaction,
} from "../model";
import { compileRules, memoByText, subcategoryOf, type KeywordRule } from "../classify";
import { isFollowedUp } from "../shared/follow-up";
import { findRepeatComplaints } from "./repeats";
import { caseLocator } from "../shared/case-locator";

/** The registers' titles (投诉登记簿 …), from the center's labels. */
export { REGISTER_TITLES as REGISTER_NAMES } from "../labels";

/** Key of the by-responsible / by-company views for cases without one. */
export const NONE_KEY = "(none)";

export interface Registers {
  /** The cases the registers were built from: every list below holds indexes into it, in log order. */
  cases: readonly Case[];
  byCategory: Record<Category, Int32Array>;
  /** Responsible code (property, engineering …) or NONE_KEY. */
  byResponsible: Record<string, Int32Array>;
  /** Property company name or NONE_KEY. */
  byCompany: Record<string, Int32Array>;
  /** Per case index: problem type from the keyword rules (渗漏, 门窗 …), null when none matched or no rules were given. */
  subcategory: readonly (string | null)[];
  /** Per case index: the most urgent of its deadline statuses (overdue first), null when it has none. */
  worst: readonly (ComplianceStatus | null)[];
  /** Per case index: 1 when the center followed the case up (§9.3). */
  followedUp: Uint8Array;
  /** Per case index: 1 when it repeats an earlier complaint of its unit and category. */
  repeat: Uint8Array;
  /** Case i's compliance entries are `deadlineEntries[deadlineStart[i] … deadlineStart[i + 1])`, in the engine's order. */
  deadlineStart: Int32Array;
  deadlineEntries: readonly ComplianceEntry[];
  repeatCaseIds: ReadonlySet<string>;
}

/** One register row as writers show it: a case with what the registers found for it. */
export interface RegisterRow {
  case: Case;
  subcategory: string | null;
  /** Rule id → the case's compliance entry under it (rules that did not produce an entry are absent). */
  deadlines: Record<string, ComplianceEntry>;
  worst: ComplianceStatus | null;
  followedUp: boolean;
  satisfaction: Satisfaction | null;
  repeat: boolean;
}

/** Most urgent first: what a manager must look at before anything else. */
const URGENCY: readonly ComplianceStatus[] = [
  "overdue",
  "breached",
  "due-soon",
  "unknown",
  "open",
  "met",
  "not-applicable",
];
const RANK: Readonly<Record<ComplianceStatus, number>> = Object.fromEntries(URGENCY.map((s, i) => [s, i])) as Record<
  ComplianceStatus,
  number
>;

export interface RegisterOptions {
  repeatWindowDays: number;
  rules?: readonly KeywordRule[];
  /**
   * The repeat complaints of these cases under `repeatWindowDays`, when the caller has them already
   * (the pipeline finds them for the scorecards): saves a second scan of the log.
   */
  repeatCaseIds?: ReadonlySet<string>;
}

export function buildRegisters(
  cases: readonly Case[],
  compliance: readonly ComplianceEntry[],
  opts: RegisterOptions,
): Registers {
  const n = cases.length;
  const repeatCaseIds = opts.repeatCaseIds ?? findRepeatComplaints(cases, opts.repeatWindowDays);
  const compiled = opts.rules === undefined ? null : compileRules(opts.rules);
  const subcategoryOfText =
    compiled === null ? null : memoByText((description) => subcategoryOf(compiled, description));

  const subcategory: (string | null)[] = new Array(n);
  const followedUp = new Uint8Array(n);
  const repeat = new Uint8Array(n);
  // Index loops over the big arrays: run once per analysis, a for…of allocates an iterator result per step.
  for (let i = 0; i < n; i++) {
    const c = cases[i];
    subcategory[i] = subcategoryOfText === null ? null : subcategoryOfText(c.description);
    if (isFollowedUp(c)) followedUp[i] = 1;
    if (repeatCaseIds.has(c.id)) repeat[i] = 1;
  }

  const { start: deadlineStart, entries: deadlineEntries } = entriesByCase(cases, compliance);
  const worst: (ComplianceStatus | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let w: ComplianceStatus | null = null;
    for (let k = deadlineStart[i]; k < deadlineStart[i + 1]; k++) {
      const s = deadlineEntries[k].status;
      if (w === null || RANK[s] < RANK[w]) w = s;
    }
    worst[i] = w;
  }

  return {
    cases,
    byCategory: groupIndexes(cases, (c) => c.category, CATEGORIES) as Record<Category, Int32Array>,
    byResponsible: groupIndexes(cases, (c) => c.responsible ?? NONE_KEY),
    byCompany: groupIndexes(cases, (c) => c.propertyCompany ?? NONE_KEY),
    subcategory,
    worst,
    followedUp,
    repeat,
    deadlineStart,
    deadlineEntries,
    repeatCaseIds,
  };
}

/**
 * The compliance entries grouped by case index (a counting sort, stable: each case's entries keep the
 * engine's order). Entries of cases not in `cases` are left out.
 */
function entriesByCase(
  cases: readonly Case[],
  compliance: readonly ComplianceEntry[],
): { start: Int32Array; entries: ComplianceEntry[] } {
  const n = cases.length;
  const locate = caseLocator(cases);
  const caseOf = new Int32Array(compliance.length);
  const start = new Int32Array(n + 1);
  for (let k = 0; k < compliance.length; k++) {
    const i = locate(compliance[k].caseId);
    caseOf[k] = i;
    if (i >= 0) start[i + 1]++;
  }
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const entries: ComplianceEntry[] = new Array(start[n]);
  const next = start.slice(0, n);
  for (let k = 0; k < compliance.length; k++) {
    const i = caseOf[k];
    if (i >= 0) entries[next[i]++] = compliance[k];
  }
  return { start, entries };
}

/**
 * Case indexes by a key of the case, each group in log order; `keys` come first (empty when no case
 * has them), the others in order of first appearance. Groups are counted before they are filled, so
 * each list is allocated once at its size.
 */
function groupIndexes(
  cases: readonly Case[],
  keyOf: (c: Case) => string,
  keys: readonly string[] = [],
): Record<string, Int32Array> {
  const groupOf = new Map(keys.map((k, g) => [k, g]));
  const sizes = keys.map(() => 0);
  const groups = new Int32Array(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const key = keyOf(cases[i]);
    let g = groupOf.get(key);
    if (g === undefined) {
      groupOf.set(key, (g = sizes.length));
      sizes.push(0);
    }
    groups[i] = g;
    sizes[g]++;
  }
  const lists = sizes.map((size) => new Int32Array(size));
  const filled = new Int32Array(sizes.length);
  for (let i = 0; i < cases.length; i++) lists[groups[i]][filled[groups[i]]++] = i;
  const out: Record<string, Int32Array> = {};
  // Defined, not assigned: a company typed as "__proto__" is a key like any other.
  for (const [key, g] of groupOf)
    Object.defineProperty(out, key, { value: lists[g], enumerable: true, writable: true, configurable: true });
  return out;
}

/** The register row of case index `i`. */
export function registerRow(r: Registers, i: number): RegisterRow {
  const deadlines: Record<string, ComplianceEntry> = {};
  for (let k = r.deadlineStart[i]; k < r.deadlineStart[i + 1]; k++) {
    const e = r.deadlineEntries[k];
    deadlines[e.rule] = e;
  }
  const c = r.cases[i];
  return {
    case: c,
    subcategory: r.subcategory[i],
    deadlines,
    worst: r.worst[i],
    followedUp: r.followedUp[i] === 1,
    satisfaction: c.satisfaction,
    repeat: r.repeat[i] === 1,
  };
}

/** The rows of a register (or a view's group), in its order. */
export function registerRows(r: Registers, indexes: ArrayLike<number>): RegisterRow[] {
  const rows: RegisterRow[] = new Array(indexes.length);
  for (let k = 0; k < indexes.length; k++) rows[k] = registerRow(r, indexes[k]);
  return rows;
}
