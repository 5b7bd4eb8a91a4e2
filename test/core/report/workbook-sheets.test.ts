/** The sheets Casebook owns in the clerk's workbook: whole log, unmasked, prefixed names, live exceptions. */
import { buildReport, buildWorkbookSheets } from "../../../src/core/report";
import { analysis, LOG } from "./fixture";
import { column, row, sheet, table } from "./helpers";

const a = analysis();
const zh = buildWorkbookSheets(a, "zh");

test("four registers, compliance and scorecards, prefixed CB-", () => {
  expect(zh.map((d) => d.name)).toEqual([
    "CB-投诉登记簿",
    "CB-维修登记簿",
    "CB-日常登记簿",
    "CB-建议登记簿",
    "CB-时限合规",
    "CB-物业考核",
  ]);
  expect(buildWorkbookSheets(a, "en").map((d) => d.name)).toEqual([
    "CB-Complaints register",
    "CB-Repairs register",
    "CB-Routine register",
    "CB-Suggestions register",
    "CB-Compliance",
    "CB-Scorecards",
  ]);
  expect(zh[0].title).toBe("投诉登记簿");
  expect(zh[0].subtitle).toEqual(["全部登记案件：10 件", "数据截至：2026-12-31 17:00（进行中的时限按此时刻判断）"]);
});

test("registers hold every case of the log exactly once, as logged (the workbook is the center's own)", () => {
  const ids = zh.slice(0, 4).flatMap((d) => column(d.tables[0], "编号"));
  expect(ids.sort()).toEqual(a.cases.map((c) => c.id).sort());
  expect(row(zh[0].tables[0], "C1")).toMatchObject({ 客户姓名: "王小明", 联系电话: "13812345678" });
  expect(zh[0].subtitle).not.toContain("客户电话与姓名已脱敏");
});

test("compliance over the whole log, with what is about to fall due", () => {
  const all = table(sheet(zh, "CB-时限合规"), "CB_Compliance_Exceptions");
  // C9's follow-up (2025) is overdue too: in the workbook, not in October's report.
  expect(all.rows.some((r) => r[0] === "C9" && r[6] === "已逾期")).toBe(true);
  // At 10-16 10:00, C4 (received 10-15 11:00) has used 6.5 of its 8 working hours: due soon.
  const early = analysis(undefined, "2026-10-16T10:00");
  const live = table(buildWorkbookSheets(early, "zh")[4], "CB_Compliance_Exceptions");
  expect(live.rows.filter((r) => r[6] === "即将到期").map((r) => [r[0], r[2]])).toEqual([
    ["C4", "8小时内书面送达物业"],
  ]);
  const report = table(
    sheet(buildReport(early, { month: "2026-10" }, { lang: "zh" }), "时限合规"),
    "Compliance_Exceptions",
  );
  expect(report.rows.some((r) => r[6] === "即将到期")).toBe(false);
});

test("scorecards: the as-of year with its trend, and every monthly scorecard", () => {
  const s = sheet(zh, "CB-物业考核");
  expect(s.tables.map((t) => t.name)).toEqual(["CB_Scorecard_Year", "CB_Scorecard_Trend", "CB_Scorecard_Monthly"]);
  const year = table(s, "CB_Scorecard_Year");
  expect(year.rows.map((r) => r[1]).sort()).toEqual(
    a.scorecards.yearly
      .filter((y) => y.year === 2026)
      .map((y) => y.company)
      .sort(),
  );
  const monthly = table(s, "CB_Scorecard_Monthly");
  expect(monthly.rows.length).toBe(a.scorecards.monthly.length);
  const oct = a.scorecards.monthly.find((m) => m.month === "2026-10" && m.company === "安居物业")!;
  const r = monthly.rows.find((x) => x[0] === "2026-10" && x[2] === "安居物业")!;
  expect(r.slice(0, 6)).toEqual(["2026-10", oct.rank, "安居物业", oct.score, "D 不合格", oct.change]);
  expect(s.charts.map((c) => [c.kind, c.table])).toEqual([
    ["column", "CB_Scorecard_Year"],
    ["line", "CB_Scorecard_Trend"],
  ]);
});

test("a log without cases: empty, chartless registers and compliance; inspections alone still score", () => {
  const empty = analysis([]);
  const docs = buildWorkbookSheets(empty, "zh");
  expect(docs.length).toBe(6);
  for (const d of docs.slice(0, 5)) {
    expect(d.charts).toEqual([]);
    for (const t of d.tables) if (t.name !== "CB_Compliance_ByRule") expect(t.rows).toEqual([]);
  }
  // The October inspection of 阳光花园 (2 points) is the only data: 金辉物业 scored on it alone.
  const year = table(docs[5], "CB_Scorecard_Year");
  expect(row(year, "金辉物业", 1)).toMatchObject({
    巡检扣分: 2,
    "巡检扣分 分子/分母": "2/1",
    整改及时率: null,
    满意率: null,
  });
});

test("a register's date column shows dates alone when the clerk wrote them without a time (due at that day's 24:00, not its 00:00)", () => {
  const kind = (docs: ReturnType<typeof buildWorkbookSheets>, header: string) =>
    docs[0].tables[0].columns.find((c) => c.header === header)!.kind;
  expect(kind(zh, "完成时间")).toBe("datetime");
  // Every complaint's 完成时间 a date alone: the column holds dates; the same day as the log says.
  const dated = LOG.map((r) =>
    r.类别 === "投诉" && typeof r.完成时间 === "string" ? { ...r, 完成时间: r.完成时间.slice(0, 10) } : r,
  );
  const docs = buildWorkbookSheets(analysis(dated), "zh");
  expect(kind(docs, "完成时间")).toBe("date");
  // C1 completed 2026-10-05 10:00; written 2026-10-05, it is that day.
  expect(row(docs[0].tables[0], "C1").完成时间).toBe((row(zh[0].tables[0], "C1").完成时间 as number) - 10 * 60);
  // Another register keeps its times; so does the compliance sheet's due column (a date cannot show 24:00).
  expect(kind(docs.slice(1), "完成时间")).toBe("datetime");
  expect(
    table(sheet(docs, "CB-时限合规"), "CB_Compliance_Exceptions").columns.find((c) => c.header === "到期时间")!.kind,
  ).toBe("datetime");
});
