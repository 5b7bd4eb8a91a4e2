import {
  deadlineSettingsDefaults,
  defaultDeadlineConfig,
  DEFAULT_RULES,
  evaluateCompliance,
  readDeadlineSettings,
  ruleInfos,
} from "../../../src/core/deadlines";
import { addWorkingDays, addWorkingMinutes, isOfficialWorkday } from "../../../src/core/calendar";
import { sayText } from "../../../src/core/messages";
import type { SettingsEntry, SettingsError } from "../../../src/core/model";
import { dayNumber, formatMinutes } from "../../../src/core/time";
import { at, makeCase } from "./make-case";

let row = 1;
const entry = (section: string, key: string, value: string): SettingsEntry => ({ row: ++row, section, key, value });
const read = (...entries: SettingsEntry[]) => readDeadlineSettings(entries);

describe("defaults", () => {
  it("has DESIGN §3's rules with its ids, limits and clocks", () => {
    expect(DEFAULT_RULES.map((r) => [r.id, r.limit, r.clock])).toEqual([
      ["notify-property", 8, "working-hours"],
      ["reply-referral", 3, "calendar-days"],
      ["design-issue", 3, "working-days"],
      ["notify-engineering", 1, "working-days"],
      ["agreed-completion", 0, "absolute"],
      ["follow-up", 3, "calendar-days"],
      ["rectify", 5, "calendar-days"],
    ]);
    expect(ruleInfos(defaultDeadlineConfig())[0]).toEqual({
      id: "notify-property",
      clause: "§5.7.1",
      limit: 8,
      unit: "hours",
      clock: "working-hours",
    });
  });

  it("every default row names its source, and writing them back into Settings changes nothing", () => {
    const rows = deadlineSettingsDefaults();
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) expect(r.source).toMatch(/§\d|中心设定|国务院/);
    // Rules are named as the center calls them, never by their ids.
    expect(rows.find((r) => r.key === "8小时内书面送达物业.时限")).toMatchObject({
      value: "8 小时",
      section: "时限规则",
    });
    for (const r of rows) expect(r.key).not.toMatch(/[a-z]{3,}-[a-z]{3,}/);
    expect(rows.find((r) => r.key === "周一至周五")).toMatchObject({
      value: "08:30-12:00,13:00-17:00",
      source: "§5.2",
    });
    const back = read(...rows.map((r) => entry(r.section, r.key, r.value)));
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.config.rules).toEqual(defaultDeadlineConfig().rules);
    expect(back.config.calendar).toEqual(defaultDeadlineConfig().calendar);
  });

  it("no Settings sheet → the defaults", () => {
    const r = read();
    expect(r.errors).toEqual([]);
    expect(r.config.rules).toEqual(defaultDeadlineConfig().rules);
  });
});

