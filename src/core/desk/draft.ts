/**
 * A new case as the clerk fills the desk's form, and what the desk tells them about it while they type:
 * the category the keyword rules propose (with the keyword that matched), a doubtful phone number, a
 * repeat of a recent case of the same unit, the deadlines the case will run, and what keeps it from
 * being appended (a blank or taken 编号, no 受理时间). Nothing here refuses a case for a warning.
 */
import type { Case, Category, Channel, Community, Responsible } from "../model";
import type { LocalMinutes } from "../time";
import { dayOf } from "../time";
import { compileRules, matchKeywords, type KeywordRule } from "../classify";
import { communityKey, unitKey } from "../shared/place-keys";
import type { DeadlineConfig } from "../deadlines";
import { checkPhone, type PhoneCheck } from "./phone";
import { idKey } from "./numbering";
import { previewDeadlines, type DeadlinePreview } from "./steps";

export interface CaseDraft {
  id: string;
  receivedAt: LocalMinutes | null;
  channel: Channel | null;
  customer: string;
  phone: string;
  community: string;
  unit: string;
  /** The clerk's choice; null to take the keyword proposal. */
  category: Category | null;
  description: string;
  responsible: Responsible | null;
  /** Blank → from the Communities sheet. */
  propertyCompany: string;
  major: boolean;
  agreedAt: LocalMinutes | null;
  notes: string;
}

export function emptyDraft(id: string, receivedAt: LocalMinutes): CaseDraft {
  return {
    id,
    receivedAt,
    channel: "phone",
    customer: "",
    phone: "",
    community: "",
    unit: "",
    category: null,
    description: "",
    responsible: null,
    propertyCompany: "",
    major: false,
    agreedAt: null,
    notes: "",
  };
}

export interface CategoryProposal {
  category: Category;
  /** The keyword found in the description, null when no rule matched (then 日常, to confirm). */
  keyword: string | null;
  subcategory: string | null;
}

/** The first rule's category, as classification does (../classify), and which of its keywords is in the text. */
export function proposeCategory(description: string, rules: readonly KeywordRule[]): CategoryProposal {
  const m = matchKeywords(compileRules(rules), description);
  if (m.rule === null) return { category: "routine", keyword: null, subcategory: m.subcategory };
  const text = description.normalize("NFKC").toLowerCase();
  let keyword: string | null = null;
  let at = Number.POSITIVE_INFINITY;
  for (const k of m.rule.keywords) {
    const i = text.indexOf(k.normalize("NFKC").toLowerCase());
    if (i >= 0 && i < at) [keyword, at] = [k, i];
  }
  return { category: m.rule.category, keyword, subcategory: m.subcategory };
}

/**
 * The earlier cases a new one repeats (DESIGN §4, as ../registers/repeats counts them): same community and
 * unit, same category, received at most `windowDays` calendar days before it. Latest first.
 */
export function repeatAlert(
  cases: readonly Case[],
  draft: { community: string; unit: string; category: Category; receivedAt: LocalMinutes },
  windowDays: number,
): Case[] {
  if (draft.unit.trim() === "") return [];
  const unit = unitKey(draft.unit);
  const community = communityKey(draft.community);
  const day = dayOf(draft.receivedAt);
  return cases
    .filter(
      (c) =>
        c.unit !== "" &&
        c.category === draft.category &&
        c.receivedAt.at <= draft.receivedAt &&
        day - dayOf(c.receivedAt.at) <= windowDays &&
        unitKey(c.unit) === unit &&
        communityKey(c.community) === community,
    )
    .sort((a, b) => b.receivedAt.at - a.receivedAt.at || b.row - a.row);
}

export type DraftProblem =
  | { field: "id"; code: "blank" | "taken" }
  | { field: "receivedAt"; code: "blank" | "future" }
  | { field: "description"; code: "blank" }
  | { field: "community"; code: "unknown" };

export interface DraftReview {
  /** The case as it will be read back from the log. */
  record: Case;
  proposal: CategoryProposal;
  phone: PhoneCheck;
  repeats: Case[];
  deadlines: DeadlinePreview[];
  /** Errors block the append; warnings are shown and the clerk goes on. */
  errors: DraftProblem[];
  warnings: DraftProblem[];
}

export interface DeskContext {
  cases: readonly Case[];
  communities: readonly Community[];
  keywordRules: readonly KeywordRule[];
  repeatWindowDays: number;
  deadlines: DeadlineConfig;
  now: LocalMinutes;
  /** Numbers in the log that are no case (rows set aside): taken all the same. */
  takenIds?: readonly string[];
}

/** 小区 → 物业公司 from the Communities sheet (first row wins, as classification reads it). */
export function companyOf(communities: readonly Community[], community: string): string | null {
  const key = communityKey(community);
  if (key === "") return null;
  const hit = communities.find((c) => communityKey(c.name) === key);
  return hit === undefined || hit.propertyCompany.trim() === "" ? null : hit.propertyCompany.trim();
}

export function reviewDraft(draft: CaseDraft, ctx: DeskContext): DraftReview {
  const errors: DraftProblem[] = [];
  const warnings: DraftProblem[] = [];
  const id = draft.id.trim();
  if (id === "") errors.push({ field: "id", code: "blank" });
  else if (ctx.cases.some((c) => idKey(c.id) === idKey(id)) || ctx.takenIds?.some((t) => idKey(t) === idKey(id)))
    errors.push({ field: "id", code: "taken" });
  if (draft.receivedAt === null) errors.push({ field: "receivedAt", code: "blank" });
  else if (draft.receivedAt > ctx.now) warnings.push({ field: "receivedAt", code: "future" });
  if (draft.description.trim() === "") warnings.push({ field: "description", code: "blank" });
  if (
    draft.community.trim() !== "" &&
    ctx.communities.length > 0 &&
    !ctx.communities.some((c) => communityKey(c.name) === communityKey(draft.community))
  )
    warnings.push({ field: "community", code: "unknown" });

  const proposal = proposeCategory(draft.description, ctx.keywordRules);
  const receivedAt = draft.receivedAt ?? ctx.now;
  const record: Case = {
    id,
    row: 0,
    receivedAt: { at: receivedAt, dateOnly: false },
    channel: draft.channel,
    customer: draft.customer.trim(),
    phone: draft.phone.trim(),
    community: draft.community.trim(),
    unit: draft.unit.trim(),
    category: draft.category ?? proposal.category,
    categorySource: draft.category === null ? "keyword" : "column",
    description: draft.description.trim(),
    responsible: draft.responsible,
    propertyCompany: draft.propertyCompany.trim() || companyOf(ctx.communities, draft.community),
    major: draft.major,
    notifiedAt: null,
    contactFormNo: "",
    agreedAt: draft.agreedAt === null ? null : { at: draft.agreedAt, dateOnly: draft.agreedAt % 1440 === 0 },
    designIssuedAt: null,
    completedAt: null,
    repliedAt: null,
    verification: null,
    followUpAt: null,
    followUpMethod: null,
    satisfaction: null,
    followUpNotes: "",
    followUpBy: "",
    warrantyWithheld: null,
    status: "",
    notes: draft.notes.trim(),
    invalid: {},
  };
  return {
    record,
    proposal,
    phone: checkPhone(draft.phone),
    repeats: repeatAlert(ctx.cases, { ...record, receivedAt }, ctx.repeatWindowDays),
    deadlines: previewDeadlines(record, ctx.deadlines, ctx.now),
    errors,
    warnings,
  };
}
