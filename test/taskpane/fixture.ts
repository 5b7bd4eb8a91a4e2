/** Hand-built Analysis records for the pane's tests (the pane only reads them). */
import type { Analysis, RuleInfo } from "../../src/core/analysis";
import type { Case, ComplianceEntry } from "../../src/core/model";
import { parseIsoMinutes, type LocalMinutes } from "../../src/core/time";

export const at = (iso: string): LocalMinutes => {
  const m = parseIsoMinutes(iso);
  if (m === null) throw new Error(`bad date ${iso}`);
  return m;
};

let rowSeq = 2;

export function makeCase(p: Partial<Case> & { id: string; received: string }): Case {
  const { received, ...rest } = p;
  return {
    row: rowSeq++,
    receivedAt: { at: at(received), dateOnly: false },
    channel: "phone",
    customer: "王女士",
    phone: "13800000000",
    community: "翠湖苑",
    unit: "3-2-501",
    category: "complaint",
    categorySource: "column",
    description: "",
    responsible: "property",
    propertyCompany: "安居物业",
    major: false,
    notifiedAt: null,
    contactFormNo: "",
    agreedAt: null,
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
    notes: "",
    invalid: {},
    ...rest,
  };
}

export function entry(caseId: string, rule: string, status: ComplianceEntry["status"], dueAt: string | null, late: number | null = null): ComplianceEntry {
  return { caseId, rule, startAt: null, dueAt: dueAt === null ? null : at(dueAt), stopAt: null, status, late };
}

export const RULES: RuleInfo[] = [
  { id: "notify-property", clause: "§5.7.1", limit: 8, unit: "hours", clock: "working-hours" },
  { id: "rectify", clause: "§5.7.1", limit: 5, unit: "days", clock: "calendar-days" },
];

export function analysisOf(p: Omit<Partial<Analysis>, "asOf"> & { asOf: string }): Analysis {
  const { asOf, ...rest } = p;
  return {
    asOf: at(asOf),
    logSheet: "案件登记",
    logSheets: [],
    cases: [],
    rejected: [],
    duplicates: [],
    cellIssues: [],
    unconfirmed: [],
    communities: [],
    inspections: [],
    rules: RULES,
    compliance: [],
    scorecards: { monthly: [], yearly: [] },
    warnings: [],
    keywordRules: [],
    repeatWindowDays: 30,
    ...rest,
  };
}
