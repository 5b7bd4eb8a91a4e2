import {
  checkPauses,
  clockSpanText,
  defaultDeadlineConfig,
  evaluateCompliance,
  explainEntry,
  instantWords,
  type ExplainStep,
  type Explanation,
} from "../../../src/core/deadlines";
import type { Pause } from "../../../src/core/model";
import { at, makeCase, type CaseSpec } from "./make-case";

const config = defaultDeadlineConfig();

function explain(spec: CaseSpec, rule: string, asOf: string, pauses: Pause[] = []): Explanation {
  const c = makeCase(spec);
  const checked = checkPauses(pauses, [c], config, at(asOf));
  const e = evaluateCompliance([c], config, at(asOf), { pauses: checked.byCase }).find((x) => x.rule === rule);
  if (!e) throw new Error(`no ${rule} entry`);
  return explainEntry(e, c, { config, asOf: at(asOf), pauses: checked.byCase });
}
type Step<K extends ExplainStep["step"]> = Extract<ExplainStep, { step: K }>;
const step = <K extends ExplainStep["step"]>(x: Explanation, k: K): Step<K> =>
  x.steps.find((s): s is Step<K> => s.step === k)!;

describe("lateness as a person writes it, in the rule's unit", () => {
  it("days and hours for a day rule, decimal working hours for the 8-hour rule", () => {
    expect(clockSpanText(2 * 1440 + 3 * 60, "calendar-days")).toEqual({ zh: "2 天 3 小时", en: "2 days 3 hours" });
    // 57.9 days: 57 days and 21.6 hours, written 57 天 22 小时.
    expect(clockSpanText(57.9 * 1440, "calendar-days").zh).toBe("57 天 22 小时");
    expect(clockSpanText(210, "working-hours")).toEqual({ zh: "3.5 个工作小时", en: "3.5 working hours" });
    expect(clockSpanText(60, "working-hours").en).toBe("1 working hour");
    expect(clockSpanText(1440 + 30, "working-days")).toEqual({ zh: "1 个工作日 1 小时", en: "1 working day 1 hour" });
    expect(clockSpanText(23 * 60 + 40, "calendar-days")).toEqual({ zh: "1 天", en: "1 day" });
    expect(clockSpanText(20, "calendar-days")).toEqual({ zh: "不到 1 小时", en: "under 1 hour" });
    expect(clockSpanText(1, "working-hours").zh).toBe("不到 0.1 个工作小时");
    // A stop on a Saturday after a working-day due: none of the clock's time, said in its unit.
    expect(clockSpanText(0, "working-days")).toEqual({ zh: "0 个工作日", en: "0 working days" });
    expect(clockSpanText(0, "working-hours").zh).toBe("0 个工作小时");
  });

  it("the end of a day is that day's 24:00, not the next day's 00:00", () => {
    expect(instantWords(at("2026-10-11T00:00"))).toEqual({ zh: "10月10日 24:00", en: "10 Oct 24:00" });
    expect(instantWords(at("2026-10-11T00:00"), false)).toEqual({ zh: "10月11日 00:00", en: "11 Oct 00:00" });
    expect(instantWords(at("2026-01-01T00:00"), true, 2026).zh).toBe("2025年12月31日 24:00");
  });
});

