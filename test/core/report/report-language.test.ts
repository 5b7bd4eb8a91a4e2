/**
 * Every report in both languages — the month, the year and a property company's pack — says what Casebook
 * writes in that language only: no Chinese in an English report, no English word and no ASCII punctuation in a
 * Chinese one. That holds for the per-row reasons too (rejected rows, cell issues, why a deadline cannot be
 * judged, a delivery not in writing), of the sample and of a log made of bad cells. The clerk's own data is
 * excepted: names, descriptions, the log's sheet names, column headers and values, as written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../../src/core/analysis";
import { say, type Message } from "../../../src/core/messages";
import type { CellValue, WorkbookInput } from "../../../src/core/model";
import { analyze } from "../../../src/core/pipeline";
import { buildCompanyPack, buildReport, packCompanies } from "../../../src/core/report";
import type { SheetDoc } from "../../../src/core/output/sheet-doc";
import { parseIsoMinutes } from "../../../src/core/time";
import { SAMPLE_AS_OF, SAMPLE_PATH } from "../../../src/host/sample";
import { readXlsx } from "../../../src/workbook/xlsx";

const sample = analyze(readXlsx(new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", SAMPLE_PATH)))), {
  asOf: SAMPLE_AS_OF,
});

/** What the clerk wrote that a reason may quote: the rows' columns and values (cut as reasons cut them), sheets. */
function clerkWords(a: Analysis): string[] {
  return [
    ...[...a.rejected, ...a.cellIssues].flatMap((r) => [
      r.column,
      r.value,
      r.value.length > 40 ? r.value.slice(0, 40) + "…" : r.value,
      r.sheet,
    ]),
    ...(a.logSheets ?? []).flatMap((s) => [s.name, ...s.columns.map((c) => c.header)]),
  ].filter((w): w is string => typeof w === "string" && w.trim().length > 0);
}

