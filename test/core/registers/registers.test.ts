import fc from "fast-check";
import { DEFAULT_KEYWORD_RULES } from "../../../src/core/classify";
import { CATEGORIES, CHANNELS, RESPONSIBLES, type Case, type ComplianceEntry } from "../../../src/core/model";
import { NONE_KEY, buildRegisters, findRepeatComplaints, registerRows, type Registers } from "../../../src/core/registers";
import { receiptOrder } from "../../../src/core/registers/repeats";
import { dayOf } from "../../../src/core/time";
import { at, makeCase } from "../classify/make-case";

const entry = (caseId: string, rule: string, status: ComplianceEntry["status"], late: number | null = null): ComplianceEntry => ({
  caseId,
  rule,
  startAt: null,
  dueAt: null,
  stopAt: null,
  status,
  late,
});

describe("receiptOrder", () => {
  /** The plain definition: by receipt minute, log order within a minute. */
  const expected = (at: number[]) => at.map((_, i) => i).sort((a, b) => at[a] - at[b] || a - b);

  it("orders a log kept in order of receipt, with rows entered late, and one in any other order", () => {
    const n = 3000;
    const inOrder = Array.from({ length: n }, (_, i) => 1000 + 5 * i);
    const late = inOrder.map((t, i) => (i % 97 === 0 ? t - 5 * (i % 40) : t));
    const reversed = [...inOrder].reverse();
    const ties = inOrder.map((t) => t - (t % 50));
    // Reversed, the insertion sort runs out of its budget of moves and the numeric sort takes over.
    for (const at of [inOrder, late, reversed, ties]) expect(Array.from(receiptOrder(Float64Array.from(at)))).toEqual(expected(at));
  });

  it("agrees with the plain definition on random minutes", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 300 }), (at) => {
        expect(Array.from(receiptOrder(Float64Array.from(at)))).toEqual(expected(at));
      }),
    );
  });
});

