import { defaultDeadlineConfig, evaluateCompliance, type DeadlineConfig } from "../../../src/core/deadlines";
import type { Case, ComplianceEntry } from "../../../src/core/model";
import { formatMinutes } from "../../../src/core/time";
import { msg } from "../../../src/core/messages";
import { parseEnumCell, RESPONSIBLE_SPEC } from "../../../src/core/parse/enums";
import { rowProblem } from "../../../src/core/parse/rows";
import { said } from "../../support/said";
import { at, makeCase, type CaseSpec } from "./make-case";

const config = defaultDeadlineConfig();

/** The entry of one rule for one case, with instants as text for readable expectations. */
function judge(spec: CaseSpec, rule: string, asOf = "2026-12-31T00:00", cfg: DeadlineConfig = config) {
  const c = makeCase(spec);
  const entries = evaluateCompliance([c], cfg, at(asOf)).filter((e) => e.rule === rule);
  if (entries.length !== 1) return entries.length === 0 ? null : (() => { throw new Error("two entries"); })();
  return show(entries[0]);
}
const fmt = (m: number | null) => (m === null ? null : formatMinutes(m));
const show = (e: ComplianceEntry) => ({
  start: fmt(e.startAt),
  due: fmt(e.dueAt),
  stop: fmt(e.stopAt),
  status: e.status,
  late: e.late,
  ...(e.reason !== undefined ? { reason: said(e.reason) } : {}),
});

describe("notify-property (§5.7.1: 8 working hours)", () => {
  const complaint: CaseSpec = { category: "complaint", responsible: "property" };

  it("Friday 16:30 complaint is due Saturday 16:30; delivered then it is met", () => {
    expect(judge({ ...complaint, receivedAt: "2026-10-16T16:30", notifiedAt: "2026-10-17T16:30" }, "notify-property")).toEqual({
      start: "2026-10-16T16:30",
      due: "2026-10-17T16:30",
      stop: "2026-10-17T16:30",
      status: "met",
      late: null,
    });
  });

  it("one minute after the due instant is breached, late in working hours", () => {
    expect(judge({ ...complaint, receivedAt: "2026-10-16T16:30", notifiedAt: "2026-10-17T16:31" }, "notify-property")).toMatchObject({
      status: "breached",
      late: 0.02,
    });
    // Delivered Monday 10:00: Sat 16:30–17:00 (0.5 h) + Sun 09:00–17:00 (8 h) + Mon 08:30–10:00 (1.5 h) = 10 h late.
    expect(judge({ ...complaint, receivedAt: "2026-10-16T16:30", notifiedAt: "2026-10-19T10:00" }, "notify-property")).toMatchObject({
      status: "breached",
      late: 10,
    });
  });

  it("a 20:00 complaint starts at the next opening; a 12:30 one after lunch", () => {
    expect(judge({ ...complaint, receivedAt: "2026-10-15T20:00" }, "notify-property")?.due).toBe("2026-10-17T09:30");
    expect(judge({ ...complaint, receivedAt: "2026-10-14T12:30" }, "notify-property")?.due).toBe("2026-10-15T13:30");
  });

  it("running: open, then due-soon at 75 % of the working hours used, then overdue", () => {
    const c: CaseSpec = { ...complaint, receivedAt: "2026-10-14T08:30" }; // due Wed 08:30 + 8 h → Thu 09:00
    expect(judge(c, "notify-property", "2026-10-14T13:00")).toMatchObject({ status: "open", due: "2026-10-15T09:00" }); // 3.5 h used
    expect(judge(c, "notify-property", "2026-10-14T15:29")).toMatchObject({ status: "open" }); // 5.98 h
    expect(judge(c, "notify-property", "2026-10-14T15:30")).toMatchObject({ status: "due-soon" }); // exactly 6 h = 75 %
    expect(judge(c, "notify-property", "2026-10-15T09:00")).toMatchObject({ status: "due-soon", late: null }); // at due: not yet late
    expect(judge(c, "notify-property", "2026-10-15T11:00")).toMatchObject({ status: "overdue", late: 2 });
  });

  it("applies to complaints and suggestions about the property company only", () => {
    expect(judge({ ...complaint, category: "suggestion" }, "notify-property")).not.toBeNull();
    expect(judge({ ...complaint, category: "repair" }, "notify-property")).toBeNull();
    expect(judge({ ...complaint, responsible: "engineering" }, "notify-property")).toBeNull();
  });

  it("a stop after closing but before the next opening is breached with 0 working hours of lateness", () => {
    expect(judge({ ...complaint, receivedAt: "2026-10-17T09:00", notifiedAt: "2026-10-17T18:00" }, "notify-property")).toMatchObject({
      due: "2026-10-17T17:00",
      status: "breached",
      late: 0,
    });
  });
});

