/** The fake itself must be strict, or the adapter's tests prove nothing. */
import { createStrictExcel, escapedJsonBytes } from "./strict-excel";

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

  // excel.rangeformat (columnWidth, rowHeight), excel.rangefill (color), excel.rangefont (bold, color): a range
  // answers one value for all its cells, null where they differ; a cell without a fill reads as white.
  it("reads a range's fill, font, column width and row height back as Excel does: null where its cells differ", async () => {
    const x = createStrictExcel({
      sheets: [{ name: "Log", rows: [["a", "b"]], styles: { A1: { fill: "#4472C4", bold: true } }, columnWidths: { 0: 60 } }],
    });
    await x.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Log");
      const a1 = ws.getRange("A1").format;
      const row = ws.getRange("A1:B1").format;
      const b1 = ws.getRange("B1").format;
      for (const f of [a1, row, b1]) {
        f.load("columnWidth,rowHeight");
        f.fill.load("color");
        f.font.load("bold,color");
      }
      await context.sync();
      expect([a1.fill.color, a1.font.bold, a1.font.color, a1.columnWidth, a1.rowHeight]).toEqual(["#4472C4", true, "#000000", 60, 15]);
      expect([b1.fill.color, b1.font.bold, b1.columnWidth]).toEqual(["#FFFFFF", false, 48]);
      expect([row.fill.color, row.font.bold, row.font.color, row.columnWidth, row.rowHeight]).toEqual([null, null, "#000000", null, 15]);
      b1.fill.color = "#4472C4";
      b1.font.bold = true;
      b1.columnWidth = 60;
      row.fill.load("color");
      row.font.load("bold");
      row.load("columnWidth");
      await context.sync();
      expect([row.fill.color, row.font.bold, row.columnWidth]).toEqual(["#4472C4", true, 60]);
      expect(() => ws.getRange("A2").format.fill.color).toThrow(/without load/);
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

  describe("learns real Excel", () => {
    const DOCS = "https://learn.microsoft.com/";

    // office-js-docs-reference, excel.runoptions (delayForCellEdit): "When false, if the user is in cell
    // edit when the batch request is processed by the host, the batch automatically fails. When true, …
    // the batch request is delayed until the user exits cell edit mode." The failure's code is listed in
    // office-js-docs-pr, application-specific-api-error-handling (InvalidOperationInCellEditMode).
    it(`fails a batch in cell-edit mode, or holds it with delayForCellEdit (${DOCS}javascript/api/excel/excel.runoptions)`, async () => {
      const x = seeded();
      x.beginCellEdit();
      const write = (context: Excel.RequestContext) => {
        context.workbook.worksheets.getItem("Log").getRange("C1").values = [["x"]];
        return context.sync();
      };
      await expect(x.api.run(write)).rejects.toThrow(/InvalidOperationInCellEditMode/);
      await expect(x.api.run({ delayForCellEdit: false }, write)).rejects.toThrow(/InvalidOperationInCellEditMode/);
      expect(x.cell("Log", "C1").value).toBe("");
      let done = false;
      const held = x.api.run({ delayForCellEdit: true }, write).then(() => (done = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(done).toBe(false);
      x.endCellEdit();
      await held;
      expect(x.cell("Log", "C1").value).toBe("x");
      // The adapter's entry, x.run, is the add-in's wrapper: it waits too.
      x.beginCellEdit();
      const viaWrapper = x.run(write);
      setTimeout(() => x.endCellEdit(), 5);
      await expect(viaWrapper).resolves.toBeUndefined();
    });

    // office-js-docs-pr, resource-limits-and-performance-optimization ("Excel on the web has a payload size
    // limit for requests and responses of 5MB"): the fake counts the JSON as a host may send it, with
    // characters outside ASCII escaped, so 1 MB of Chinese text is 6 MB on the wire.
    it(`measures the 5 MB payload on escaped JSON (${DOCS}office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins)`, async () => {
      expect(escapedJsonBytes(["投诉", "a"])).toBe('["\\u6295\\u8bc9","a"]'.length);
      const x = seeded();
      // 900,000 Chinese characters: 2.7 MB as UTF-8, 5.4 MB escaped.
      const rows = Array.from({ length: 9000 }, () => ["维".repeat(100)]);
      await expect(
        x.run(async (context) => {
          context.workbook.worksheets.getItem("Log").getRangeByIndexes(0, 0, rows.length, 1).values = rows;
          await context.sync();
        }),
      ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
      expect(x.stats.batches[0].requestBytes).toBeGreaterThan(5_000_000);
      expect(Buffer.byteLength(JSON.stringify(rows))).toBeLessThan(5_000_000);
    });

    // office-js-docs-reference, excel.worksheet: delete() "if the worksheet's visibility is set to
    // VeryHidden, the delete operation will fail with an InvalidOperation exception"; a hidden sheet cannot
    // be activated, so none of its cells can be selected.
    it(`refuses to delete a VeryHidden sheet and to activate a hidden one (${DOCS}javascript/api/excel/excel.worksheet)`, async () => {
      const x = createStrictExcel({
        sheets: [
          { name: "Log", rows: [["a"]] },
          { name: "Hid", rows: [["b"]], visibility: "Hidden" },
          { name: "Deep", rows: [["c"]], visibility: "VeryHidden" },
        ],
      });
      await x.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        await context.sync();
        expect(sheets.items.map((s) => s.visibility)).toEqual(["Visible", "Hidden", "VeryHidden"]);
      });
      await expect(x.run(async (c) => c.workbook.worksheets.getItem("Deep").delete())).rejects.toThrow(/InvalidOperation.*VeryHidden/);
      await expect(x.run(async (c) => c.workbook.worksheets.getItem("Hid").activate())).rejects.toThrow(/InvalidOperation/);
      await expect(x.run(async (c) => c.workbook.worksheets.getItem("Hid").getRange("1:1").select())).rejects.toThrow(/hidden/);
      await x.run(async (c) => c.workbook.worksheets.getItem("Hid").delete());
      expect(x.model.sheets.map((s) => s.name)).toEqual(["Log", "Deep"]);
    });

    // office-js-docs-reference, excel.worksheetprotection ("protected: whether the worksheet is protected")
    // and excel.workbookprotection ("protected: whether the workbook is protected", ExcelApi 1.7): what
    // protection forbids in Excel's UI (Review → Protect Sheet / Protect Workbook) the API refuses too.
    it(`refuses changes on a protected sheet and to the structure of a protected workbook (${DOCS}javascript/api/excel/excel.workbookprotection)`, async () => {
      const x = createStrictExcel({
        sheets: [
          { name: "Log", rows: [["a"]] },
          { name: "Locked", rows: [["b"]], protected: true },
        ],
        structureProtected: true,
      });
      await x.run(async (context) => {
        const locked = context.workbook.worksheets.getItem("Locked");
        locked.protection.load("protected");
        const book = context.workbook.protection;
        book.load("protected");
        await context.sync();
        expect(locked.protection.protected).toBe(true);
        expect(book.protected).toBe(true);
      });
      await expect(x.run(async (c) => void (c.workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]]))).rejects.toThrow(/AccessDenied.*protected/);
      await expect(x.run(async (c) => void c.workbook.worksheets.getItem("Locked").names.add("N", "=1"))).rejects.toThrow(/AccessDenied/);
      await expect(x.run(async (c) => void c.workbook.worksheets.add("New"))).rejects.toThrow(/AccessDenied.*structure/);
      await expect(x.run(async (c) => c.workbook.worksheets.getItem("Log").delete())).rejects.toThrow(/AccessDenied.*structure/);
      await x.run(async (c) => void (c.workbook.worksheets.getItem("Log").getRange("B1").values = [["ok"]]));
      expect(x.cell("Log", "B1").value).toBe("ok");
      expect(x.cell("Locked", "A1").value).toBe("b");
      await expect(
        createStrictExcel({ apiVersion: "1.6" }).run(async (c) => void c.workbook.protection.load("protected")),
      ).rejects.toThrow(/ExcelApi 1.7/);
    });

    // office-js-docs-reference, excel.chartcollection add(type, sourceData, seriesBy): Excel reads the series
    // out of sourceData itself; office-js-docs-pr, excel-add-ins-charts. A first row without a number above
    // numbers is taken for the series' name, so a column whose first value is blank loses that row.
    it(`guesses a chart's series from its source, taking a first row without numbers for names (${DOCS}javascript/api/excel/excel.chartcollection)`, async () => {
      const x = createStrictExcel({
        sheets: [
          {
            name: "S",
            rows: [
              ["", 5, "x"],
              [3, 6, "y"],
              [4, 7, "z"],
            ],
          },
        ],
      });
      await x.run(async (context) => {
        const s = context.workbook.worksheets.getItem("S");
        s.charts.add("ColumnClustered", s.getRange("A1:A3"), "Columns");
        s.charts.add("ColumnClustered", s.getRange("B1:B3"), "Columns");
        s.charts.add("ColumnClustered", s.getRange("A1:B3"), "Columns");
        await context.sync();
      });
      const [blankFirst, numbers, two] = x.sheet("S").charts;
      expect(blankFirst.series).toEqual([{ name: "", values: "S!A2:A3", xValues: null }]);
      expect(numbers.series).toEqual([{ name: "", values: "S!B1:B3", xValues: null }]);
      expect(two.series.map((s) => s.values)).toEqual(["S!A1:A3", "S!B1:B3"]);
    });
  });
});