describe("findRepeatComplaints", () => {
  const base = { community: "春华苑", unit: "3-2-501", category: "complaint" as const };

  it("marks a later case of the same unit and category within the window, not the first", () => {
    const cases = [
      makeCase({ id: "1", ...base, receivedAt: at("2026-03-01T10:00") }),
      makeCase({ id: "2", ...base, receivedAt: at("2026-03-31T23:00") }), // 30 days later: in
      makeCase({ id: "3", ...base, receivedAt: at("2026-05-01T09:00") }), // 31 days after #2: out
    ];
    expect([...findRepeatComplaints(cases, 30)]).toEqual(["2"]);
    expect([...findRepeatComplaints(cases, 31)].sort()).toEqual(["2", "3"]);
  });

  it("needs the same community, unit and category; a blank unit never repeats", () => {
    const t = at("2026-03-02T10:00");
    const cases = [
      makeCase({ id: "1", ...base, receivedAt: at("2026-03-01T10:00") }),
      makeCase({ id: "2", ...base, community: "夏荷园", receivedAt: t }),
      makeCase({ id: "3", ...base, unit: "3-2-502", receivedAt: t }),
      makeCase({ id: "4", ...base, category: "repair", receivedAt: t }),
      makeCase({ id: "5", ...base, unit: "", receivedAt: t }),
      makeCase({ id: "6", ...base, unit: "", receivedAt: t }),
      makeCase({ id: "7", ...base, unit: "３－２－５０１ ", receivedAt: t }), // the same unit typed full-width
    ];
    expect([...findRepeatComplaints(cases, 30)]).toEqual(["7"]);
  });

  it("never matches a case whose category is none of the four (reachable only through the API)", () => {
    const odd = { ...base, category: "bogus" as unknown as "complaint" };
    const cases = [
      makeCase({ id: "a", ...base, receivedAt: at("2026-03-01T10:00") }),
      makeCase({ id: "b", ...odd, receivedAt: at("2026-03-02T10:00") }),
      makeCase({ id: "c", ...odd, receivedAt: at("2026-03-03T10:00") }),
    ];
    expect([...findRepeatComplaints(cases, 30)]).toEqual([]);
  });

  it("does not depend on the order of the log", () => {
    const cases = [
      makeCase({ id: "late", ...base, receivedAt: at("2026-03-20T10:00") }),
      makeCase({ id: "early", ...base, receivedAt: at("2026-03-01T10:00") }),
    ];
    expect([...findRepeatComplaints(cases, 30)]).toEqual(["late"]);
  });

  it("agrees with the plain definition on random logs", () => {
    const arb = fc.array(
      fc.record({
        unit: fc.constantFrom("", "1-1-101", "1-1-102"),
        community: fc.constantFrom("春华苑", "夏荷园"),
        category: fc.constantFrom(...CATEGORIES),
        day: fc.integer({ min: 0, max: 120 }),
        minute: fc.integer({ min: 0, max: 1439 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 40 }), (rows, window) => {
        const start = at("2026-01-01").at;
        const cases = rows.map((r, i) =>
          makeCase({ id: String(i), row: i + 2, unit: r.unit, community: r.community, category: r.category, receivedAt: { at: start + r.day * 1440 + r.minute, dateOnly: false } }),
        );
        const expected = cases
          .filter((c) =>
            c.unit !== "" &&
            cases.some(
              (o) =>
                o !== c &&
                o.unit === c.unit &&
                o.community === c.community &&
                o.category === c.category &&
                (o.receivedAt.at < c.receivedAt.at || (o.receivedAt.at === c.receivedAt.at && o.row < c.row)) &&
                dayOf(c.receivedAt.at) - dayOf(o.receivedAt.at) <= window,
            ),
          )
          .map((c) => c.id)
          .sort();
        expect([...findRepeatComplaints(cases, window)].sort()).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

/** The case ids of a register or a view's group, in its order. */
const idsOf = (r: Registers, indexes: ArrayLike<number>): string[] => Array.from(indexes, (i) => r.cases[i].id);

describe("buildRegisters", () => {
  it("puts each case in its category register with its deadlines, follow-up, satisfaction and repeat flag", () => {
    const cases = [
      makeCase({ id: "1", category: "complaint", unit: "1-1-101", responsible: "property", propertyCompany: "甲物业", description: "楼道垃圾无人清理" }),
      makeCase({
        id: "2",
        category: "complaint",
        unit: "1-1-101",
        receivedAt: at("2026-03-12T09:00"),
        followUpAt: at("2026-03-20T10:00"),
        satisfaction: "basic",
      }),
      makeCase({ id: "3", category: "repair", responsible: "engineering", satisfaction: "satisfied", description: "漏水" }),
    ];
    const compliance = [
      entry("1", "notify-property", "met"),
      entry("1", "rectify", "overdue", 2),
      entry("1", "follow-up", "not-applicable"),
      entry("3", "follow-up", "due-soon"),
      entry("nobody", "rectify", "met"),
    ];
    const r = buildRegisters(cases, compliance, { repeatWindowDays: 30, rules: DEFAULT_KEYWORD_RULES });
    expect(idsOf(r, r.byCategory.complaint)).toEqual(["1", "2"]);
    expect(idsOf(r, r.byCategory.repair)).toEqual(["3"]);
    expect(idsOf(r, r.byCategory.routine)).toEqual([]);
    expect(idsOf(r, r.byCategory.suggestion)).toEqual([]);

    const [one, two] = registerRows(r, r.byCategory.complaint);
    expect(one.deadlines).toEqual({ "notify-property": compliance[0], rectify: compliance[1], "follow-up": compliance[2] });
    expect(one).toMatchObject({ worst: "overdue", followedUp: false, satisfaction: null, repeat: false, subcategory: "保洁" });
    expect(two.deadlines).toEqual({});
    expect(two).toMatchObject({ worst: null, followedUp: true, satisfaction: "basic", repeat: true, subcategory: null });
    expect(registerRows(r, r.byCategory.repair)[0]).toMatchObject({
      deadlines: { "follow-up": compliance[3] },
      worst: "due-soon",
      followedUp: true,
      subcategory: "渗漏",
    });
    expect([...r.repeatCaseIds]).toEqual(["2"]);

    expect(Object.keys(r.byResponsible).sort()).toEqual([NONE_KEY, "engineering", "property"].sort());
    expect(idsOf(r, r.byCompany["甲物业"])).toEqual(["1"]);
    expect(idsOf(r, r.byCompany[NONE_KEY])).toEqual(["2", "3"]);
  });

  it("groups each case's deadlines whatever the order of the entries, keeping the engine's order per case", () => {
    const cases = [makeCase({ id: "a", category: "complaint" }), makeCase({ id: "b", category: "complaint" })];
    const compliance = [
      entry("b", "rectify", "met"),
      entry("a", "notify-property", "open"),
      entry("b", "follow-up", "overdue", 5),
      entry("a", "rectify", "breached", 1),
    ];
    const r = buildRegisters(cases, compliance, { repeatWindowDays: 30 });
    const [a, b] = registerRows(r, r.byCategory.complaint);
    expect(Object.keys(a.deadlines)).toEqual(["notify-property", "rectify"]);
    expect(a).toMatchObject({ worst: "breached", deadlines: { "notify-property": compliance[1], rectify: compliance[3] } });
    expect(Object.keys(b.deadlines)).toEqual(["rectify", "follow-up"]);
    expect(b).toMatchObject({ worst: "overdue", deadlines: { rectify: compliance[0], "follow-up": compliance[2] } });
  });

  it("leaves the subcategory empty when no rules are given", () => {
    const r = buildRegisters([makeCase({ id: "1", description: "漏水" })], [], { repeatWindowDays: 30 });
    expect(registerRows(r, r.byCategory.routine)[0].subcategory).toBeNull();
  });

  it("conserves cases: every case in exactly one category register, and in one row of each view", () => {
    const arb = fc.array(
      fc.record({
        category: fc.constantFrom(...CATEGORIES),
        responsible: fc.constantFrom(null, ...RESPONSIBLES),
        // Names that are also Object.prototype's keys are companies like any other.
        company: fc.constantFrom(null, "甲物业", "乙物业", "__proto__", "toString"),
        channel: fc.constantFrom(null, ...CHANNELS),
        unit: fc.constantFrom("", "1-1-101"),
        day: fc.integer({ min: 0, max: 60 }),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const start = at("2026-01-01").at;
        const cases: Case[] = rows.map((x, i) =>
          makeCase({ id: `C${i}`, row: i + 2, category: x.category, responsible: x.responsible, propertyCompany: x.company, channel: x.channel, unit: x.unit, receivedAt: { at: start + x.day * 1440, dateOnly: false } }),
        );
        const r = buildRegisters(cases, [], { repeatWindowDays: 30 });
        const ids = (views: Record<string, Int32Array>) =>
          Object.values(views)
            .flatMap((list) => idsOf(r, list))
            .sort();
        const all = cases.map((c) => c.id).sort();
        expect(ids(r.byCategory)).toEqual(all);
        expect(ids(r.byResponsible)).toEqual(all);
        expect(ids(r.byCompany)).toEqual(all);
        for (const c of CATEGORIES) for (const i of r.byCategory[c]) expect(r.cases[i].category).toBe(c);
        // Views keyed in order of first appearance, each in log order.
        expect(Object.keys(r.byCategory)).toEqual(CATEGORIES);
        expect(Object.keys(r.byCompany)).toEqual([...new Set(cases.map((c) => c.propertyCompany ?? NONE_KEY))]);
        for (const [company, list] of Object.entries(r.byCompany)) {
          expect(idsOf(r, list)).toEqual(cases.filter((c) => (c.propertyCompany ?? NONE_KEY) === company).map((c) => c.id));
        }
        // The repeat set handed in (as the pipeline does) gives the same registers.
        const given = buildRegisters(cases, [], { repeatWindowDays: 30, repeatCaseIds: findRepeatComplaints(cases, 30) });
        expect(given).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});
