import {
  complianceWarnings,
  defaultDeadlineConfig,
  evaluateCompliance,
  summarizeCompliance,
} from "../../../src/core/deadlines";
import type { ComplianceEntry, ComplianceStatus } from "../../../src/core/model";
import { at, makeCase } from "./make-case";
import { msg, say } from "../../../src/core/messages";

const entry = (
  caseId: string,
  rule: string,
  status: ComplianceStatus,
  due: string | null = "2026-10-12T00:00",
): ComplianceEntry => ({
  caseId,
  rule,
  startAt: null,
  dueAt: due === null ? null : at(due),
  stopAt: null,
  status,
  late: null,
});

describe("summarizeCompliance: on-time rate = met / (met + breached + overdue)", () => {
  const a = makeCase({ id: "A", responsible: "property", propertyCompany: "海景物业", receivedAt: "2026-10-01T10:00" });
  const b = makeCase({ id: "B", responsible: "design", propertyCompany: "山景物业", receivedAt: "2026-10-02T10:00" });
  const entries = [
    entry("A", "notify-property", "met"),
    entry("A", "rectify", "breached", "2026-11-01T00:00"), // due at the end of 31 Oct → October
    entry("B", "design-issue", "overdue", "2026-11-02T00:00"),
    entry("B", "notify-property", "open"),
    entry("B", "rectify", "unknown", null),
  ];

  it("by rule, with numerators and denominators; undecided entries stay out of the ratio", () => {
    expect(summarizeCompliance(entries, [a, b], "rule").map((g) => [g.key, g.num, g.den, g.value])).toEqual([
      ["design-issue", 0, 1, 0],
      ["notify-property", 1, 1, 1],
      ["rectify", 0, 1, 0],
    ]);
    const np = summarizeCompliance(entries, [a, b], "rule").find((g) => g.key === "notify-property")!;
    expect(np.counts.open).toBe(1);
  });

  it("no decided deadline → value null, never 0 % or 100 %", () => {
    expect(summarizeCompliance([entry("B", "notify-property", "open")], [b], "rule")[0]).toMatchObject({
      num: 0,
      den: 0,
      value: null,
    });
  });

  it("by responsible party, property company and month (the month a deadline fell due)", () => {
    expect(summarizeCompliance(entries, [a, b], "responsible").map((g) => [g.key, g.num, g.den])).toEqual([
      ["design", 0, 1],
      ["property", 1, 2],
    ]);
    expect(summarizeCompliance(entries, [a, b], "property").map((g) => [g.key, g.value])).toEqual([
      ["山景物业", 0],
      ["海景物业", 0.5],
    ]);
    expect(summarizeCompliance(entries, [a, b], "month").map((g) => [g.key, g.num, g.den])).toEqual([
      ["2026-10", 1, 2], // met (due 12 Oct) + breached (due end of 31 Oct) + the unknown one by its receipt month
      ["2026-11", 0, 1],
    ]);
  });
});

describe("complianceWarnings", () => {
  const config = defaultDeadlineConfig();

  it("warns about a year without official holiday data that the cases' working-day deadlines touch", () => {
    const w = complianceWarnings([makeCase({ receivedAt: "2027-03-01T10:00" })], config);
    expect(w).toEqual([msg("holidays.missing", { years: [2027] })]);
    expect(say(w[0], "zh")).toContain("2027 年没有法定节假日数据");
    expect(say(w[0], "zh")).toContain("节假日 2027");
    expect(say(w[0], "en")).toContain("No official holiday data for 2027");
  });

  it("warns for the next year when a late-December deadline can spill over, and not otherwise", () => {
    expect(complianceWarnings([makeCase({ receivedAt: "2026-12-28T10:00" })], config)).toEqual([
      msg("holidays.missing", { years: [2027] }),
    ]);
    expect(complianceWarnings([makeCase({ receivedAt: "2026-06-01T10:00" })], config)).toEqual([]);
  });

  it("says nothing when no rule counts working days", () => {
    const noWorkingDays = { ...config, rules: config.rules.filter((r) => r.clock !== "working-days") };
    expect(complianceWarnings([makeCase({ receivedAt: "2027-03-01T10:00" })], noWorkingDays)).toEqual([]);
  });

  it("a year without data is still computed (as Monday–Friday), not dropped", () => {
    const c = makeCase({
      category: "repair",
      responsible: "design",
      receivedAt: "2027-02-01T10:00",
      notifiedAt: "2027-02-03T10:00",
    });
    const e = evaluateCompliance([c], config, at("2027-02-04T00:00"))[0];
    expect(e.status).toBe("open");
  });
});
