/** Builds a final Case for deadline tests from just the fields a test cares about. Times as `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD` (date only). */
import type { Case, DateField, Stamp } from "../../../src/core/model";
import { parseIsoMinutes, type LocalMinutes } from "../../../src/core/time";

export const at = (iso: string): LocalMinutes => {
  const m = parseIsoMinutes(iso);
  if (m === null) throw new Error(`bad test time ${iso}`);
  return m;
};

export const stamp = (iso: string): Stamp => ({ at: at(iso), dateOnly: !iso.includes("T") });

type Dates = Partial<Record<DateField, string | null>>;
export type CaseSpec = Partial<Omit<Case, DateField>> & Dates;

let seq = 0;

export function makeCase(spec: CaseSpec = {}): Case {
  const date = (f: DateField): Stamp | null => {
    const v = spec[f];
    return v === undefined || v === null ? null : stamp(v);
  };
  const { receivedAt, ...rest } = spec;
  seq++;
  return {
    id: `C${seq}`,
    row: seq + 1,
    channel: "phone",
    customer: "",
    phone: "",
    community: "海景花园",
    unit: "3-2-501",
    category: "complaint",
    categorySource: "column",
    description: "",
    responsible: "property",
    propertyCompany: "海景物业",
    major: false,
    contactFormNo: "",
    verification: null,
    followUpMethod: null,
    satisfaction: null,
    followUpNotes: "",
    followUpBy: "",
    warrantyWithheld: null,
    status: "",
    notes: "",
    invalid: {},
    ...rest,
    receivedAt: stamp(receivedAt ?? "2026-10-08T10:00"),
    notifiedAt: date("notifiedAt"),
    agreedAt: date("agreedAt"),
    designIssuedAt: date("designIssuedAt"),
    completedAt: date("completedAt"),
    repliedAt: date("repliedAt"),
    followUpAt: date("followUpAt"),
  };
}
