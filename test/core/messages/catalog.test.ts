/**
 * The message catalog: every message renders in both languages, Chinese with full-width punctuation and no
 * Latin words, English with no Chinese. EXAMPLES is typed by the catalog, so a message added without an
 * example (or with the wrong parameters) fails the type check before it fails here.
 */
import { CATALOG } from "../../../src/core/messages/catalog";
import { msg, say, type Message, type MessageId, type ParamsOf } from "../../../src/core/messages";

const COLUMN = { zh: "受理时间", en: "Received" };
const EXAMPLES: { [K in MessageId]: ParamsOf<K> } = {
  "row.problem": {
    sheet: "云岭",
    row: 15,
    column: "受理时间",
    detail: msg("communities.bad-households", { value: "很多" }),
  },
  "row.totals": {},
  "row.repeated-header": {},
  "log.blank-id": {},
  "log.blank-received": {},
  "log.duplicate-id": { sheet: "云岭", row: 4 },
  "log.received-after-as-of": { received: "2062-10-01 09:00", asOf: "2026-06-30 17:00", caseId: "K-0001" },
  "cell.error-value": { code: "#N/A" },
  "cell.not-a-date": { value: "很多" },
  "cell.time-only": { value: "10:15" },
  "cell.date-out-of-range": { value: "3000000" },
  "cell.bad-year": { value: "0026-10-03", min: 1900, max: 9999 },
  "cell.bad-month": { value: "2026-13-03" },
  "cell.bad-day": { value: "10月32日", year: 2026, month: 10, days: 31 },
  "cell.no-year": { value: "10月3日" },
  "cell.bad-time": { value: "25:10" },
  "cell.not-a-time": { value: "很多" },
  "cell.unknown-value": {
    value: "很多",
    what: { zh: "来源渠道", en: "channel" },
    expected: { zh: "电话/来访", en: "Phone, Visit" },
  },
  "cell.not-an-amount": { value: "很多" },
  "cell.negative-amount": { value: "-300" },
  "cell.before-received": { value: "2026-10-01", received: "2026-10-03 14:20" },
  "cell.formula-without-value": { cell: "B5" },
  "cell.shared-string-missing": { cell: "C4", index: "99", count: 12 },
  "cell.shared-string-unnumbered": { cell: "C4" },
  "cell.shared-string-invalid": { cell: "C4", index: "x1" },
  "communities.totals-row": {},
  "communities.blank-name": {},
  "communities.duplicate": { row: 3 },
  "inspections.totals-row": {},
  "inspections.blank-date": {},
  "inspections.bad-deduction": { value: "很多" },
  "inspections.no-community": {},
  "pauses.blank-id": {},
  "pauses.blank-start": {},
  "pauses.end-not-after-start": {},
  "delivery.verbal": {},
  "delivery.not-written": { kind: "传达室转交" },
  "compliance.invalid": {
    field: { zh: "完成时间", en: "Completed" },
    why: msg("row.problem", {
      row: 4,
      column: "完成时间",
      detail: msg("cell.bad-day", { value: "10月32日", year: 2026, month: 10, days: 31 }),
    }),
  },
  "compliance.after-as-of": {
    field: { zh: "完成时间", en: "Completed" },
    at: "2026-11-03T10:00",
    asOf: "2026-10-31T17:00",
  },
  "compliance.blank": { field: { zh: "送达时间", en: "Notified" } },
  "compliance.stop-before-start": {
    stop: { zh: "完成时间", en: "Completed" },
    start: { zh: "受理时间", en: "Received" },
  },
  "compliance.reasons": {
    reasons: [
      msg("compliance.blank", { field: { zh: "送达时间", en: "Notified" } }),
      msg("compliance.invalid", {
        field: { zh: "责任单位", en: "Responsible" },
        why: msg("cell.error-value", { code: "#N/A" }),
      }),
    ],
  },
  "log.not-found": {},
  "pauses.rejected-row": { reason: msg("communities.bad-households", { value: "很多" }) },
  "pauses.missing-columns": { sheet: "暂停记录" },
  "pauses.not-applied": {
    row: 7,
    caseId: "2026-0001",
    why: msg("pauses.rule-may-not-pause", { rule: { zh: "8小时内书面送达物业", en: "Notify property company (8 h)" } }),
  },
  "pauses.unknown-case": {},
  "pauses.unknown-rule": { rule: "整改" },
  "pauses.rule-may-not-pause": { rule: { zh: "8小时内书面送达物业", en: "Notify property company (8 h)" } },
  "pauses.no-reason": {},
  "pauses.reason-not-accepted": { reason: "天气", accepted: ["业主原因", "等待材料"] },
  "pauses.over-cap": { totalHours: 96, capHours: 36 },
  "delivery.unstated": { count: 5 },
  "log.after-as-of": { count: 3, asOf: "2026-06-30 17:00", latestId: "2026-0412", latestAt: "2062-10-01 09:00" },
  "inspections.after-as-of": { count: 2, asOf: "2026-06-30 17:00" },
  "log.empty-sheet": { sheet: "案件登记", required: [COLUMN], examples: [COLUMN] },
  "log.no-header": { sheet: "案件登记", from: 1, to: 20, required: [COLUMN], examples: [COLUMN] },
  "log.missing-columns": { sheet: "案件登记", missing: [COLUMN], headerRow: 2 },
  "log.repeated-column": { column: "B", header: "受理日期", keptColumn: "C", keptHeader: "受理时间", field: COLUMN },
  "log.no-data-rows": { sheet: "案件登记" },
  "log.formulas-without-values": { sheet: "案件登记", count: 3, example: "B3" },
  "log.broken-shared-strings": { sheet: "案件登记", count: 1, example: "C4" },
  "input.unreadable-cells": { sheet: "小区", count: 2, example: "C4" },
  "log.yearless-received": {
    count: 2,
    year: 2026,
    why: { zh: "表中多数受理时间的年份", en: "the year most received times carry" },
  },
  "log.yearless-other": { count: 1 },
  "log.sheets-skipped": { notLog: ["小区", "巡检"], empty: ["冬雪城"], hidden: ["秋实苑"] },
  "log.sheets-read": { sheets: ["案件登记", "云岭"], rows: [3, 4], cases: [3, 3], rejected: [0, 1] },
  "log.generated-ids": { sheets: ["案件登记", "云岭"], example: "K-0001" },
  "log.seq-repeated": { sheet: "案件登记", seq: "三十", rows: [4, 5], example: "K-0001" },
  "log.unknown-value": {
    column: "受理时间",
    value: "很多",
    what: COLUMN,
    expected: [COLUMN],
    count: 7,
    sheets: ["案件登记", "案件登记", "云岭"],
    rows: [3, 5, 2],
    multi: 1,
  },
  "cell.kept": { reason: msg("communities.bad-households", { value: "很多" }), caseId: "K-0001" },
  "communities.rejected-row": { reason: msg("communities.bad-households", { value: "很多" }) },
  "communities.no-name-column": { sheet: "小区" },
  "communities.no-company-column": { sheet: "小区" },
  "communities.bad-households": { value: "很多" },
  "communities.sheet-missing": { count: 3 },
  "communities.unknown-company": { name: "冬雪城", count: 2 },
  "communities.unknown-households": { name: "秋实苑", count: 1 },
  "inspections.rejected-row": { reason: msg("communities.bad-households", { value: "很多" }) },
  "inspections.no-date-column": { sheet: "巡检" },
  "inspections.company-unknown": { row: 6, community: "云岭" },
  "settings.unknown-repeat-key": { key: "星期" },
  "settings.repeat-days": { value: "三十", max: 365, kept: 30 },
  "settings.no-keyword-rule": {},
  "settings.not-a-category": { key: "星期" },
  "settings.no-keywords": { key: "星期" },
  "settings.unknown-kpi": { key: "星期" },
  "settings.split-follow-up": { key: "回访率" },
  "settings.bad-annual-rule": { value: "三十" },
  "settings.unknown-year-end-key": { key: "星期" },
  "settings.unknown-grade": { key: "星期" },
  "settings.bad-weight": { value: "三十", kept: 30 },
  "settings.bad-rate-target": { value: "三十" },
  "settings.bad-amount-target": { value: "三十" },
  "settings.grade-d": {},
  "settings.bad-threshold": { value: "三十" },
  "settings.zero-weights": {},
  "settings.band-order": { a: 90, b: 80, c: 70 },
  "settings.contact-pattern": { value: "三十", example: "LXD-{YYYY}-{NNNN}" },
  "settings.error": { cell: "设置!C12", detail: msg("holidays.no-dates", { year: 2027 }) },
  "holidays.no-dates": { year: 2027 },
  "holidays.missing": { years: [2027, 2028] },
  "settings.time-zone": { value: "北京", kept: "Asia/Shanghai" },
  "settings.close-day": { value: "三十", kept: 5 },
  "settings.value-map-key": { key: "抖音" },
  "settings.value-map-value": {
    value: "很多",
    field: COLUMN,
    allowed: [
      { zh: "投诉", en: "Complaint" },
      { zh: "维修", en: "Repair" },
    ],
  },
  "settings.in-key": { key: "整改", detail: msg("settings.yes-no", { value: "很多" }) },
  "settings.yes-no": { value: "很多" },
  "settings.hours-blank": {},
  "settings.hours-unreadable": { part: "三十" },
  "settings.hours-backwards": { part: "17:00-08:30" },
  "settings.hours-overlap": {},
  "settings.unknown-hours-key": { key: "星期" },
  "settings.holiday-not-date": { key: "星期", year: 2026 },
  "settings.holiday-other-year": { key: "2027-01-01", year: 2026, section: "巡检" },
  "settings.holiday-kind": { value: "很多" },
  "settings.never-open": {},
  "settings.rule-key": { key: "整改" },
  "settings.not-a-date-column": { value: "很多", columns: [COLUMN] },
  "settings.not-a-clock": { value: "很多", clocks: [{ zh: "自然日", en: "calendar-days" }] },
  "settings.bad-share": { value: "很多" },
  "settings.new-rule-lacks": { rule: "K-0001", keys: [COLUMN] },
  "settings.rule-kept": { detail: msg("settings.limit-positive", {}), isNew: 1 },
  "settings.rule-needs-due": { rule: { zh: "整改", en: "rectify" } },
  "settings.rule-needs-start": { rule: { zh: "整改", en: "rectify" } },
  "settings.rule-start-is-stop": { rule: { zh: "整改", en: "rectify" } },
  "settings.limit-unit-clock": { unit: { zh: "天", en: "days" }, clock: { zh: "自然小时", en: "calendar-hours" } },
  "settings.limit-working-clock": { clock: { zh: "自然小时", en: "calendar-hours" } },
  "settings.limit-whole-days": {},
  "settings.limit-minutes": {},
  "settings.condition-unreadable": { clause: "很多" },
  "settings.condition-empty": { clause: "很多" },
  "settings.condition-major": { value: "很多" },
  "settings.condition-value": { value: "很多", key: "整改" },
  "settings.limit-unreadable": { value: "很多" },
  "settings.limit-positive": {},
  "settings.limit-unit": { unit: "很多" },
  "settings.unknown-delivery-key": { key: "很多" },
  "settings.no-written-kind": {},
  "settings.unknown-pause-key": { key: "很多" },
  "settings.pause-unknown-rule": { value: "整改" },
  "settings.pause-absolute-rule": { rule: { zh: "约定时间完成", en: "Complete by agreed time" } },
  "settings.pause-cap": { value: "很多" },
};