describe("reply-referral (§5.7.3, §5.7.4: 3 calendar days)", () => {
  const referral: CaseSpec = { channel: "property-referral", category: "repair", responsible: "engineering" };

  it("is due at the end of the 3rd day after receipt; a reply at that instant is met", () => {
    expect(judge({ ...referral, receivedAt: "2026-10-08T10:00", repliedAt: "2026-10-12T00:00" }, "reply-referral")).toEqual({
      start: "2026-10-08T10:00",
      due: "2026-10-12T00:00",
      stop: "2026-10-12T00:00",
      status: "met",
      late: null,
    });
  });

  it("a reply written with only a date counts at that day's end: on the 3rd day met, on the 4th breached by 1 day", () => {
    expect(judge({ ...referral, receivedAt: "2026-10-08T10:00", repliedAt: "2026-10-11" }, "reply-referral")).toMatchObject({
      stop: "2026-10-12T00:00",
      status: "met",
    });
    expect(judge({ ...referral, receivedAt: "2026-10-08T10:00", repliedAt: "2026-10-12" }, "reply-referral")).toMatchObject({
      status: "breached",
      late: 1,
    });
  });

  it("due-soon once 75 % of the 3 days after the receipt day have passed", () => {
    const c: CaseSpec = { ...referral, receivedAt: "2026-10-08T10:00" };
    expect(judge(c, "reply-referral", "2026-10-11T05:59")).toMatchObject({ status: "open" });
    expect(judge(c, "reply-referral", "2026-10-11T06:00")).toMatchObject({ status: "due-soon" });
    expect(judge(c, "reply-referral", "2026-10-13T12:00")).toMatchObject({ status: "overdue", late: 1.5 });
  });

  it("does not apply to other channels", () => {
    expect(judge({ ...referral, channel: "phone" }, "reply-referral")).toBeNull();
  });
});

describe("design-issue (§5.6.3: 3 official working days)", () => {
  const design: CaseSpec = { category: "repair", responsible: "design" };

  it("across National Day 2026 the make-up Saturday 10 Oct counts", () => {
    expect(judge({ ...design, notifiedAt: "2026-09-30T15:00", designIssuedAt: "2026-10-10T16:00" }, "design-issue", "2026-10-20T00:00")).toEqual({
      start: "2026-09-30T15:00",
      due: "2026-10-11T00:00",
      stop: "2026-10-10T16:00",
      status: "met",
      late: null,
    });
    // Issued Monday 12 Oct: Sunday 11 is a rest day, so half of Monday (a working day) is late.
    expect(judge({ ...design, notifiedAt: "2026-09-30T15:00", designIssuedAt: "2026-10-12T12:00" }, "design-issue")).toMatchObject({
      status: "breached",
      late: 0.5,
    });
  });

  it("across Spring Festival 2026 with its two make-up Saturdays", () => {
    const before: CaseSpec = { ...design, receivedAt: "2026-02-11T10:00", notifiedAt: "2026-02-12T09:00" };
    // Fri 13 and Sat 14 (调休) used 2 of 3 working days; 15–23 Feb are off, so the clock stands still.
    expect(judge(before, "design-issue", "2026-02-20T00:00")).toMatchObject({ due: "2026-02-25T00:00", status: "open" });
    // Tue 24 Feb 18:00: 2.75 of 3 used.
    expect(judge(before, "design-issue", "2026-02-24T18:00")).toMatchObject({ status: "due-soon" });
    expect(judge(before, "design-issue", "2026-02-26T06:00")).toMatchObject({ status: "overdue", late: 1.25 }); // all of Wed 25 + a quarter of Thu 26
    // After the holiday: Thu 26, Fri 27, Sat 28 (调休) → issued on Saturday 28 Feb is in time.
    const after: CaseSpec = { ...design, receivedAt: "2026-02-24T10:00", notifiedAt: "2026-02-25T09:00", designIssuedAt: "2026-02-28T15:00" };
    expect(judge(after, "design-issue")).toMatchObject({ due: "2026-03-01T00:00", status: "met" });
  });

  it("is unknown while the design department has not been notified (the clock has no start)", () => {
    expect(judge({ ...design }, "design-issue")).toEqual({ start: null, due: null, stop: null, status: "unknown", late: null, reason: "送达时间未填" });
  });
});

