/**
 * Classification (§4.3.5): the 类别 column when the clerk filled it, else the keyword rules; and the
 * property company from the row, else from the Communities sheet by community.
 */
import { msg, type Message } from "../messages";
import type { Case, Community, ParsedCase } from "../model";
import { communityKey, communityKeyCache } from "../shared/place-keys";
import { compileRules, firstMatchingRule, memoByText, type KeywordRule } from "./keywords";

export interface ClassifyResult {
  cases: Case[];
  /** Ids of cases no keyword rule matched: classified 日常 for the clerk to confirm. */
  unconfirmed: string[];
  /** One per unknown community (and one when there is no Communities sheet to look companies up in). */
  warnings: Message[];
}

export function classifyCases(
  parsed: readonly ParsedCase[],
  communities: readonly Community[],
  rules: readonly KeywordRule[],
): ClassifyResult {
  const compiled = compileRules(rules);
  const ruleFor = memoByText((description) => firstMatchingRule(compiled, description));
  const keyOf = communityKeyCache();
  const companyOf = new Map<string, string>();
  for (const c of communities) {
    const key = communityKey(c.name);
    // The first row wins, as a clerk reading the sheet top-down would expect.
    if (key !== "" && !companyOf.has(key)) companyOf.set(key, c.propertyCompany.trim());
  }

  const cases: Case[] = new Array(parsed.length);
  const unconfirmed: string[] = [];
  /** Unknown community → [cases, of which without a company]. */
  const unknown = new Map<string, { name: string; cases: number; noCompany: number }>();
  let lookupsWithoutSheet = 0;

  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    let category = p.category;
    let categorySource: Case["categorySource"] = "column";
    if (category === null) {
      categorySource = "keyword";
      const rule = ruleFor(p.description);
      if (rule === null) {
        category = "routine";
        unconfirmed.push(p.id);
      } else {
        category = rule.category;
      }
    }

    let propertyCompany =
      p.propertyCompany !== null && p.propertyCompany.trim() !== "" ? p.propertyCompany.trim() : null;
    const key = keyOf(p.community);
    if (key !== "") {
      const known = companyOf.get(key);
      if (known === undefined) {
        if (communities.length === 0) {
          if (propertyCompany === null) lookupsWithoutSheet++;
        } else {
          let u = unknown.get(key);
          if (u === undefined) unknown.set(key, (u = { name: p.community.trim(), cases: 0, noCompany: 0 }));
          u.cases++;
          if (propertyCompany === null) u.noCompany++;
        }
      } else if (propertyCompany === null && known !== "") {
        propertyCompany = known;
      }
    }

    cases[i] = toCase(p, category, categorySource, propertyCompany);
  }

  const warnings: Message[] = [];
  if (lookupsWithoutSheet > 0) {
    warnings.push(msg("communities.sheet-missing", { count: lookupsWithoutSheet }));
  }
  for (const u of unknown.values()) {
    warnings.push(
      u.noCompany > 0
        ? msg("communities.unknown-company", { name: u.name, count: u.noCompany })
        : msg("communities.unknown-households", { name: u.name, count: u.cases }),
    );
  }
  return { cases, unconfirmed, warnings };
}

/** Field by field rather than a spread: one object shape for every case, which a million rows notice. */
function toCase(
  p: ParsedCase,
  category: Case["category"],
  categorySource: Case["categorySource"],
  propertyCompany: string | null,
): Case {
  return {
    id: p.id,
    row: p.row,
    sheet: p.sheet,
    receivedAt: p.receivedAt,
    channel: p.channel,
    customer: p.customer,
    phone: p.phone,
    community: p.community,
    unit: p.unit,
    category,
    categorySource,
    description: p.description,
    responsible: p.responsible,
    propertyCompany,
    major: p.major,
    notifiedAt: p.notifiedAt,
    contactFormNo: p.contactFormNo,
    agreedAt: p.agreedAt,
    designIssuedAt: p.designIssuedAt,
    completedAt: p.completedAt,
    repliedAt: p.repliedAt,
    verification: p.verification,
    followUpAt: p.followUpAt,
    followUpMethod: p.followUpMethod,
    satisfaction: p.satisfaction,
    followUpNotes: p.followUpNotes,
    followUpBy: p.followUpBy,
    warrantyWithheld: p.warrantyWithheld,
    status: p.status,
    notes: p.notes,
    ...(p.deliveryKind ? { deliveryKind: p.deliveryKind } : {}),
    ...(p.contractor ? { contractor: p.contractor } : {}),
    unmapped: p.unmapped,
    invalid: p.invalid,
  };
}