describe("an explanation names the days it skipped and counted", () => {
  it("design-issue over the National Day holiday: 国庆节 and the weekend skipped, 调休上班 counted", () => {
    // Notified Tue 29 Sep 2026; 3 working days: 30 Sep, then 1–7 Oct off (国庆节), 8 Oct Thu, 9 Oct Fri → due 9 Oct 24:00.
    const x = explain(
      {
        responsible: "design",
        notifiedAt: "2026-09-29T10:00",
        designIssuedAt: "2026-10-12T09:00",
        receivedAt: "2026-09-29T09:00",
      },
      "design-issue",
      "2026-10-20T12:00",
    );
    const days = step(x, "days").days;
    expect(days[0]).toMatchObject({ date: "2026-09-29", startDay: true, counted: [["10:00", "24:00"]], minutes: 840 });
    expect(days.find((d) => d.date === "2026-10-01")).toMatchObject({
      kind: "skipped",
      name: { zh: "国庆节" },
      minutes: 0,
    });
    expect(days.map((d) => d.kind).filter((k) => k === "working").length).toBe(4);
    expect(step(x, "due").text.zh).toBe("10月9日 24:00");
    expect(step(x, "limit")).toMatchObject({ value: 3, minutes: 3 * 1440 + 840, startDayMinutes: 840 });
    // 10 Oct (Sat) is 调休上班 and 12 Oct 09:00 is the stop: late by 10 Oct whole and 12 Oct 9 h.
    expect(step(x, "verdict")).toMatchObject({ status: "breached", late: { zh: "1 个工作日 9 小时" } });
    expect(x.text.zh).toContain("不计 10月1日至10月7日 国庆节");
    expect(x.text.zh).toContain("期限 10月9日 24:00");
    expect(x.text.zh).toContain("超时 1 个工作日 9 小时");
    expect(x.text.en).toContain("skipping 1 Oct to 7 Oct National Day");
    expect(x.text.en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("the 8-hour rule counts the center's opening stretches day by day", () => {
    // Friday 16:30: Fri 16:30–17:00, Sat 09:00–16:30 (weekend hours) → due Sat 16:30.
    const x = explain(
      { receivedAt: "2026-10-16T16:30", notifiedAt: "2026-10-19T10:00" },
      "notify-property",
      "2026-10-20T09:00",
    );
    const days = step(x, "days").days;
    expect(days.map((d) => [d.date, d.counted, d.name?.zh])).toEqual([
      ["2026-10-16", [["16:30", "17:00"]], undefined],
      ["2026-10-17", [["09:00", "16:30"]], "周六"],
    ]);
    expect(step(x, "verdict").late).toEqual({ zh: "10 个工作小时", en: "10 working hours" });
  });

  it("pauses are subtracted day by day and the due moves by what they covered", () => {
    const pause: Pause = {
      row: 2,
      caseId: "",
      rule: null,
      from: at("2026-10-14T00:00"),
      to: at("2026-10-16T00:00"),
      reason: "业主出差",
    };
    const c: CaseSpec = { id: "P1", notifiedAt: "2026-10-12T09:00", completedAt: "2026-10-20T10:00" };
    const x = explain(c, "rectify", "2026-10-25T00:00", [{ ...pause, caseId: "P1" }]);
    expect(step(x, "pauses")).toMatchObject({ minutes: 2 * 1440, text: { zh: "2 天" } });
    const days = step(x, "days").days;
    expect(days.reduce((s, d) => s + d.paused, 0)).toBe(2 * 1440);
    expect(step(x, "due").text.zh).toBe("10月19日 24:00");
    expect(step(x, "verdict")).toMatchObject({ status: "breached", late: { zh: "10 小时" } });
  });

  it("a verbal delivery leaves the clock running and says so", () => {
    const x = explain(
      { receivedAt: "2026-10-14T09:00", notifiedAt: "2026-10-14T10:00", deliveryKind: "电话" },
      "notify-property",
      "2026-10-16T09:00",
    );
    expect(step(x, "stop")).toMatchObject({ counted: false, delivery: "verbal", deliveryKind: "电话" });
    expect(x.text.zh).toContain("口头送达，未书面");
    expect(x.text.zh).toContain("已逾期");
  });

  it("an unknown entry says what is missing in both languages", () => {
    const x = explain({ category: "complaint", notifiedAt: null }, "rectify", "2026-12-01T00:00");
    expect(x.text.zh).toContain("送达时间未填");
    expect(x.text.en).toContain("Notified is blank");
  });
});