describe("notify-engineering (§5.6.1: major quality issue, 1 official working day)", () => {
  const major: CaseSpec = { category: "complaint", responsible: "engineering", major: true };

  it("received the day before National Day is due at the end of the first working day after it", () => {
    expect(judge({ ...major, receivedAt: "2026-09-30T16:00", notifiedAt: "2026-10-08T17:00" }, "notify-engineering")).toMatchObject({
      due: "2026-10-09T00:00",
      status: "met",
    });
  });

  it("applies only to major issues", () => {
    expect(judge({ ...major, major: false }, "notify-engineering")).toBeNull();
  });
});

describe("agreed-completion (§5.6.2: the agreed date-time)", () => {
  const repair: CaseSpec = { category: "repair", responsible: "contractor", receivedAt: "2026-10-01T10:00" };

  it("an agreed date without a time is due at its end; completion that day is met, the next day breached", () => {
    expect(judge({ ...repair, agreedAt: "2026-10-10", completedAt: "2026-10-10T23:59" }, "agreed-completion")).toEqual({
      start: null,
      due: "2026-10-11T00:00",
      stop: "2026-10-10T23:59",
      status: "met",
      late: null,
    });
    expect(judge({ ...repair, agreedAt: "2026-10-10", completedAt: "2026-10-11T12:00" }, "agreed-completion")).toMatchObject({
      status: "breached",
      late: 0.5,
    });
  });

  it("an agreed date-time is due at that instant; completion exactly then is met", () => {
    expect(judge({ ...repair, agreedAt: "2026-10-10T14:00", completedAt: "2026-10-10T14:00" }, "agreed-completion")).toMatchObject({
      due: "2026-10-10T14:00",
      status: "met",
    });
  });

  it("running: due-soon after 75 % of the time from receipt to the agreed date", () => {
    const round: CaseSpec = { ...repair, receivedAt: "2026-10-01T00:00", agreedAt: "2026-10-04" }; // due 5 Oct 00:00, 4 days after receipt
    expect(judge(round, "agreed-completion", "2026-10-03T23:59")).toMatchObject({ status: "open" });
    expect(judge(round, "agreed-completion", "2026-10-04T00:00")).toMatchObject({ status: "due-soon" });
    expect(judge(round, "agreed-completion", "2026-10-07T00:00")).toMatchObject({ status: "overdue", late: 2 });
  });

  it("does not apply without an agreed date; an invalid one is unknown with the cell's reason", () => {
    expect(judge({ ...repair }, "agreed-completion")).toBeNull();
    const invalid = { agreedAt: rowProblem(6, "约定完成日期", msg("cell.not-a-date", { value: "下周" })) };
    expect(judge({ ...repair, invalid }, "agreed-completion")).toMatchObject({
      status: "unknown",
      reason: "约定完成时间无效：第 6 行 约定完成日期：'下周' 不是有效日期（应为日期，如 2026-10-03 14:20）",
    });
    const e = evaluateCompliance([makeCase({ ...repair, invalid })], config, at("2026-12-31T00:00"));
    expect(said(e.find((x) => x.rule === "agreed-completion")?.reason, "en")).toBe(
      'Agreed completion is not valid: Row 6, 约定完成日期: "下周" is not a date (expected a date such as 2026-10-03 14:20)',
    );
  });
});

