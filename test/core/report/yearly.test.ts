/** The year-end report of the fixture log, and what differs from a monthly one; empty periods. */
import { buildReport, headlineKpis, reportFileName } from "../../../src/core/report";
import { analyze } from "../../../src/core/pipeline";
import { parseIsoMinutes } from "../../../src/core/time";
import { analysis, AS_OF, input, LOG } from "./fixture";
import { figure, row, sheet, table } from "./helpers";

const a = analysis();
const zh = buildReport(a, { year: 2026 }, { lang: "zh" });

describe("year-end report", () => {
  const s = sheet(zh, "摘要");

  test("the same sheets, titled for the year", () => {
    const month = buildReport(a, { month: "2026-10" }, { lang: "zh" }).map((d) => d.name);
    expect(zh.map((d) => d.name)).toEqual([...month.slice(0, 2), "年终考核", "质保金台账", ...month.slice(2)]);
    expect(s.title).toBe("客服中心年度报告 2026年");
    expect(s.subtitle?.[0]).toBe("统计期间：2026-01-01 至 2026-12-31（按受理时间）");
    expect(buildReport(a, { year: 2026 }, { lang: "en" })[0].title).toBe(
      "Customer Service Center — year-end report, 2026",
    );
  });

  test("this year against last year: two comparison columns, no same-month figure", () => {
    // 2026: C1–C8 and C10 (row 14's second C10 is rejected); 2025: C9.
    expect(figure(s, "本年受理").value).toBe(9);
    expect(figure(s, "上年受理")).toMatchObject({ value: 1, note: "同比 +800.0%" });
    expect(s.figures?.some((f) => f.label === "去年同月受理")).toBe(false);
    expect(table(s, "Summary_ByCategory").columns.map((c) => c.header)).toEqual(["类别", "本年", "上年"]);
    expect(table(s, "Summary_ByCategory").rows).toEqual([
      ["投诉", 3, 1],
      ["维修", 3, 0],
      ["日常", 2, 0],
      ["建议", 1, 0],
    ]);
    expect(table(s, "Summary_ComplaintsByCompany").rows).toEqual([
      ["金辉物业", 3, 1],
      ["安居物业", 0, 0],
    ]);
  });

  test("open and overdue at the year's end (as-of, being earlier)", () => {
    // Received by 12-31 17:00 and not completed: C2, C4, C5, C6, C10; completed but still waiting for
    // an overdue follow-up call: C3, C9.
    expect(figure(s, "年末未办结")).toMatchObject({ value: 7, note: "截至 2026-12-31 17:00" });
    expect(figure(s, "年末未办结").value).toBeGreaterThanOrEqual(figure(s, "年末逾期").value as number);
  });

  test("recurring problems of the year against last year", () => {
    // 保洁: C1, C2 (2026), C9 (2025). Then single ones, by name.
    const rows = table(s, "Summary_Problems").rows;
    expect(rows[0]).toEqual(["保洁", 2, 1, "阳光花园 2"]);
    // 收费 C5, 渗漏 C3, 电梯 C10, 绿化 C7, 门窗 C8: one each, the first four by code order; top five in all.
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["保洁", 2, 1],
      ["收费", 1, 0],
      ["渗漏", 1, 0],
      ["电梯", 1, 0],
      ["绿化", 1, 0],
    ]);
  });

  test("cases by month and category, as stacked columns and a trend line", () => {
    const t = table(s, "Summary_ByMonth");
    expect(t.columns.map((c) => c.header)).toEqual(["月份", "投诉", "维修", "日常", "建议", "合计"]);
    expect(t.rows.length).toBe(12);
    expect(row(t, "9月")).toMatchObject({ 投诉: 1, 维修: 1, 合计: 2 });
    expect(row(t, "10月")).toMatchObject({ 投诉: 2, 维修: 1, 日常: 2, 建议: 1, 合计: 6 });
    expect(row(t, "11月")).toMatchObject({ 维修: 1, 合计: 1 });
    expect(row(t, "1月").合计).toBe(0);
    expect(s.charts.filter((c) => c.table === "Summary_ByMonth")).toEqual([
      {
        kind: "stacked-column",
        title: "每月案件（按类别）",
        table: "Summary_ByMonth",
        categoryColumn: 0,
        seriesColumns: [1, 2, 3, 4],
      },
      { kind: "line", title: "每月案件总量", table: "Summary_ByMonth", categoryColumn: 0, seriesColumns: [5] },
    ]);
  });

  test("scorecards of the year with change against last year, and each company's monthly scores as a trend", () => {
    const sc = sheet(zh, "物业考核");
    const companies = table(sc, "Scorecard_Companies");
    expect(companies.columns[4].header).toBe("较上年（分）");
    const yearly = a.scorecards.yearly.filter((y) => y.year === 2026);
    const last = a.scorecards.yearly.filter((y) => y.year === 2025);
    for (const y of yearly) {
      const r = row(companies, y.company, 1);
      expect(r).toMatchObject({ 排名: y.rank, 得分: y.score });
      const before = last.find((l) => l.company === y.company)?.score ?? null;
      expect(r["较上年（分）"]).toBe(
        y.score === null || before === null ? null : Math.round((y.score - before) * 10) / 10,
      );
    }
    const trend = table(sc, "Scorecard_Trend");
    expect(trend.columns.map((c) => c.header)).toEqual(["月份", ...companies.rows.map((r) => r[1])]);
    expect(trend.rows.map((r) => r[0])).toEqual([
      "1月",
      "2月",
      "3月",
      "4月",
      "5月",
      "6月",
      "7月",
      "8月",
      "9月",
      "10月",
      "11月",
      "12月",
    ]);
    for (const [j, c] of trend.columns.entries()) {
      if (j === 0) continue;
      expect(trend.rows.map((r) => r[j])).toEqual(yearly.find((y) => y.company === c.header)!.monthlyScores);
    }
    // October's monthly score sits in the trend.
    const oct = a.scorecards.monthly.find((m) => m.month === "2026-10" && m.company === "金辉物业")!;
    expect(row(trend, "10月").金辉物业).toBe(oct.score);
    expect(sc.charts).toEqual([
      {
        kind: "column",
        title: "物业公司考核得分",
        table: "Scorecard_Companies",
        categoryColumn: 1,
        seriesColumns: [2],
      },
      {
        kind: "line",
        title: "物业公司月度得分趋势",
        table: "Scorecard_Trend",
        categoryColumn: 0,
        seriesColumns: [1, 2],
      },
    ]);
  });

  test("registers and exceptions of the whole year", () => {
    const ids = ["投诉登记簿", "维修登记簿", "日常登记簿", "建议登记簿"].flatMap((n) =>
      sheet(zh, n).tables[0].rows.map((r) => r[0]),
    );
    expect(ids.sort()).toEqual(["C1", "C10", "C2", "C3", "C4", "C5", "C6", "C7", "C8"]);
    expect(table(sheet(zh, "时限合规"), "Compliance_Exceptions").rows.some((r) => r[0] === "C9")).toBe(false);
  });
});