/** The texts of an analysis' reports that Casebook writes, with the clerk's data (and `extra` words) left out. */
function judgeOf(a: Analysis, extra: readonly string[] = []) {
  const dataSet = new Set(
    [
      ...a.cases.flatMap((c) => [c.propertyCompany, c.community, c.customer, c.unit, c.description, c.notes]),
      ...a.communities.flatMap((c) => [c.name, c.propertyCompany]),
      ...a.inspections.flatMap((i) => [i.community, i.propertyCompany, i.item, i.problem]),
    ].filter((s): s is string => typeof s === "string" && s.trim().length > 0),
  );
  /** Names a text may quote, longest first: companies, communities, problem types, the clerk's words. */
  const names = [
    ...new Set(
      [
        ...a.cases.flatMap((c) => [c.propertyCompany, c.community, c.status]),
        ...a.communities.map((c) => c.name),
        ...a.keywordRules.map((r) => r.subcategory),
        ...a.cases.map((c) => (c as { subcategory?: string | null }).subcategory),
        ...clerkWords(a),
        ...extra,
      ].filter((c): c is string => typeof c === "string" && c.length > 0),
    ),
  ].sort((x, y) => y.length - x.length);
  const withoutData = (text: string): string => {
    // Numbers Casebook gives a form (工作联系单 LXD-2026-0001) are ids, not words.
    let t = text.replace(/\b[A-Z]{2,}-\d{4}-\d+\b/g, "");
    for (const c of names) t = t.split(c).join("");
    return t;
  };

  /** Texts Casebook writes: titles, lines, labels, captions, headers, chart titles, and its own cells. */
  function texts(docs: readonly SheetDoc[]): { sheet: string; text: string }[] {
    const out: { sheet: string; text: string }[] = [];
    for (const d of docs) {
      const add = (text: string | undefined | null) => {
        if (text && !dataSet.has(text)) out.push({ sheet: d.name, text: withoutData(text) });
      };
      add(d.name);
      add(d.title);
      (d.subtitle ?? []).forEach(add);
      for (const f of d.figures ?? []) {
        add(f.label);
        add(f.note);
        if (typeof f.value === "string") add(f.value);
      }
      for (const c of d.charts) add(c.title);
      for (const t of d.tables) {
        add(t.caption);
        t.columns.forEach((c) => add(c.header));
        // Cells in columns of Casebook's own words (statuses, rules, reasons, explanations…), not the log's text.
        const own = t.columns.map((c) => c.kind === "text" && !LOG_TEXT_HEADERS.has(c.header));
        for (const r of t.rows) r.forEach((v, j) => own[j] && typeof v === "string" && add(v));
      }
    }
    return out;
  }
  return { texts, withoutData };
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
/** Chinese text that has strayed into English: an English word or ASCII punctuation. */
const notChinese = (text: string): boolean => {
  const s = text
    .replace(/\d:\d\d/g, "")
    .replace(/§[\d.]+(, §[\d.]+)*/g, "")
    .replace(/\bKB\b|\bExcel\b/g, "")
    // A list of row numbers (所在行 4718, 4719) is the rows' own numbers, as the log's row header shows them.
    .replace(/^\d+(, \d+)+$/, "");
  return /[A-Za-z]{2,}/.test(s) || /[,:;()!?]/.test(s);
};

/** Columns holding the clerk's own text (as written in the log), in either language. */
const LOG_TEXT_HEADERS = new Set([
  "编号",
  "Case ID",
  "客户姓名",
  "Customer",
  "联系电话",
  "Phone",
  "小区",
  "Community",
  "房号",
  "Unit",
  "事项内容",
  "Description",
  "备注",
  "Notes",
  "物业公司",
  "Property company",
  "检查项目",
  "Item",
  "问题描述",
  "Problem",
  "原值",
  "值",
  "Value",
  "列",
  "Column",
  "工作表",
  "Sheet",
  "维修单位",
  "Contractor",
]);

const reports = (a: Analysis, month: string, year: number, lang: "zh" | "en"): SheetDoc[] => [
  ...buildReport(a, { month }, { lang }),
  ...buildReport(a, { year }, { lang }),
  ...packCompanies(a, month)
    .slice(0, 1)
    .flatMap((company) => buildCompanyPack(a, month, company, { lang })),
];

describe("the sample's reports speak one language", () => {
  const { texts } = judgeOf(sample);

  it("has rejected rows, cell issues and entries that cannot be judged to read", () => {
    expect(sample.rejected.length).toBeGreaterThan(0);
    expect(sample.cellIssues.length).toBeGreaterThan(0);
    expect(sample.compliance.some((e) => e.status === "unknown" && e.reason !== undefined)).toBe(true);
  });

  it("English: no Chinese in what Casebook writes", () => {
    const bad = texts(reports(sample, "2026-10", 2026, "en")).filter((t) => CJK.test(t.text));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("Chinese: no English word and no ASCII punctuation in what Casebook writes", () => {
    const bad = texts(reports(sample, "2026-10", 2026, "zh")).filter((t) => notChinese(t.text));
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

/** A workbook of bad cells, one of each kind a clerk makes, on every sheet Casebook reads. */
const LOG_HEADER = [
  "编号",
  "受理时间",
  "来源渠道",
  "小区",
  "类别",
  "事项内容",
  "责任单位",
  "重大质量问题",
  "送达时间",
  "送达方式",
  "完成时间",
  "回访时间",
  "满意度",
  "质保金扣留",
];
type LogRow = Partial<Record<(typeof LOG_HEADER)[number], CellValue>>;
const complaint: LogRow = { 小区: "阳光花园", 类别: "投诉", 事项内容: "楼道灯不亮", 责任单位: "物业公司" };
const LOG_ROWS: LogRow[] = [
  { ...complaint, 编号: "B1", 受理时间: "2026-10-03 09:00", 送达时间: "2026-10-32 10:00" }, // impossible date
  { ...complaint, 编号: "B2", 受理时间: "2026-10-04 09:00", 类别: "维修", 完成时间: "10:15" }, // a time alone
  { ...complaint, 编号: "B3", 受理时间: "2026-10-05 09:00", 来源渠道: "抖音" }, // a word no mapping knows
  { ...complaint, 编号: "B4", 受理时间: "2026-10-05 10:00", 满意度: "很好", 重大质量问题: "也许", 质保金扣留: "-300" },
  { 编号: "合计", 受理时间: "12 件" }, // a totals row
  { ...complaint, 编号: "B6", 受理时间: "2062-10-03 09:00" }, // after the as-of: a mistyped year
  { ...complaint, 编号: "B7", 受理时间: "10月32日" },
  { ...complaint, 编号: "", 受理时间: "2026-10-06 09:00" },
  { ...complaint, 编号: "B1", 受理时间: "2026-10-07 09:00" }, // a repeated number
  { ...complaint, 编号: "B10", 受理时间: "#N/A" },
  { ...complaint, 编号: "B11", 受理时间: "2026-10-08 09:00", 送达时间: "2026-10-08 10:00", 送达方式: "电话" },
  { ...complaint, 编号: "B12", 受理时间: "2026-10-08 09:00", 送达时间: "2026-10-08 10:00", 送达方式: "传达室转交" },
  { ...complaint, 编号: "B13", 受理时间: "2026-10-09 09:00", 送达时间: "2026-10-01 10:00" }, // before received
  { ...complaint, 编号: "B14", 受理时间: "14:20" },
  { ...complaint, 编号: "B15", 受理时间: "2026-10-10 09:00", 送达时间: "2026-10-10 10:00", 完成时间: "2026-10-09" },
];
const sheet = (name: string, rows: CellValue[][]) => ({ name, values: rows, firstRow: 1, firstColumn: 1 });
const BAD: WorkbookInput = {
  date1904: false,
  sheets: [
    sheet("案件登记", [LOG_HEADER, ...LOG_ROWS.map((r) => LOG_HEADER.map((h) => r[h] ?? ""))]),
    sheet("小区", [
      ["小区", "物业公司", "户数"],
      ["阳光花园", "金辉物业", 500],
      ["合计", "", 500],
      ["", "金辉物业", 20],
      ["阳光花园", "金辉物业", 500],
      ["翠湖苑", "安居物业", "很多"],
    ]),
    sheet("巡检", [
      ["日期", "小区", "物业公司", "检查项目", "扣分"],
      ["2026-10-05", "阳光花园", "金辉物业", "绿化", 2],
      ["", "阳光花园", "金辉物业", "绿化", 1],
      ["2026-10-06", "阳光花园", "金辉物业", "保洁", "很多"],
      ["2026-10-07", "", "", "保洁", 1],
      ["合计", "", "", "", 4],
    ]),
    sheet("暂停记录", [
      ["编号", "规则", "暂停开始", "暂停结束", "原因"],
      ["", "", "2026-10-04 10:00", "", "业主不在家"],
      ["B2", "", "", "", "业主不在家"],
      ["B2", "", "2026-10-06 10:00", "2026-10-05 10:00", "业主不在家"],
      ["B2", "", "2026-10-06 10:00", "10月40日", "业主不在家"],
      ["B99", "", "2026-10-06 10:00", "2026-10-07 10:00", "业主不在家"],
    ]),
  ],
};
const bad = analyze(BAD, { asOf: parseIsoMinutes("2026-10-31T17:00") as number });
/** Every string the clerk typed, and the sheets' names: data a reason shows as written. */
const typed = BAD.sheets.flatMap((s) => [
  s.name,
  ...s.values.flat().filter((v): v is string => typeof v === "string" && v.trim() !== ""),
]);

/** Every reason and note of the analysis, as messages. */
const reasons = (a: Analysis): Message[] => [
  ...a.rejected.map((r) => r.reason),
  ...a.cellIssues.map((c) => c.reason),
  ...a.cases.flatMap((c) => Object.values(c.invalid)),
  ...a.compliance.flatMap((e) => [e.reason, e.note].filter((m): m is Message => m !== undefined)),
  ...a.warnings,
];
/** The message a row's problem carries (what is wrong, under where). */
const detailId = (m: Message): string =>
  m.id === "row.problem" && typeof m.params.detail === "object" ? m.params.detail.id : m.id;

describe("a log of bad cells: every reason in the reader's language", () => {
  const { texts, withoutData } = judgeOf(bad, typed);
  const all = reasons(bad);

  it("meets every kind of bad cell", () => {
    const ids = new Set([
      ...all.map(detailId),
      ...bad.warnings.flatMap((w) => ("reason" in w.params ? [detailId(w.params.reason as Message)] : [])),
    ]);
    for (const id of [
      "cell.bad-day",
      "cell.time-only",
      "cell.unknown-value",
      "cell.negative-amount",
      "cell.error-value",
      "cell.before-received",
      "row.totals",
      "log.blank-id",
      "log.duplicate-id",
      "log.received-after-as-of",
      "compliance.invalid",
      "compliance.stop-before-start",
      "delivery.verbal",
      "delivery.not-written",
      "communities.totals-row",
      "communities.blank-name",
      "communities.duplicate",
      "communities.bad-households",
      "inspections.blank-date",
      "inspections.bad-deduction",
      "inspections.no-community",
      "inspections.totals-row",
      "pauses.blank-id",
      "pauses.blank-start",
      "pauses.end-not-after-start",
      "pauses.not-applied",
    ])
      expect([id, ids.has(id)]).toEqual([id, true]);
  });

  it("says each one in English without Chinese, the clerk's words aside", () => {
    const bad = all.map((m) => say(m, "en")).filter((t) => CJK.test(withoutData(t)));
    expect(bad).toEqual([]);
  });

  it("says each one in Chinese with full-width punctuation and no English sentence", () => {
    for (const m of all) expect(say(m, "zh")).toMatch(/[\u4e00-\u9fff]/);
    const bad = all.map((m) => say(m, "zh")).filter((t) => notChinese(withoutData(t)));
    expect(bad).toEqual([]);
  });

  it("writes English reports without Chinese and Chinese reports without English, data-issue sheets included", () => {
    const en = texts(reports(bad, "2026-10", 2026, "en"));
    expect(en.some((t) => t.text.includes("is not a valid date (October 2026 has 31 days)"))).toBe(true);
    expect(en.filter((t) => CJK.test(t.text)).slice(0, 10)).toEqual([]);
    const zh = texts(reports(bad, "2026-10", 2026, "zh"));
    expect(zh.some((t) => t.text.includes("不是有效（2026年10月只有 31 天）"))).toBe(true);
    expect(zh.filter((t) => notChinese(t.text)).slice(0, 10)).toEqual([]);
  });
});
