/**
 * The desk's review of a new case, its steps, today's list and the forms: computed by the same core as the
 * KPIs (keyword rules, repeat definition, deadline evaluation), checked against those modules as oracles.
 */
import fc from "fast-check";
import {
  buildForm,
  caseState,
  dueText,
  emptyDraft,
  pendingSteps,
  previewText,
  proposeCategory,
  repeatAlert,
  reviewDraft,
  stateText,
  todayList,
  agendaOf,
  type DeskContext,
} from "../../../src/core/desk";
import { DEFAULT_KEYWORD_RULES } from "../../../src/core/classify";
import { defaultDeadlineConfig, evaluateCompliance } from "../../../src/core/deadlines";
import { findRepeatComplaints } from "../../../src/core/registers/repeats";
import type { Case, Category } from "../../../src/core/model";
import { dayOf, startOfDay } from "../../../src/core/time";
import { at, makeCase } from "../deadlines/make-case";

const config = defaultDeadlineConfig();
const ctx = (cases: Case[], now: string): DeskContext => ({
  cases,
  communities: [{ name: "海景花园", propertyCompany: "安居物业", households: 800, handoverDate: null, row: 2 }],
  keywordRules: [...DEFAULT_KEYWORD_RULES],
  repeatWindowDays: 30,
  deadlines: config,
  now: at(now),
});

describe("category proposal", () => {
  it("names the keyword that decided it, as classification would classify the row", () => {
    expect(proposeCategory("卫生间顶棚漏水，已经多次反映", DEFAULT_KEYWORD_RULES)).toEqual({
      category: "complaint",
      keyword: "多次反映",
      subcategory: "渗漏",
    });
    expect(proposeCategory("卫生间顶棚漏水", DEFAULT_KEYWORD_RULES)).toEqual({
      category: "repair",
      keyword: "漏水",
      subcategory: "渗漏",
    });
    expect(proposeCategory("明天几点开门", DEFAULT_KEYWORD_RULES)).toEqual({
      category: "routine",
      keyword: null,
      subcategory: null,
    });
  });
});

describe("new case review", () => {
  it("fills 物业公司 from Communities, previews the deadlines and blocks a taken or blank 编号", () => {
    const old = makeCase({ id: "2026-0341", receivedAt: "2026-10-01T09:00", category: "complaint" });
    const draft = {
      ...emptyDraft("2026-0341", at("2026-10-09T16:30")),
      community: "海景花园",
      unit: "3-2-501",
      phone: "88886666",
      description: "楼道垃圾无人清运，态度差",
      responsible: "property" as const,
    };
    const r = reviewDraft(draft, ctx([old], "2026-10-09T16:40"));
    expect(r.errors).toEqual([{ field: "id", code: "taken" }]);
    // A number on a row set aside (received after the as-of) is taken too.
    const aside = reviewDraft({ ...draft, id: "2026-0399" }, { ...ctx([old], "2026-10-09T16:40"), takenIds: ["2026-0399"] });
    expect(aside.errors).toEqual([{ field: "id", code: "taken" }]);
    expect(reviewDraft({ ...draft, id: "2026-0398" }, { ...ctx([old], "2026-10-09T16:40"), takenIds: ["2026-0399"] }).errors).toEqual([]);
    expect(r.record.propertyCompany).toBe("安居物业");
    expect(r.record.category).toBe("complaint");
    expect(r.record.categorySource).toBe("keyword");
    expect(r.phone).toEqual({ kind: "doubtful", digits: "88886666", doubt: "no-area-code" });
    expect(r.repeats.map((c) => c.id)).toEqual(["2026-0341"]);
    // Fri 16:30: 30 working minutes that day, then Saturday 09:00–17:00 → 8 h falls at Saturday 16:30.
    const now = at("2026-10-09T16:40");
    expect(r.deadlines.map((p) => previewText(p, config, now, "zh"))).toEqual([
      "书面送达物业：10月10日 16:30 前",
      "物业整改完成：送达时间后5天内",
    ]);
    expect(r.deadlines.map((p) => previewText(p, config, now, "en"))).toEqual([
      "Written notice to the property company: by 10 Oct 16:30",
      "Property company's rectification: within 5 days of notice",
    ]);
    expect(reviewDraft({ ...draft, id: " " }, ctx([], "2026-10-09T16:40")).errors).toEqual([
      { field: "id", code: "blank" },
    ]);
  });

  it("a repeat alert lists exactly the cases the scorecard would count the new case as repeating", () => {
    const day0 = at("2026-09-01T00:00");
    const caseArb = fc.record({
      offset: fc.integer({ min: 0, max: 90 * 1440 }),
      unit: fc.constantFrom("3-2-501", "3－2－501", "5-1-101", ""),
      community: fc.constantFrom("海景花园", "海景 花园", "山语"),
      category: fc.constantFrom<Category>("complaint", "repair"),
    });
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 12 }), caseArb, fc.integer({ min: 1, max: 40 }), (rows, d, window) => {
        const cases = rows
          .map((r) =>
            makeCase({ community: r.community, unit: r.unit, category: r.category, receivedAt: undefined, ...{} }),
          )
          .map((c, i) => ({ ...c, receivedAt: { at: day0 + rows[i].offset, dateOnly: false } }));
        const draftAt = day0 + 90 * 1440 + (d.offset % 1440);
        const alert = repeatAlert(cases, { ...d, receivedAt: draftAt }, window);
        const appended = makeCase({ id: "NEW", community: d.community, unit: d.unit, category: d.category });
        appended.receivedAt = { at: draftAt, dateOnly: false };
        const oracle = findRepeatComplaints([...cases, appended], window).has("NEW");
        expect(alert.length > 0).toBe(oracle);
        for (const c of alert) expect(dayOf(draftAt) - dayOf(c.receivedAt.at)).toBeLessThanOrEqual(window);
      }),
      { numRuns: 300 },
    );
  });
});

