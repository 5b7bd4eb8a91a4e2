/**
 * Cells with no value to read (a formula saved without its result, a broken shared string) in the other sheets
 * Casebook reads: read as blank there, and one note per sheet names the first cell and the mend, in both languages.
 */
import { analyze } from "../../src/core/pipeline";
import { say } from "../../src/core/messages";
import { parseIsoMinutes } from "../../src/core/time";
import { readXlsx } from "../../src/workbook/xlsx";
import { SHORT_HEADER, serial, shortRow } from "../fixtures/corpus";
import { xlsxRaw } from "../fixtures/xlsx-raw";

describe("unreadable cells outside the log", () => {
  it("小区 with a formula left uncalculated and a broken string: one note, the community still read", () => {
    const bytes = xlsxRaw({
      sheets: [
        { name: "案件登记", rows: [SHORT_HEADER, shortRow("U-001", serial(2026, 10, 9, 9, 0))] },
        {
          name: "小区",
          rows: [
            ["小区", "物业公司", "户数"],
            ["和园", "和园物业", { inner: "<f>SUM(户数!A:A)</f>" }],
            ["云岭", { t: "s", inner: "<v>-1</v>" }, 300],
          ],
        },
      ],
    });
    const a = analyze(readXlsx(bytes), { asOf: parseIsoMinutes("2026-10-31T17:00") as number });
    expect(a.cases.map((c) => c.id)).toEqual(["U-001"]);
    expect(a.communities.map((c) => c.name)).toEqual(["和园", "云岭"]);
    const notes = a.warnings.filter((w) => w.id === "input.unreadable-cells");
    expect(notes.flatMap((n) => [say(n, "zh"), say(n, "en")])).toEqual([
      "工作表“小区”有 2 个单元格读不出值（公式没有计算结果，或共享字符串无效，如 C2），已按空白读取。请在 Excel 中打开工作簿，重新计算并保存后再读取。",
      'Sheet "小区" has 2 cells with no value to read (a formula without its result, or an invalid shared string; e.g. C2); they were read as blank. Open the workbook in Excel, recalculate, save it and read it again.',
    ]);
  });
});
