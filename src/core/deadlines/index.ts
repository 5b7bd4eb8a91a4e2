export type { Applicability, Clock, DeadlineConfig, DeadlineRule, PauseSettings } from "./rules";
export {
  CENTER_SETTING,
  CLOCKS,
  DEFAULT_PAUSING,
  DEFAULT_RULES,
  DEFAULT_WRITTEN_KINDS,
  defaultRules,
  ruleInfos,
  unitOf,
} from "./rules";
export { caseJudge, evaluateCompliance, overdueAt, type EvaluateOptions } from "./evaluate";
export {
  deadlineSettingsDefaults,
  readDeadlineSettings,
  readApplicability,
  formatApplicability,
  RULES_SECTION,
} from "./settings";
export type { DeadlineSettingsResult } from "./settings";
export { summarizeCompliance, type OnTimeSummary, type SummaryBy } from "./summary";
export { complianceWarnings, deliveryWarnings } from "./warnings";
export { checkPauses, type AppliedPause, type PauseCheck } from "./pauses";
export { clockMinutes, joinSpans, pausedDue, reach, type PausedDue, type Span } from "./pause-clock";
export { readPauseSettings, pauseSettingsDefaults, PAUSE_SECTION, DELIVERY_SECTION } from "./pause-settings";
export { FIELD_LABELS } from "./fields";
export { dueAfter, measure } from "./clocks";
export { defaultDeadlineConfig } from "./default-config";
export {
  analysisExplainer,
  explainEntry,
  explanationText,
  instantWords,
  type ExplainContext,
  type ExplainDay,
  type ExplainStep,
  type Explanation,
} from "./explain";
export { clockSpanText, limitWords } from "./lateness";
export { explanationLines } from "./explain-lines";
