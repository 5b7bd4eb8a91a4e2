/**
 * The property-company KPIs (DESIGN §4, §5.7.2, §5.7.6). What each counts, per company and period
 * (a case belongs to the company of its row or community, and to the month of its 受理时间 — except
 * the follow-up rate, which the issue defines over cases *completed* in the period):
 *
 * - rectify-on-time / notify-on-time: compliance entries of rule `rectify` / `notify-property`.
 *   num = met, den = met + breached + overdue. open and due-soon are not decided yet and `unknown`
 *   (a date missing or bad) cannot be judged: both are left out of the ratio and counted in the
 *   scorecard's working (`pending`, `unknown`) so the manager sees them.
 * - verification-pass: cases the property company was responsible for with a 验证结果; num = 通过.
 * - complaint-follow-up / repair-follow-up: complaint / repair cases completed in the period; num = followed
 *   up (§9.3). Two KPIs because the center follows up every complaint but only a sample of repairs, so one
 *   rate over both would hide an unreturned complaint behind well-sampled repairs.
 * - satisfaction-rate: answered follow-ups; num = 满意 + 基本满意.
 * - complaints-per-1000: num = complaint cases, den = the company's households (Communities sheet);
 *   value = num × 1000 / den.
 * - repeat-complaints: num = complaint cases that repeat an earlier one (same unit, within N days),
 *   den = complaint cases.
 * - inspection-deductions: num = points deducted on the Inspections sheet, den = inspection records;
 *   value = the points (a period without inspection records has no data).
 */
export type KpiId =
  | "rectify-on-time"
  | "notify-on-time"
  | "verification-pass"
  | "complaint-follow-up"
  | "repair-follow-up"
  | "satisfaction-rate"
  | "complaints-per-1000"
  | "repeat-complaints"
  | "inspection-deductions";

export interface KpiDefinition {
  id: KpiId;
  zh: string;
  en: string;
  higherIsBetter: boolean;
  /** `rate`: a fraction 0–1; `per-1000`, `points`: amounts that grow with the length of the period. */
  kind: "rate" | "per-1000" | "points";
  /** Where the KPI comes from: a manual clause, or the center's own setting. */
  source: string;
  /** Where the default target comes from, when the manual sets it; otherwise it is the center's own choice. */
  targetSource?: string;
  defaultWeight: number;
  /** For amounts: per month (a year's is this × its months with data, see scoring.ts). */
  defaultTarget: number;
}

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    id: "rectify-on-time",
    zh: "整改及时率",
    en: "Rectification on time",
    higherIsBetter: true,
    kind: "rate",
    source: "§5.7.1",
    defaultWeight: 20,
    defaultTarget: 0.95,
  },
  {
    id: "notify-on-time",
    zh: "送达及时率",
    en: "Notification on time",
    higherIsBetter: true,
    kind: "rate",
    source: "§5.7.1",
    defaultWeight: 10,
    defaultTarget: 0.95,
  },
  {
    id: "verification-pass",
    zh: "验证通过率",
    en: "Verification pass rate",
    higherIsBetter: true,
    kind: "rate",
    source: "§9.1",
    defaultWeight: 15,
    defaultTarget: 0.95,
  },
  {
    id: "complaint-follow-up",
    zh: "投诉回访率",
    en: "Complaint follow-up rate",
    higherIsBetter: true,
    kind: "rate",
    source: "§9.3",
    // §9 投诉回访: every complaint, once handled, is followed up by phone or visit (§9.3).
    targetSource: "§9.3 投诉处理后逐件回访",
    defaultWeight: 5,
    defaultTarget: 1,
  },
  {
    id: "repair-follow-up",
    zh: "维修回访率",
    en: "Repair follow-up rate",
    higherIsBetter: true,
    kind: "rate",
    source: "§9.3",
    // The manual names no share of repairs to call back; the center samples them.
    targetSource: "中心设定（§9.3 未定维修回访的比例，中心抽样回访）",
    defaultWeight: 5,
    defaultTarget: 0.3,
  },
  {
    id: "satisfaction-rate",
    zh: "满意率",
    en: "Satisfaction rate",
    higherIsBetter: true,
    kind: "rate",
    source: "§5.7.2, §9.3",
    defaultWeight: 20,
    defaultTarget: 0.9,
  },
  {
    id: "complaints-per-1000",
    zh: "千户投诉量",
    en: "Complaints per 1,000 households",
    higherIsBetter: false,
    kind: "per-1000",
    source: "中心设定",
    defaultWeight: 10,
    defaultTarget: 8,
  },
  {
    id: "repeat-complaints",
    zh: "重复投诉率",
    en: "Repeat complaints",
    higherIsBetter: false,
    kind: "rate",
    source: "中心设定",
    defaultWeight: 5,
    defaultTarget: 0.05,
  },
  {
    id: "inspection-deductions",
    zh: "巡检扣分",
    en: "Inspection deductions",
    higherIsBetter: false,
    kind: "points",
    source: "§5.7.2",
    defaultWeight: 10,
    defaultTarget: 5,
  },
];

export const KPI_IDS: readonly KpiId[] = KPI_DEFINITIONS.map((k) => k.id);

export function kpiDefinition(id: string): KpiDefinition | undefined {
  return KPI_DEFINITIONS.find((k) => k.id === id);
}
