/**
 * The October 2026 report of the fixture log (fixture.ts), through the real pipeline. Expected values are
 * worked by hand from the log rows; the comments show the working.
 */
import { buildReport, headlineKpis } from "../../../src/core/report";
import { KPI_DEFINITIONS } from "../../../src/core/scorecard";
import { parseIsoMinutes } from "../../../src/core/time";
import { analyze } from "../../../src/core/pipeline";
import { AS_OF, analysis, input } from "./fixture";
import { column, figure, row, sheet, table } from "./helpers";

const a = analysis();
const zh = buildReport(a, { month: "2026-10" }, { lang: "zh" });
const at = (s: string) => parseIsoMinutes(s)!;

describe("monthly report — sheets", () => {
  test("summary, scorecards, compliance, the four registers and data issues, in that order", () => {
    expect(zh.map((d) => d.name)).toEqual([
      "摘要",
      "物业考核",
      "时限合规",
      "投诉登记簿",
      "维修登记簿",
      "日常登记簿",
      "建议登记簿",
      "数据问题",
    ]);
    const en = buildReport(a, { month: "2026-10" }, { lang: "en" });
    expect(en.map((d) => d.name)).toEqual([
      "Summary",
      "Scorecards",
      "Compliance",
      "Complaints register",
      "Repairs register",
      "Routine register",
      "Suggestions register",
      "Data issues",
    ]);
  });

  test("title, period, as-of and data notes", () => {
    const s = sheet(zh, "摘要");
    expect(s.title).toBe("客服中心月报 2026年10月");
    expect(s.subtitle).toEqual([
      "统计期间：2026-10-01 至 2026-10-31（按受理时间）",
      // October closed on 11-05 at 24:00: the report is October as known then, whatever day it is made.
      "数据截至：2026-11-06 00:00（进行中的时限按此时刻判断）",
      "月结：已结（2026-11-05 24:00 结账，本月数字按结账时点计算，不再变化）",
      // Row 13 has a bad date, row 14 repeats C10: two rows, one duplicate id.
      "数据说明：拒收 2 行，重复编号 1 个，警告 0 条（详见“数据问题”）",
      "客户电话与姓名已脱敏",
    ]);
    expect(sheet(zh, "物业考核").title).toBe("物业考核 2026年10月");
  });
});

