/**
 * The domain records every stage of the pipeline passes along (DESIGN §1–§5). Plain data only.
 *
 * Codes are stable English identifiers (they appear in the JSON contract); the center's own terms
 * (投诉, 维修 …) are labels attached at the edges (sheets, reports, the pane).
 */
import type { LocalMinutes } from "./time";
import type { Message } from "./messages";

/** One cell as Office.js `range.values` gives it: "" for blank, error values as their text ("#N/A"). */
export type CellValue = string | number | boolean | null;

/**
 * A sheet's values with where they sit, so Excel row numbers can be reported. A row may be missing (a hole) or
 * end before the others, and a cell may be missing: all read as blank (the file reader gives a mostly empty
 * sheet so, where Office.js would give "" for every blank).
 */
export interface SheetValues {
  name: string;
  values: CellValue[][];
  /** Cells the file holds but whose value could not be read; their place in `values` is blank. */
  faults?: CellFault[];
  /** Excel row number (1-based) of values[0]. */
  firstRow: number;
  /** Excel column number (1-based) of values[r][0]. */
  firstColumn: number;
  /** Whether the clerk sees the sheet's tab; absent means visible. A hidden log is read only when no visible sheet is one. */
  visibility?: SheetVisibility;
}

/**
 * A cell with no value to read (only a file can hold one; Excel always has a value to give): a formula saved
 * without its result, or a reference to a shared string that is not valid or not there.
 */
