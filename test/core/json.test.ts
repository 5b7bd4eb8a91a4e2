import { analyze } from "../../src/core/pipeline";
import { jsonChunks, toJsonDocument } from "../../src/core/json";
import { parseIsoMinutes } from "../../src/core/time";
import type { WorkbookInput } from "../../src/core/model";

const header = ["编号", "受理时间", "来源渠道", "小区", "房号", "类别", "事项内容", "责任单位", "物业公司", "送达时间", "完成时间"];
function input(rows: (string | number)[][]): WorkbookInput {
  return { date1904: false, sheets: [{ name: "案件登记", firstRow: 1, firstColumn: 1, values: [header, ...rows] }] };
}

describe("the JSON document", () => {
  const asOf = parseIsoMinutes("2026-10-31T17:00")!;

  it("streams exactly the document toJsonDocument builds", () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [
      `K-${i}`,
      `2026-10-${String(1 + (i % 28)).padStart(2, "0")} 09:${String(i % 60).padStart(2, "0")}`,
      "电话",
      "海岸小区",
      `3-2-${500 + (i % 9)}`,
      i % 3 === 0 ? "投诉" : "",
      "卫生间渗水",
      "物业公司",
      "安居物业",
      i % 5 === 0 ? "" : "2026-10-29 10:00",
      i % 7 === 0 ? "10月32日" : "",
    ]);
    rows.push(["合计", "", "", "", "", "", "", "", "", "", ""]);
    const analysis = analyze(input(rows), { asOf });
    const pieces = [...jsonChunks(analysis)];
    const streamed = JSON.parse(pieces.join(""));
    expect(streamed).toEqual(toJsonDocument(analysis));
    // Pieces of a few tens of thousands of characters (each made and dropped young), however long the log.
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(40_000);
    expect(streamed.cases).toHaveLength(2500);
    expect(streamed.rejected).toHaveLength(1);
    expect(streamed.compliance.length).toBeGreaterThan(0);
    expect(streamed.warnings.some((w: string) => w.includes("10月32日"))).toBe(true);
  });

  it("gives rejected rows, unknown entries and notes in the chosen language, as strings", () => {
    const rows = [
      ["K-1", "2026-10-03 09:00", "电话", "海岸小区", "3-2-501", "维修", "卫生间渗水", "维修单位", "", "", "10月32日"],
      ["K-2", "2026-10-04 09:00", "电话", "海岸小区", "3-2-502", "投诉", "噪音", "物业公司", "安居物业", "", ""],
      ["合计", "", "", "", "", "", "", "", "", "", ""],
    ];
    const analysis = analyze(input(rows), { asOf });
    const zh = JSON.parse([...jsonChunks(analysis, "zh")].join(""));
    const en = JSON.parse([...jsonChunks(analysis, "en")].join(""));
    expect(en).toEqual(toJsonDocument(analysis, "en"));
    expect(zh.rejected).toEqual([{ sheet: "案件登记", row: 4, column: "编号", value: "合计", reason: "第 4 行 编号：合计或汇总行，不计为案件" }]);
    expect(en.rejected[0].reason).toBe("Row 4, 编号: a totals or summary row, not a case");
    // An unknown entry's reason, top level and in its verdict step, is a sentence of the document's language.
    const unknown = (d: typeof en, id: string) =>
      d.compliance.find((e: { caseId: string; status: string }) => e.caseId === id && e.status === "unknown");
    expect(unknown(zh, "K-2").reason).toBe("送达时间未填");
    expect(unknown(en, "K-2").reason).toBe("Notified is blank");
    expect(unknown(en, "K-2").explain.steps.at(-1)).toMatchObject({ step: "verdict", reason: "Notified is blank" });
    expect(unknown(zh, "K-2").explain.steps.at(-1)).toMatchObject({ step: "verdict", reason: "送达时间未填" });
    expect(unknown(zh, "K-1").reason).toBe("完成时间无效：第 2 行 完成时间：'10月32日' 不是有效日期（2026年10月只有 31 天）");
    expect(unknown(en, "K-1").reason).toBe(
      'Completed is not valid: Row 2, 完成时间: "10月32日" is not a valid date (October 2026 has 31 days)',
    );
    expect(en.warnings.find((w: string) => w.includes("10月32日"))).toBe(
      'Row 2, 完成时间: "10月32日" is not a valid date (October 2026 has 31 days) (case K-1 kept)',
    );
  });

  it("streams an empty result as valid JSON", () => {
    const analysis = analyze(input([]), { asOf });
    const streamed = JSON.parse([...jsonChunks(analysis)].join(""));
    expect(streamed).toEqual(toJsonDocument(analysis));
    expect(streamed.cases).toEqual([]);
  });
});
