import { readXlsx, xlsxSheetNames } from "../../../src/workbook/xlsx/read";
import { createXlsxFilePort } from "../../../src/workbook/xlsx/file-port";
import { fromExcelSerial, toMinutes, formatMinutes } from "../../../src/core/time";
import { excelJsBytes, rawXlsxBytes } from "./helpers";

/** The Date ExcelJS stores as the wall-clock serial of y-m-d h:m (ExcelJS converts via UTC). */
const wallClock = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));

describe("readXlsx on workbooks written by ExcelJS", () => {
  it("gives the values Office.js would: serial dates, cached formula results, errors as text, booleans, rich text", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("案件登记");
      ws.getCell("A1").value = "编号";
      ws.getCell("B1").value = "受理时间";
      ws.getCell("A2").value = "2026-0001";
      ws.getCell("B2").value = wallClock(2026, 10, 3, 14, 20);
      ws.getCell("B2").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("C2").value = { formula: "1+1", result: 2 };
      ws.getCell("D2").value = { formula: 'VLOOKUP(A2,B:B,2,FALSE)', result: { error: "#N/A" } } as never;
      ws.getCell("E2").value = { error: "#DIV/0!" } as never;
      ws.getCell("F2").value = true;
      ws.getCell("G2").value = false;
      ws.getCell("H2").value = { richText: [{ text: "顶棚", font: { bold: true } }, { text: "渗水" }] };
      ws.getCell("I2").value = { formula: 'A2&"-x"', result: "2026-0001-x" };
      ws.getCell("J2").value = "a & b <c> \"d\"";
      ws.getCell("K2").value = 3.25;
      ws.getCell("L2").value = "123";
    });
    const input = readXlsx(bytes);
    expect(input.date1904).toBe(false);
    expect(input.sheets).toHaveLength(1);
    const sheet = input.sheets[0];
    expect(sheet.name).toBe("案件登记");
    expect([sheet.firstRow, sheet.firstColumn]).toEqual([1, 1]);
    expect(sheet.values[0]).toEqual(["编号", "受理时间", "", "", "", "", "", "", "", "", "", ""]);
    const [id, received, ...rest] = sheet.values[1];
    expect(id).toBe("2026-0001");
    expect(typeof received).toBe("number");
    expect(formatMinutes(fromExcelSerial(received as number) as number)).toBe("2026-10-03T14:20");
    expect(rest).toEqual([2, "#N/A", "#DIV/0!", true, false, "顶棚渗水", "2026-0001-x", 'a & b <c> "d"', 3.25, "123"]);
  });

  it("reports the used range's first row and column and fills the gaps with blanks", async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet("Log");
      ws.getCell("C4").value = "title";
      ws.getCell("E6").value = 5;
      ws.getCell("A1").style = { font: { bold: true } }; // formatting only: not part of the used range
    });
    const sheet = readXlsx(bytes).sheets[0];
    expect([sheet.firstRow, sheet.firstColumn]).toEqual([4, 3]);
    expect(sheet.values).toEqual([
      ["title", "", ""],
      ["", "", ""],
      ["", "", 5],
    ]);
  });

  it("reads the 1904 date system flag", async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    expect(readXlsx(bytes).date1904).toBe(true);
    const plain = await excelJsBytes((wb) => {
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    expect(readXlsx(plain).date1904).toBe(false);
  });

  it("reads only the sheets asked for, in tab order, and lists the names", async () => {
    const bytes = await excelJsBytes((wb) => {
      for (const name of ["案件登记", "小区", "巡检"]) wb.addWorksheet(name).getCell("A1").value = name;
    });
    expect(xlsxSheetNames(bytes)).toEqual(["案件登记", "小区", "巡检"]);
    const input = readXlsx(bytes, { sheets: ["巡检", "小区", "设置"] });
    expect(input.sheets.map((s) => [s.name, s.values])).toEqual([
      ["小区", [["小区"]]],
      ["巡检", [["巡检"]]],
    ]);
  });

  it("gives an empty sheet as no values", async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.addWorksheet("空");
    });
    expect(readXlsx(bytes).sheets).toEqual([{ name: "空", values: [], firstRow: 1, firstColumn: 1 }]);
  });

  it("serves the same values through the WorkbookPort, and refuses to write", async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.addWorksheet("A").getCell("B2").value = "x";
      wb.addWorksheet("B").getCell("A1").value = 1;
    });
    const port = createXlsxFilePort(bytes);
    expect(await port.sheetNames()).toEqual(["A", "B"]);
    expect(await port.readSheets(["A"])).toEqual({ sheets: [{ name: "A", values: [["x"]], firstRow: 2, firstColumn: 2 }], date1904: false });
    expect((await port.readSheets()).sheets).toHaveLength(2);
    await expect(port.writeOwnedSheets([])).rejects.toThrow(/not supported for files/);
  });
});

