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
export { evaluateCompliance, type EvaluateOptions } from "./evaluate";
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

import { defaultCalendarConfig } from "../calendar";
import { defaultRules, type DeadlineConfig } from "./rules";

/** The manual's rules on the center's default calendar (what applies when there is no Settings sheet). */
export function defaultDeadlineConfig(): DeadlineConfig {
  return { calendar: defaultCalendarConfig(), rules: defaultRules() };
}