describe("year-end assessment and warranty ledger", () => {
  test("per company: annual score, grade, reward (none unless set), the mean and the twelve monthly scores", () => {
    const sheetDoc = sheet(zh, "年终考核");
    const t = table(sheetDoc, "YearEnd_Assessment");
    expect(t.columns.slice(0, 6).map((c) => c.header)).toEqual([
      "排名",
      "物业公司",
      "年度得分",
      "等级",
      "奖惩",
      "月均分",
    ]);
    const yearly = a.scorecards.yearly.filter((y) => y.year === 2026);
    expect(t.rows).toHaveLength(yearly.length);
    for (const y of yearly) {
      const r = t.rows.find((x) => x[1] === y.company)!;
      expect(r.slice(6)).toEqual(y.monthlyScores);
      expect([r[0], r[2], r[4]]).toEqual([y.rank, y.score, "无"]);
      const scored = y.monthlyScores.filter((v): v is number => v !== null);
      expect(r[5]).toBe(
        scored.length === 0 ? null : Math.round((scored.reduce((p, q) => p + q, 0) / scored.length) * 10) / 10,
      );
    }
  });

  test("ledger: cases not completed by the agreed date and the warranty withheld, by responsible unit and month", () => {
    const ledger = sheet(zh, "质保金台账");
    const cases = table(ledger, "YearEnd_WarrantyCases");
    const late = a.compliance.filter(
      (e) => e.rule === "agreed-completion" && (e.status === "breached" || e.status === "overdue"),
    );
    const inYear = new Set(
      a.cases
        .filter(
          (c) =>
            c.receivedAt.at >= parseIsoMinutes("2026-01-01T00:00")! &&
            c.receivedAt.at < parseIsoMinutes("2027-01-01T00:00")!,
        )
        .map((c) => c.id),
    );
    expect(cases.rows.map((r) => r[0]).sort()).toEqual(
      late
        .filter((e) => inYear.has(e.caseId))
        .map((e) => e.caseId)
        .sort(),
    );
    const byUnit = table(ledger, "YearEnd_Warranty");
    expect(byUnit.rows.reduce((n, r) => n + (r[2] as number), 0)).toBe(cases.rows.length);
  });
});