describe("steps and state", () => {
  it("offers the steps the rules wait for, with their dues, in the order a case goes", () => {
    const c = makeCase({ receivedAt: "2026-10-09T16:30", responsible: "property", category: "complaint" });
    const steps = pendingSteps(c, config, at("2026-10-09T17:00"));
    expect(steps.map((s) => [s.field, s.dueAt === null ? null : s.dueAt, s.rules])).toEqual([
      ["notifiedAt", at("2026-10-10T16:30"), ["notify-property", "rectify"]],
      ["completedAt", null, []],
    ]);
    const notified = { ...c, notifiedAt: { at: at("2026-10-10T10:00"), dateOnly: false } };
    expect(pendingSteps(notified, config, at("2026-10-10T11:00")).map((s) => [s.field, s.dueAt])).toEqual([
      ["completedAt", at("2026-10-16T00:00")],
    ]);
    const done = { ...notified, completedAt: { at: at("2026-10-12T10:00"), dateOnly: false } };
    expect(pendingSteps(done, config, at("2026-10-12T11:00")).map((s) => [s.field, s.dueAt])).toEqual([
      ["followUpAt", at("2026-10-16T00:00")],
    ]);
    expect(stateText(caseState(c, config), "zh")).toBe("待处理");
    expect(stateText(caseState(notified, config), "zh")).toBe("处理中");
    expect(stateText(caseState(done, config), "zh")).toBe("待回访");
    expect(stateText(caseState({ ...done, category: "routine" }, config), "zh")).toBe("已办结");
  });
});

