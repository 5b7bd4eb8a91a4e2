import fc from "fast-check";
import { caseStatesAt } from "../../../src/core/figures";
import { stateCountsAt } from "../../../src/core/figures/states";
import type { Case, ComplianceEntry, ComplianceStatus } from "../../../src/core/model";
import { makeCase } from "../../taskpane/fixture";

const STATUSES: ComplianceStatus[] = ["met", "breached", "open", "due-soon", "overdue", "not-applicable", "unknown"];

/** An independent oracle: the definition in words, one case at a time. */
function oracle(cases: Case[], entries: ComplianceEntry[], at: number) {
  const open: string[] = [];
  const overdue: string[] = [];
  for (const c of cases) {
    if (c.receivedAt.at >= at) continue;
    const mine = entries.filter((e) => e.caseId === c.id);
    const runs = (e: ComplianceEntry) => {
      if (e.startAt !== null && e.startAt > at) return false;
      if (e.status === "met" || e.status === "breached") return e.stopAt !== null && e.stopAt > at;
      if (e.status === "open" || e.status === "due-soon" || e.status === "overdue")
        return e.stopAt === null || e.stopAt > at;
      return false;
    };
    const running = mine.filter(runs);
    if (c.completedAt === null || c.completedAt.at > at || running.length > 0) open.push(c.id);
    if (running.some((e) => e.dueAt !== null && at > e.dueAt)) overdue.push(c.id);
  }
  return { open, overdue };
}

describe("open and overdue at an instant", () => {
  it("match the definition, and every overdue case is open", () => {
    const minute = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ received: minute, completed: fc.option(minute) }), { minLength: 1, maxLength: 8 }),
        fc.array(
          fc.record({
            i: fc.nat(),
            status: fc.constantFrom(...STATUSES),
            start: fc.option(minute),
            due: fc.option(minute),
            stop: fc.option(minute),
          }),
          { maxLength: 20 },
        ),
        minute,
        minute,
        (rows, raw, at, other) => {
          const cases = rows.map((r, i) => ({
            ...makeCase({ id: `K${i}`, received: "2026-01-01T00:00" }),
            receivedAt: { at: r.received, dateOnly: false },
            completedAt: r.completed === null ? null : { at: r.completed, dateOnly: false },
          }));
          const entries: ComplianceEntry[] = raw.map((e, k) => ({
            caseId: cases[e.i % cases.length].id,
            rule: `r${k}`,
            startAt: e.start,
            dueAt: e.due,
            stopAt: e.stop,
            status: e.status,
            late: null,
          }));
          const got = caseStatesAt(cases, entries, at);
          const want = oracle(cases, entries, at);
          expect(got.open).toEqual(want.open);
          expect(got.overdue.map((o) => o.caseId)).toEqual(want.overdue);
          for (const o of got.overdue) expect(got.open).toContain(o.caseId);
          // The counts the key figures take, at two instants in one walk, are those of the lists.
          const counts = stateCountsAt(
            entries,
            [at, other],
            cases.map((c) => c.id),
            Float64Array.from(cases, (c) => c.receivedAt.at),
            Float64Array.from(cases, (c) => c.completedAt?.at ?? Infinity),
          );
          const count = (w: ReturnType<typeof oracle>) => ({ open: w.open.length, overdue: w.overdue.length });
          expect(counts).toEqual([count(want), count(oracle(cases, entries, other))]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
