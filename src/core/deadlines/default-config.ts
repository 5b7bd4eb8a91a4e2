import { defaultCalendarConfig } from "../calendar";
import { defaultRules, type DeadlineConfig } from "./rules";

/** The manual's rules on the center's default calendar (what applies when there is no Settings sheet). */
export function defaultDeadlineConfig(): DeadlineConfig {
  return { calendar: defaultCalendarConfig(), rules: defaultRules() };
}
