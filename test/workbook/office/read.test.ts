/** Reading through the adapter: values exactly as Excel holds them, in few syncs, every payload under 4 MB. */
import { createOfficeWorkbookPort } from "../../../src/workbook/office";
import type { CellValue } from "../../../src/core/model";
import { PAYLOAD_LIMIT_BYTES, readSyncBudget, RowTooLargeError } from "../../../src/workbook/office/payload";
import { caseLogFormats, caseLogRows } from "./case-log-data";
import { createStrictExcel } from "./strict-excel";

/** Row by row (jest's deep equality is slow on 100k rows); shows the first differing row. */
function expectSameRows(actual: unknown[][], expected: unknown[][]): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (JSON.stringify(actual[i]) !== JSON.stringify(expected[i]))
      expect({ row: i, values: actual[i] }).toEqual({ row: i, values: expected[i] });
  }
}

function logExcel(rows: number, extra: Parameters<typeof createStrictExcel>[0] = {}) {
  const data = caseLogRows(rows);
  const excel = createStrictExcel({
    ...extra,
    sheets: [{ name: "案件登记", rows: data, columnFormats: caseLogFormats() }, ...(extra.sheets ?? [])],
  });
  return { excel, data };
}

describe("readSheets", () => {
  it.each([10_000, 100_000])(
    "reads a %i-row log within ceil(bytes/4MB)+4 syncs, every payload < 4 MB",
    async (rows) => {
      const { excel, data } = logExcel(rows);
      const bytes = excel.usedValueBytes();
      const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
      const input = await port.readSheets();
      expect(input.sheets).toHaveLength(1);
      const sheet = input.sheets[0];
      expectSameRows(sheet.values, data);
      expect(sheet.firstRow).toBe(1);
      expect(sheet.firstColumn).toBe(1);
      expect(input.date1904).toBe(false);
      expect(excel.stats.syncs).toBeLessThanOrEqual(readSyncBudget(bytes));
      expect(excel.stats.syncs).toBe(port.lastRead.syncs);
      expect(excel.stats.maxPayloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      // Each chunk is its own JSON array: a few bracket bytes more than the range as one.
      expect(port.lastRead.valueBytes).toBeGreaterThanOrEqual(bytes);
      expect(port.lastRead.valueBytes).toBeLessThanOrEqual(bytes + 2 * excel.stats.syncs);
      if (rows === 100_000) expect(bytes).toBeGreaterThan(4 * PAYLOAD_LIMIT_BYTES); // the chunking is exercised
    },
  );

  it("reads every row exactly once when chunks cut through the log", async () => {
    const { excel, data } = logExcel(20_000);
    const input = await createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets(["案件登记"]);
    expectSameRows(input.sheets[0].values, data);
    expect(excel.stats.syncs).toBeGreaterThan(3);
  });

  it("reads several sheets, sharing syncs, and skips names that do not exist", async () => {
    const { excel, data } = logExcel(2_000, {
      sheets: [
        {
          name: "小区",
          rows: [
            ["小区", "物业公司", "户数"],
            ["翠湖花园", "和园物业", 1200],
          ],
        },
        { name: "空白", rows: [] },
        { name: "Other", rows: [["x"]] },
      ],
    });
    const input = await createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets([
      "案件登记",
      "小区",
      "空白",
      "巡检",
      "other",
    ]);
    expect(input.sheets.map((s) => s.name)).toEqual(["案件登记", "小区", "空白", "Other"]);
    expectSameRows(input.sheets[0].values, data);
    expect(input.sheets[1].values).toEqual([
      ["小区", "物业公司", "户数"],
      ["翠湖花园", "和园物业", 1200],
    ]);
    expect(input.sheets[2]).toEqual({ name: "空白", values: [], firstRow: 1, firstColumn: 1 });
    expect(input.sheets[3].values).toEqual([["x"]]);
    expect(excel.stats.syncs).toBe(4); // sheet list, used ranges, first chunks with their text, the rest together
  });

  it("reports where a used range starts below a title and right of blank columns", async () => {
    const excel = createStrictExcel({
      sheets: [
        {
          name: "Log",
          rows: [
            ["编号", "受理时间"],
            ["A1", 46000],
          ],
          at: { row: 3, column: 2 },
        },
      ],
    });
    const input = await createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets();
    expect(input.sheets[0]).toEqual({
      name: "Log",
      values: [
        ["编号", "受理时间"],
        ["A1", 46000],
      ],
      firstRow: 4,
      firstColumn: 3,
    });
  });

  it("reads its start below the sampled rows from a column-count estimate, still under the limit", async () => {
    const data = caseLogRows(3_000);
    const excel = createStrictExcel({ sheets: [{ name: "Log", rows: data, at: { row: 400, column: 0 } }] });
    const input = await createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets();
    expect(input.sheets[0].firstRow).toBe(401);
    expectSameRows(input.sheets[0].values, data);
    expect(excel.stats.maxPayloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("budgets the first read too: a dozen wide sheets of Chinese text stay under 5 MB escaped, halving what Excel refuses", async () => {
    // Each cell 60 characters of Chinese: 360 bytes escaped, a row of 60 cells 21.6 KB, the first 200 rows of
    // one sheet 4.3 MB, with their text 8.6 MB; twelve such sheets would be a 100 MB first request.
    const wide = (k: number): CellValue[][] =>
      Array.from({ length: 300 }, (_, r) =>
        Array.from({ length: 60 }, (_, c) => `${"维修处理情况说明".repeat(7)}${k}-${r}-${c}`.slice(0, 60)),
      );
    const sheets = Array.from({ length: 12 }, (_, k) => ({ name: `表${k + 1}`, rows: wide(k) }));
    const excel = createStrictExcel({ sheets });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const input = await port.readSheets();
    for (let k = 0; k < 12; k++) expectSameRows(input.sheets[k].values, sheets[k].rows);
    expect(excel.stats.maxPayloadBytes).toBeLessThanOrEqual(5_000_000);
    const refused = excel.stats.batches.filter((b) => b.refused);
    expect(refused.length).toBe(port.lastRead.halvings);
    expect(port.lastRead.halvings).toBeGreaterThan(0);
    expect(port.lastRead.halvings).toBeLessThanOrEqual(4);
  });

  it("reads a batch Excel refuses again in halves, down to one row, then names the row", async () => {
    const huge = Array.from({ length: 30 }, () => "长".repeat(32_000)); // 5.76 MB escaped
    const excel = createStrictExcel({
      sheets: [{ name: "Log", rows: [["编号", "内容"], huge, ["A2", "短"]], at: { row: 2, column: 0 } }],
    });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    await expect(port.readSheets()).rejects.toMatchObject({
      said: {
        zh: expect.stringMatching(/^工作表“Log”第 4 行内容过多/),
        en: expect.stringMatching(/^Row 4 of sheet "Log"/),
      },
    });
    await expect(port.readSheets()).rejects.toBeInstanceOf(RowTooLargeError);
  });

  it("tells a 1904 workbook by the dates Excel shows", async () => {
    const { excel } = logExcel(50, { date1904: true });
    expect((await createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets()).date1904).toBe(true);
  });

  it("refuses on an Excel without the needed requirement sets, with a message", async () => {
    const { excel } = logExcel(10, { apiVersion: "1.6" });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    await expect(port.readSheets()).rejects.toThrow(/Microsoft 365/);
    expect(excel.stats.syncs).toBe(0);
  });

  it("lists sheet names in tab order in one sync", async () => {
    const excel = createStrictExcel({
      sheets: [
        { name: "B", rows: [] },
        { name: "A", rows: [] },
      ],
    });
    expect(await createOfficeWorkbookPort(excel.run, excel.isSetSupported).sheetNames()).toEqual(["B", "A"]);
    expect(excel.stats.syncs).toBe(1);
  });
});
