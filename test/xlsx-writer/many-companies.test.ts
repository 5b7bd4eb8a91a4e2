/**
 * A year report of a log with 2,001 property companies: parts bigger than the zip sink's piece buffer come
 * out whole and well-formed, and no chart holds more series than Excel can draw.
 */
import type { CellValue, WorkbookInput } from "../../src/core/model";
import { MAX_CHART_SERIES } from "../../src/core/output/sheet-doc";
import { analyze } from "../../src/core/pipeline";
import { buildReport } from "../../src/core/report";
import { parseIsoMinutes } from "../../src/core/time";
import { writeWorkbook } from "../../src/xlsx-writer";
import { nodeDeflateRaw } from "../../src/xlsx-writer/node-deflate";
import { all, checkWellFormed, parseXml, unzipParts } from "./package-helpers";

const COMPANIES = 2001;
const HEADER = ["编号", "受理时间", "小区", "类别", "事项内容", "责任单位", "物业公司", "完成时间"];

function log(): WorkbookInput {
  const rows: CellValue[][] = [HEADER];
  const communities: CellValue[][] = [["小区", "物业公司", "户数"]];
  for (let i = 0; i < COMPANIES; i++) {
    const company = `第${i + 1}物业服务有限公司`;
    const community = `小区${i + 1}`;
    communities.push([community, company, 100 + i]);
    // One complaint each in March and in September, one of them late, so every company has scores.
    rows.push([
      `A${i}`,
      "2026-03-02 09:00",
      community,
      "投诉",
      "楼道积水无人处理",
      "物业公司",
      company,
      "2026-03-04 10:00",
    ]);
    rows.push([
      `B${i}`,
      "2026-09-01 09:00",
      community,
      "投诉",
      "电梯故障",
      "物业公司",
      company,
      i % 3 === 0 ? "" : "2026-09-02 10:00",
    ]);
  }
  return {
    date1904: false,
    sheets: [
      { name: "案件登记", values: rows, firstRow: 1, firstColumn: 1 },
      { name: "小区", values: communities, firstRow: 1, firstColumn: 1 },
    ],
  };
}

describe("a year report over 2,001 property companies", () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    const analysis = analyze(log(), { asOf: parseIsoMinutes("2026-12-31T17:00")! });
    expect(new Set(analysis.scorecards.yearly.map((y) => y.company)).size).toBe(COMPANIES);
    const bytes = await writeWorkbook(buildReport(analysis, { year: 2026 }, { lang: "zh" }), {
      lang: "zh",
      deflateRaw: nodeDeflateRaw,
    });
    parts = unzipParts(bytes);
  }, 120_000);

  it("has every XML part well-formed, including those larger than the sink's 1 MB pieces", () => {
    const xml = [...parts].filter(([name]) => /\.(xml|rels)$/.test(name));
    expect(xml.some(([, text]) => text.length > 1 << 20)).toBe(true);
    for (const [name, text] of xml) {
      try {
        checkWellFormed(text);
      } catch (e) {
        throw new Error(`${name}: ${(e as Error).message}`);
      }
    }
  });

  it("draws no chart with more series than Excel allows; the trend shows the best and says so", () => {
    const charts = [...parts].filter(([name]) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts.length).toBeGreaterThan(0);
    const counts = charts.map(([, text]) => all(parseXml(text), "c:ser").length);
    expect(Math.max(...counts)).toBe(MAX_CHART_SERIES);
    const trend = charts.find(([, text]) => text.includes("物业公司月度得分趋势"));
    expect(trend?.[1]).toContain(`（得分前 ${MAX_CHART_SERIES} 家，共 ${COMPANIES} 家）`);
  });
});