describe("the year-end assessment under the center's Settings", () => {
  const withSettings = (rows: string[][]) => {
    const inp = input();
    inp.sheets.push({
      name: "设置",
      values: [["分类 Section", "项目 Key", "值 Value"], ...rows],
      firstRow: 1,
      firstColumn: 1,
    });
    return analyze(inp, { asOf: parseIsoMinutes(AS_OF)! });
  };
  test("the rule and each grade's reward or penalty are stated, on each company's line and in a table of grades", () => {
    const a2 = withSettings([
      ["年终考核", "年度得分", "月均分"],
      ["年终考核", "奖惩 A 优秀", "奖励 5000 元"],
      ["年终考核", "奖惩 D 不合格", "约谈，扣减服务费 2%"],
    ]);
    expect(a2.warnings.filter((w) => w.id === "settings.error")).toEqual([]);
    const doc = sheet(buildReport(a2, { year: 2026 }, { lang: "zh" }), "年终考核");
    expect(doc.subtitle).toContain("年度得分：各月得分的平均（设置“年终考核 / 年度得分”为月均分）；等级与排名按此得分");
    const t = table(doc, "YearEnd_Assessment");
    for (const y of a2.scorecards.yearly.filter((c) => c.year === 2026)) {
      const r = t.rows.find((x) => x[1] === y.company)!;
      // The annual score is the mean of the months (the 月均分 column beside it).
      expect(r[2]).toBe(r[5]);
      expect(r[4]).toBe(y.grade === "A" ? "奖励 5000 元" : y.grade === "D" ? "约谈，扣减服务费 2%" : "无");
    }
    expect(table(doc, "YearEnd_Rewards").rows).toEqual([
      ["≥ 90", "A 优秀", "奖励 5000 元"],
      ["≥ 80", "B 良好", "无"],
      ["≥ 70", "C 合格", "无"],
      ["< 70", "D 不合格", "约谈，扣减服务费 2%"],
    ]);
  });

  test("without Settings: the year's KPIs, no reward or penalty for any grade", () => {
    const doc = sheet(zh, "年终考核");
    expect(doc.subtitle?.some((l) => l.startsWith("年度得分：全年各项指标合并计算"))).toBe(true);
    expect(table(doc, "YearEnd_Rewards").rows.map((r) => r[2])).toEqual(["无", "无", "无", "无"]);
  });
});

describe("the warranty ledger's units", () => {
  const log = (rows: (string | number)[][]) =>
    analyze(
      {
        date1904: false,
        sheets: [
          {
            name: "案件登记",
            values: [
              [
                "编号",
                "受理时间",
                "小区",
                "类别",
                "事项内容",
                "责任单位",
                "约定完成时间",
                "完成时间",
                "质保金扣留(元)",
                "维修单位",
              ],
              ...rows,
            ],
            firstRow: 1,
            firstColumn: 1,
          },
        ],
      },
      { asOf: parseIsoMinutes("2026-12-31T17:00")! },
    );
  test("a contractor named in 维修单位 is the unit its withheld warranty counts under; without one, the 责任单位", () => {
    const a2 = log([
      [
        "W1",
        "2026-03-01 09:00",
        "阳光花园",
        "维修",
        "外墙渗水",
        "维修单位",
        "2026-03-10",
        "2026-03-15 10:00",
        2000,
        "青岛宏达建筑工程有限公司",
      ],
      [
        "W2",
        "2026-03-02 09:00",
        "阳光花园",
        "维修",
        "屋面漏雨",
        "维修单位",
        "2026-03-12",
        "2026-03-20 10:00",
        1500,
        "青岛宏达建筑工程有限公司",
      ],
      ["W3", "2026-04-02 09:00", "翠湖苑", "维修", "门窗变形", "工程部", "2026-04-05", "2026-04-09 10:00", 500, ""],
      // Completed in time: no entry.
      [
        "W4",
        "2026-04-03 09:00",
        "翠湖苑",
        "维修",
        "地漏堵塞",
        "维修单位",
        "2026-04-10",
        "2026-04-08 10:00",
        "",
        "青岛永安防水公司",
      ],
    ]);
    expect(a2.cases.find((c) => c.id === "W1")!.contractor).toBe("青岛宏达建筑工程有限公司");
    expect(a2.cases.find((c) => c.id === "W3")!.contractor ?? "").toBe("");
    const ledger = sheet(buildReport(a2, { year: 2026 }, { lang: "zh" }), "质保金台账");
    expect(table(ledger, "YearEnd_Warranty").rows).toEqual([
      ["工程部", "4月", 1, 500],
      ["青岛宏达建筑工程有限公司", "3月", 2, 3500],
    ]);
    expect(ledger.subtitle).toContain("责任单位取登记表“维修单位”列所填的单位；未填时取“责任单位”列");
    const en = sheet(buildReport(a2, { year: 2026 }, { lang: "en" }), "Warranty ledger");
    expect(table(en, "YearEnd_Warranty").rows.map((r) => r[0])).toEqual(["Engineering", "青岛宏达建筑工程有限公司"]);
  });
});

