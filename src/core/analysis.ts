/**
 * Everything one run of the pipeline knows (DESIGN §1): what the adapters, the report model and the
 * pane consume. Built by `analyze` in ./pipeline.
 */
import type {
  Case,
  CellIssue,
  Community,
  ComplianceEntry,
  Duplicate,
  Inspection,
  Pause,
  Rejection,
  Scorecards,
} from "./model";
import type { Message } from "./messages";
import type { LocalMinutes } from "./time";
import type { KeywordRule } from "./classify";
import type { LogSheetAccount } from "./parse";
import type { AppliedPause, DeadlineConfig } from "./deadlines";
import type { Pattern } from "./desk";
import type { ScoringConfig, YearEndConfig } from "./scorecard";

/** A deadline rule as the outputs need to show it (the full definition lives in ./deadlines). */
export interface RuleInfo {
  id: string;
  clause: string;
  limit: number;
  /** The unit lateness is reported in. */
  unit: "hours" | "days";
  /** How the limit is counted (DESIGN §3): center working hours, calendar hours or days, official working days. */
  clock: "working-hours" | "calendar-hours" | "calendar-days" | "working-days" | "absolute";
}

export interface Analysis {
  asOf: LocalMinutes;
  /** The center's time zone (Settings), the clock "now" is read on; absent in hand-made analyses. */
  timeZone?: string;
  /** Name of the (first) sheet read as the case log, null when none was found. */
  logSheet: string | null;
  /** Why the log sheet found cannot be read at all (no header row, a required column missing); else null. */
  logUnreadable?: Message | null;
  /** Every sheet read as the case log, in workbook order (a log may span sheets), with its rows accounted for. */
  logSheets: LogSheetAccount[];
  cases: Case[];
  rejected: Rejection[];
  duplicates: Duplicate[];
  cellIssues: CellIssue[];
  /** Ids of cases no keyword rule matched (classified 日常), for the clerk to confirm. */
  unconfirmed: string[];
  communities: Community[];
  inspections: Inspection[];
  rules: RuleInfo[];
  compliance: ComplianceEntry[];
  /** The Pauses sheet's rows and those that apply, by case (absent when the run had no pauses to read). */
  pauses?: { rows: Pause[]; applied: ReadonlyMap<string, readonly AppliedPause[]> };
  /** The rules and calendar the entries were judged with, so each can explain itself (absent in hand-made ones). */
  deadlineConfig?: DeadlineConfig;
  /** The scorecard settings in force (absent in hand-made ones: the defaults). */
  scoringConfig?: ScoringConfig;
  /** Whether the log has a 送达方式 column (absent: it has). */
  deliveryColumn?: boolean;
  /** Day of the next month at whose end a month closes (Settings 中心 → 月结日; absent: the 5th). */
  monthCloseDay?: number;
  scorecards: Scorecards;
  /** How the annual score is made and what each grade brings (Settings 年终考核; absent in hand-made analyses). */
  yearEnd?: YearEndConfig;
  /** Warnings about the workbook as a whole, as messages each adapter renders in its language. */
  warnings: Message[];
  /** The keyword rules in force (they also name problem types: 渗漏, 门窗 …). */
  keywordRules: KeywordRule[];
  /** Repeat complaints: same unit and category within this many days (Settings). */
  repeatWindowDays: number;
  /** How the desk numbers a 工作联系单 (Settings 工作联系单 → 编号格式; absent in hand-made ones: the default). */
  contactFormPattern?: Pattern;
  /**
   * Ids of the repeat complaints of `cases` under `repeatWindowDays`, as the scorecards counted them:
   * `buildRegisters` takes them (option `repeatCaseIds`) instead of scanning the log again.
   */
  repeatCaseIds?: ReadonlySet<string>;
}
