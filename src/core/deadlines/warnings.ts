/** Warnings about the data deadlines were computed on (DESIGN §3: a year without official data is warned about). */
import { msg, type Message } from "../messages";
import { DATE_FIELDS, type Case, type ComplianceEntry } from "../model";
import { yearsWithoutData } from "../calendar";
import { dayOf, dayParts } from "../time";
import type { DeadlineConfig } from "./rules";

/**
 * Years the cases' official-working-day computations run through that have no holiday data. Only asked
 * when a rule counts working days (or the center closes on holidays); a deadline can spill into the next
 * year, so each start counts the year a generous span later too (longest holiday + the limit, doubled).
 */
export function complianceWarnings(cases: readonly Case[], config: DeadlineConfig): Message[] {
  const workingDayRules = config.rules.filter((r) => r.clock === "working-days");
  const hoursNeedHolidays = config.calendar.closedOnHolidays && config.rules.some((r) => r.clock === "working-hours");
  if (workingDayRules.length === 0 && !hoursNeedHolidays) return [];
  const maxLimit = Math.max(0, ...workingDayRules.map((r) => r.limit));
  const spill = 2 * maxLimit + 14;
  const years = new Set<number>();
  for (const c of cases) {
    for (const f of DATE_FIELDS) {
      const s = c[f];
      if (s === null) continue;
      const day = dayOf(s.at);
      years.add(dayParts(day).year);
      years.add(dayParts(day + spill).year);
    }
  }
  const missing = yearsWithoutData(config.calendar, [...years]);
  if (missing.length === 0) return [];
  return [msg("holidays.missing", { years: missing })];
}

/**
 * One warning counting the deliveries whose 送达方式 is blank: they were counted as written (a log kept before
 * the column existed would otherwise fail every case), but §5.7.1 asks for a written delivery, so the clerk
 * should say how each was made.
 */
export function deliveryWarnings(entries: readonly ComplianceEntry[]): Message[] {
  const ids = new Set<string>();
  for (const e of entries) if (e.delivery === "unstated") ids.add(e.caseId);
  return ids.size === 0 ? [] : [msg("delivery.unstated", { count: ids.size })];
}