describe("readXlsx on hand-made parts (what other writers produce)", () => {
  it("reads inline strings, rich inline strings, formula strings, ISO dates and skips phonetic runs", () => {
    const bytes = rawXlsxBytes({
      sharedStrings: '<si><t xml:space="preserve"> 前后空格 </t></si><si><r><t>东京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><t>a_x000D_b&#x4E2D;</t></si><si/>',
      sheets: [
        {
          name: "S",
          xml:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c><c r="B1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></is></c>' +
            '<c r="C1" t="str"><f>A1</f><v>公式文本</v></c><c r="D1" t="d"><v>2026-10-03T14:20:00Z</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="b"><v>1</v></c></row>' +
            '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c><c r="E2"><f>NOW()</f></c><c r="F2"><v>1E3</v></c></row>',
        },
      ],
    });
    const sheet = readXlsx(bytes).sheets[0];
    expect(sheet.values[0].slice(0, 3)).toEqual(["内联", "富文本", "公式文本"]);
    expect(formatMinutes(fromExcelSerial(sheet.values[0][3] as number) as number)).toBe("2026-10-03T14:20");
    expect(sheet.values[0].slice(4)).toEqual(["#N/A", true]);
    // A formula without a cached value reads as blank; Excel would compute it, a file reader cannot.
    expect(sheet.values[1]).toEqual([" 前后空格 ", "东京", "a\rb中", "", "", 1000]);
  });

  it("follows cells and rows without r attributes, and a namespace prefix", () => {
    const bytes = rawXlsxBytes({
      sheets: [
        {
          name: "P",
          xml:
            '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
            '<x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>' +
            '<x:row r="3"><x:c r="C3"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        },
      ],
    });
    expect(readXlsx(bytes).sheets[0].values).toEqual([
      [1, "b", "", ""],
      ["", "", "", ""],
      ["", "", 3, 4],
    ]);
  });

  it("reads date1904 written as true and converts ISO dates in that system", () => {
    const bytes = rawXlsxBytes({ workbookPr: '<workbookPr date1904="true"/>', sheets: [{ name: "S", xml: '<row r="1"><c r="A1" t="d"><v>1904-01-02</v></c></row>' }] });
    const input = readXlsx(bytes);
    expect(input.date1904).toBe(true);
    expect(input.sheets[0].values).toEqual([[1]]);
    expect(fromExcelSerial(1, true)).toBe(toMinutes({ year: 1904, month: 1, day: 2, hour: 0, minute: 0 }));
  });

  it("splits a sheet streamed in many chunks exactly as a small one (rows cut across chunk boundaries)", () => {
    const rows: string[] = [];
    const expected: (string | number)[][] = [];
    for (let r = 1; r <= 20_000; r++) {
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>第${r}行 &amp; 中文</t></is></c></row>`);
      expected.push([r, `第${r}行 & 中文`]);
    }
    const values = readXlsx(rawXlsxBytes({ sheets: [{ name: "Big", xml: rows.join("") }] })).sheets[0].values;
    expect(values).toEqual(expected);
  });
});
