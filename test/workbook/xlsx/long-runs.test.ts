/**
 * Parts written without the usual attributes and closing tags — a million bare `<row/>`, cells without `r` —
 * must be read in one pass. Before the fix each such tag searched to the end of the part (quadratic: 100k bare
 * rows took 30 s), so a hostile file could hang the reader; these run in well under a second when linear and
 * would exceed jest's timeout by hours when not.
 */
import { readXlsx } from "../../../src/workbook/xlsx";
import { sheetCollector } from "../../../src/workbook/xlsx/sheet-xml";
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

describe("constructs cut across many pieces of a part", () => {
  const limits = {
    maxCells: 1e6,
    onTooManyCells: () => new Error("cells"),
    maxPendingChars: 128 * 2 ** 20,
    onPendingTooLong: (what: "text" | "tag") => new Error(`too long: ${what}`),
    onOutsideSheet: () => new Error("grid"),
  };
  const feed = (head: string, body: string, pieces: number) => {
    const c = sheetCollector("S", [], false, limits);
    c.push(head);
    const piece = body.slice(0, body.length / pieces);
    for (let i = 0; i < pieces; i++) c.push(piece);
    return c;
  };

  it("a start tag whose quoted value never ends is refused once it passes 1 MB, not parsed again for every piece to the end", () => {
    const head = '<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c><c r="B1" note="';
    expect(() => feed(head, "a".repeat(32 * 2 ** 20), 512)).toThrow("too long: tag");
  });

  it("a comment that never ends, 32 MB in 512 pieces, is searched once through: the cells before it are read", () => {
    const c = feed('<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row><!-- ', "-".repeat(32 * 2 ** 20), 512);
    expect(c.finish().values).toEqual([[7]]);
  });
});
