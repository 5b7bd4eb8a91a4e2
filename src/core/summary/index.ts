export {
  NONE,
  monthlySummary,
  type CountRow,
  type MonthlySummary,
  type MonthlySummaryOptions,
  type OverdueCase,
  type PeriodCounts,
  type RecurringProblem,
} from "./monthly";