describe("an empty period", () => {
  test.each([{ month: "2027-03" }, { month: "2020-01" }, { year: 2030 }] as const)(
    "%o: every sheet, zero counts, empty rates, no chart over nothing",
    (period) => {
      const all = buildReport(a, period, { lang: "zh" });
      const yearOnly = ["年终考核", "质保金台账"];
      for (const d of all.filter((x) => yearOnly.includes(x.name)))
        // Nothing assessed or withheld; the grades and their rewards are Settings, not data of the period.
        for (const t of d.tables) if (!t.name.endsWith("YearEnd_Rewards")) expect(t.rows).toEqual([]);
      const docs = all.filter((d) => !yearOnly.includes(d.name));
      expect(docs.map((d) => d.name)).toEqual([
        "摘要",
        "物业考核",
        "时限合规",
        "投诉登记簿",
        "维修登记簿",
        "日常登记簿",
        "建议登记簿",
        "数据问题",
      ]);
      const s = docs[0];
      expect(s.figures?.[0].value).toBe(0);
      for (const f of s.figures ?? []) if (f.kind === "percent") expect(f.value).toBeNull();
      for (const d of docs.slice(3, 7)) expect(d.tables[0].rows).toEqual([]);
      expect(table(docs[2], "Compliance_Exceptions").rows).toEqual([]);
      for (const d of docs) expect(d.charts).toEqual([]);
      // The log's own problems are still reported.
      expect(table(docs[7], "Issues_Rejected").rows.length).toBe(2);
    },
  );

  test("a month right after data: last month's figures still compare", () => {
    // December 2026 has no case; November had C10.
    const s = buildReport(a, { month: "2026-12" }, { lang: "zh" })[0];
    expect(figure(s, "本月受理").value).toBe(0);
    expect(figure(s, "上月受理")).toMatchObject({ value: 1, note: "环比 -100.0%" });
  });
});

describe("comparisons the log does not reach", () => {
  // Without C9 the log starts in September 2026: October 2025 and the year 2025 have no data, not 0 cases.
  const b = analysis(LOG.filter((r) => r.编号 !== "C9"));

  test("a month: same month last year is empty, last month still counts", () => {
    const s = buildReport(b, { month: "2026-10" }, { lang: "zh" })[0];
    expect(figure(s, "上月受理")).toMatchObject({ value: 2, note: "环比 +200.0%" });
    expect(figure(s, "去年同月受理")).toMatchObject({ value: null, note: "无数据" });
    expect(figure(s, "投诉").note).toBe("上月 1；去年同月 无数据");
    expect(row(table(s, "Summary_ByCategory"), "投诉")).toEqual({ 类别: "投诉", 本月: 2, 上月: 1, 去年同月: null });
    expect(headlineKpis(b, { month: "2026-10" }, "zh")[0]).toEqual({
      label: "受理案件",
      value: "6（上月 2，去年同月 无数据）",
    });
    expect(s.charts.find((c) => c.table === "Summary_ComplaintsByCompany")?.seriesColumns).toEqual([1, 2]);
  });

  test("a year: last year is empty", () => {
    const s = buildReport(b, { year: 2026 }, { lang: "zh" })[0];
    expect(figure(s, "上年受理")).toMatchObject({ value: null, note: "无数据" });
    expect(table(s, "Summary_Problems").rows[0]).toEqual(["保洁", 2, null, "阳光花园 2"]);
  });
});

describe("file names and periods", () => {
  test("by period and language", () => {
    expect(reportFileName({ month: "2026-10" }, "zh")).toBe("客服中心月报-2026-10.xlsx");
    expect(reportFileName({ year: 2026 }, "zh")).toBe("客服中心年度报告-2026.xlsx");
    expect(reportFileName({ month: "2026-10" }, "en")).toBe("customer-service-monthly-report-2026-10.xlsx");
    expect(reportFileName({ year: 2026 }, "en")).toBe("customer-service-year-end-report-2026.xlsx");
  });

  test("a malformed period is refused", () => {
    for (const month of ["2026-13", "2026-1", "October"])
      expect(() => buildReport(a, { month }, { lang: "zh" })).toThrow(RangeError);
    for (const year of [26, 2026.5, NaN]) expect(() => reportFileName({ year }, "zh")).toThrow(RangeError);
  });
});