describe("today's list", () => {
  it("due times read 今天 / 明天, with 24:00 for the end of a day", () => {
    const now = at("2026-10-09T10:00");
    expect(dueText(at("2026-10-09T16:30"), now, "zh")).toBe("今天 16:30");
    expect(dueText(at("2026-10-11T00:00"), now, "zh")).toBe("明天 24:00");
    expect(dueText(at("2026-10-10T00:00"), now, "en")).toBe("today 24:00");
    expect(dueText(at("2026-10-03T17:00"), now, "zh")).toBe("10月3日 17:00");
    expect(dueText(at("2027-01-03T17:00"), now, "en")).toBe("3 Jan 2027 17:00");
  });

  it("groups by what to do, most urgent first, and holds every running deadline due by tomorrow 24:00 or overdue", () => {
    const cases = [
      makeCase({ id: "A", receivedAt: "2026-10-09T09:00", phone: "13812345678" }), // notify: 7 working hours on Friday, the 8th on Saturday
      makeCase({ id: "B", receivedAt: "2026-09-01T09:00", notifiedAt: "2026-09-01T10:00" }), // rectify overdue
      makeCase({
        id: "C",
        receivedAt: "2026-10-05T09:00",
        notifiedAt: "2026-10-05T10:00",
        completedAt: "2026-10-07T10:00",
      }), // follow-up due 10-10 24:00
      makeCase({ id: "D", receivedAt: "2026-10-09T09:00", category: "routine", responsible: null }), // nothing runs
    ];
    const now = at("2026-10-09T11:00");
    const list = todayList(cases, config, now);
    expect(
      list.groups.map((g) => [g.action, g.items.map((i) => `${i.caseId}:${i.rule}:${dueText(i.dueAt, now, "zh")}`)]),
    ).toEqual([
      ["chase", ["B:rectify:9月6日 24:00"]],
      ["deliver", ["A:notify-property:明天 10:00"]],
      ["call-back", ["C:follow-up:明天 24:00"]],
    ]);
    expect(list.groups[1].items[0].phone).toBe("13812345678");
    expect(list.total).toBe(3);
  });

  it("the desk puts what is due by tomorrow first, soonest first, then the overdue, latest overdue first", () => {
    const cases = [
      makeCase({ id: "A", receivedAt: "2026-10-09T09:00" }), // notify due tomorrow 10:00
      makeCase({ id: "B", receivedAt: "2026-09-01T09:00", notifiedAt: "2026-09-01T10:00" }), // rectify 9-6 overdue
      makeCase({ id: "E", receivedAt: "2026-10-01T09:00", notifiedAt: "2026-10-01T10:00" }), // rectify 10-6 overdue
      makeCase({ id: "C", receivedAt: "2026-10-05T09:00", notifiedAt: "2026-10-05T10:00", completedAt: "2026-10-07T10:00" }),
    ];
    const now = at("2026-10-09T11:00");
    const agenda = agendaOf(todayList(cases, config, now));
    const show = (groups: typeof agenda.due) =>
      groups.map((g) => [g.action, g.items.map((i) => `${i.caseId}:${dueText(i.dueAt, now, "zh")}`)]);
    expect(show(agenda.due)).toEqual([
      ["deliver", ["A:明天 10:00"]],
      ["call-back", ["C:明天 24:00"]],
    ]);
    expect(show(agenda.overdue)).toEqual([["chase", ["E:10月6日 24:00", "B:9月6日 24:00"]]]);
    expect(agenda.total).toBe(4);
  });

  it("against the evaluation itself, on generated logs", () => {
    const base = at("2026-09-20T00:00");
    const caseArb = fc.record({
      received: fc.integer({ min: 0, max: 30 * 1440 }),
      notified: fc.option(fc.integer({ min: 0, max: 3 * 1440 })),
      completed: fc.option(fc.integer({ min: 0, max: 8 * 1440 })),
      category: fc.constantFrom<Category>("complaint", "repair", "routine", "suggestion"),
      responsible: fc.constantFrom("property" as const, "design" as const, "engineering" as const, null),
      channel: fc.constantFrom("phone" as const, "property-referral" as const),
    });
    fc.assert(
      fc.property(
        fc.array(caseArb, { maxLength: 15 }),
        fc.integer({ min: 20 * 1440, max: 40 * 1440 }),
        (rows, nowOffset) => {
          const cases = rows.map((r, i) => {
            const c = makeCase({ id: `K${i}`, category: r.category, responsible: r.responsible, channel: r.channel });
            const received = base + r.received;
            c.receivedAt = { at: received, dateOnly: false };
            if (r.notified !== null) c.notifiedAt = { at: received + r.notified, dateOnly: false };
            if (r.completed !== null) c.completedAt = { at: received + r.completed, dateOnly: false };
            return c;
          });
          const now = base + nowOffset;
          const list = todayList(cases, config, now);
          const horizon = startOfDay(dayOf(now) + 2);
          const expected = evaluateCompliance(cases, config, now)
            .filter((e) => ["open", "due-soon", "overdue"].includes(e.status) && e.dueAt !== null && e.dueAt <= horizon)
            .map((e) => `${e.caseId}/${e.rule}`)
            .sort();
          const items = list.groups.flatMap((g) => g.items);
          expect(items.map((i) => `${i.caseId}/${i.rule}`).sort()).toEqual(expected);
          expect(list.total).toBe(expected.length);
          for (const g of list.groups)
            for (let k = 1; k < g.items.length; k++)
              expect(g.items[k].dueAt).toBeGreaterThanOrEqual(g.items[k - 1].dueAt);
          for (let k = 1; k < list.groups.length; k++)
            expect(list.groups[k].items[0].dueAt).toBeGreaterThanOrEqual(list.groups[k - 1].items[0].dueAt);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the manual's forms", () => {
  const c = makeCase({
    id: "2026-0341",
    receivedAt: "2026-10-09T16:30",
    customer: "王小明",
    phone: "13812345678",
    description: "楼道垃圾无人清运",
    notifiedAt: "2026-10-10T09:00",
    completedAt: "2026-10-12T10:00",
    followUpAt: "2026-10-13T10:00",
    followUpMethod: "phone",
    satisfaction: "basic",
    followUpNotes: "处理及时，但希望加强日常保洁",
    followUpBy: "李娜",
  });
  const o = { lang: "zh" as const, deadlines: config, now: at("2026-10-13T11:00") };

  it("顾客意见处理单 carries the case's 编号 and 事项内容, the phone whole (it stays in the center)", () => {
    const f = buildForm("complaint", c, o);
    expect([f.sheetName, f.title, f.number]).toEqual([
      "CB-意见处理单",
      "顾客意见处理单",
      { label: "编号", value: "2026-0341", pending: false },
    ]);
    expect(f.boxes[0]).toEqual({ label: "事项内容", text: "楼道垃圾无人清运", lines: 4 });
    expect(f.fields.find((x) => x.label === "联系电话")?.value).toBe("13812345678");
    expect(f.signatures).toEqual(["受理人", "处理人", "验证人", "客户确认"]);
  });

  it("工作联系单 shows a blank 联系单号 as the number the desk would assign, 待登记, and masks the phone", () => {
    const f = buildForm("contact", c, { ...o, assignedFormNo: "LXD-2026-0636" });
    expect(f.number).toEqual({ label: "联系单号", value: "LXD-2026-0636（待登记）", pending: true });
    expect(f.fields.find((x) => x.label === "联系电话")?.value).toBe("138****5678");
    expect(f.fields[0]).toEqual({ label: "致（接收单位）", value: "海景物业" });
    // The limit the notice sets, stated even after the work was done.
    expect(f.boxes[1]).toEqual({ label: "处理要求及时限", text: "物业整改完成：10月15日 24:00 前", lines: 3 });
    const unsent = buildForm("contact", { ...c, notifiedAt: null, completedAt: null, followUpAt: null }, o);
    expect(unsent.boxes[1].text).toBe("物业整改完成：送达时间后5天内");
    const withNo = buildForm(
      "contact",
      { ...c, contactFormNo: "LXD-2026-0100" },
      { ...o, assignedFormNo: "LXD-2026-0636" },
    );
    expect(withNo.number).toEqual({ label: "联系单号", value: "LXD-2026-0100", pending: false });
  });

  it("回访记录 ticks the answer and keeps the customer's words, in either language", () => {
    const f = buildForm("follow-up", c, o);
    expect(f.boxes.map((b) => b.text)).toContain("处理及时，但希望加强日常保洁");
    expect(f.boxes.find((b) => b.label === "满意度")?.text).toBe("□满意　■基本满意　□不满意");
    const en = buildForm("follow-up", c, { ...o, lang: "en" });
    expect(en.title).toBe("Follow-up Record");
    expect(en.fields.find((x) => x.label === "Followed up by")?.value).toBe("李娜");
    for (const x of [...en.fields.map((f2) => f2.label), ...en.boxes.map((b) => b.label), ...en.signatures])
      expect(x).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
