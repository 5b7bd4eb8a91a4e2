import type { ComplianceEntry } from "../../../src/core/model";
import { NONE, monthlySummary } from "../../../src/core/summary";
import { formatMinutes, parseIsoMinutes } from "../../../src/core/time";
import { at, makeCase } from "../classify/make-case";

const t = (iso: string) => parseIsoMinutes(iso)!;

const cases = [
  makeCase({ id: "S1", receivedAt: at("2026-10-03T10:00"), channel: "phone", category: "complaint", community: "春华苑", responsible: "property", description: "楼道垃圾无人清理" }),
  makeCase({ id: "S2", receivedAt: at("2026-10-10T10:00"), channel: "visit", category: "repair", community: "春华苑", responsible: "engineering", description: "卫生间漏水", completedAt: at("2026-10-20T10:00") }),
  makeCase({ id: "S3", receivedAt: at("2026-10-15T10:00"), channel: "phone", category: "repair", community: "夏荷园", responsible: "contractor", description: "厨房渗水" }),
  makeCase({ id: "S4", receivedAt: at("2026-10-31T23:59"), channel: null, category: "routine", community: "", description: "来电已记录", completedAt: at("2026-11-01T08:00") }),
  makeCase({ id: "S5", receivedAt: at("2026-09-20T10:00"), channel: "phone", category: "complaint", community: "春华苑", responsible: "property", description: "垃圾清运不及时", completedAt: at("2026-09-25T10:00") }),
  makeCase({ id: "S6", receivedAt: at("2025-10-05T10:00"), channel: "letter", category: "suggestion", community: "夏荷园", description: "建议设充电桩", completedAt: at("2025-10-09T10:00") }),
  makeCase({ id: "S7", receivedAt: at("2026-11-02T10:00"), channel: "phone", category: "complaint", community: "春华苑" }),
  makeCase({ id: "S8", receivedAt: at("2026-08-01T10:00"), channel: "phone", category: "repair", community: "秋实苑" }),
];

const e = (caseId: string, rule: string, status: ComplianceEntry["status"], startAt: string | null, dueAt: string | null, stopAt: string | null): ComplianceEntry => ({
  caseId,
  rule,
  startAt: startAt === null ? null : t(startAt),
  dueAt: dueAt === null ? null : t(dueAt),
  stopAt: stopAt === null ? null : t(stopAt),
  status,
  late: null,
});

const compliance = [
  e("S1", "rectify", "overdue", "2026-10-03T10:00", "2026-10-09T00:00", null), // past due at month end
  e("S1", "notify-property", "met", "2026-10-03T10:00", "2026-10-03T17:00", "2026-10-03T15:00"),
  e("S2", "follow-up", "breached", "2026-10-20T10:00", "2026-10-24T00:00", "2026-11-02T10:00"), // late, still running at month end
  e("S3", "agreed-completion", "overdue", null, "2026-11-03T00:00", null), // due only after month end
  e("S5", "rectify", "breached", "2026-09-20T10:00", "2026-09-30T00:00", "2026-10-05T10:00"), // stopped before month end
  e("S8", "rectify", "unknown", null, null, null),
];

describe("monthlySummary", () => {
  const s = monthlySummary(cases, compliance, "2026-10", t("2026-11-05T12:00"));

  it("compares this month with last month and the same month last year", () => {
    expect([s.month, s.lastMonth, s.sameMonthLastYear]).toEqual(["2026-10", "2026-09", "2025-10"]);
    expect(formatMinutes(s.measuredAt)).toBe("2026-11-01T00:00");
    expect(s.total).toEqual({ thisMonth: 4, lastMonth: 1, sameMonthLastYear: 1 });
  });

  it("counts by channel, category, community and responsible party", () => {
    const pick = (rows: typeof s.byChannel) => Object.fromEntries(rows.map((r) => [r.key, [r.thisMonth, r.lastMonth, r.sameMonthLastYear]]));
    expect(pick(s.byChannel)).toEqual({
      phone: [2, 1, 0],
      visit: [1, 0, 0],
      letter: [0, 0, 1],
      fax: [0, 0, 0],
      "suggestion-box": [0, 0, 0],
      "property-referral": [0, 0, 0],
      "sales-referral": [0, 0, 0],
      inspection: [0, 0, 0],
      online: [0, 0, 0],
      "gov-hotline": [0, 0, 0],
      [NONE]: [1, 0, 0],
    });
    expect(pick(s.byCategory)).toEqual({ complaint: [1, 1, 0], repair: [2, 0, 0], routine: [1, 0, 0], suggestion: [0, 0, 1] });
    expect(s.byCommunity.map((r) => [r.key, r.thisMonth, r.lastMonth, r.sameMonthLastYear])).toEqual([
      ["春华苑", 2, 1, 0],
      ["夏荷园", 1, 0, 1],
      [NONE, 1, 0, 0],
    ]);
    expect(pick(s.byResponsible)).toEqual({
      property: [1, 1, 0],
      engineering: [1, 0, 0],
      sales: [0, 0, 0],
      design: [0, 0, 0],
      contractor: [1, 0, 0],
      [NONE]: [1, 0, 1],
    });
    const sum = (rows: typeof s.byChannel) => rows.reduce((a, r) => a + r.thisMonth, 0);
    for (const rows of [s.byChannel, s.byCategory, s.byCommunity, s.byResponsible]) expect(sum(rows)).toBe(s.total.thisMonth);
  });

  it("lists the most frequent problem types with last month's count and where they came up", () => {
    expect(s.topProblems).toEqual([
      { subcategory: "渗漏", count: 2, lastMonth: 0, communities: [{ community: "夏荷园", count: 1 }, { community: "春华苑", count: 1 }] },
      { subcategory: "保洁", count: 1, lastMonth: 1, communities: [{ community: "春华苑", count: 1 }] },
    ]);
    expect(monthlySummary(cases, compliance, "2026-10", t("2026-11-05T12:00"), { top: 1 }).topProblems).toHaveLength(1);
  });

  it("lists the cases open and overdue at month end", () => {
    // S2 is completed but its follow-up call is overdue: not finished, so open (overdue ⊆ open).
    expect(s.open).toEqual({ count: 5, caseIds: ["S1", "S2", "S3", "S4", "S8"] });
    expect(s.overdue).toEqual({ count: 2, cases: [{ caseId: "S1", rules: ["rectify"] }, { caseId: "S2", rules: ["follow-up"] }] });
  });

  it("measures at as-of when the month is not over", () => {
    const early = monthlySummary(cases, compliance, "2026-10", t("2026-10-12T00:00"));
    expect(formatMinutes(early.measuredAt)).toBe("2026-10-12T00:00");
    expect(early.open.caseIds).toEqual(["S1", "S2", "S8"]);
    expect(early.overdue.cases).toEqual([{ caseId: "S1", rules: ["rectify"] }]);
  });

  it("refuses a month that is not YYYY-MM", () => {
    expect(() => monthlySummary(cases, compliance, "2026-13", 0)).toThrow(RangeError);
  });
});
