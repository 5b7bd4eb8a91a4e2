import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { WorkbookFormatError } from "../../../src/workbook/port";
import { readXlsx } from "../../../src/workbook/xlsx/read";
import { readXlsxFile } from "../../../src/workbook/xlsx/node-file";
import { excelJsBytes, rawXlsxBytes } from "./helpers";

/** Both languages' words of an error, "中文 / English", so one pattern can check that each says it. */
const both = (err: WorkbookFormatError): string => `${err.said.zh} / ${err.said.en}`;

function errorOf(fn: () => unknown): { message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof WorkbookFormatError) return { message: both(err) };
    throw new Error(`expected a WorkbookFormatError, got ${String(err)}`);
  }
  throw new Error("expected a WorkbookFormatError, nothing was thrown");
}

async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof WorkbookFormatError) return both(err);
    throw err;
  }
  throw new Error("expected a WorkbookFormatError, nothing was thrown");
}

/** An OLE2 compound file header followed by directory entries naming the given streams (UTF-16LE). */
function ole2(...streams: string[]): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  const names = streams.flatMap((s) => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]).concat(new Array(128 - s.length * 2).fill(0)));
  return new Uint8Array([...head, ...names]);
}

const small = (): Promise<Uint8Array> =>
  excelJsBytes((wb) => {
    const ws = wb.addWorksheet("案件登记");
    ws.addRow(["编号", "受理时间", "事项内容"]);
    for (let i = 1; i <= 50; i++) ws.addRow([`2026-${i}`, 46000 + i / 3, "3号楼2单元501卫生间顶棚渗水，要求尽快维修"]);
  });

describe("readXlsx refuses what is not an .xlsx, with the reason for the clerk", () => {
  it("an empty file", () => {
    expect(errorOf(() => readXlsx(new Uint8Array(0))).message).toMatch(/空的.*empty/);
  });

  it("an Excel 97-2003 .xls (OLE2 with a Workbook stream)", () => {
    const e = errorOf(() => readXlsx(ole2("Root Entry", "Workbook", "SummaryInformation")));
    expect(e.message).toMatch(/\.xls/);
    expect(e.message).toMatch(/另存为/);
  });

  it("a password-protected workbook (OLE2 with EncryptionInfo and EncryptedPackage)", () => {
    const e = errorOf(() => readXlsx(ole2("Root Entry", "EncryptionInfo", "EncryptedPackage")));
    expect(e.message).toMatch(/密码.*password-protected/);
  });

  it("a CSV file", () => {
    const e = errorOf(() => readXlsx(strToU8("编号,受理时间\n2026-0001,2026-10-03 14:20\n")));
    expect(e.message).toMatch(/CSV/);
  });

  it("random binary bytes", () => {
    const e = errorOf(() => readXlsx(new Uint8Array([1, 2, 3, 0, 255, 254, 7, 8, 9])));
    expect(e.message).toMatch(/不是 Excel 工作簿.*not an Excel workbook/);
  });

  it("a zip that is not a workbook (a .docx, a plain zip)", () => {
    const docx = zipSync({ "word/document.xml": strToU8("<w:document/>") });
    expect(errorOf(() => readXlsx(docx)).message).toMatch(/Word \.docx/);
    expect(errorOf(() => readXlsx(zipSync({ "a.txt": strToU8("hello") }))).message).toMatch(/不是 Excel 工作簿/);
  });

  it("a truncated download", async () => {
    const bytes = await small();
    for (const keep of [0.3, 0.9, 0.999]) {
      const e = errorOf(() => readXlsx(bytes.subarray(0, Math.floor(bytes.length * keep))));
      expect(e.message).toMatch(/损坏或不完整.*damaged or incomplete/);
    }
  });

  it("damaged compressed data inside the zip", () => {
    const sheet = `<row r="1">${Array.from({ length: 400 }, (_, i) => `<c r="A${i}"><v>${i * 7919}</v></c>`).join("")}</row>`;
    const bytes = rawXlsxBytes({ sheets: [{ name: "S", xml: sheet }] });
    const damaged = bytes.slice();
    // Overwrite the middle of the largest entry's data with noise.
    const at = bytes.length >> 1;
    for (let i = 0; i < 64; i++) damaged[at + i] = (i * 37 + 11) & 0xff;
    expect(() => readXlsx(damaged)).toThrow(WorkbookFormatError);
  });
});