describe("monthly report — summary", () => {
  const s = sheet(zh, "摘要");

  test("cases this month against last month and the same month last year", () => {
    // October: C1–C6; September: C7, C8; October 2025: C9.
    expect(figure(s, "本月受理").value).toBe(6);
    expect(figure(s, "上月受理")).toMatchObject({ value: 2, note: "环比 +200.0%" });
    expect(figure(s, "去年同月受理")).toMatchObject({ value: 1, note: "同比 +500.0%" });
    expect(figure(s, "投诉")).toMatchObject({ value: 2, note: "上月 1；去年同月 1" });
    expect(figure(s, "日常")).toMatchObject({ value: 2, note: "上月 0；去年同月 0" });
  });

  test("on-time rate per rule with its working; a rule without data is empty, not 0 %", () => {
    // notify-property: C1 met, C2 breached (due 10-09 14:30, notified 15:00), C4 overdue → 1/3.
    expect(figure(s, "按时率：8小时内书面送达物业")).toMatchObject({ value: 1 / 3, kind: "percent", note: "1/3" });
    // follow-up: C1 met, C3 overdue → 1/2. rectify: C1 met, C2 overdue (C4 unknown stays out) → 1/2.
    expect(figure(s, "按时率：处理后回访")).toMatchObject({ value: 0.5, note: "1/2" });
    expect(figure(s, "按时率：物业整改")).toMatchObject({ value: 0.5, note: "1/2" });
    expect(figure(s, "按时率：物业转交3日内回复")).toMatchObject({ value: null, note: "无数据" });
  });

  test("open and overdue at month end, follow-up and satisfaction", () => {
    // Open at 10-31 24:00: C2, C4, C5, C6 not completed, and C3 and C9 completed but waiting for their
    // overdue follow-up call (C1 is done). Overdue then: C2 (rectify), C3 (follow-up), C4 (notify) and C9
    // (follow-up since 2025) — each of them open.
    expect(figure(s, "月末未办结")).toMatchObject({ value: 6, note: "截至 2026-10-31 24:00" });
    expect(figure(s, "月末逾期").value).toBe(4);
    // Completed in October: the complaint C1 (followed up) and the repair C3 (not), each under its own rate.
    expect(figure(s, "投诉回访率")).toMatchObject({ value: 1, kind: "percent", note: "1/1 · 已完成的投诉中已回访" });
    expect(figure(s, "维修回访率")).toMatchObject({ value: 0, kind: "percent", note: "0/1 · 已完成的维修中已回访" });
    // Answered: C1 满意.
    expect(figure(s, "满意率")).toMatchObject({ value: 1 });
  });

  test("counts by category, channel, responsible party and community, with totals rows", () => {
    const cat = table(s, "Summary_ByCategory");
    expect(cat.columns.map((c) => c.header)).toEqual(["类别", "本月", "上月", "去年同月"]);
    expect(cat.rows).toEqual([
      ["投诉", 2, 1, 1],
      ["维修", 1, 1, 0],
      ["日常", 2, 0, 0],
      ["建议", 1, 0, 0],
    ]);
    expect(cat.totals).toBe(true);
    expect(row(table(s, "Summary_ByChannel"), "电话")).toMatchObject({ 本月: 4, 上月: 2, 去年同月: 1 });
    const resp = table(s, "Summary_ByResponsible");
    expect(row(resp, "物业公司")).toMatchObject({ 本月: 3, 上月: 1, 去年同月: 1 });
    expect(row(resp, "（未填）")).toMatchObject({ 本月: 2, 上月: 0 });
    expect(table(s, "Summary_ByCommunity").rows).toEqual([
      ["阳光花园", 3, 1, 1],
      ["翠湖苑", 3, 1, 0],
    ]);
  });

  test("complaints by property company, every scored company listed", () => {
    expect(table(s, "Summary_ComplaintsByCompany").rows).toEqual([
      ["金辉物业", 2, 1, 1],
      ["安居物业", 0, 0, 0],
    ]);
  });

  test("top recurring problems with where they came up", () => {
    // 垃圾 (C1, C2) → 保洁; 物业费 (C5) → 收费; 漏水 (C3) → 渗漏; 快递柜 (C4) → 配套设施. September had none of these.
    expect(table(s, "Summary_Problems").rows).toEqual([
      ["保洁", 2, 0, "阳光花园 2"],
      ["收费", 1, 0, "阳光花园 1"],
      ["渗漏", 1, 0, "翠湖苑 1"],
      ["配套设施", 1, 0, "翠湖苑 1"],
    ]);
  });

  test("charts: category mix, complaints by company, on-time rate by rule", () => {
    expect(s.charts).toEqual([
      { kind: "doughnut", title: "案件类别构成", table: "Summary_ByCategory", categoryColumn: 0, seriesColumns: [1] },
      {
        kind: "column",
        title: "各物业公司投诉量",
        table: "Summary_ComplaintsByCompany",
        categoryColumn: 0,
        seriesColumns: [1, 2, 3],
      },
      {
        kind: "bar",
        title: "各时限按时率",
        table: "Summary_OnTime",
        categoryColumn: 0,
        seriesColumns: [1],
        percentAxis: true,
      },
    ]);
  });
});