export interface CellFault {
  /** Excel row and column numbers (1-based). */
  row: number;
  column: number;
  kind: "formula-without-value" | "shared-string-invalid" | "shared-string-missing";
  /** The shared-string index as written. */
  raw?: string;
  /** How many shared strings the file has (shared-string-missing). */
  count?: number;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** The input workbook as the core sees it. */
export interface WorkbookInput {
  sheets: SheetValues[];
  /** Workbook uses the 1904 date system (Mac); serial numbers are read accordingly. */
  date1904: boolean;
}

export type Category = "complaint" | "repair" | "routine" | "suggestion";
export const CATEGORIES: readonly Category[] = ["complaint", "repair", "routine", "suggestion"];

/** `online`: 网络/微信 (official account, mini program, app); `gov-hotline`: 12345 government hotline referrals. */
export type Channel =
  | "phone"
  | "visit"
  | "letter"
  | "fax"
  | "suggestion-box"
  | "property-referral"
  | "sales-referral"
  | "inspection"
  | "online"
  | "gov-hotline";
export const CHANNELS: readonly Channel[] = [
  "phone",
  "visit",
  "letter",
  "fax",
  "suggestion-box",
  "property-referral",
  "sales-referral",
  "inspection",
  "online",
  "gov-hotline",
];

export type Responsible = "property" | "engineering" | "sales" | "design" | "contractor";
export const RESPONSIBLES: readonly Responsible[] = ["property", "engineering", "sales", "design", "contractor"];

export type Verification = "passed" | "failed";
export type Satisfaction = "satisfied" | "basic" | "unsatisfied";
export type FollowUpMethod = "phone" | "visit" | "sms" | "wechat";

/** A date-time cell after parsing. `dateOnly` when the clerk gave no time (an agreed date is then due at its end). */
export interface Stamp {
  at: LocalMinutes;
  dateOnly: boolean;
}

/** The date fields of a case, named as in the Case record, in the order a case goes through them. */
export const DATE_FIELDS = [
  "receivedAt",
  "notifiedAt",
  "agreedAt",
  "designIssuedAt",
  "completedAt",
  "repliedAt",
  "followUpAt",
] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export interface Case {
  id: string;
  /** Excel row number of the case in its sheet. */
  row: number;
  /** The log sheet the row is on (a log may span sheets); absent for cases made outside a workbook. */
  sheet?: string;
  receivedAt: Stamp;
  channel: Channel | null;
  customer: string;
  phone: string;
  community: string;
  unit: string;
  category: Category;
  categorySource: "column" | "keyword";
  description: string;
  responsible: Responsible | null;
  propertyCompany: string | null;
  major: boolean;
  notifiedAt: Stamp | null;
  contactFormNo: string;
  agreedAt: Stamp | null;
  designIssuedAt: Stamp | null;
  completedAt: Stamp | null;
  repliedAt: Stamp | null;
  verification: Verification | null;
  followUpAt: Stamp | null;
  followUpMethod: FollowUpMethod | null;
  satisfaction: Satisfaction | null;
  /** The customer's words at the follow-up (回访意见, §9.3); "" when the log has no such column. */
  followUpNotes: string;
  /** Who made the follow-up call or visit (回访人). */
  followUpBy: string;
  warrantyWithheld: number | null;
  status: string;
  notes: string;
  /** 送达方式 as written (书面, 联系单, 电话 …); absent or "" when blank. */
  deliveryKind?: string;
  /** 维修单位 as written: the repair contractor's name (§5.6.2); absent or "" when the log has no such column. */
  contractor?: string;
  /**
   * The clerk's words in coded columns that no value mapping knows (来源渠道 “抖音”), kept as written; the
   * coded field is then null.
   */
  unmapped?: Partial<
    Record<"channel" | "category" | "responsible" | "verification" | "satisfaction" | "followUpMethod", string>
  >;
  /**
   * Optional cells that held something unusable, by field: the reason a clerk can read (a message of
   * ../messages, rendered in the reader's language). The case is kept; rules needing the field report
   * `unknown` with this reason.
   */
  invalid: Partial<
    Record<
      | DateField
      | "channel"
      | "responsible"
      | "verification"
      | "satisfaction"
      | "major"
      | "warrantyWithheld"
      | "category"
      | "followUpMethod",
      Message
    >
  >;
}

/** A problem with a row that keeps it from becoming a case (DESIGN §5 `rejected`). */
export interface Rejection {
  row: number;
  /** The row's 编号 when it was read (a case set aside as received after the as-of): still a number in use. */
  id?: string;
  /** The sheet of the row, for the case log (which may span sheets). */
  sheet?: string;
  /** Column header as the clerk wrote it (or the canonical name when the column is missing). */
  column: string;
  value: string;
  /** Where and why, as a message (row.problem) every adapter renders in the user's language. */
  reason: Message;
  /**
   * A case received after the as-of instant (../parse/after-as-of): not a fault of the row as such, so a month
   * judged at its earlier close leaves it out rather than listing it (../month-close).
   */
  afterAsOf?: true;
}

/** A problem with one optional cell of a case that was kept. */
export interface CellIssue {
  row: number;
  sheet?: string;
  column: string;
  value: string;
  /** Where and why, as a message (row.problem). */
  reason: Message;
  caseId: string;
}

export interface Duplicate {
  id: string;
  rows: number[];
  /** The sheet of each of `rows`, in the same order. */
  sheets?: string[];
}

export interface Community {
  name: string;
  propertyCompany: string;
  households: number | null;
  handoverDate: LocalMinutes | null;
  row: number;
}

export interface Inspection {
  row: number;
  date: LocalMinutes;
  community: string;
  propertyCompany: string;
  item: string;
  problem: string;
  deduction: number;
  rectifyBy: LocalMinutes | null;
  rectifiedAt: LocalMinutes | null;
}

/**
 * One line of the Settings sheet (设置): section, key, value. Each module reads its own sections
 * and reports bad values by cell; the sheet layout is DESIGN §2 "Settings".
 */
export interface SettingsEntry {
  row: number;
  section: string;
  key: string;
  value: string;
}

/** A settings problem, naming the cell (e.g. "设置!C12"). Defaults stay in force. */
export interface SettingsError {
  cell: string;
  /** What is wrong, as a message the adapters render in the user's language. */
  message: Message;
}

export type ComplianceStatus =
  "met" | "breached" | "open" | "due-soon" | "overdue" | "not-applicable" | "unknown" | "paused";

/**
 * One row of the Pauses sheet (暂停记录, DESIGN §2): the clock of a case's rule (every rule that may pause when
 * `rule` is null) stops counting from `from` to `to` (null while the pause is still open).
 */
export interface Pause {
  /** Excel row number in the Pauses sheet. */
  row: number;
  caseId: string;
  /** The rule as the clerk wrote it (an id or its name); null when blank. */
  rule: string | null;
  from: LocalMinutes;
  to: LocalMinutes | null;
  reason: string;
}

/** How a delivery to the property company was made, as far as the written-notice rule is concerned. */
export type DeliveryWay = "written" | "verbal" | "unstated";

export interface ComplianceEntry {
  caseId: string;
  rule: string;
  startAt: LocalMinutes | null;
  dueAt: LocalMinutes | null;
  stopAt: LocalMinutes | null;
  status: ComplianceStatus;
  /** Lateness in the rule's own unit (hours or days), null when not late or not known. */
  late: number | null;
  /** Why the status is `unknown` (or not applicable, when that needs saying), as a message. */
  reason?: Message;
  /** Clock minutes the case's pauses removed before the due (absent when none did). */
  pauseMinutes?: number;
  /** For a rule whose stop must be written (notify-property): how the delivery was made. */
  delivery?: DeliveryWay;
  /** A remark the status needs, e.g. 口头送达，未书面 (the clock runs on), as a message. */
  note?: Message;
}

/** A ratio with its working shown; `value` is null when there is no data (den = 0). */
export interface Ratio {
  num: number;
  den: number;
  value: number | null;
}

/** A case as read from its row, before classification fills `category` (DESIGN §1: read → classify). */
export type ParsedCase = Omit<Case, "category" | "categorySource"> & {
  /** From the 类别 column when it holds a known category; null when blank (classified later by keywords). */
  category: Category | null;
};

/** A default written into the Settings sheet, with where it comes from (a manual clause or "center setting"). */
export interface SettingsDefault {
  section: string;
  key: string;
  value: string;
  /** "§5.7.1", "§5.2" … or "中心设定". */
  source: string;
  note?: string;
}

export type Grade = "A" | "B" | "C" | "D";

export interface Scorecard {
  company: string;
  /** Composite score out of 100, null when no KPI has data. */
  score: number | null;
  grade: Grade | null;
  /** 1 = best among the companies of the same period; null when unscored. */
  rank: number | null;
  /** KPI id → its working. */
  kpis: Record<string, Ratio>;
}

export interface MonthlyScorecard extends Scorecard {
  /** `YYYY-MM`. */
  month: string;
  /** Score change against the previous month, null when either is missing. */
  change: number | null;
}

export interface YearlyScorecard extends Scorecard {
  year: number;
  /** The twelve monthly scores (January first), null for months without data. */
  monthlyScores: (number | null)[];
}

export interface Scorecards {
  monthly: MonthlyScorecard[];
  yearly: YearlyScorecard[];
}
