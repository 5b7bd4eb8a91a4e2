/**
 * The cell limit holds over the whole workbook, counted as the cells the sheets hold: 20 tiny sheets, each
 * holding only A1 and XFD1830 (a 30 M-cell used range apiece), are read — the empty cells between cost nothing —
 * and refused only once their cells together pass the limit.
 */
import { readXlsx, readXlsxAsync } from "../../../src/workbook/xlsx/read";
import { xlsxRaw } from "../../fixtures/xlsx-raw";

const corner = (i: number) => ({
  name: `表${i + 1}`,
  rows: [
    { r: 1, cells: ["起"] },
    { r: 1830, cells: [...Array(16_383).fill(undefined), "止"] },
  ],
});
const bytes = xlsxRaw({ sheets: Array.from({ length: 20 }, (_, i) => corner(i)) });

describe("the cell limit over the whole workbook", () => {
  it("reads the 20 sheets under the default limit, each sparsely: two rows and two cells held", () => {
    expect(bytes.length).toBeLessThan(12_000);
    const input = readXlsx(bytes);
    expect(input.sheets).toHaveLength(20);
    for (const sheet of input.sheets) {
      expect([sheet.firstRow, sheet.firstColumn, sheet.values.length]).toEqual([1, 1, 1830]);
      // Only the two rows that hold a value exist; the rest of the used range is holes.
      expect(Object.keys(sheet.values)).toEqual(["0", "1829"]);
      expect(sheet.values[0]).toEqual(["起"]);
      expect(Object.keys(sheet.values[1829])).toEqual(["16383"]);
      expect(sheet.values[1829][16_383]).toBe("止");
    }
  });

  it("reads them when the limit covers their 40 cells together", () => {
    expect(readXlsx(bytes, { maxCells: 40 }).sheets[19].values[1829][16_383]).toBe("止");
  });

  it.each([
    ["readXlsx", (b: Uint8Array, o: { maxCells: number }) => Promise.resolve().then(() => readXlsx(b, o))],
    ["readXlsxAsync", readXlsxAsync],
  ])("%s refuses them, naming the workbook's limit, when each fits but all do not", async (_name, read) => {
    await expect(read(bytes, { maxCells: 39 })).rejects.toMatchObject({
      said: {
        zh: "工作簿各工作表的单元格合计超过 39 个的上限（maxCells），已停止读取。",
        en: "The workbook's sheets together hold more than 39 cells, the limit (maxCells); reading was stopped.",
      },
    });
  });

  it("still names the sheet when one sheet alone is over the limit", () => {
    expect(() => readXlsx(bytes, { maxCells: 1 })).toThrow(/工作表“表1”的单元格数超过 1 个/);
  });
});