describe("monthly report — scorecards", () => {
  const s = sheet(zh, "物业考核");
  const t = table(s, "Scorecard_Companies");

  test("one row per company, best first, with score, grade, change", () => {
    expect(t.rows.map((r) => r.slice(0, 5))).toEqual(
      a.scorecards.monthly
        .filter((m) => m.month === "2026-10")
        .sort((x, y) => (x.rank ?? 99) - (y.rank ?? 99))
        .map((m) => [
          m.rank,
          m.company,
          m.score,
          m.grade === null ? "" : `${m.grade} ${{ A: "优秀", B: "良好", C: "合格", D: "不合格" }[m.grade]}`,
          m.change,
        ]),
    );
    expect(t.columns[3]).toMatchObject({ header: "等级", highlight: "grade" });
  });

  test("each company's KPIs explained: weight set and used, target, value, what was counted, KPI score, points", () => {
    for (const card of a.scorecards.monthly.filter((m) => m.month === "2026-10")) {
      const detail = s.tables.find((x) => x.caption === `${card.company}：各项指标`)!;
      expect(detail.columns.map((c) => c.header)).toEqual([
        "考核指标",
        "设定权重",
        "实际权重",
        "目标",
        "实际值",
        "计算依据",
        "指标得分",
        "得分",
        "说明",
      ]);
      let points = 0;
      for (const k of KPI_DEFINITIONS) {
        const r = row(detail, k.zh);
        expect(r.设定权重).toBe(k.defaultWeight);
        if (card.kpis[k.id].value === null) {
          expect(r).toMatchObject({ 实际值: "无数据", 实际权重: null, 得分: null });
          expect(r.说明).toContain("权重已按比例分给其余指标");
        } else points += r.得分 as number;
      }
      // The points add up to the composite (each rounded to one decimal).
      expect(Math.abs(points - (card.score as number))).toBeLessThan(0.5);
      expect(row(detail, "得分")).toMatchObject({ 得分: card.score });
    }
    // 金辉物业: C1, C2 are October's complaints of 500 households → 4 per 1,000; C2 repeats C1 → 1/2;
    // one inspection took 2 points.
    const jinhui = s.tables.find((x) => x.caption === "金辉物业：各项指标")!;
    expect(row(jinhui, "千户投诉量")).toMatchObject({ 实际值: "4", 计算依据: "2 件投诉 / 500 户 × 1000", 目标: "≤ 8" });
    expect(row(jinhui, "重复投诉率")).toMatchObject({
      实际值: "50%",
      计算依据: "1 件重复投诉 / 2 件投诉",
      目标: "≤ 5%",
    });
    expect(row(jinhui, "巡检扣分")).toMatchObject({
      实际值: "2 分",
      计算依据: "2 分 / 1 次检查",
      目标: "≤ 5 分",
      指标得分: 100,
    });
    // 安居物业 had no rectification decided in October (C4's is unknown): no data, its weight moved.
    const anju = s.tables.find((x) => x.caption === "安居物业：各项指标")!;
    expect(row(anju, "整改及时率")).toMatchObject({ 实际值: "无数据", 计算依据: "0 件按时整改 / 0 件已判定" });
    expect(row(anju, "整改及时率").说明).toMatch(/权重已按比例分给其余指标；1 件无法判断/);
    // The formula in one line, under the title.
    expect(s.subtitle).toContain(
      "综合得分 = Σ 实际权重 × 指标得分 ÷ 100；指标得分 = 实际 ÷ 目标 × 100（越高越好，最高 100）或 目标 ÷ 实际 × 100（越低越好，达标 100）；无数据的指标不计，其权重按比例分给其余指标",
    );
    expect(t.columns[4].header).toBe("环比（分）");
  });

  test("without a Communities sheet the scorecard says so, and the weight moves", () => {
    const full = input();
    const noCommunities = { ...full, sheets: full.sheets.filter((x) => x.name !== "小区") };
    const b = analyze(noCommunities, { asOf: parseIsoMinutes(AS_OF)! });
    const sc = sheet(buildReport(b, { month: "2026-10" }, { lang: "zh" }), "物业考核");
    expect(sc.subtitle).toContain("未提供“小区”表：千户投诉量无数据，其设定权重 10 已按比例分给其余指标");
    expect(s.subtitle?.some((l) => l.includes("未提供"))).toBe(false);
    for (const detail of sc.tables.filter((x) => x.name.startsWith("Scorecard_KPIs_"))) {
      expect(row(detail, "千户投诉量")).toMatchObject({ 实际值: "无数据", 实际权重: null });
      const used = detail.rows.map((r) => r[2]).filter((w): w is number => typeof w === "number");
      expect(Math.abs(used.reduce((x, y) => x + y, 0) - 100)).toBeLessThan(0.5);
    }
    const en = sheet(buildReport(b, { month: "2026-10" }, { lang: "en" }), "Scorecards");
    expect(en.subtitle).toContain(
      "No Communities sheet: Complaints per 1,000 households has no data; its weight of 10 is shared among the other KPIs",
    );
  });

  test("score by company chart, and no year-end trend in a monthly report", () => {
    expect(s.charts).toEqual([
      {
        kind: "column",
        title: "物业公司考核得分",
        table: "Scorecard_Companies",
        categoryColumn: 1,
        seriesColumns: [2],
      },
    ]);
    expect(s.tables.map((x) => x.name)).toEqual([
      "Scorecard_Companies",
      ...a.scorecards.monthly.filter((m) => m.month === "2026-10").map((_, i) => `Scorecard_KPIs_${i + 1}`),
    ]);
  });
});

