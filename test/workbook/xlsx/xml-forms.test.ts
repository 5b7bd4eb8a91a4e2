/**
 * Legal XML in forms Excel itself does not write, read as any XML parser reads it: comments, CDATA, character
 * and entity references, white space around `=` and inside `<v>`, single quotes, processing instructions and
 * namespaces bound to whatever prefix the writer chose — in the sheet, the shared strings and the workbook.
 */
import { readXlsx } from "../../../src/workbook/xlsx";
import { rawXlsxBytes } from "./helpers";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SST = '<si><t>编号</t></si><si><t>受理时间</t></si><si><t>A-1</t></si><si><t>渗水</t></si>';

const sheetOf = (xml: string, sharedStrings = SST) =>
  readXlsx(rawXlsxBytes({ sheets: [{ name: "S", xml }], sharedStrings })).sheets[0];

describe("a sheet part read as XML", () => {
  it("a row inside a comment is not a row; a comment inside a value is not text", () => {
    const s = sheetOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row><!-- <row r="2"><c r="A2" t="s"><v>2</v></c></row> -->' +
        '<row r="3"><c r="A3"><v>4<!-- not 5 -->2</v></c></row>',
    );
    expect([s.firstRow, s.values]).toEqual([1, [["编号"], [""], [42]]]);
  });

  it("CDATA text is kept, in an inline string and in a value; markup inside it is text", () => {
    const s = sheetOf(
      '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[A<1> & 渗水]]></t></is></c>' +
        '<c r="B1" t="str"><f>X</f><v><![CDATA[</v></c>]]></v></c><c r="C1"><v><![CDATA[12]]></v></c></row>',
    );
    expect(s.values).toEqual([["A<1> & 渗水", "</v></c>", 12]]);
  });

  it("named, decimal and hexadecimal references in text and attributes", () => {
    const s = sheetOf(
      '<row r="1"><c r="&#65;1" t="inlineStr"><is><t>&lt;&#28183;&#x6C34;&gt; &amp; &quot;x&apos;</t></is></c>' +
        '<c r="B1" t="&#x73;"><v>&#51;</v></c></row>',
    );
    expect(s.values).toEqual([["<渗水> & \"x'", "渗水"]]);
  });

  it("white space around = and single-quoted attributes place the cell where its r says", () => {
    const s = sheetOf(
      "<row r = '2'><c r = \"C2\" t = 's' ><v>2</v></c><c\n r='E2'\tt=\"s\"><v>3</v></c></row>",
    );
    expect([s.firstRow, s.firstColumn, s.values]).toEqual([2, 3, [["A-1", "", "渗水"]]]);
  });

  it("white space around a number or a shared-string index inside <v> is not part of it", () => {
    const s = sheetOf('<row r="1"><c r="A1" t="s"><v> 3\n</v></c><c r="B1"><v>\t46298.5 </v></c><c r="C1" t="b"><v> 1 </v></c></row>');
    expect(s.values).toEqual([["渗水", 46298.5, true]]);
  });

  it("a prefixed root with its children in the default namespace, both bound to SpreadsheetML", () => {
    const s = sheetOf(
      `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}" xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData></x:worksheet>`,
    );
    expect(s.values).toEqual([["渗水"]]);
  });

  it("a prefixed root with no default namespace: its unprefixed children are read too", () => {
    const s = sheetOf(
      `<x:worksheet xmlns:x="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData></x:worksheet>`,
    );
    expect(s.values).toEqual([["渗水"]]);
  });

  it("every element prefixed, with a prefix bound part way down and processing instructions between", () => {
    const s = sheetOf(
      `<?xml version="1.0"?><?some-tool keep?><worksheet xmlns="${MAIN}"><q:sheetData xmlns:q="${MAIN}"><q:row q:spans="1:2" r="1">` +
        `<?pi inside?><q:c r="A1" t="s"><q:v>0</q:v></q:c><q:c r="B1" t="inlineStr"><q:is><q:r><q:t>渗</q:t></q:r><q:r><q:t>水</q:t></q:r>` +
        `<q:rPh sb="0" eb="1"><q:t>シン</q:t></q:rPh></q:is></q:c></q:row></q:sheetData></worksheet>`,
    );
    expect(s.values).toEqual([["编号", "渗水"]]);
  });

  it("elements of another namespace named c, row or v are not cells; the same prefix bound to SpreadsheetML is", () => {
    const s = sheetOf(
      `<worksheet xmlns="${MAIN}" xmlns:o="urn:other"><sheetData><o:row r="1"><c r="A1"><v>1</v></c></o:row>` +
        `<row r="2"><o:c r="A2"><v>2</v></o:c><c r="B2"><o:v>3</o:v><v>4</v></c>` +
        `<o:c xmlns:o="${MAIN}" r="C2"><o:v>5</o:v></o:c></row></sheetData></worksheet>`,
    );
    expect([s.firstRow, s.firstColumn, s.values]).toEqual([2, 2, [[4, 5]]]);
  });

  it("a > inside an attribute value does not end the tag", () => {
    const s = sheetOf('<row r="1"><c r="A1" o:note="a>b" xmlns:o="urn:o" t="s"><v>3</v></c></row>');
    expect(s.values).toEqual([["渗水"]]);
  });
});

describe("shared strings and the workbook read as XML", () => {
  it("shared strings: prefixed, with comments, CDATA, references, rich runs and a phonetic run left out", () => {
    const sst =
      `<?xml version="1.0"?><s:sst xmlns:s="${MAIN}"><!-- <s:si><s:t>not an item</s:t></s:si> -->` +
      `<s:si><s:t><![CDATA[<编号>]]></s:t></s:si><s:si><s:t>&#x53D7;理时间</s:t></s:si>` +
      `<s:si><s:r><s:t>A</s:t></s:r><s:r><s:t xml:space="preserve">-1 </s:t></s:r><s:rPh sb="0" eb="1"><s:t>エー</s:t></s:rPh></s:si><s:si/></s:sst>`;
    const bytes = rawXlsxBytes({
      sheets: [{ name: "S", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1"><v>5</v></c></row>' }],
      sharedStrings: "",
      extra: { "xl/sharedStrings.xml": sst },
    });
    expect(readXlsx(bytes).sheets[0].values).toEqual([["<编号>", "受理时间", "A-1 ", "", 5]]);
  });

  it("workbook and relationships: prefixed, commented out sheets skipped, r:id bound to any prefix", () => {
    const workbook =
      `<w:workbook xmlns:w="${MAIN}" xmlns:rel="${RELS}"><w:workbookPr date1904 = '1'/><w:sheets>` +
      `<!-- <w:sheet name="旧表" sheetId="9" rel:id="rId1"/> --><w:sheet name = '案件&amp;登记' sheetId="1" rel:id="rId1"/></w:sheets></w:workbook>`;
    const rels =
      `<?xml version="1.0"?><p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<!-- <p:Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/none.xml"/> -->` +
      `<p:Relationship Id='rId1' Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></p:Relationships>`;
    const bytes = rawXlsxBytes({
      sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      extra: { "xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": rels },
    });
    const input = readXlsx(bytes);
    expect(input.date1904).toBe(true);
    expect(input.sheets.map((s) => [s.name, s.values])).toEqual([["案件&登记", [[1]]]]);
  });
});
