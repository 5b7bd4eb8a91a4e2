export { ratio } from "./ratio";
export { caseStatesAt, type CaseStates, type OverdueCase } from "./states";
export {
  companyMatches,
  everyPeriodFigures,
  followUpRatio,
  followUpRatios,
  keyFigures,
  onTimeByRule,
  satisfactionRatio,
  type FiguresSource,
  type FollowUpRatios,
  type KeyFigures,
  type StateCounts,
} from "./key-figures";