describe("follow-up (§9.3: 3 calendar days after completion)", () => {
  const repair: CaseSpec = { category: "repair", responsible: "contractor", receivedAt: "2026-10-01T10:00" };

  it("counts from the completion date", () => {
    expect(judge({ ...repair, completedAt: "2026-10-05T16:00", followUpAt: "2026-10-08T20:00" }, "follow-up")).toMatchObject({
      start: "2026-10-05T16:00",
      due: "2026-10-09T00:00",
      status: "met",
    });
  });

  it("applies to complaints and repairs once completed (as of the as-of instant)", () => {
    expect(judge({ ...repair }, "follow-up")).toBeNull();
    expect(judge({ ...repair, category: "routine", completedAt: "2026-10-05T16:00" }, "follow-up")).toBeNull();
    expect(judge({ ...repair, completedAt: "2026-10-05T16:00" }, "follow-up", "2026-10-05T15:00")).toBeNull();
    expect(judge({ ...repair, completedAt: "2026-10-05T16:00" }, "follow-up", "2026-10-05T17:00")).toMatchObject({ status: "open" });
  });
});

describe("rectify (§5.7.1: 5 calendar days from notification)", () => {
  const complaint: CaseSpec = { category: "complaint", responsible: "property", receivedAt: "2026-10-08T09:00", notifiedAt: "2026-10-08T11:00" };

  it("met, breached and overdue", () => {
    expect(judge({ ...complaint, completedAt: "2026-10-13T23:00" }, "rectify")).toMatchObject({ due: "2026-10-14T00:00", status: "met" });
    expect(judge({ ...complaint, completedAt: "2026-10-16T00:00" }, "rectify")).toMatchObject({ status: "breached", late: 2 });
    expect(judge({ ...complaint }, "rectify", "2026-10-14T06:00")).toMatchObject({ status: "overdue", late: 0.25 });
  });

  it("applies to the complaints and suggestions delivered to the property company, not to enquiries or repairs", () => {
    expect(judge({ ...complaint, category: "suggestion" }, "rectify")).not.toBeNull();
    expect(judge({ ...complaint, category: "routine" }, "rectify")).toBeNull();
    expect(judge({ ...complaint, category: "repair" }, "rectify")).toBeNull();
    expect(judge({ ...complaint, responsible: null }, "rectify")).toBeNull();
  });
});

