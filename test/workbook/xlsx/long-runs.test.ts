/**
 * Parts written without the usual attributes and closing tags — a million bare `<row/>`, cells without `r` —
 * must be read in one pass. Before the fix each such tag searched to the end of the part (quadratic: 100k bare
 * rows took 30 s), so a hostile file could hang the reader; these run in well under a second when linear and
 * would exceed jest's timeout by hours when not.
 */
import { readXlsx } from "../../../src/workbook/xlsx";
import { rawXlsxBytes } from "./helpers";

describe("long runs without the usual markers", () => {
  it("reads a million bare <row/> elements, then the data after them", () => {
    const xml = "<row/>".repeat(1_000_000) + '<row><c t="inlineStr"><is><t>编号</t></is></c><c><v>46298.5</v></c></row>';
    const sheet = readXlsx(rawXlsxBytes({ sheets: [{ name: "S", xml }] })).sheets[0];
    expect(sheet.firstRow).toBe(1_000_001);
    expect(sheet.values).toEqual([["编号", 46298.5]]);
  });

  it("reads 200k cells without r attributes, placed left to right", () => {
    const row = "<row>" + '<c><v>1</v></c>'.repeat(20) + "</row>";
    const sheet = readXlsx(rawXlsxBytes({ sheets: [{ name: "S", xml: row.repeat(10_000) }] })).sheets[0];
    expect(sheet.values.length).toBe(10_000);
    expect(sheet.values[9_999]).toEqual(new Array(20).fill(1));
  });
});
