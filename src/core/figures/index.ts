export { ratio } from "./ratio";
export { caseStatesAt, type CaseStates, type OverdueCase } from "./states";
export {
  companyMatches,
  everyPeriodFigures,
  followUpRatio,
  keyFigures,
  onTimeByRule,
  satisfactionRatio,
  type KeyFigures,
  type StateCounts,
} from "./key-figures";
