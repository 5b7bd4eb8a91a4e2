/**
 * Every report of the sample in both languages — the month, the year and a property company's pack — says
 * what Casebook writes in that language only: no Chinese in an English report, no English word and no ASCII
 * punctuation in a Chinese one. The clerk's own data is excepted (names, descriptions, the values of the log)
 * and so are the per-row reasons of the data-issues sheet, which are Chinese (a known gap, said in the README).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/pipeline";
import { buildCompanyPack, buildReport, packCompanies } from "../../../src/core/report";
import type { SheetDoc } from "../../../src/core/output/sheet-doc";
import { SAMPLE_AS_OF, SAMPLE_PATH } from "../../../src/host/sample";
import { readXlsx } from "../../../src/workbook/xlsx";

const a = analyze(readXlsx(new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", SAMPLE_PATH)))), {
  asOf: SAMPLE_AS_OF,
});

/** Words of the clerk's data, longest first, removed from a text before it is judged. */
const data = [
  ...new Set(
    [
      ...a.cases.flatMap((c) => [c.propertyCompany, c.community, c.customer, c.unit, c.description, c.notes]),
      ...a.communities.flatMap((c) => [c.name, c.propertyCompany]),
      ...a.inspections.flatMap((i) => [i.community, i.propertyCompany, i.item, i.problem]),
    ].filter((s): s is string => typeof s === "string" && s.trim().length > 0),
  ),
].sort((x, y) => y.length - x.length);
const dataSet = new Set(data);
/** Names a text may quote: companies, communities, the center's own problem types (Settings 分类关键词). */
const names = [
  ...new Set(
    [
      ...a.cases.flatMap((c) => [c.propertyCompany, c.community, c.status]),
      ...a.communities.map((c) => c.name),
      ...a.keywordRules.map((r) => r.subcategory),
      ...a.cases.map((c) => (c as { subcategory?: string | null }).subcategory),
    ].filter((c): c is string => typeof c === "string" && c.length > 0),
  ),
].sort((x, y) => y.length - x.length);
const withoutData = (s: string): string => {
  let t = s;
  for (const c of names) t = t.split(c).join("");
  // Numbers Casebook gives a form (工作联系单 LXD-2026-0001) are ids, not words.
  return t.replace(/\b[A-Z]{2,}-\d{4}-\d+\b/g, "");
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
      // Cells in columns of Casebook's own words (statuses, rules, categories, explanations…), not the log's text.
      const own = t.columns.map(
        (c) => c.kind === "text" && !LOG_TEXT_HEADERS.has(c.header) && !ROW_REASON_HEADERS.has(c.header),
      );
      if (/^(Issues|Data)/.test(t.name)) continue;
      for (const r of t.rows) r.forEach((v, j) => own[j] && typeof v === "string" && add(v));
    }
  }
  return out;
}

/** Columns of per-row reasons (a cell's fault, why a deadline cannot be judged): Chinese only for now. */
const ROW_REASON_HEADERS = new Set(["原因", "Reason"]);

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
  "Value",
  "工作表",
  "Sheet",
  "维修单位",
  "Contractor",
]);

const reports = (lang: "zh" | "en") => [
  ...buildReport(a, { month: "2026-10" }, { lang }),
  ...buildReport(a, { year: 2026 }, { lang }),
  ...buildCompanyPack(a, "2026-10", packCompanies(a, "2026-10")[0], { lang }),
];

describe("the sample's reports speak one language", () => {
  it("English: no Chinese in what Casebook writes", () => {
    const bad = texts(reports("en")).filter((t) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(t.text));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("Chinese: no English word and no ASCII punctuation in what Casebook writes", () => {
    const bad = texts(reports("zh")).filter((t) => {
      const s = t.text
        .replace(/\d:\d\d/g, "")
        .replace(/§[\d.]+(, §[\d.]+)*/g, "")
        .replace(/\bKB\b|\bExcel\b/g, "");
      return /[A-Za-z]{2,}/.test(s) || /[,:;()!?]/.test(s);
    });
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
