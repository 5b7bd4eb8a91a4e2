/** Test records for the classify, registers, scorecard and summary tests: every field defaulted. */
import type { Case, ParsedCase, Stamp } from "../../../src/core/model";
import { parseIsoMinutes } from "../../../src/core/time";

/** `2026-03-10T09:00` (or a date alone) → a Stamp; throws on a typo so a fixture cannot be silently wrong. */
export function at(iso: string): Stamp {
  const m = parseIsoMinutes(iso);
  if (m === null) throw new Error(`bad fixture date ${iso}`);
  return { at: m, dateOnly: !iso.includes("T") };
}

export function makeParsedCase(over: Partial<ParsedCase> & { id: string }): ParsedCase {
  return {
    row: 2,
    receivedAt: at("2026-03-10T09:00"),
    channel: "phone",
    customer: "王小明",
    phone: "13812345678",
    community: "",
    unit: "",
    category: null,
    description: "",
    responsible: null,
    propertyCompany: null,
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
    ...over,
  };
}

export function makeCase(over: Partial<Case> & { id: string }): Case {
  const { category = "routine", categorySource = "column", ...rest } = over;
  return { ...makeParsedCase(rest), category, categorySource };
}
