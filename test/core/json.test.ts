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
    const streamed = JSON.parse([...jsonChunks(analysis)].join(""));
    expect(streamed).toEqual(toJsonDocument(analysis));
    expect(streamed.cases).toHaveLength(2500);
    expect(streamed.rejected).toHaveLength(1);
    expect(streamed.compliance.length).toBeGreaterThan(0);
    expect(streamed.warnings.some((w: string) => w.includes("10月32日"))).toBe(true);
  });

  it("streams an empty result as valid JSON", () => {
    const analysis = analyze(input([]), { asOf });
    const streamed = JSON.parse([...jsonChunks(analysis)].join(""));
    expect(streamed).toEqual(toJsonDocument(analysis));
    expect(streamed.cases).toEqual([]);
  });
});