describe("monthly report — compliance", () => {
  const s = sheet(zh, "时限合规");

  test("per-rule summary with rate, working and counts", () => {
    const t = table(s, "Compliance_ByRule");
    expect(row(t, "物业整改")).toMatchObject({
      条款: "§5.7.1",
      时限: "5 天",
      按时率: 0.5,
      按时: 1,
      已判定: 2,
      超时: 0,
      已逾期: 1,
      进行中: 0,
      无法判断: 1,
    });
    expect(row(t, "8小时内书面送达物业")).toMatchObject({ 时限: "8 工作小时", 按时率: 1 / 3, 超时: 1, 已逾期: 1 });
    expect(row(t, "按约定时间完成")).toMatchObject({ 时限: "约定日期当日", 按时率: null });
    expect(s.charts).toEqual([
      {
        kind: "bar",
        title: "各时限按时率",
        table: "Compliance_ByRule",
        categoryColumn: 0,
        seriesColumns: [3],
        percentAxis: true,
      },
    ]);
  });

  test("the exceptions of the month's cases: overdue, then breached, then unknown, with lateness in the rule's unit", () => {
    const t = table(s, "Compliance_Exceptions");
    expect(t.columns.map((c) => c.header)).toEqual([
      "编号",
      "行号",
      "时限规则",
      "起算时间",
      "到期时间",
      "完成时间",
      "状态",
      "超出",
      "责任单位",
      "物业公司",
      "说明",
    ]);
    const brief = t.rows.map((r) => [r[0], r[2], r[6], r[7]]);
    expect(brief).toEqual([
      // Notified 10-09 15:00 + 5 days → due 10-14 24:00; at October's close (11-05 24:00): 22 days late.
      ["C2", "物业整改", "已逾期", "22 天"],
      // Received 10-15 11:00, 8 working hours → due 10-16 11:30; never notified: 157.5 h late at the close.
      ["C4", "8小时内书面送达物业", "已逾期", "157.5 个工作小时"],
      ["C3", "处理后回访", "已逾期", "13 天"],
      // Received 10-08 14:00 → due 10-09 14:30 (3 h + 3.5 h + 1.5 h of center hours); notified 15:00.
      ["C2", "8小时内书面送达物业", "超时", "0.5 个工作小时"],
      ["C4", "物业整改", "无法判断", ""],
    ]);
    // Each row explained in one line: the due at the end of a day as that day's 24:00.
    const explained = column(t, "说明") as string[];
    expect(explained[0]).toBe(
      "物业整改（§5.7.1）：送达时间 10月9日 15:00 起算，时限 5 天（按自然日，起算日不计），期限 10月14日 24:00，完成时间未填，截至 11月5日 24:00 已逾期 22 天。",
    );
    // An undecidable deadline's reason is in its explanation, word for word (no column of its own).
    expect(explained[4]).toContain("无法判断——送达时间未填");
    const c2 = row(t, "C2");
    expect(c2).toMatchObject({
      行号: 4,
      起算时间: at("2026-10-09T15:00"),
      到期时间: at("2026-10-15T00:00"),
      完成时间: null,
      责任单位: "物业公司",
      物业公司: "金辉物业",
    });
    expect(t.columns.find((c) => c.header === "状态")?.highlight).toBe("status");
    expect(t.columns.find((c) => c.header === "超出")?.kind).toBe("text");
    // C9's follow-up is overdue too, but C9 was received in October 2025: not this report's.
    expect(t.rows.some((r) => r[0] === "C9")).toBe(false);
  });
});

