/**
 * The desk's numbering: the next 编号 in the log's own style, rolling over with the period its pattern carries,
 * never a duplicate; 联系单号 from the Settings pattern.
 */
import fc from "fast-check";
import {
  formatPattern,
  idKey,
  inferCasePattern,
  nextCaseId,
  nextInPattern,
  parsePattern,
  type Pattern,
} from "../../../src/core/desk";
import { toMinutes, type LocalMinutes } from "../../../src/core/time";
import { at } from "../deadlines/make-case";

const log = (ids: string[], received: string) => ids.map((id) => ({ id, receivedAt: { at: at(received) } }));

describe("next 编号 from the log's own numbering", () => {
  it.each([
    [["KF2610-020", "KF2610-021", "KF2610-022"], "2026-10-20T09:00", "2026-10-21T10:00", "KF2610-023"],
    [["2026-0339", "2026-0340", "2026-0341"], "2026-10-20T09:00", "2026-10-21T10:00", "2026-0342"],
    // Rolls over with the month (YYMM) or the year (YYYY).
    [["KF2610-022"], "2026-10-31T16:00", "2026-11-01T09:00", "KF2611-001"],
    [["2026-2999"], "2026-12-31T16:00", "2027-01-01T09:00", "2027-0001"],
    // Literal prefixes and suffixes stay; a number grown past its width keeps growing.
    [["TS-A-998", "TS-A-999"], "2026-10-20T09:00", "2026-10-21T10:00", "TS-A-1000"],
    [["投诉20261020-07号"], "2026-10-20T09:00", "2026-10-20T11:00", "投诉20261020-08号"],
    [["投诉20261020-07号"], "2026-10-20T09:00", "2026-10-21T11:00", "投诉20261021-01号"],
    // No numbered case yet: the sample's numbering.
    [[], "2026-10-20T09:00", "2026-10-21T10:00", "2026-0001"],
    [["张三"], "2026-10-20T09:00", "2026-10-21T10:00", "2026-0001"],
  ])("%j received %s, new case at %s → %s", (ids, received, now, expected) => {
    expect(nextCaseId(log(ids, received), at(now))).toBe(expected);
  });

  it("follows the clerk's usual style: the commonest among the latest cases, not a stray last id", () => {
    const cases = [...log(["KF2610-001", "KF2610-002"], "2026-10-02T09:00"), ...log(["临时1"], "2026-10-02T10:00")];
    expect(formatPattern(inferCasePattern(cases))).toBe("KF{YYMM}-{NNN}");
    expect(nextCaseId(cases, at("2026-10-03T09:00"))).toBe("KF2610-003");
  });

  it("reads a 4-digit run as YYMM or YYYY only when it is the case's own receipt date", () => {
    expect(formatPattern(inferCasePattern(log(["KF2610-022"], "2026-10-05T09:00")))).toBe("KF{YYMM}-{NNN}");
    expect(formatPattern(inferCasePattern(log(["KF2610-022"], "2025-03-05T09:00")))).toBe("KF2610-{NNN}");
  });

  it("steps past an id already taken, however it is spelt", () => {
    // A clerk typed a later number by hand in another style of the same numbering (full-width, spaces).
    const cases = [...log(["2026-0341"], "2026-10-20T09:00"), ...log(["２０２６-０３４２ "], "2026-10-20T10:00")];
    expect(nextCaseId(cases, at("2026-10-21T10:00"))).toBe("2026-0343");
  });

  it("steps past the numbers of rows that are no case (set aside as received after the as-of)", () => {
    const cases = log(["2026-0341"], "2026-10-20T09:00");
    expect(nextCaseId(cases, at("2026-10-21T10:00"))).toBe("2026-0342");
    expect(nextCaseId(cases, at("2026-10-21T10:00"), ["2026-0342", "2026-0343"])).toBe("2026-0344");
  });
});

describe("properties", () => {
  const patterns = fc.constantFrom(
    "KF{YYMM}-{NNN}",
    "{YYYY}-{NNNN}",
    "TS{YYYYMM}-{NNN}",
    "W-{NN}",
    "{YY}{MM}-{NNNN}号",
  );
  const when = fc.integer({
    min: toMinutes({ year: 2025, month: 1, day: 1, hour: 0, minute: 0 }),
    max: toMinutes({ year: 2027, month: 12, day: 31, hour: 23, minute: 59 }),
  });
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  /** Independent rendering: the pattern's fields by string replacement. */
  function oracle(pattern: string, t: LocalMinutes, seq: number): string {
    const d = new Date(t * 60_000);
    const y = pad(d.getUTCFullYear(), 4);
    const m = pad(d.getUTCMonth() + 1, 2);
    return pattern
      .replace("{YYYYMM}", y + m)
      .replace("{YYMM}", y.slice(2) + m)
      .replace("{YYYY}", y)
      .replace("{YY}", y.slice(2))
      .replace("{MM}", m)
      .replace(/\{(N+)\}/, (_, n: string) => pad(seq, n.length));
  }

  it("a log numbered in a pattern gets the next number of the new case's period, and never a taken id", () => {
    fc.assert(
      fc.property(
        patterns,
        when,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 40 * 1440 }),
        (pattern, t0, n, gap) => {
          // The patterns with a date part: the cases carry the date of their own receipt.
          const cases = Array.from({ length: n }, (_, i) => ({
            id: oracle(pattern, t0, i + 1),
            receivedAt: { at: t0 },
          }));
          const t1 = t0 + gap;
          const next = nextCaseId(cases, t1);
          const samePeriod = oracle(pattern, t0, 1) === oracle(pattern, t1, 1);
          expect(next).toBe(oracle(pattern, t1, samePeriod ? n + 1 : 1));
          expect(cases.some((c) => idKey(c.id) === idKey(next))).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("whatever the log holds, the proposal is not one of its ids", () => {
    const idArb = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer({ min: 0, max: 3000 }).map((n) => `2026-${pad(n, 4)}`),
      fc.integer({ min: 0, max: 30 }).map((n) => `KF2610-${pad(n, 3)}`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(idArb, when), { maxLength: 40 }), when, (rows, now) => {
        const cases = rows.map(([id, t]) => ({ id, receivedAt: { at: t } }));
        const next = nextCaseId(cases, now);
        expect(next.trim()).not.toBe("");
        expect(cases.map((c) => idKey(c.id))).not.toContain(idKey(next));
      }),
      { numRuns: 300 },
    );
  });
});

describe("联系单号 pattern", () => {
  const lxd = parsePattern("LXD-{YYYY}-{NNNN}") as Pattern;

  it("is read from Settings text with exactly one running number", () => {
    expect(formatPattern(lxd)).toBe("LXD-{YYYY}-{NNNN}");
    expect(parsePattern("LXD-{YYYY}")).toBeNull();
    expect(parsePattern("{NN}-{NNN}")).toBeNull();
    expect(parsePattern("LXD-{QQ}-{NNN}")).toBeNull();
  });

  it("continues the year's forms and restarts with a new year", () => {
    const forms = ["LXD-2026-0001", "LXD-2026-0635", "", "LXD-2025-0900"];
    expect(nextInPattern(lxd, at("2026-10-21T10:00"), forms)).toBe("LXD-2026-0636");
    expect(nextInPattern(lxd, at("2027-01-02T10:00"), forms)).toBe("LXD-2027-0001");
  });
});
