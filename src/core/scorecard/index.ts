export { KPI_DEFINITIONS, KPI_IDS, kpiDefinition, type KpiDefinition, type KpiId } from "./kpis";
export {
  DEFAULT_BANDS,
  DEFAULT_SCORING,
  gradeOf,
  kpiScore,
  rankScores,
  round1,
  type GradeBand,
  type KpiConfig,
  type ScoringConfig,
} from "./scoring";
export { BAND_SECTION, TARGET_SECTION, WEIGHT_SECTION, readScoringSettings, scoringSettingsDefaults } from "./settings";
export {
  DEFAULT_YEAR_END,
  RULE_VALUE,
  YEAR_END_SECTION,
  readYearEndSettings,
  yearEndSettingsDefaults,
  type AnnualRule,
  type YearEndConfig,
} from "./year-end";
export { annualOfMonths, withMonthScores } from "./month-scores";
export {
  buildScorecards,
  type KpiWorking,
  type MonthlyScorecardWorking,
  type ScorecardInput,
  type ScorecardResult,
  type YearlyScorecardWorking,
} from "./build";