describe("monthly report — registers", () => {
  const regs = ["投诉登记簿", "维修登记簿", "日常登记簿", "建议登记簿"].map((n) => sheet(zh, n).tables[0]);

  test("the month's cases, each in the register of its category, adding up to the month", () => {
    const ids = regs.map((t) => column(t, "编号"));
    expect(ids).toEqual([["C1", "C2"], ["C3"], ["C5", "C6"], ["C4"]]);
    expect(ids.flat().length).toBe(figure(sheet(zh, "摘要"), "本月受理").value);
  });

  test("fields, classification source, deadline statuses, follow-up and repeat flag", () => {
    const complaints = regs[0];
    const c1 = row(complaints, "C1");
    expect(c1).toMatchObject({
      行号: 3,
      受理时间: at("2026-10-03T09:00"),
      来源渠道: "电话",
      小区: "阳光花园",
      房号: "1-1-101",
      问题类型: "保洁",
      分类来源: "登记",
    });
    expect(c1).toMatchObject({
      回访时间: at("2026-10-06T10:00"),
      回访方式: "电话",
      已回访: "是",
      满意度: "满意",
      验证结果: "通过",
      重复投诉: "否",
    });
    const c2 = row(complaints, "C2");
    // Same unit and category as C1, five days later.
    expect(c2).toMatchObject({ 重复投诉: "是", 已回访: "否", 满意度: "" });
    expect(c2).toMatchObject({
      "8小时内书面送达物业": "超时",
      物业整改: "已逾期",
      处理后回访: "",
      最紧急时限状态: "已逾期",
    });
    expect(row(regs[2], "C6")).toMatchObject({ 分类来源: "关键词", 类别: "日常" });
    // Deadline columns: only the rules that apply to some case of the register.
    expect(complaints.columns.slice(-3).map((c) => c.header)).toEqual([
      "8小时内书面送达物业",
      "处理后回访",
      "物业整改",
    ]);
    // A register without deadlines ends with its notes; what prints comes first.
    expect(regs[2].columns.at(-1)?.header).toBe("备注");
    expect(complaints.columns.slice(0, 8).map((c) => c.header)).toEqual([
      "编号",
      "受理时间",
      "小区",
      "房号",
      "问题类型",
      "事项内容",
      "责任单位",
      "最紧急时限状态",
    ]);
    expect(complaints.columns.find((c) => c.header === "受理时间")?.kind).toBe("datetime");
  });

  test("customers masked by default: 138****5678, 王**, 王先生-style forms kept", () => {
    expect(row(regs[0], "C1")).toMatchObject({ 客户姓名: "王**", 联系电话: "138****5678" });
    expect(row(regs[0], "C2")).toMatchObject({
      客户姓名: "李*",
      联系电话: "0532-****4321",
      事项内容: "垃圾再次堆放，联系人 139 **** 4321",
    });
    expect(row(regs[1], "C3").备注).toBe("业主另一号码 136-****-2222，座机 0532 ****4321");
    expect(row(regs[2], "C5").客户姓名).toBe("赵先生");
    expect(row(regs[3], "C4").客户姓名).toBe("欧阳**");
  });

  test("masked: false keeps them as logged", () => {
    const open = buildReport(a, { month: "2026-10" }, { lang: "zh", masked: false });
    const t = sheet(open, "投诉登记簿").tables[0];
    expect(row(t, "C1")).toMatchObject({ 客户姓名: "王小明", 联系电话: "13812345678" });
    expect(row(t, "C2").事项内容).toBe("垃圾再次堆放，联系人 139 8765 4321");
    expect(sheet(open, "摘要").subtitle).not.toContain("客户电话与姓名已脱敏");
  });
});