describe("editing rules", () => {
  it("a clerk changes 8 h to 6 h", () => {
    const r = read(entry("时限规则", "notify-property.时限", "6 小时"));
    expect(r.errors).toEqual([]);
    expect(r.config.rules.find((x) => x.id === "notify-property")?.limit).toBe(6);
    const c = makeCase({ receivedAt: "2026-10-14T08:30" });
    const e = evaluateCompliance([c], r.config, at("2026-12-31T00:00")).find((x) => x.rule === "notify-property")!;
    expect(formatMinutes(e.dueAt!)).toBe("2026-10-14T15:30");
  });

  it("changes a clock, a warning share and the applicability; switches a rule off", () => {
    const r = read(
      entry("时限规则", "reply-referral.时钟", "法定工作日"),
      entry("时限规则", "reply-referral.时限", "3 个工作日"),
      entry("时限规则", "rectify.预警", "50%"),
      entry("时限规则", "follow-up.适用", "类别=投诉；已填=完成时间"),
      entry("时限规则", "notify-engineering.启用", "否"),
    );
    expect(r.errors).toEqual([]);
    const byId = new Map(r.config.rules.map((x) => [x.id, x]));
    expect(byId.get("reply-referral")).toMatchObject({ clock: "working-days", limit: 3 });
    expect(byId.get("rectify")?.dueSoonAt).toBe(0.5);
    expect(byId.get("follow-up")?.appliesTo).toEqual({
      categories: ["complaint"],
      responsible: null,
      channels: null,
      major: null,
      present: ["completedAt"],
    });
    expect(byId.has("notify-engineering")).toBe(false);
  });

  it("含维修 adds the property company's repairs to rectify, and takes them away again", () => {
    const on = read(entry("时限规则", "rectify.含维修", "是"));
    expect(on.errors).toEqual([]);
    const rectify = on.config.rules.find((x) => x.id === "rectify")!;
    expect(rectify.appliesTo.categories).toEqual(["complaint", "suggestion", "repair"]);
    const repair = makeCase({ category: "repair", responsible: "property", notifiedAt: "2026-10-08T11:00" });
    expect(evaluateCompliance([repair], on.config, at("2026-12-31T00:00")).map((x) => x.rule)).toContain("rectify");
    expect(
      evaluateCompliance([repair], defaultDeadlineConfig(), at("2026-12-31T00:00")).map((x) => x.rule),
    ).not.toContain("rectify");
    const off = read(
      entry("时限规则", "rectify.适用", "类别=投诉,维修；责任单位=物业公司"),
      entry("时限规则", "rectify.含维修", "否"),
    );
    expect(off.config.rules.find((x) => x.id === "rectify")!.appliesTo.categories).toEqual(["complaint"]);
    expect(zh(read(entry("时限规则", "rectify.含维修", "也许")).errors[0]).message).toBe(
      "物业整改.含维修：请填“是”或“否”，不是“也许”",
    );
  });

  it("adds a rule: sales referrals replied within 2 days", () => {
    const r = read(
      entry("时限规则", "sales-reply.条款", "中心设定"),
      entry("时限规则", "sales-reply.适用", "来源渠道=销售转交"),
      entry("时限规则", "sales-reply.开始", "受理时间"),
      entry("时限规则", "sales-reply.停止", "回复时间"),
      entry("时限规则", "sales-reply.时限", "2 天"),
      entry("时限规则", "sales-reply.时钟", "自然日"),
    );
    expect(r.errors).toEqual([]);
    const rule = r.config.rules[r.config.rules.length - 1];
    expect(rule).toMatchObject({
      id: "sales-reply",
      start: "receivedAt",
      stop: "repliedAt",
      limit: 2,
      clock: "calendar-days",
      dueSoonAt: 0.75,
    });
    const c = makeCase({
      channel: "sales-referral",
      category: "routine",
      responsible: "sales",
      receivedAt: "2026-10-08T10:00",
      repliedAt: "2026-10-11T09:00",
    });
    const e = evaluateCompliance([c], r.config, at("2026-12-31T00:00"));
    expect(e.map((x) => [x.rule, x.status, x.late])).toEqual([["sales-reply", "breached", 0.38]]);
  });
});

const zh = (e: SettingsError): { cell: string; message: string } => ({
  cell: e.cell,
  message: sayText(e.message, "zh"),
});