describe("readXlsx limits", () => {
  it("stops at maxUncompressedBytes and names the limit", () => {
    // A zip bomb in small: 40 MB of the same row compress to a few tens of KB.
    const row = '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>';
    const bomb = rawXlsxBytes({ sheets: [{ name: "S", xml: row.repeat(500_000) }] });
    expect(bomb.length).toBeLessThan(1_000_000);
    const e = errorOf(() => readXlsx(bomb, { maxUncompressedBytes: 5 * 2 ** 20 }));
    expect(e.message).toMatch(/maxUncompressedBytes/);
    expect(e.message).toMatch(/超过 5 MB .*limit of 5 MB/);
  });

  it("stops at maxCells (cells read) and names the sheet and the limit", async () => {
    const e = errorOf(() => readXlsx(rawXlsxBytes({ sheets: [{ name: "案件登记", xml: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' }] }), { maxCells: 2 }));
    expect(e.message).toMatch(/案件登记.*maxCells/);
    expect(e.message).toMatch(/\b2\b/);
  });

  it("refuses a cell outside Excel's grid (a damaged reference), naming it, instead of making a grid of it", () => {
    const far = rawXlsxBytes({ sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2000000000"><v>2</v></c></row>' }] });
    expect(errorOf(() => readXlsx(far)).message).toBe(
      "工作表“S”中的单元格 A2000000000 超出 Excel 的表格范围（最多 1,048,576 行、16,384 列），文件可能已损坏。请在 Excel 中打开并另存后再试。 / " +
        'Sheet "S" has a cell A2000000000 outside Excel\'s grid (at most 1,048,576 rows and 16,384 columns); the file may be damaged. Open and re-save it in Excel and try again.',
    );
  });

  it("reads a workbook that fits the limits exactly", async () => {
    const bytes = await small();
    expect(readXlsx(bytes, { maxCells: 51 * 3 }).sheets[0].values).toHaveLength(51);
    expect(() => readXlsx(bytes, { maxCells: 51 * 3 - 1 })).toThrow(/maxCells/);
  });
});

describe("readXlsx on mutated files", () => {
  it("returns values or a WorkbookFormatError, never anything else", async () => {
    const bytes = await small();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat({ max: bytes.length }), { nil: undefined }),
        (edits, cut) => {
          const m = bytes.slice(0, cut ?? bytes.length);
          for (const [at, b] of edits) if (at < m.length) m[at] = b;
          try {
            const input = readXlsx(m);
            return Array.isArray(input.sheets);
          } catch (err) {
            return err instanceof WorkbookFormatError && err.said.zh !== "" && err.said.en !== "";
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("readXlsxFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "casebook-xlsx-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a file from disk", async () => {
    const path = join(dir, "log.xlsx");
    writeFileSync(path, await small());
    const input = await readXlsxFile(path);
    expect(input.sheets[0].values).toHaveLength(51);
  });

  it("says so for a missing file, a folder, and names the file on a format error", async () => {
    expect(await rejection(readXlsxFile(join(dir, "nope.xlsx")))).toMatch(/找不到文件.*File not found/);
    expect(await rejection(readXlsxFile(dir))).toMatch(/文件夹.*folder/);
    const csv = join(dir, "log.csv");
    writeFileSync(csv, "a,b\n1,2\n");
    const path = csv.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(await rejection(readXlsxFile(csv))).toMatch(
      new RegExp(`^${path}：这是文本文件.* / ${path}: This is a text file`),
    );
  });
});