describe("monthly report — data issues", () => {
  const s = sheet(zh, "数据问题");

  test("rejected rows, duplicates, unconfirmed classifications", () => {
    // Each table's long text (reason, description, warning) in column B, where it wraps; the short columns after it.
    for (const t of s.tables.filter((t) => t.columns.length > 2))
      expect({ table: t.name, header: t.columns[0].header, long: t.columns[1] }).toMatchObject({
        table: t.name,
        header: "行号",
        long: { kind: "text", wrap: true },
      });
    expect(table(s, "Issues_Rejected").columns.map((c) => c.header)).toEqual(["行号", "原因", "编号", "列", "值"]);
    expect(table(s, "Issues_Rejected").rows.map((r) => [r[0], ...r.slice(2)])).toEqual([
      [13, "", "受理时间", "不是日期"],
      [14, "", "编号", "C10"],
    ]);
    expect(table(s, "Issues_Duplicates").rows).toEqual([["C10", "12、14"]]);
    expect(table(s, "Issues_Unconfirmed").rows).toEqual([[8, "其他事情", "C6", at("2026-10-25T16:00"), "日常"]]);
    expect(table(s, "Issues_Warnings").rows).toEqual([]);
  });
});

describe("English", () => {
  const en = buildReport(a, { month: "2026-10" }, { lang: "en" });

  test("titles, headers, labels and figures in English", () => {
    const s = sheet(en, "Summary");
    expect(s.title).toBe("Customer Service Center — monthly report, October 2026");
    expect(s.subtitle?.[0]).toBe("Period: 2026-10-01 to 2026-10-31 (by date received)");
    expect(figure(s, "Cases this month").value).toBe(6);
    expect(figure(s, "Cases last month").note).toBe("month on month +200.0%");
    expect(figure(s, "Complaint").note).toBe("Last month 1; same month last year 1");
    expect(table(s, "Summary_ByCategory").rows[0]).toEqual(["Complaint", 2, 1, 1]);
    const reg = sheet(en, "Complaints register").tables[0];
    expect(reg.columns.slice(0, 3).map((c) => c.header)).toEqual(["Case No", "Received", "Community"]);
    expect(row(reg, "C2")).toMatchObject({
      "Repeat complaint": "Yes",
      "Most urgent deadline": "Overdue",
      Channel: "Visit",
    });
    const grade = a.scorecards.monthly.find((m) => m.month === "2026-10" && m.company === "金辉物业")!.grade!;
    expect(row(table(sheet(en, "Scorecards"), "Scorecard_Companies"), "金辉物业", 1).Grade).toBe(
      `${grade} ${{ A: "Excellent", B: "Good", C: "Pass", D: "Fail" }[grade]}`,
    );
    expect(row(table(sheet(en, "Compliance"), "Compliance_ByRule"), "Property rectification").Limit).toBe("5 days");
  });

  test("the same numbers as the Chinese report", () => {
    const numbers = (docs: typeof en) =>
      docs.map((d) =>
        d.tables.map((t) => t.rows.map((r) => r.map((c) => (typeof c === "number" || c === null ? c : "")))),
      );
    expect(numbers(en)).toEqual(numbers(zh));
  });
});

describe("headline KPIs", () => {
  test("the month in a few lines", () => {
    // The scores are the scorecard module's (tested there); the report shows them as they come.
    const ranked = a.scorecards.monthly.filter((x) => x.month === "2026-10").sort((x, y) => x.rank! - y.rank!);
    const card = (i: number) => {
      const m = ranked.at(i)!;
      return `${m.company} ${m.score}（${m.grade} ${{ A: "优秀", B: "良好", C: "合格", D: "不合格" }[m.grade!]}）`;
    };
    expect(headlineKpis(a, { month: "2026-10" }, "zh")).toEqual([
      { label: "受理案件", value: "6（上月 2，去年同月 1）" },
      { label: "投诉", value: "2（上月 1，去年同月 1）" },
      // All rules together: 1/3 + 1/2 + 1/2 → 3/7.
      { label: "时限按时率（全部规则）", value: "42.9%（3/7）" },
      { label: "期末未办结案件 / 有逾期时限的案件", value: "6 / 4" },
      { label: "投诉回访率", value: "100.0%（1/1）" },
      { label: "维修回访率", value: "0.0%（0/1）" },
      { label: "满意率", value: "100.0%（1/1）" },
      { label: "考核第一", value: card(0) },
      { label: "考核末位", value: card(-1) },
    ]);
    expect(headlineKpis(a, { year: 2026 }, "en")[0]).toEqual({ label: "Cases received", value: "9 (last year 1)" });
  });
});