describe("invalid settings name the cell and keep the defaults", () => {
  it("a limit that is not a number", () => {
    const r = readDeadlineSettings([{ row: 12, section: "时限规则", key: "notify-property.时限", value: "八小时" }]);
    // The rule's id still reads; the message names the rule as the center does.
    expect(r.errors.map(zh)).toEqual([
      {
        cell: "设置!C12",
        message: "8小时内书面送达物业.时限：时限“八小时”应为数字加单位，如 8 小时、3 天、3 个工作日",
      },
    ]);
    expect(r.config.rules.find((x) => x.id === "notify-property")?.limit).toBe(8);
  });

  it("a limit unit that contradicts the clock", () => {
    const r = readDeadlineSettings([{ row: 7, section: "时限规则", key: "rectify.时限", value: "5 小时" }]);
    expect(r.errors.map(zh)).toEqual([
      { cell: "设置!C7", message: "时限单位（小时）与时钟“自然日”不符；该规则保持默认" },
    ]);
    expect(r.config.rules.find((x) => x.id === "rectify")).toEqual(DEFAULT_RULES.find((x) => x.id === "rectify"));
  });

  it("unknown attribute, unknown clock, bad share, bad applicability, incomplete new rule", () => {
    const r = readDeadlineSettings([
      { row: 3, section: "时限规则", key: "notify-property.颜色", value: "红" },
      { row: 4, section: "时限规则", key: "notify-property.时钟", value: "月亮" },
      { row: 5, section: "时限规则", key: "notify-property.预警", value: "150%" },
      { row: 6, section: "时限规则", key: "rectify.适用", value: "类别=投诉,吵架" },
      { row: 8, section: "时限规则", key: "new-rule.时限", value: "2 天" },
    ]);
    expect(r.errors.map((e) => e.cell)).toEqual(["设置!B3", "设置!C4", "设置!C5", "设置!C6", "设置!B8"]);
    expect(zh(r.errors[4]).message).toContain("new-rule.适用");
    expect(r.config.rules).toEqual(defaultDeadlineConfig().rules);
  });
});

describe("calendar settings", () => {
  it("working hours can be changed, and the center closed on holidays", () => {
    const r = read(entry("工作时间", "周六周日", "10:00-16:00"), entry("工作时间", "节假日闭馆", "是"));
    expect(r.errors).toEqual([]);
    expect(r.config.calendar.weekendHours).toEqual([[600, 960]]);
    expect(r.config.calendar.closedOnHolidays).toBe(true);
    // Fri 16:30 + 8 h: 0.5 h Fri, 6 h Sat, 1.5 h Sun → Sun 11:30.
    expect(formatMinutes(addWorkingMinutes(r.config.calendar, at("2026-10-16T16:30"), 480))).toBe("2026-10-18T11:30");
  });

  it("bad hours are reported by cell; both days closed is refused", () => {
    const a = readDeadlineSettings([
      { row: 9, section: "工作时间", key: "周一至周五", value: "8:30-12:00,11:00-17:00" },
    ]);
    expect(a.errors.map(zh)).toEqual([{ cell: "设置!C9", message: "周一至周五：时段互相重叠" }]);
    expect(a.config.calendar.weekdayHours).toEqual(defaultDeadlineConfig().calendar.weekdayHours);
    const b = readDeadlineSettings([
      { row: 9, section: "工作时间", key: "周一至周五", value: "休息" },
      { row: 10, section: "工作时间", key: "周六周日", value: "休息" },
    ]);
    expect(b.errors.map((e) => e.cell)).toEqual(["设置!C10"]);
    expect(b.config.calendar.weekendHours).toEqual([[540, 1020]]);
  });

  it("a clerk types the 2027 schedule; the warning for 2027 goes away and make-up days count", () => {
    const cases = [
      makeCase({
        category: "repair",
        responsible: "design",
        receivedAt: "2027-02-01T10:00",
        notifiedAt: "2027-02-03T10:00",
      }),
    ];
    const before = read();
    expect(before.config.calendar.years.has(2027)).toBe(false);
    const r = read(
      entry("节假日 2027", "来源", "国办发明电〔2026〕示例"),
      entry("节假日 2027", "2027-02-06~2027-02-12", "休"),
      entry("节假日 2027", "2027-02-13", "班"),
    );
    expect(r.errors).toEqual([]);
    const y = r.config.calendar.years.get(2027)!;
    expect(y.holidays.length).toBe(7);
    expect(y.source).toBe("国办发明电〔2026〕示例");
    expect(isOfficialWorkday(r.config.calendar, dayNumber(2027, 2, 13))).toBe(true); // a Saturday
    expect(isOfficialWorkday(r.config.calendar, dayNumber(2027, 2, 8))).toBe(false); // a Monday
    // Wed 3 Feb + 3: Thu 4, Fri 5, Sat 13 (调休) → end of 13 Feb.
    expect(formatMinutes(addWorkingDays(r.config.calendar, at("2027-02-03T10:00"), 3))).toBe("2027-02-14T00:00");
    const e = evaluateCompliance(cases, r.config, at("2027-03-01T00:00"))[0];
    expect(formatMinutes(e.dueAt!)).toBe("2027-02-14T00:00");
  });

  it("overrides a built-in date, and reports dates that are not dates or not in the year", () => {
    const r = readDeadlineSettings([
      { row: 20, section: "节假日 2026", key: "2026-10-10", value: "常规" },
      { row: 21, section: "节假日 2026", key: "2026-13-01", value: "休" },
      { row: 22, section: "节假日 2026", key: "2027-01-01", value: "休" },
      { row: 23, section: "节假日 2026", key: "2026-12-31", value: "放半天" },
    ]);
    expect(r.errors.map((e) => e.cell)).toEqual(["设置!B21", "设置!B22", "设置!C23"]);
    expect(isOfficialWorkday(r.config.calendar, dayNumber(2026, 10, 10))).toBe(false); // back to a plain Saturday
    expect(isOfficialWorkday(r.config.calendar, dayNumber(2026, 10, 5))).toBe(false); // the rest of 2026 kept
  });
});

