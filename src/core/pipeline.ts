/**
 * The pipeline of DESIGN §1, as one pure function: read & validate → classify → deadlines → scorecards.
 * Every adapter (CLI, Office.js, the pane's preview) calls this, so the same input gives the same numbers.
 */
import type { Analysis } from "./analysis";
import { msg } from "./messages";
import type { WorkbookInput } from "./model";
import type { LocalMinutes } from "./time";
import {
  inputSheetFaultWarnings,
  readCaseLog,
  readCommunities,
  readInspections,
  readPauses,
  readSettingsEntries,
  readValueMapSettings,
  setAsideFutureCases,
  setAsideFutureInspections,
} from "./parse";
import { classifyCases, readClassifySettings } from "./classify";
import {
  checkPauses,
  complianceWarnings,
  deliveryWarnings,
  evaluateCompliance,
  readDeadlineSettings,
  ruleInfos,
} from "./deadlines";
import { findRepeatComplaints } from "./registers";
import { buildScorecards, readScoringSettings, readYearEndSettings } from "./scorecard";
import { readClockSettings, wallClock } from "./clock";
import { readMonthCloseSettings } from "./month-close";
import { readDeskSettings } from "./desk";

/**
 * The instant running deadlines are judged at: `asOf` on the center's wall clock, or `now`, an instant
 * read on the clock of the center's time zone (Settings 中心 → 时区, default Asia/Shanghai).
 */
export type AnalyzeOptions = { asOf: LocalMinutes } | { now: Date };

export function analyze(input: WorkbookInput, options: AnalyzeOptions): Analysis {
  const settings = readSettingsEntries(input);
  const valueMap = readValueMapSettings(settings.entries);
  const read = readCaseLog(input, { valueMap: valueMap.map });
  const communities = readCommunities(input);
  const inspectionsRead = readInspections(input);
  const pauseRows = readPauses(input);

  const classifySettings = readClassifySettings(settings.entries);
  const deadlineSettings = readDeadlineSettings(settings.entries);
  const scoringSettings = readScoringSettings(settings.entries);
  const yearEndSettings = readYearEndSettings(settings.entries);
  const clockSettings = readClockSettings(settings.entries);
  const closeSettings = readMonthCloseSettings(settings.entries);
  const asOf = "asOf" in options ? options.asOf : wallClock(options.now, clockSettings.timeZone);
  const future = setAsideFutureCases(read, asOf);
  const log = future.log;
  const laterInspections = setAsideFutureInspections(inspectionsRead.inspections, asOf);
  const inspections = { ...inspectionsRead, inspections: laterInspections.inspections };

  const classified = classifyCases(log.cases, communities.communities, classifySettings.rules);
  const pauses = checkPauses(pauseRows.pauses, classified.cases, deadlineSettings.config, asOf);
  const hasDeliveryKind = log.columns.some((c) => c.key === "deliveryKind");
  const compliance = evaluateCompliance(classified.cases, deadlineSettings.config, asOf, {
    pauses: pauses.byCase,
    deliveryColumn: hasDeliveryKind,
  });
  const repeatCaseIds = findRepeatComplaints(classified.cases, classifySettings.repeatWindowDays);
  const scorecards = buildScorecards({
    cases: classified.cases,
    compliance,
    communities: communities.communities,
    inspections: inspections.inspections,
    config: scoringSettings.config,
    annual: yearEndSettings.config.rule,
    repeatCaseIds,
  });

  const settingsErrors = [
    ...valueMap.errors,
    ...classifySettings.errors,
    ...deadlineSettings.errors,
    ...scoringSettings.errors,
    ...yearEndSettings.errors,
    ...clockSettings.errors,
    ...closeSettings.errors,
  ].map((e) => msg("settings.error", { cell: e.cell, detail: e.message }));
  return {
    asOf,
    timeZone: clockSettings.timeZone,
    logSheet: log.sheetName,
    logUnreadable: log.unreadable ?? null,
    logSheets: log.sheets,
    cases: classified.cases,
    rejected: log.rejected,
    duplicates: log.duplicates,
    cellIssues: log.cellIssues,
    unconfirmed: classified.unconfirmed,
    communities: communities.communities,
    inspections: inspections.inspections,
    rules: ruleInfos(deadlineSettings.config),
    compliance,
    pauses: { rows: pauseRows.pauses, applied: pauses.byCase },
    deadlineConfig: deadlineSettings.config,
    scoringConfig: scoringSettings.config,
    deliveryColumn: hasDeliveryKind,
    monthCloseDay: closeSettings.closeDay,
    scorecards,
    yearEnd: yearEndSettings.config,
    warnings: [
      ...log.warnings,
      ...future.warnings,
      ...communities.warnings,
      ...communities.rejected.map((r) => msg("communities.rejected-row", { reason: r.reason })),
      ...inspections.warnings,
      ...laterInspections.warnings,
      ...inspections.rejected.map((r) => msg("inspections.rejected-row", { reason: r.reason })),
      ...settingsErrors,
      ...deadlineSettings.warnings,
      ...complianceWarnings(classified.cases, deadlineSettings.config),
      ...pauseRows.warnings,
      ...pauseRows.rejected.map((r) => msg("pauses.rejected-row", { reason: r.reason })),
      ...inputSheetFaultWarnings(input),
      ...pauses.issues,
      ...deliveryWarnings(compliance),
      ...classified.warnings,
    ],
    keywordRules: classifySettings.rules,
    repeatWindowDays: classifySettings.repeatWindowDays,
    repeatCaseIds,
    contactFormPattern: readDeskSettings(settings.entries).contactFormPattern,
  };
}
