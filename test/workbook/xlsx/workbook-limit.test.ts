/**
 * The cell limit holds over the whole workbook: 20 tiny sheets, each holding only A1 and a far corner cell,
 * are refused once their used ranges together pass the limit, instead of each sheet getting the full limit.
 */
import { readXlsx, readXlsxAsync } from "../../../src/workbook/xlsx/read";
import { xlsxRaw } from "../../fixtures/xlsx-raw";

// Each sheet: A1 and J10, a used range of 100 cells (the far corner scaled down from XFD1830).
const corner = (i: number) => ({
  name: `表${i + 1}`,
  rows: [
    { r: 1, cells: ["起"] },
    { r: 10, cells: [...Array(9).fill(undefined), "止"] },
  ],
});
const bytes = xlsxRaw({ sheets: Array.from({ length: 20 }, (_, i) => corner(i)) });

describe("the cell limit over the whole workbook", () => {
  it("reads the 20 sheets when the limit covers their 2,000 cells together", () => {
    const input = readXlsx(bytes, { maxCells: 2_000 });
    expect(input.sheets).toHaveLength(20);
    expect(input.sheets[19].values[9][9]).toBe("止");
  });

  it.each([
    ["readXlsx", (b: Uint8Array, o: { maxCells: number }) => Promise.resolve().then(() => readXlsx(b, o))],
    ["readXlsxAsync", readXlsxAsync],
  ])("%s refuses them, naming the workbook's limit, when each fits but all do not", async (_name, read) => {
    await expect(read(bytes, { maxCells: 1_999 })).rejects.toThrow(
      "工作簿各工作表的单元格合计超过 1,999 个的上限（maxCells），已停止读取。 / The workbook's sheets together hold more than 1,999 cells, the limit (maxCells); reading was stopped.",
    );
  });

  it("still names the sheet when one sheet alone is over the limit", () => {
    expect(() => readXlsx(bytes, { maxCells: 99 })).toThrow(/工作表“表1”的单元格数超过 99 个/);
  });
});