describe("a Settings mistake is told in the reader's language", () => {
  // Keys and values written in English, as an English-speaking center may: nothing of the sheet's own text is
  // Chinese, so any Chinese in the English rendering would be the message's own.
  const bad: SettingsEntry[] = [
    { row: 2, section: "Deadline rules", key: "notify-property.colour", value: "red" },
    { row: 3, section: "Deadline rules", key: "notify-property.clock", value: "moon" },
    { row: 4, section: "Deadline rules", key: "notify-property.warn", value: "150%" },
    { row: 5, section: "Deadline rules", key: "rectify.applies", value: "category=complaint,quarrel" },
    { row: 6, section: "Deadline rules", key: "rectify.applies", value: "weather=rain" },
    { row: 7, section: "Deadline rules", key: "rectify.applies", value: "major=perhaps" },
    { row: 8, section: "Deadline rules", key: "rectify.limit", value: "eight" },
    { row: 9, section: "Deadline rules", key: "rectify.limit", value: "5 fortnights" },
    { row: 10, section: "Deadline rules", key: "reply-referral.limit", value: "5 hours" },
    { row: 11, section: "Deadline rules", key: "reply-referral.start", value: "yesterday" },
    { row: 12, section: "Deadline rules", key: "reply-referral.enabled", value: "maybe" },
    { row: 13, section: "Deadline rules", key: "new-rule.limit", value: "2 days" },
    { row: 14, section: "Working hours", key: "weekdays", value: "8:30-12:00,11:00-17:00" },
    { row: 15, section: "Working hours", key: "weekends", value: "noon-night" },
    { row: 16, section: "Working hours", key: "lunch", value: "12:00-13:00" },
    { row: 17, section: "Working hours", key: "closed on holidays", value: "sometimes" },
    { row: 18, section: "Pauses", key: "rules", value: "agreed-completion, nothing" },
    { row: 19, section: "Pauses", key: "cap", value: "a while" },
    { row: 20, section: "Pauses", key: "colour", value: "red" },
    { row: 21, section: "Delivery", key: "written", value: "" },
    { row: 22, section: "Delivery", key: "colour", value: "red" },
  ];
  const errors = readDeadlineSettings(bad).errors;

  it("every mistake is reported, in English without a Chinese character", () => {
    expect(errors.length).toBeGreaterThanOrEqual(bad.length - 1);
    for (const e of errors) expect(sayText(e.message, "en")).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });

  it("and in Chinese with full-width punctuation", () => {
    for (const e of errors) {
      const zhText = sayText(e.message, "zh");
      expect(zhText).toMatch(/[\u4e00-\u9fff]/);
      // The sheet's own words (keys, values) are English here; the message's own punctuation is full-width.
      const own = bad.reduce((t, b) => t.split(b.key).join("").split(b.value).join(""), zhText);
      expect(own.replace(/\d{1,2}:\d\d/g, "")).not.toMatch(/[,;:()?!]/);
    }
  });
});
