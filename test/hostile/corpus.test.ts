/**
 * Every file of the corpus (test/fixtures, built by scripts/make-fixtures.ts) and exactly what it gives:
 * the cases and rejected rows, or the one message the clerk reads. Time is bounded by the readers' limits
 * (cells, unpacked bytes), never by a timer.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../src/core/analysis";
import { toJsonDocument } from "../../src/core/json";
import { analyze } from "../../src/core/pipeline";
import { formatMinutes, parseIsoMinutes } from "../../src/core/time";
import { WorkbookFormatError } from "../../src/workbook/port";
import { readXlsx, type ReadXlsxOptions } from "../../src/workbook/xlsx";
import {
  CORPUS,
  DATE_1904_CASES,
  ERROR_CODES,
  FULL_HEADER,
  ID_VARIANTS,
  SHORT_HEADER,
  SUPPORTED_TEXT_DATES,
  UNICODE_CASES,
  UNSUPPORTED_TEXT_DATES,
  bombSheetBody,
  zipBomb,
} from "../fixtures/corpus";
import { workbookEntries, xlsxRaw } from "../fixtures/xlsx-raw";
import { zipRaw } from "../fixtures/zip-raw";
import { say, type Message } from "../../src/core/messages";
import { said } from "../support/said";

const zhTexts = (ms: readonly Message[]): string[] => ms.map((m) => say(m, "zh"));

const root = join(__dirname, "..", "..");
const fixture = (file: string): Uint8Array => new Uint8Array(readFileSync(join(root, "test", "fixtures", file)));
const AS_OF = parseIsoMinutes("2026-10-31T17:00") as number;

function analyzeFile(file: string, opts?: ReadXlsxOptions): Analysis {
  return analyze(readXlsx(fixture(file), opts), { asOf: AS_OF });
}

function formatError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    // Both languages' words, "中文 / English", so each expectation checks both.
    if (err instanceof WorkbookFormatError) return `${err.said.zh} / ${err.said.en}`;
    throw err;
  }
  throw new Error("expected a WorkbookFormatError");
}

const rows = (a: Analysis) => a.cases.map((c) => [c.id, c.row, formatMinutes(c.receivedAt.at)]);

const CORRUPT_ZH =
  "文件已损坏或不完整（可能下载或复制未完成），无法读取。请重新获取文件，或在 Excel 中打开并另存后再试。";
const CORRUPT_EN =
  "The file is damaged or incomplete (perhaps a download or copy did not finish). Get the file again, or open and re-save it in Excel.";

describe("the corpus on disk", () => {
  it("is exactly what scripts/make-fixtures.ts builds (deterministic, committed up to date), a few hundred KB in all", () => {
    let total = 0;
    for (const f of CORPUS) {
      const built = f.build();
      expect({ file: f.file, same: Buffer.compare(Buffer.from(built), Buffer.from(fixture(f.file))) }).toEqual({
        file: f.file,
        same: 0,
      });
      total += built.length;
    }
    expect(total).toBeLessThan(1_000_000);
  });
});

describe("workbooks that read, with their exact results", () => {
  it("empty-workbook.xlsx: one empty sheet, no case log", () => {
    const input = readXlsx(fixture("empty-workbook.xlsx"));
    expect(input).toEqual({ sheets: [{ name: "Sheet1", values: [], firstRow: 1, firstColumn: 1 }], date1904: false });
    const a = analyze(input, { asOf: AS_OF });
    expect(a.logSheet).toBeNull();
    expect(a.cases).toEqual([]);
    expect(zhTexts(a.warnings)).toEqual([
      "未找到案件登记表：需要名为“案件登记”的工作表，或表头含“编号”和“受理时间”列的工作表。",
    ]);
  });

  it("no-header.xlsx: the log found by its name, no case read, the missing columns named", () => {
    const a = analyzeFile("no-header.xlsx");
    expect(a.logSheet).toBe("案件登记");
    expect([a.cases.length, a.rejected.length]).toEqual([0, 0]);
    // Row 1's 物业公司 (a 责任单位 value) is also a column name, yet row 1 is data (it holds a date), not a header.
    expect(zhTexts(a.warnings)).toEqual([
      "工作表“案件登记”没有找到表头行：第 1–5 行中没有一行写有必需的列名 “编号”、“受理时间”，无法读取案件。" +
        "请在数据上方加一行表头，写明这两列，其他列如 来源渠道、客户姓名、联系电话、小区、房号、类别、事项内容 等。",
    ]);
  });

  it("header-only.xlsx: no case, no rejection, a warning that nothing is under the header", () => {
    const a = analyzeFile("header-only.xlsx");
    expect([a.cases.length, a.rejected.length]).toEqual([0, 0]);
    expect(zhTexts(a.warnings)).toEqual(["工作表“案件登记”的表头下没有数据行。"]);
  });

  it("merged-title-header.xlsx: title and subtitle skipped, the header found in row 3, four cases", () => {
    const a = analyzeFile("merged-title-header.xlsx");
    expect(rows(a)).toEqual([
      ["M-001", 4, "2026-10-01T10:00"],
      ["M-002", 5, "2026-10-02T10:00"],
      ["M-003", 6, "2026-10-03T10:00"],
      ["M-004", 7, "2026-10-04T10:00"],
    ]);
    expect(a.cases.map((c) => c.description)).toEqual([
      "M-1 楼道灯不亮",
      "M-2 楼道灯不亮",
      "M-3 楼道灯不亮",
      "M-4 楼道灯不亮",
    ]);
    expect(a.cases.every((c) => c.propertyCompany === "和园物业" && c.responsible === "property")).toBe(true);
    expect([a.rejected, zhTexts(a.warnings)]).toEqual([[], []]);
  });

  it("two-row-header.xlsx: the second header line is header (its 完成时间 and 备注 read), not a rejected row", () => {
    const a = analyzeFile("two-row-header.xlsx");
    expect(rows(a)).toEqual([
      ["T-001", 3, "2026-10-01T09:00"],
      ["T-002", 4, "2026-10-02T09:00"],
    ]);
    expect(a.cases[0].completedAt && formatMinutes(a.cases[0].completedAt.at)).toBe("2026-10-02T09:00");
    expect(a.cases[0].notes).toBe("已修");
    expect(a.cases[1].completedAt).toBeNull();
    expect([a.rejected, zhTexts(a.warnings)]).toEqual([[], []]);
  });

  it("hidden-filtered.xlsx: hidden and filtered-out rows are data — all eight counted", () => {
    const a = analyzeFile("hidden-filtered.xlsx");
    expect(a.cases.map((c) => [c.id, c.row, c.category])).toEqual([
      ["H-001", 2, "complaint"],
      ["H-002", 3, "repair"],
      ["H-003", 4, "complaint"],
      ["H-004", 5, "routine"],
      ["H-005", 6, "suggestion"],
      ["H-006", 7, "complaint"],
      ["H-007", 8, "complaint"],
      ["H-008", 9, "repair"],
    ]);
    expect(a.cases.every((c) => c.customer === "张伟")).toBe(true); // the hidden column D is read too
    expect(said(a.rejected)).toEqual([]);
  });

  it("formulas-errors.xlsx: cached values read, each error row rejected for 编号 and 受理时间, optional errors kept as issues", () => {
    const a = analyzeFile("formulas-errors.xlsx");
    expect(rows(a)).toEqual([
      ["F-001", 2, "2026-10-03T14:20"],
      ["F-002", 12, "2026-10-03T14:20"],
    ]);
    const f1 = a.cases[0];
    expect({
      channel: f1.channel,
      customer: f1.customer,
      phone: f1.phone,
      category: f1.category,
      responsible: f1.responsible,
      company: f1.propertyCompany,
      major: f1.major,
      notified: f1.notifiedAt && formatMinutes(f1.notifiedAt.at),
      agreed: f1.agreedAt,
      completed: f1.completedAt && formatMinutes(f1.completedAt.at),
      verification: f1.verification,
      followUp: f1.followUpAt && formatMinutes(f1.followUpAt.at),
      satisfaction: f1.satisfaction,
      warranty: f1.warrantyWithheld,
      invalid: f1.invalid,
    }).toEqual({
      channel: "phone",
      customer: "张伟",
      phone: "13800138000",
      category: "complaint",
      responsible: "property",
      company: "和园物业",
      major: false,
      notified: "2026-10-03T16:20",
      agreed: { at: parseIsoMinutes("2026-10-08T00:00"), dateOnly: true },
      completed: "2026-10-05T10:00",
      verification: "passed",
      followUp: "2026-10-06T09:00",
      satisfaction: "satisfied",
      warranty: 200,
      invalid: {},
    });
    expect(said(a.rejected)).toEqual(
      ERROR_CODES.flatMap((code, i) =>
        ["编号", "受理时间"].map((column) => ({
          row: 3 + i,
          sheet: "案件登记",
          column,
          value: code,
          reason: `第 ${3 + i} 行 ${column}：单元格为错误值 ${code}`,
        })),
      ),
    );
    const optional = FULL_HEADER.slice(2);
    expect(a.cellIssues.map((i) => [i.row, i.caseId, said(i.reason)])).toEqual(
      optional.map((h) => [12, "F-002", `第 12 行 ${h.replace("(元)", "")}：单元格为错误值 #N/A`]),
    );
    // Nothing lost: 11 data rows = 2 cases + 9 rejected rows.
    expect(a.cases.length + new Set(a.rejected.map((r) => r.row)).size).toBe(11);
  });

  it("text-dates.xlsx: every supported text style read as 3 Oct 2026, each unsupported one rejected with its reason", () => {
    const a = analyzeFile("text-dates.xlsx");
    expect(a.cases.map((c) => [c.row, formatMinutes(c.receivedAt.at)])).toEqual(
      SUPPORTED_TEXT_DATES.map(([, expected], i) => [2 + i, expected]),
    );
    const first = 2 + SUPPORTED_TEXT_DATES.length;
    const why = [
      "不是有效日期（应为日期，如 2026-10-03 14:20）",
      "不是有效日期（应为日期，如 2026-10-03 14:20）",
      "不是有效日期（月份应为 1–12）",
      "不是有效日期（2026年2月只有 28 天）",
      "不是有效时间（应为 00:00–23:59）",
      "不是有效日期（应为日期，如 2026-10-03 14:20）",
      "不是有效日期（应为日期，如 2026-10-03 14:20）",
    ];
    expect(said(a.rejected)).toEqual(
      UNSUPPORTED_TEXT_DATES.map((text, i) => ({
        row: first + i,
        sheet: "案件登记",
        column: "受理时间",
        value: text,
        reason: `第 ${first + i} 行 受理时间：'${text}' ${why[i]}`,
      })),
    );
    expect(zhTexts(a.warnings)).toEqual(["2 个受理时间没有写年份，按 2026 年计（表中多数受理时间的年份）。"]);
  });

  it("dates-out-of-range.xlsx: 1900-01-01 … 9999-12-31 read, anything outside (and the phantom 29 Feb 1900) rejected", () => {
    // Judged at the end of Excel's calendar: a case of 9999 is then not from the future.
    const a = analyze(readXlsx(fixture("dates-out-of-range.xlsx")), { asOf: parseIsoMinutes("9999-12-31T23:59")! });
    expect(rows(a)).toEqual([
      ["R-04", 5, "9999-12-31T23:59"],
      ["R-05", 6, "1900-01-01T00:00"],
      ["R-09", 10, "9999-12-31T12:00"],
      ["R-10", 11, "1900-01-01T00:00"],
      ["R-12", 13, "1900-03-01T00:00"],
    ]);
    const range = "超出 Excel 日期范围，不是有效日期";
    expect(a.rejected.map((r) => [r.row, said(r.reason)])).toEqual([
      [2, "第 2 行 受理时间：'1899-12-31 10:00' 不是有效日期（年份应在 1900–9999）"],
      [3, "第 3 行 受理时间：'1850-06-01' 不是有效日期（年份应在 1900–9999）"],
      [4, "第 4 行 受理时间：'10000-01-01' 不是有效日期（应为日期，如 2026-10-03 14:20）"],
      [7, `第 7 行 受理时间：'-1' ${range}`],
      [8, `第 8 行 受理时间：'0' ${range}`],
      [9, `第 9 行 受理时间：'2958466' ${range}`],
      [12, `第 12 行 受理时间：'60' ${range}`],
    ]);
  });

  it("date-1904.xlsx: serials read in the 1904 system, every date as written", () => {
    const input = readXlsx(fixture("date-1904.xlsx"));
    expect(input.date1904).toBe(true);
    const a = analyze(input, { asOf: parseIsoMinutes("2027-12-31T17:00")! });
    const iso = (p: number[]) =>
      `${String(p[0]).padStart(4, "0")}-${String(p[1]).padStart(2, "0")}-${String(p[2]).padStart(2, "0")}T${String(p[3] ?? 0).padStart(2, "0")}:${String(p[4] ?? 0).padStart(2, "0")}`;
    expect(
      a.cases.map((c) => [
        c.id,
        formatMinutes(c.receivedAt.at),
        c.notifiedAt && formatMinutes(c.notifiedAt.at),
        c.agreedAt && formatMinutes(c.agreedAt.at),
      ]),
    ).toEqual(DATE_1904_CASES.map((c) => [c.id, iso(c.received), iso(c.notified), iso(c.agreed)]));
    expect(said(a.rejected)).toEqual([]);
  });

  it("long-text.xlsx: cells over 32,767 characters are read whole", () => {
    const a = analyzeFile("long-text.xlsx");
    expect(a.cases).toHaveLength(1);
    const c = a.cases[0];
    expect([c.description.length, c.description.endsWith("，END"), c.customer.length, c.notes.length]).toEqual([
      40_003,
      true,
      32_768,
      32_767,
    ]);
  });

  it("unicode.xlsx: emoji, rare CJK, RTL and zero-width characters kept as written (only the ends trimmed)", () => {
    const a = analyzeFile("unicode.xlsx");
    expect(a.cases.map((c) => [c.id, c.customer, c.community, c.description])).toEqual(
      UNICODE_CASES.map((u) => [u.id, u.customer.trim(), u.community.trim(), u.description.trim()]),
    );
    // JavaScript's trim removes U+FEFF, so a byte-order mark pasted at an end does not become part of a name.
    expect(a.cases[4].community).toBe("和园");
    expect(a.cases[0].customer).toBe("𠮷野");
    expect(said(a.rejected)).toEqual([]);
  });

  it("id-spaces.xlsx: the five spellings of A-001 are one id — one case, four duplicates", () => {
    const a = analyzeFile("id-spaces.xlsx");
    expect(rows(a)).toEqual([
      ["A-001", 2, "2026-10-10T09:00"],
      ["A-002", 7, "2026-10-10T10:00"],
    ]);
    expect(a.duplicates).toEqual([{ id: "A-001", rows: [2, 3, 4, 5, 6], sheets: Array(5).fill("案件登记") }]);
    expect(a.rejected.map((r) => said(r.reason))).toEqual(
      [3, 4, 5, 6].map((r) => `第 ${r} 行 编号：编号重复（首次出现在第 2 行）`),
    );
    expect(ID_VARIANTS).toHaveLength(5);
  });

  it("totals-rows.xlsx: two cases; every totals row rejected as one, none read as a case from its figure", () => {
    const a = analyzeFile("totals-rows.xlsx");
    expect(rows(a)).toEqual([
      ["T-001", 2, "2026-10-09T09:00"],
      ["T-002", 3, "2026-10-09T10:00"],
    ]);
    expect(a.rejected.map((r) => said(r.reason))).toEqual([
      "第 4 行 编号：合计或汇总行，不计为案件",
      "第 5 行 编号：合计或汇总行，不计为案件",
      "第 6 行 编号：合计或汇总行，不计为案件",
      "第 7 行 受理时间：合计或汇总行，不计为案件",
      "第 8 行 编号：合计或汇总行，不计为案件",
      "第 9 行 编号：合计或汇总行，不计为案件",
    ]);
    expect(zhTexts(a.warnings).filter((w) => /1900/.test(w))).toEqual([]);
  });

  const RECALC = "公式没有计算结果（文件保存时未经计算），请在 Excel 中打开工作簿，重新计算并保存后再读取";
  const RESAVE = "文件可能已损坏，请在 Excel 中打开并另存后再读取";

  it("formulas-without-values.xlsx: every row accounted; a formula with no result is named by its cell, never read as blank", () => {
    const a = analyzeFile("formulas-without-values.xlsx");
    expect(rows(a)).toEqual([
      ["F-001", 2, "2026-10-09T09:00"],
      ["F-005", 6, "2026-10-09T11:00"],
    ]);
    expect(a.rejected.map((r) => [r.row, r.column, r.value, said(r.reason)])).toEqual([
      [3, "编号", "", `第 3 行 编号：单元格 A3 的${RECALC}`],
      [4, "编号", "", `第 4 行 编号：单元格 A4 的${RECALC}`],
      [5, "受理时间", "", `第 5 行 受理时间：单元格 B5 的${RECALC}`],
      [7, "编号", "汇总", "第 7 行 编号：合计或汇总行，不计为案件"],
    ]);
    expect(a.cellIssues.map((c) => [c.caseId, c.column, said(c.reason)])).toEqual([
      ["F-005", "事项内容", `第 6 行 事项内容：单元格 I6 的${RECALC}`],
    ]);
    expect(said(a.cases[1].invalid)).toEqual({ description: `第 6 行 事项内容：单元格 I6 的${RECALC}` });
    expect(a.logSheets.map((s) => [s.dataRows, s.cases, s.rejectedRows])).toEqual([[6, 2, 4]]);
    const note = a.warnings.find((w) => w.id === "log.formulas-without-values") as Message;
    expect([say(note, "zh"), say(note, "en")]).toEqual([
      "工作表“案件登记”有 16 个公式没有计算结果（如 A3），文件可能由其他程序生成、未经 Excel 计算。请在 Excel 中打开工作簿，重新计算并保存后再读取；在此之前，这些单元格所在的行列为未读入的行或单元格问题。",
      'Sheet "案件登记" has 16 formulas without a calculated result (e.g. A3); the file was probably written by another program and never calculated in Excel. Open the workbook in Excel, recalculate, save it and read it again; until then the rows of these cells are listed as rejected rows or cell issues.',
    ]);
  });

  it("broken-shared-strings.xlsx: an index past the end, -1, abc, 1.5 or empty is named with its cell, never read as string 0", () => {
    const a = analyzeFile("broken-shared-strings.xlsx");
    expect(rows(a)).toEqual([
      ["S-001", 2, "2026-10-09T09:00"],
      ["S-007", 8, "2026-10-09T11:00"],
    ]);
    expect(a.rejected.map((r) => [r.row, r.column, said(r.reason)])).toEqual([
      [
        3,
        "编号",
        `第 3 行 编号：单元格 A3 引用的共享字符串序号 999 不存在（文件中只有 24 个共享字符串，序号从 0 起），${RESAVE}`,
      ],
      [4, "编号", `第 4 行 编号：单元格 A4 的共享字符串序号 '-1' 不是从 0 起的整数，${RESAVE}`],
      [5, "编号", `第 5 行 编号：单元格 A5 的共享字符串序号 'abc' 不是从 0 起的整数，${RESAVE}`],
      [6, "受理时间", `第 6 行 受理时间：单元格 B6 的共享字符串序号 '1.5' 不是从 0 起的整数，${RESAVE}`],
      [7, "编号", `第 7 行 编号：单元格 A7 标为共享字符串，却没有写序号，${RESAVE}`],
      [
        9,
        "编号",
        `第 9 行 编号：单元格 A9 引用的共享字符串序号 7000 不存在（文件中只有 24 个共享字符串，序号从 0 起），${RESAVE}`,
      ],
    ]);
    expect(a.cellIssues.map((c) => [c.caseId, c.column, said(c.reason)])).toEqual([
      [
        "S-007",
        "事项内容",
        `第 8 行 事项内容：单元格 I8 引用的共享字符串序号 5000 不存在（文件中只有 24 个共享字符串，序号从 0 起），${RESAVE}`,
      ],
    ]);
    expect(a.logSheets.map((s) => [s.dataRows, s.cases, s.rejectedRows])).toEqual([[8, 2, 6]]);
    const note = a.warnings.find((w) => w.id === "log.broken-shared-strings") as Message;
    expect([say(note, "zh"), say(note, "en")]).toEqual([
      "工作表“案件登记”有 9 个单元格引用的共享字符串无效或不存在（如 A3），文件可能已损坏。请在 Excel 中打开并另存后再读取；在此之前，这些单元格所在的行列为未读入的行或单元格问题。",
      'Sheet "案件登记" has 9 cells whose shared string is invalid or missing (e.g. A3); the file may be damaged. Open and re-save it in Excel and read it again; until then the rows of these cells are listed as rejected rows or cell issues.',
    ]);
    // What string 0 holds is nowhere in a case or a rejection.
    expect(JSON.stringify([a.cases.map((c) => c.id), a.rejected.map((r) => r.value)])).not.toMatch(/编号/);
  });

  it("the reader gives each unreadable cell as a fault with its place, the value blank", () => {
    const sheet = readXlsx(fixture("broken-shared-strings.xlsx")).sheets[0];
    expect(sheet.faults).toEqual([
      { row: 3, column: 1, kind: "shared-string-missing", raw: "999", count: 24 },
      { row: 4, column: 1, kind: "shared-string-invalid", raw: "-1" },
      { row: 5, column: 1, kind: "shared-string-invalid", raw: "abc" },
      { row: 6, column: 2, kind: "shared-string-invalid", raw: "1.5" },
      { row: 7, column: 1, kind: "shared-string-invalid", raw: "" },
      { row: 8, column: 9, kind: "shared-string-missing", raw: "5000", count: 24 },
      { row: 9, column: 1, kind: "shared-string-missing", raw: "7000", count: 24 },
      { row: 9, column: 2, kind: "shared-string-missing", raw: "7001", count: 24 },
      { row: 9, column: 3, kind: "shared-string-missing", raw: "7002", count: 24 },
    ]);
    expect(sheet.values[2][0]).toBe("");
  });

  it("far-corner.xlsx: the 17 G-cell used range costs only the cells held — rows given sparsely, both cases read, the stray cell's row accounted", () => {
    const input = readXlsx(fixture("far-corner.xlsx"), { maxCells: 40 });
    const sheet = input.sheets[0];
    expect([sheet.firstRow, sheet.firstColumn, sheet.values.length]).toEqual([1, 1, 1_048_576]);
    // Four rows exist (header, two cases, the last row), the last holding its one cell; nothing in between.
    expect(Object.keys(sheet.values)).toEqual(["0", "1", "2", "1048575"]);
    // A row ends at its last value (物业公司; 完成时间 and 备注 are blank).
    expect(sheet.values[1].length).toBe(SHORT_HEADER.length - 2);
    expect(Object.keys(sheet.values[1_048_575])).toEqual(["16383"]);
    const a = analyze(input, { asOf: AS_OF });
    expect(rows(a)).toEqual([
      ["C-001", 2, "2026-10-09T09:00"],
      ["C-002", 3, "2026-10-09T10:00"],
    ]);
    expect(a.rejected.map((r) => said(r.reason))).toEqual([
      "第 1048576 行 编号：编号为空，每个案件都要有编号",
      "第 1048576 行 受理时间：受理时间为空，应为日期时间（如 2026-10-03 14:20）",
    ]);
    expect(a.logSheets.map((s) => [s.dataRows, s.cases, s.rejectedRows])).toEqual([[3, 2, 1]]);
  });

  it("header-under-notes.xlsx: the header found under 41 rows of title and notes; both cases read", () => {
    const a = analyzeFile("header-under-notes.xlsx");
    expect(rows(a)).toEqual([
      ["N-001", 43, "2026-10-12T09:00"],
      ["N-002", 44, "2026-10-12T10:00"],
    ]);
    expect([a.rejected, a.logUnreadable]).toEqual([[], null]);
  });

  it("header-too-deep.xlsx: no case, and the one reason names the rows searched", () => {
    const a = analyzeFile("header-too-deep.xlsx");
    expect(a.cases).toEqual([]);
    expect(a.logUnreadable && say(a.logUnreadable, "zh")).toBe(
      "工作表“案件登记”没有找到表头行：第 1–200 行中没有一行写有必需的列名 “编号”、“受理时间”，无法读取案件。" +
        "请在数据上方加一行表头，写明这两列，其他列如 来源渠道、客户姓名、联系电话、小区、房号、类别、事项内容 等。",
    );
    expect(a.warnings).toContain(a.logUnreadable);
  });

  it("row-limit.xlsx: read within a limit of its 9 cells (the empty rows between cost nothing); both cases, the last in row 1,048,576", () => {
    const a = analyzeFile("row-limit.xlsx", { maxCells: 9 });
    expect(rows(a)).toEqual([
      ["E-001", 2, "2026-10-01T09:00"],
      ["E-002", 1_048_576, "2026-10-02T09:00"],
    ]);
    expect([a.rejected, zhTexts(a.warnings)]).toEqual([[], []]);
  });
});

describe("files that cannot be read: one specific message each", () => {
  it("row-limit.xlsx under a cell limit below its 9 cells names the sheet and the limit", () => {
    expect(formatError(() => readXlsx(fixture("row-limit.xlsx"), { maxCells: 8 }))).toBe(
      '工作表“案件登记”的单元格数超过 8 个的上限（maxCells），已停止读取。 / Sheet "案件登记" has more than 8 cells, the limit (maxCells); reading was stopped.',
    );
  });

  it("a row number far past Excel's limit is refused as outside the grid, before any grid is built", () => {
    const bytes = xlsxRaw({
      sheets: [{ name: "案件登记", rows: [["编号", "受理时间"], { r: 2_000_000_000, cells: ["X", 46000] }] }],
    });
    expect(formatError(() => readXlsx(bytes))).toBe(
      "工作表“案件登记”中的单元格 A2000000000 超出 Excel 的表格范围（最多 1,048,576 行、16,384 列），文件可能已损坏。请在 Excel 中打开并另存后再试。 / " +
        'Sheet "案件登记" has a cell A2000000000 outside Excel\'s grid (at most 1,048,576 rows and 16,384 columns); the file may be damaged. Open and re-save it in Excel and try again.',
    );
  });

  it("legacy.xls", () => {
    expect(formatError(() => readXlsx(fixture("legacy.xls")))).toBe(
      "这是旧版 Excel 97-2003 工作簿（.xls），无法直接读取。请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再试。 / This is an old Excel 97-2003 workbook (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.",
    );
  });

  it("case-log.csv", () => {
    expect(formatError(() => readXlsx(fixture("case-log.csv")))).toBe(
      "这是文本文件（如 CSV），不是 Excel 工作簿。请在 Excel 中打开后“另存为” Excel 工作簿（.xlsx）再试。 / This is a text file (such as CSV), not an Excel workbook. Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.",
    );
  });

  it("password-protected.xlsx", () => {
    expect(formatError(() => readXlsx(fixture("password-protected.xlsx")))).toBe(
      "此工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx 再试。 / This workbook is password-protected (encrypted). Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save as .xlsx and try again.",
    );
  });

  it("corrupt-truncated.xlsx", () => {
    expect(formatError(() => readXlsx(fixture("corrupt-truncated.xlsx")))).toBe(
      `${CORRUPT_ZH} / ${CORRUPT_EN} (no end-of-central-directory record (truncated or not a zip))`,
    );
  });

  it("corrupt-data.xlsx", () => {
    expect(formatError(() => readXlsx(fixture("corrupt-data.xlsx")))).toBe(
      `${CORRUPT_ZH} / ${CORRUPT_EN} (entry xl/worksheets/sheet1.xml: invalid length/literal)`,
    );
  });

  const TOO_BIG_2GB =
    "文件解压后超过 2 GB 的上限（maxUncompressedBytes），为防止异常文件拖垮程序已停止读取。 / The file unpacks to more than the limit of 2 GB (maxUncompressedBytes); reading was stopped to protect the program from a malformed file.";

  it("zip-bomb.xlsx (4 GiB declared) is refused under the default 2 GB limit before anything is unpacked", () => {
    const used = process.memoryUsage().rss;
    expect(formatError(() => readXlsx(fixture("zip-bomb.xlsx")))).toBe(TOO_BIG_2GB);
    expect(process.memoryUsage().rss - used).toBeLessThan(64 * 2 ** 20);
  });

  it("one honest 64 MiB sheet under a 50 MB limit is refused from its declared size, before unpacking", () => {
    expect(formatError(() => readXlsx(zipBomb(1), { maxUncompressedBytes: 50 * 2 ** 20 }))).toBe(
      "文件解压后超过 50 MB 的上限（maxUncompressedBytes），为防止异常文件拖垮程序已停止读取。 / The file unpacks to more than the limit of 50 MB (maxUncompressedBytes); reading was stopped to protect the program from a malformed file.",
    );
  });

  it("a part read before the sheets (xl/workbook.xml, 64 MiB of rows) is stopped by the unpacked-bytes budget while unpacking", () => {
    const { body, size } = bombSheetBody();
    const entries = workbookEntries({ sheets: [{ name: "S", rows: [] }] }).map((e) =>
      e.name === "xl/workbook.xml" ? { name: e.name, data: new Uint8Array(0), body, size, crc: 0 } : e,
    );
    expect(formatError(() => readXlsx(zipRaw(entries), { maxUncompressedBytes: 16 * 2 ** 20 }))).toBe(
      "文件解压后超过 16 MB 的上限（maxUncompressedBytes），为防止异常文件拖垮程序已停止读取。 / The file unpacks to more than the limit of 16 MB (maxUncompressedBytes); reading was stopped to protect the program from a malformed file.",
    );
  });

  it("zip-bomb-lying.xlsx (every part declares 100 bytes) is stopped as soon as a part unpacks past its declared size", () => {
    expect(formatError(() => readXlsx(fixture("zip-bomb-lying.xlsx")))).toBe(
      `${CORRUPT_ZH} / ${CORRUPT_EN} (entry xl/worksheets/sheet1.xml unpacks to more than the 100 bytes its header declares)`,
    );
  });
});

describe("the real CLI on corpus files: exit code 2 and one line, or the JSON", () => {
  // The CLI as `npm run casebook` runs it: the bundled entry (rebuilt from src when stale).
  // The line's language is the environment's (LANG), as for a user who gives no --lang.
  const casebook = (file: string, lang = "zh_CN.UTF-8") =>
    spawnSync(
      "node",
      [
        join(root, "scripts", "casebook.mjs"),
        "analyze",
        join(root, "test", "fixtures", file),
        "--json",
        "--as-of",
        "2026-10-31T17:00",
      ],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, TZ: "America/New_York", LC_ALL: "", LC_MESSAGES: "", LANG: lang },
      },
    );
  const path = (file: string) => join(root, "test", "fixtures", file);

  it.each([
    ["empty-workbook.xlsx", "找不到案件登记表", "no case log sheet found"],
    ["legacy.xls", "这是旧版 Excel 97-2003 工作簿（.xls）", "This is an old Excel 97-2003 workbook (.xls)"],
    ["zip-bomb.xlsx", "（maxUncompressedBytes）", "(maxUncompressedBytes)"],
    ["zip-bomb-lying.xlsx", "文件已损坏或不完整", "unpacks to more than the 100 bytes its header declares)"],
  ])("%s", (file, zh, en) => {
    for (const [lang, start, words] of [
      ["zh_CN.UTF-8", `casebook：${path(file)}：`, zh],
      ["en_US.UTF-8", `casebook: ${path(file)}: `, en],
    ]) {
      const run = casebook(file, lang);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      const lines = run.stderr.split("\n");
      expect(lines).toHaveLength(2); // one line and its newline
      expect(lines[0].startsWith(start)).toBe(true);
      expect(lines[0]).toContain(words);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    }
  });

  it("text-dates.xlsx: the JSON of the same analysis the library gives", () => {
    const run = casebook("text-dates.xlsx");
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(run.stdout)).toEqual(toJsonDocument(analyzeFile("text-dates.xlsx")));
  });
});
