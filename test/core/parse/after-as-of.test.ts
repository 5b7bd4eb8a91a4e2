/**
 * Nothing from the future: a case received after the as-of instant (a mistyped year, or a log judged at an
 * earlier instant than its last row) is a data issue with its row, never a case; no month after the as-of
 * gets a scorecard; an inspection dated later is left out with one warning.
 */
import { say } from "../../../src/core/messages";
import { analyze } from "../../../src/core/pipeline";
import { formatMinutes, parseIsoMinutes } from "../../../src/core/time";
import { input, LOG } from "../report/fixture";
import { logBook, workbook } from "./grid";
import { said } from "../../support/said";

const asOf = (s: string) => ({ asOf: parseIsoMinutes(s)! });

describe("cases and inspections after the as-of instant", () => {
  it("a mistyped year becomes a rejected row naming the row, the time and the as-of; the others are counted", () => {
    const a = analyze(
      logBook([
        ["K-1", "2026-06-02 09:00", "电话", "投诉"],
        ["K-2", "2062-06-03 10:00", "电话", "投诉"],
        ["K-3", "2026-06-29 16:00", "来访", "维修"],
      ]),
      asOf("2026-06-30T17:00"),
    );
    expect(a.cases.map((c) => c.id)).toEqual(["K-1", "K-3"]);
    expect(said(a.rejected)).toEqual([
      {
        row: 4,
        id: "K-2",
        sheet: "案件登记",
        column: "受理时间",
        value: "2062-06-03 10:00",
        afterAsOf: true,
        reason:
          "第 4 行 受理时间：2062-06-03 10:00 晚于数据截至时刻 2026-06-30 17:00，案件 K-2 未计入统计（年份是否写错？）",
      },
    ]);
    // Every row accounted for, on its sheet.
    expect(a.logSheets.map((s) => [s.dataRows, s.cases, s.rejectedRows])).toEqual([[3, 2, 1]]);
    const warning = a.warnings.find((w) => w.id === "log.after-as-of")!;
    expect(say(warning, "zh")).toBe(
      "1 件案件的受理时间晚于数据截至时刻 2026-06-30 17:00（最晚的是 K-2，2062-06-03 10:00），未计入统计，已列入数据问题；如是年份写错，请在案件登记表中改正。",
    );
    expect(say(warning, "en")).toBe(
      "1 case was received after the as-of instant 2026-06-30 17:00 (the latest, K-2, at 2062-06-03 10:00): not counted, and listed as data issues. If a year was mistyped, please correct it in the case log.",
    );
    // No scorecard for 2062, no compliance entry for the case.
    expect(a.compliance.some((e) => e.caseId === "K-2")).toBe(false);
  });

  it("a case received at the as-of minute is counted; one a minute later is not", () => {
    const a = analyze(
      logBook([
        ["M-1", "2026-06-30 17:00", "电话", "投诉"],
        ["M-2", "2026-06-30 17:01", "电话", "投诉"],
      ]),
      asOf("2026-06-30T17:00"),
    );
    expect(a.cases.map((c) => c.id)).toEqual(["M-1"]);
    expect(a.rejected.map((r) => r.row)).toEqual([4]);
  });

  it("a log over several sheets names the sheet of the later case and keeps each sheet's account", () => {
    const header = ["编号", "受理时间", "来源渠道", "类别"];
    const a = analyze(
      workbook({
        "10月": [header, ["A-1", "2026-10-03 09:00", "电话", "投诉"]],
        "11月": [header, ["B-1", "2026-11-03 09:00", "电话", "投诉"], ["B-2", "2026-11-20 09:00", "电话", "维修"]],
      }),
      asOf("2026-11-10T12:00"),
    );
    expect(a.cases.map((c) => c.id)).toEqual(["A-1", "B-1"]);
    expect(a.rejected.map((r) => [r.sheet, r.row, said(r.reason).startsWith("“11月”第 3 行 受理时间：")])).toEqual([
      ["11月", 3, true],
    ]);
    expect(a.logSheets.map((s) => [s.name, s.cases, s.rejectedRows])).toEqual([
      ["10月", 1, 0],
      ["11月", 1, 1],
    ]);
  });

  it("no period after the as-of gets figures, and a later inspection is left out with one warning", () => {
    // The fixture runs to November 2026, with an inspection on 2026-10-10; judged on 2026-10-09.
    const a = analyze(input(LOG), asOf("2026-10-09T12:00"));
    const months = [...new Set(a.scorecards.monthly.map((m) => m.month))];
    expect(months.every((m) => m <= "2026-10")).toBe(true);
    expect(a.cases.every((c) => formatMinutes(c.receivedAt.at) <= "2026-10-09T12:00")).toBe(true);
    expect(a.inspections).toEqual([]);
    expect(a.warnings.filter((w) => w.id === "inspections.after-as-of").map((w) => say(w, "zh"))).toEqual([
      "巡检记录中有 1 条日期晚于数据截至时刻 2026-10-09 12:00，未计入考核。",
    ]);
    const whole = analyze(input(LOG), asOf("2026-12-31T17:00"));
    const later = whole.cases.filter((c) => formatMinutes(c.receivedAt.at) > "2026-10-09T12:00").length;
    expect(later).toBeGreaterThan(0);
    expect(a.rejected.filter((r) => said(r.reason).includes("晚于数据截至时刻"))).toHaveLength(later);
  });
});