const ALL: Message[] = (Object.keys(CATALOG) as MessageId[]).map((id) => ({ id, params: EXAMPLES[id] }) as Message);
/** The example parameters' own text (sheet and community names, cell values) is the clerk's: left out of the scan. */
const DATA = [
  "案件登记",
  "受理日期",
  "受理时间",
  "很多",
  "小区",
  "冬雪城",
  "秋实苑",
  "巡检",
  "云岭",
  "设置!C12",
  "K-0001",
  "星期",
  "三十",
  "LXD-{YYYY}-{NNNN}",
  "暂停记录",
  "整改",
  "天气",
  "业主原因",
  "等待材料",
  "回访率",
  "Asia/Shanghai",
  "北京",
  "抖音",
  "2027-01-01",
  "10月32日",
  "10月3日",
  "完成时间",
  "传达室转交",
];
const withoutData = (text: string): string => DATA.reduce((t, d) => t.split(d).join(""), text);

describe("message catalog", () => {
  it("has an example for every message and nothing else", () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(CATALOG).sort());
  });

  it.each(ALL.map((m) => [m.id, m] as const))("%s: Chinese is full-width and has no Latin words", (_, m) => {
    // Excel is named as Chinese Excel names itself (在 Excel 中); no other Latin word.
    const zh = withoutData(say(m, "zh")).replace(/ Excel /g, "");
    // A time of day keeps its colon (17:00), as Chinese text writes it.
    expect(zh.replace(/\d:\d\d/g, "")).not.toMatch(/[,:;()!?]/);
    expect(zh).not.toMatch(/[A-Za-z]{2,}/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(ALL.map((m) => [m.id, m] as const))("%s: English has no Chinese", (_, m) => {
    const en = withoutData(say(m, "en"));
    expect(en).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(en).toMatch(/[A-Za-z]{3,}/);
  });

  it("renders nested messages, terms and lists in the outer message's language", () => {
    const m = msg("row.problem", {
      row: 7,
      column: "户数",
      detail: msg("communities.bad-households", { value: "很多" }),
    });
    expect(say(m, "zh")).toBe("第 7 行 户数：“很多” 不是有效户数（应为不小于 0 的整数），户数按空计");
    expect(say(m, "en")).toBe(
      'Row 7, 户数: "很多" is not a number of households (a whole number, 0 or more); left blank',
    );
    expect(say(msg("holidays.missing", { years: [2027, 2028] }), "zh")).toMatch(/^2027、2028 年没有法定节假日数据/);
    expect(say(msg("holidays.missing", { years: [2027, 2028] }), "en")).toMatch(
      /^No official holiday data for 2027, 2028:/,
    );
  });

  it("shows an unknown id as it is rather than failing", () => {
    expect(say({ id: "not.in-catalog", params: {} } as unknown as Message, "en")).toBe("not.in-catalog");
  });
});
