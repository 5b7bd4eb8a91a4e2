/** The fake itself must be strict, or the adapter's tests prove nothing. */
import { createStrictExcel } from "./strict-excel";

describe("strict Excel fake", () => {
  const seeded = () =>
    createStrictExcel({
      sheets: [
        {
          name: "Log",
          rows: [
            ["a", 1],
            ["b", 2],
          ],
        },
      ],
    });

  it("throws on a property read before load, and before sync", async () => {
    const x = seeded();
    await x.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/not loaded|without load/i);
      sheets.load("items/name");
      expect(() => sheets.items).toThrow(/sync\(\) was not called/);
      await context.sync();
      const sheet = sheets.items[0];
      expect(sheet.name).toBe("Log");
      expect(() => sheet.position).toThrow(/without load/);
      const range = sheet.getRange("A1:B2");
      expect(() => range.values).toThrow(/without load/);
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Log!A1:B2");
      expect(() => range.values).toThrow(/without load/);
    });
  });

  it("answers a null object with isNullObject and throws on its other properties", async () => {
    const x = seeded();
    await x.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("isNullObject,name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/null object/);
    });
  });

  it("executes a batch in order at sync, and a failing op stops the batch with an error", async () => {
    const x = seeded();
    await expect(
      x.run(async (context) => {
        context.workbook.worksheets.add("New");
        context.workbook.worksheets.add("log"); // names compare without case
        await context.sync();
      }),
    ).rejects.toThrow(/ItemAlreadyExists/);
    expect(x.model.sheets.map((s) => s.name)).toEqual(["Log", "New"]);
  });

  it("returns null for a read of more than 5,000,000 cells, and counts syncs and bytes", async () => {
    const x = seeded();
    await x.run(async (context) => {
      const big = context.workbook.worksheets.getItem("Log").getRange("1:400");
      big.load("values");
      await context.sync();
      expect(big.values).toBeNull();
    });
    expect(x.stats.syncs).toBe(1);
    expect(x.stats.batches[0].responseBytes).toBe(4); // null
  });

  it("rejects a request over Excel on the web's 5 MB limit", async () => {
    const x = seeded();
    const rows = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      x.run(async (context) => {
        context.workbook.worksheets.getItem("Log").getRangeByIndexes(0, 0, rows.length, 1).values = rows;
        await context.sync();
      }),
    ).rejects.toThrow(/PayloadSizeLimitExceeded/);
  });

  it("enforces array sizes, number formats before values, and requirement sets", async () => {
    const x = createStrictExcel({ sheets: [{ name: "S", rows: [["x"]] }], apiVersion: "1.6" });
    expect(x.isSetSupported("ExcelApi", "1.6")).toBe(true);
    expect(x.isSetSupported("ExcelApi", "1.7")).toBe(false);
    await x.run(async (context) => {
      const s = context.workbook.worksheets.getItem("S");
      expect(() => s.getRangeByIndexes(0, 0, 1, 1)).toThrow(/ExcelApi 1.7/);
      s.getRange("A2:A3").values = [["=1+1"], ["0012"]];
      const a4 = s.getRange("A4");
      a4.numberFormat = [["@"]];
      a4.values = [["=1+1"]];
      await context.sync();
      s.getRange("A1:B1").values = [["only one"]];
      await expect(context.sync()).rejects.toThrow(/does not match/);
    });
    expect(x.cell("S", "A2")).toEqual({ value: "=1+1", format: "General", formula: true });
    expect(x.cell("S", "A3").value).toBe(12);
    expect(x.cell("S", "A4")).toEqual({ value: "=1+1", format: "@", formula: false });
  });
});
