/**
 * Registers (§4.3.5): one per category (投诉登记簿, 维修登记簿, 日常登记簿, 建议登记簿) and views by
 * responsible party and by property company. Rows keep the log's order and point at the case itself,
 * so writers pick the columns they show without copying 25 fields per row.
 */
import {
  CATEGORIES,
  type Case,
  type Category,
  type ComplianceEntry,
  type ComplianceStatus,
  type Satisfaction,
} from "../model";
import { compileRules, memoByText, subcategoryOf, type KeywordRule } from "../classify/keywords";
import { isFollowedUp } from "./follow-up";
import { findRepeatComplaints } from "./repeats";
import { caseLocator } from "./locate";

/** The registers' titles (投诉登记簿 …), from the center's labels. */
export { REGISTER_TITLES as REGISTER_NAMES } from "../labels";

/** Key of the by-responsible / by-company views for cases without one. */
export const NONE_KEY = "(none)";

export interface RegisterRow {
  case: Case;
  /** Problem type from the keyword rules (渗漏, 门窗 …), null when none matched or no rules were given. */
  subcategory: string | null;
  /** Rule id → the case's compliance entry under it (rules that did not produce an entry are absent). */
  deadlines: Record<string, ComplianceEntry>;
  /** The most urgent of those statuses (overdue first), null when there are none. */
  worst: ComplianceStatus | null;
  followedUp: boolean;
  satisfaction: Satisfaction | null;
  repeat: boolean;
}

export interface Registers {
  byCategory: Record<Category, RegisterRow[]>;
  /** Responsible code (property, engineering …) or NONE_KEY. */
  byResponsible: Record<string, RegisterRow[]>;
  /** Property company name or NONE_KEY. */
  byCompany: Record<string, RegisterRow[]>;
  repeatCaseIds: ReadonlySet<string>;
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
  const repeatCaseIds = opts.repeatCaseIds ?? findRepeatComplaints(cases, opts.repeatWindowDays);
  const compiled = opts.rules === undefined ? null : compileRules(opts.rules);
  const subcategory = compiled === null ? null : memoByText((description) => subcategoryOf(compiled, description));

  const rows: RegisterRow[] = new Array(cases.length);
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const row: RegisterRow = {
      case: c,
      subcategory: subcategory === null ? null : subcategory(c.description),
      deadlines: {},
      worst: null,
      followedUp: isFollowedUp(c),
      satisfaction: c.satisfaction,
      repeat: repeatCaseIds.has(c.id),
    };
    rows[i] = row;
  }
  const locate = caseLocator(cases);
  // Index loops over the big arrays: run once per analysis, a for…of allocates an iterator result per step.
  for (let k = 0; k < compliance.length; k++) {
    const e = compliance[k];
    const i = locate(e.caseId);
    if (i < 0) continue;
    const row = rows[i];
    row.deadlines[e.rule] = e;
    if (row.worst === null || RANK[e.status] < RANK[row.worst]) row.worst = e.status;
  }

  const byCategory = groupRows(rows, (c) => c.category, CATEGORIES) as Record<Category, RegisterRow[]>;
  const byResponsible = groupRows(rows, (c) => c.responsible ?? NONE_KEY);
  const byCompany = groupRows(rows, (c) => c.propertyCompany ?? NONE_KEY);
  return { byCategory, byResponsible, byCompany, repeatCaseIds };
}

/**
 * Rows by a key of their case, each group in log order; `keys` come first (empty when no row has
 * them), the others in order of first appearance. Groups are counted before they are filled, so each
 * list is allocated once at its size rather than grown push by push.
 */
function groupRows(
  rows: readonly RegisterRow[],
  keyOf: (c: Case) => string,
  keys: readonly string[] = [],
): Record<string, RegisterRow[]> {
  const groupOf = new Map(keys.map((k, g) => [k, g]));
  const sizes = keys.map(() => 0);
  const groups = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const key = keyOf(rows[i].case);
    let g = groupOf.get(key);
    if (g === undefined) {
      groupOf.set(key, (g = sizes.length));
      sizes.push(0);
    }
    groups[i] = g;
    sizes[g]++;
  }
  const lists: RegisterRow[][] = sizes.map((n) => new Array<RegisterRow>(n));
  const filled = new Int32Array(sizes.length);
  for (let i = 0; i < rows.length; i++) lists[groups[i]][filled[groups[i]]++] = rows[i];
  const out: Record<string, RegisterRow[]> = {};
  // Defined, not assigned: a company typed as "__proto__" is a key like any other.
  for (const [key, g] of groupOf)
    Object.defineProperty(out, key, { value: lists[g], enumerable: true, writable: true, configurable: true });
  return out;
}