describe("missing, invalid and inconsistent data → unknown with the reason", () => {
  const complaint: CaseSpec = { category: "complaint", responsible: "property", receivedAt: "2026-10-08T09:00" };

  it("an invalid stop cell makes the rule unknown, with start and due still shown", () => {
    expect(judge({ ...complaint, invalid: { notifiedAt: msg("cell.error-value", { code: "#VALUE!" }) } }, "notify-property")).toEqual({
      start: "2026-10-08T09:00",
      due: "2026-10-09T09:30",
      stop: null,
      status: "unknown",
      late: null,
      reason: "送达时间无效：单元格为错误值 #VALUE!",
    });
  });

  it("a missing or invalid start is unknown; a start dated after as-of has not started the clock (no entry)", () => {
    expect(judge({ ...complaint }, "rectify")).toMatchObject({ status: "unknown", reason: "送达时间未填" });
    expect(judge({ ...complaint, invalid: { notifiedAt: msg("cell.no-year", { value: "10月3日" }) } }, "rectify")).toMatchObject({
      status: "unknown",
      reason: "送达时间无效：'10月3日' 没有写年份，表中也无法推断年份",
    });
    expect(judge({ ...complaint, notifiedAt: "2026-10-20T10:00" }, "rectify", "2026-10-15T00:00")).toBeNull();
    expect(judge({ ...complaint, notifiedAt: "2026-10-20T10:00" }, "rectify", "2026-10-20T10:00")).toMatchObject({ status: "open" });
  });

  it("an invalid cell deciding whether a rule applies makes it unknown, if the other conditions hold", () => {
    const bad = parseEnumCell("物管", RESPONSIBLE_SPEC);
    const c: CaseSpec = { ...complaint, responsible: null, invalid: bad.kind === "error" ? { responsible: bad.reason } : {} };
    expect(judge(c, "notify-property")).toMatchObject({
      status: "unknown",
      reason: "责任单位无效：'物管' 不是已知的责任单位（应为 物业公司/工程部/销售部/设计部/维修单位）",
    });
    expect(judge({ ...c, category: "repair" }, "notify-property")).toBeNull(); // category already rules it out
  });

  it("two invalid deciding cells give both reasons, in either language", () => {
    const byPhone: DeadlineConfig = {
      ...config,
      rules: config.rules.map((r) => (r.id === "rectify" ? { ...r, appliesTo: { ...r.appliesTo, channels: ["phone"] } } : r)),
    };
    const invalid = { responsible: msg("cell.error-value", { code: "#N/A" }), channel: msg("cell.error-value", { code: "#REF!" }) };
    const c = makeCase({ ...complaint, responsible: null, channel: null, invalid });
    const e = evaluateCompliance([c], byPhone, at("2026-12-31T00:00")).find((x) => x.rule === "rectify");
    expect(said(e?.reason)).toBe("责任单位无效：单元格为错误值 #N/A；来源渠道无效：单元格为错误值 #REF!");
    expect(said(e?.reason, "en")).toBe(
      "Responsible is not valid: the cell holds the error value #N/A; Channel is not valid: the cell holds the error value #REF!",
    );
  });

  it("a stop before its start is inconsistent: unknown", () => {
    expect(judge({ ...complaint, notifiedAt: "2026-10-07T10:00" }, "notify-property")).toMatchObject({
      status: "unknown",
      reason: "送达时间早于受理时间",
    });
    const e = evaluateCompliance([makeCase({ ...complaint, notifiedAt: "2026-10-07T10:00" })], config, at("2026-12-31T00:00"));
    expect(said(e.find((x) => x.rule === "notify-property")?.reason, "en")).toBe("Notified is before Received");
  });
});

describe("as-of decisions", () => {
  it("a stop recorded after as-of is ignored: the clock is still running", () => {
    expect(
      judge({ category: "complaint", responsible: "property", receivedAt: "2026-10-14T08:30", notifiedAt: "2026-10-15T10:00" }, "notify-property", "2026-10-14T10:00"),
    ).toEqual({ start: "2026-10-14T08:30", due: "2026-10-15T09:00", stop: null, status: "open", late: null });
  });

  it("a case received after as-of gets no entries at all", () => {
    const c = makeCase({ receivedAt: "2026-10-14T08:30" });
    expect(evaluateCompliance([c], config, at("2026-10-14T08:29"))).toEqual([]);
    expect(evaluateCompliance([c], config, at("2026-10-14T08:30")).length).toBeGreaterThan(0);
  });

  it("emits only rules that apply, unless not-applicable entries are asked for", () => {
    const c: Case = makeCase({ category: "routine", responsible: "sales", channel: "phone" });
    expect(evaluateCompliance([c], config, at("2026-12-31T00:00"))).toEqual([]);
    const all = evaluateCompliance([c], config, at("2026-12-31T00:00"), { includeNotApplicable: true });
    expect(all.map((e) => e.rule)).toEqual(config.rules.map((r) => r.id));
    expect(new Set(all.map((e) => e.status))).toEqual(new Set(["not-applicable"]));
  });

  it("a complaint about the property company gets notify-property and rectify, in rule order", () => {
    const c = makeCase({ category: "complaint", responsible: "property", notifiedAt: "2026-10-08T11:00" });
    expect(evaluateCompliance([c], config, at("2026-12-31T00:00")).map((e) => e.rule)).toEqual(["notify-property", "rectify"]);
  });
});
