/**
 * What the desk view shows, from the Analysis and the core's desk (../../core/desk): today's work, the
 * choices of the new-case form, where a new case goes, and finding a case to stamp. The components only
 * lay these out.
 */
import type { Analysis } from "../../core/analysis";
import type { Case, DateField } from "../../core/model";
import { formatMinutes, parseIsoMinutes, type LocalMinutes } from "../../core/time";
import { defaultDeadlineConfig, type DeadlineConfig } from "../../core/deadlines";
import { communityKey, unitKey } from "../../core/shared/place-keys";
import { sheetForNewCase, type NewCaseSheet } from "../../core/parse/new-case-sheet";
import { agendaOf, idKey, nextCaseId, todayList, type Agenda, type DeskContext } from "../../core/desk";

/** The rules in force; an analysis made by hand (tests) runs on the defaults. */
export function deskConfig(a: Analysis): DeadlineConfig {
  return a.deadlineConfig ?? defaultDeadlineConfig();
}

/** Today's work at the analysis' as-of instant, as the desk orders it. */
export function deskAgenda(a: Analysis): Agenda {
  return agendaOf(todayList(a.cases, deskConfig(a), a.asOf));
}

export function deskContext(a: Analysis, now: LocalMinutes): DeskContext {
  return {
    cases: a.cases,
    communities: a.communities,
    keywordRules: a.keywordRules,
    repeatWindowDays: a.repeatWindowDays,
    deadlines: deskConfig(a),
    now,
    takenIds: takenIds(a),
  };
}

/** 编号 of rows that are no case (set aside as received after the as-of): no proposal repeats them. */
function takenIds(a: Analysis): string[] {
  return a.rejected.flatMap((r) => (r.id === undefined ? [] : [r.id]));
}

export interface CommunityChoice {
  name: string;
  /** The property company that manages it, "" when unknown. */
  company: string;
}

/**
 * The communities the clerk picks from: the Communities sheet's, or, without one, those the log names, each
 * with the property company its latest case named.
 */
export function communityChoices(a: Analysis): CommunityChoice[] {
  if (a.communities.length > 0) return a.communities.map((c) => ({ name: c.name, company: c.propertyCompany.trim() }));
  const seen = new Map<string, CommunityChoice>();
  for (const c of a.cases) {
    const name = c.community.trim();
    if (name === "") continue;
    const company = c.propertyCompany?.trim() ?? "";
    const had = seen.get(communityKey(name));
    if (had === undefined || company !== "") seen.set(communityKey(name), { name: had?.name ?? name, company });
  }
  return [...seen.values()].sort((x, y) => x.name.localeCompare(y.name, "zh-CN"));
}

/** The 编号 the desk proposes for a case received at `at`. */
export function proposedId(a: Analysis, at: LocalMinutes): string {
  return nextCaseId(a.cases, at, takenIds(a));
}

/** The sheet a new case received at `at` goes to, and its header row; null when no log was read. */
export function newCaseSheet(a: Analysis, at: LocalMinutes): NewCaseSheet | null {
  return sheetForNewCase({ sheets: a.logSheets }, at);
}

/** The header row of the sheet a case sits on (the desk stamps there). */
export function placeOf(a: Analysis, c: Case): { sheetName: string; headerRow: number } | null {
  const name = c.sheet ?? a.logSheet;
  const sheet = a.logSheets.find((s) => s.name === name);
  return sheet === undefined ? null : { sheetName: sheet.name, headerRow: sheet.headerRow };
}

/**
 * Cases matching what the clerk typed: the 编号 itself first, then 编号 or 房号 containing it (full-width
 * forms, spaces and case ignored); the latest received first. At most `limit`.
 */
export function findCases(a: Analysis, query: string, limit = 8): Case[] {
  const q = idKey(query);
  if (q === "") return [];
  const unit = unitKey(query.trim());
  const exact = a.cases.filter((c) => idKey(c.id) === q);
  const rest = a.cases
    .filter((c) => idKey(c.id) !== q && (idKey(c.id).includes(q) || (c.unit !== "" && unitKey(c.unit).includes(unit))))
    .sort((x, y) => y.receivedAt.at - x.receivedAt.at || y.row - x.row);
  return [...exact, ...rest].slice(0, limit);
}

/** A case by its sheet and row (the row selected in Excel, or one picked from a list). */
export function caseAt(a: Analysis, sheet: string | undefined, row: number): Case | null {
  return a.cases.find((c) => c.row === row && (c.sheet ?? a.logSheet) === (sheet ?? a.logSheet)) ?? null;
}

/** A date-time input's value ("2026-10-10T09:00") for an instant, and back (null when not a full date-time). */
export const inputValue = (m: LocalMinutes): string => formatMinutes(m);
export function fromInput(value: string): LocalMinutes | null {
  return /T\d{2}:\d{2}/.test(value) ? parseIsoMinutes(value.slice(0, 16)) : null;
}

/** The details a 回访 is recorded with; other steps are a time alone. */
export const FOLLOW_UP: DateField = "followUpAt";
