/**
 * The center's own words for the domain codes, in both languages. Sheets, reports and the pane all label
 * through here, so a register says 投诉 in the workbook exactly as it does in the pane.
 */
import type {
  Category,
  Channel,
  ComplianceStatus,
  FollowUpMethod,
  Grade,
  Responsible,
  Satisfaction,
  Verification,
} from "./model";

export type Lang = "zh" | "en";

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const CATEGORY_LABELS: Labels<Category> = {
  complaint: { zh: "投诉", en: "Complaint" },
  repair: { zh: "维修", en: "Repair" },
  routine: { zh: "日常", en: "Routine" },
  suggestion: { zh: "建议", en: "Suggestion" },
};

export const REGISTER_TITLES: Labels<Category> = {
  complaint: { zh: "投诉登记簿", en: "Complaints register" },
  repair: { zh: "维修登记簿", en: "Repairs register" },
  routine: { zh: "日常登记簿", en: "Routine register" },
  suggestion: { zh: "建议登记簿", en: "Suggestions register" },
};

export const CHANNEL_LABELS: Labels<Channel> = {
  phone: { zh: "电话", en: "Phone" },
  visit: { zh: "来访", en: "Visit" },
  letter: { zh: "信函", en: "Letter" },
  fax: { zh: "传真", en: "Fax" },
  "suggestion-box": { zh: "意见箱", en: "Suggestion box" },
  "property-referral": { zh: "物业转交", en: "Property referral" },
  "sales-referral": { zh: "销售转交", en: "Sales referral" },
  inspection: { zh: "巡检", en: "Inspection" },
  online: { zh: "网络/微信", en: "Online / WeChat" },
  "gov-hotline": { zh: "12345政府热线转办", en: "12345 hotline referral" },
};

export const RESPONSIBLE_LABELS: Labels<Responsible> = {
  property: { zh: "物业公司", en: "Property company" },
  engineering: { zh: "工程部", en: "Engineering" },
  sales: { zh: "销售部", en: "Sales" },
  design: { zh: "设计部", en: "Design" },
  contractor: { zh: "维修单位", en: "Repair contractor" },
};

export const STATUS_LABELS: Labels<ComplianceStatus> = {
  met: { zh: "按时", en: "Met" },
  breached: { zh: "超时", en: "Breached" },
  open: { zh: "进行中", en: "Open" },
  "due-soon": { zh: "即将到期", en: "Due soon" },
  overdue: { zh: "已逾期", en: "Overdue" },
  "not-applicable": { zh: "不适用", en: "N/A" },
  unknown: { zh: "无法判断", en: "Unknown" },
  paused: { zh: "暂停中", en: "Paused" },
};

export const GRADE_LABELS: Labels<Grade> = {
  A: { zh: "优秀", en: "Excellent" },
  B: { zh: "良好", en: "Good" },
  C: { zh: "合格", en: "Pass" },
  D: { zh: "不合格", en: "Fail" },
};

export const SATISFACTION_LABELS: Labels<Satisfaction> = {
  satisfied: { zh: "满意", en: "Satisfied" },
  basic: { zh: "基本满意", en: "Mostly satisfied" },
  unsatisfied: { zh: "不满意", en: "Dissatisfied" },
};

export const VERIFICATION_LABELS: Labels<Verification> = {
  passed: { zh: "通过", en: "Passed" },
  failed: { zh: "不通过", en: "Failed" },
};

export const FOLLOW_UP_METHOD_LABELS: Labels<FollowUpMethod> = {
  phone: { zh: "电话", en: "Phone" },
  visit: { zh: "上门", en: "Visit" },
  sms: { zh: "短信", en: "Text message" },
  wechat: { zh: "微信", en: "WeChat" },
};

/** Deadline rules of DESIGN §3 by id; a rule added in Settings falls back to its id. */
export const RULE_LABELS: Record<string, { zh: string; en: string }> = {
  "notify-property": { zh: "8小时内书面送达物业", en: "Notify property company (8 h)" },
  "reply-referral": { zh: "物业转交3日内回复", en: "Reply to property referral (3 days)" },
  "design-issue": { zh: "设计3个工作日出图", en: "Design drawings (3 working days)" },
  "notify-engineering": { zh: "重大质量问题告知工程部", en: "Notify engineering of major issue" },
  "agreed-completion": { zh: "按约定时间完成", en: "Complete by agreed date" },
  "follow-up": { zh: "处理后回访", en: "Follow-up after completion" },
  rectify: { zh: "物业整改", en: "Property rectification" },
};

/** Scorecard KPIs of DESIGN §4 by id. */
export const KPI_LABELS: Record<string, { zh: string; en: string }> = {
  rectificationOnTime: { zh: "整改及时率", en: "Rectification on time" },
  notificationOnTime: { zh: "送达及时率", en: "Notification on time" },
  verificationPass: { zh: "验证通过率", en: "Verification pass rate" },
  followUpRate: { zh: "回访率", en: "Follow-up rate" },
  satisfactionRate: { zh: "满意率", en: "Satisfaction rate" },
  complaintsPer1000: { zh: "千户投诉量", en: "Complaints per 1,000 households" },
  repeatComplaints: { zh: "重复投诉率", en: "Repeat complaints" },
  inspectionDeductions: { zh: "巡检扣分", en: "Inspection deductions" },
};

/** The label of a code in `lang`, or the code itself when the table does not know it. */
export function label<K extends string>(
  table: Partial<Record<K, { zh: string; en: string }>>,
  code: K,
  lang: Lang,
): string {
  return table[code]?.[lang] ?? code;
}

/** English month names, January first: the reports and the pane write months out the same way. */
export const EN_MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
