/**
 * Every rule's due date on generated cases against the independent oracles of test/core/calendar/oracle.ts,
 * and the status invariants of DESIGN §3.
 */
import fc from "fast-check";
import { defaultDeadlineConfig, evaluateCompliance } from "../../../src/core/deadlines";
import type { Case, Stamp } from "../../../src/core/model";
import { dayOf, MINUTES_PER_DAY, startOfDay, toMinutes } from "../../../src/core/time";
import { dayLists, slowAddWorkingMinutes, workdayIntl } from "../calendar/oracle";
import { makeCase } from "./make-case";

const config = defaultDeadlineConfig();
const { off, on } = dayLists(config.calendar);
// From Dec 2025 over 400 days: Spring Festival and National Day 2026, and the start of 2027 (no data).
const lo = toMinutes({ year: 2025, month: 12, day: 1, hour: 0, minute: 0 });

const stampAfter = (base: number) =>
  fc.option(
    fc.record({ offset: fc.integer({ min: -600, max: 12 * 1440 }), dateOnly: fc.boolean() }).map(
      ({ offset, dateOnly }): Stamp => (dateOnly ? { at: startOfDay(dayOf(base + offset)), dateOnly } : { at: base + offset, dateOnly }),
    ),
    { freq: 4 },
  );

const caseArb = fc.integer({ min: lo, max: lo + 400 * 1440 }).chain((received) =>
  fc
    .record({
      category: fc.constantFrom("complaint", "repair", "routine", "suggestion" as const),
      responsible: fc.constantFrom("property", "engineering", "design", "contractor", null),
      channel: fc.constantFrom("phone", "property-referral" as const),
      major: fc.boolean(),
      notifiedAt: stampAfter(received),
      agreedAt: stampAfter(received),
      designIssuedAt: stampAfter(received + 1440),
      completedAt: stampAfter(received + 1440),
      repliedAt: stampAfter(received),
      followUpAt: stampAfter(received + 3 * 1440),
      asOfOffset: fc.integer({ min: 0, max: 20 * 1440 }),
    })
    .map((r): { c: Case; asOf: number } => {
      const { asOfOffset, ...fields } = r;
      const c = { ...makeCase({}), ...fields, receivedAt: { at: received, dateOnly: false } } as Case;
      return { c, asOf: received + asOfOffset };
    }),
);

const endOfDay = (m: number) => startOfDay(dayOf(m) + 1);

it("due dates agree with the oracles and statuses obey DESIGN §3 on generated cases", () => {
  const rules = new Map(config.rules.map((r) => [r.id, r]));
  const seen = new Set<string>();
  fc.assert(
    fc.property(caseArb, ({ c, asOf }) => {
      for (const e of evaluateCompliance([c], config, asOf)) {
        const rule = rules.get(e.rule)!;
        seen.add(`${e.rule}:${e.status}`);
        if (e.status === "unknown") {
          expect(e.reason).toBeTruthy();
          continue;
        }
        const start = e.startAt!;
        const due = e.dueAt!;
        // The due instant, recomputed independently.
        if (rule.clock === "working-hours") expect(due).toBe(slowAddWorkingMinutes(config.calendar, start, rule.limit * 60));
        if (rule.clock === "working-days") expect(due).toBe(startOfDay(workdayIntl(dayOf(start), rule.limit, "0000011", off, on) + 1));
        if (rule.clock === "calendar-days") expect(due).toBe(startOfDay(dayOf(start) + rule.limit + 1));
        if (rule.clock === "absolute") expect(due).toBe(c.agreedAt!.dateOnly ? endOfDay(c.agreedAt!.at) : c.agreedAt!.at);
        // Statuses.
        const stop = c[rule.stop];
        const stopped = stop !== null && stop.at <= asOf;
        expect(["met", "breached"].includes(e.status)).toBe(stopped);
        if (e.status === "met") expect(e.stopAt!).toBeLessThanOrEqual(due);
        if (e.status === "breached") expect(e.stopAt!).toBeGreaterThan(due);
        if (e.status === "overdue") expect(asOf).toBeGreaterThan(due);
        if (e.status === "open" || e.status === "due-soon") expect(asOf).toBeLessThanOrEqual(due);
        expect(e.late === null).toBe(!(e.status === "breached" || e.status === "overdue"));
        if (e.late !== null) expect(e.late).toBeGreaterThanOrEqual(0);
        if (rule.clock === "calendar-days" && e.status === "overdue") {
          // Rounded to 2 decimals: within half a hundredth of the exact lateness.
          expect(Math.abs(e.late! - (asOf - due) / MINUTES_PER_DAY)).toBeLessThanOrEqual(0.005 + 1e-9);
        }
      }
    }),
    { numRuns: 1000 },
  );
  // Not vacuous: every rule was met and missed somewhere in the generated cases.
  for (const r of config.rules) {
    expect(seen).toContain(`${r.id}:met`);
    expect(seen.has(`${r.id}:breached`) || seen.has(`${r.id}:overdue`)).toBe(true);
  }
});
