/**
 * Logs as clerks keep them (DESIGN §2): a year by month, a log continued on a second sheet, a hidden old log,
 * date and time in two columns, no case number. Each layout with its exact outcome.
 */
import { say } from "../../../src/core/messages";
import type { CellValue, SheetValues, WorkbookInput } from "../../../src/core/model";
import { parseMonthSheetName, readCaseLog, sheetForNewCase } from "../../../src/core/parse";
import { formatMinutes, toMinutes } from "../../../src/core/time";
import {
  hiddenAndContinued,
  MONTH_SPELLINGS,
  noCaseNumber,
  SPLIT_HEADERS,
  splitRows,
  yearByMonth,
} from "../../fixtures/log-layouts";
import { said } from "../../support/said";

function book(sheets: { name: string; values: CellValue[][]; state?: "hidden" | "veryHidden" }[]): WorkbookInput {
  return {
    date1904: false,
    sheets: sheets.map((s): SheetValues => ({
      name: s.name,
      values: s.values,
      firstRow: 1,
      firstColumn: 1,
      ...(s.state ? { visibility: s.state } : {}),
    })),
  };
}

describe("a year kept as one sheet per month", () => {
  it.each(MONTH_SPELLINGS)(
    "reads every month sheet (%s …), in workbook order, and names 汇总 and 统计 once",
    (_, names) => {
      const r = readCaseLog(book(yearByMonth(names)));
      expect(r.cases.map((c) => [c.sheet, c.id, c.row])).toEqual(
        names.flatMap((n, i) => [1, 2, 3].map((k) => [n, `M${String(8 + i).padStart(2, "0")}-0${k}`, 2 + k])),
      );
      expect(r.sheets.map((s) => [s.name, s.headerRow, s.dataRows, s.cases, s.rejectedRows])).toEqual(
        names.map((n) => [n, 2, 3, 3, 0]),
      );
      expect(r.skipped).toEqual([
        { name: "汇总", why: "not-a-log" },
        { name: "统计", why: "not-a-log" },
      ]);
      expect(r.warnings.map((w) => say(w, "zh"))).toEqual([
        "未作为案件登记读取的工作表：“汇总”、“统计”（表头不是案件登记表）。",
        `案件登记分在 3 个工作表，均已读取：${names.map((n) => `“${n}” 3 行（3 个案件）`).join("、")}。`,
      ]);
      expect(r.dataRows).toBe(9);
    },
  );

  it("a 编号 repeated on another month's sheet is a duplicate, named with both sheets", () => {
    const sheets = yearByMonth(["8月", "9月", "10月"]);
    sheets[3].values[3][0] = "M08-01"; // 10月's first case repeats 8月's first
    const r = readCaseLog(book(sheets));
    expect(r.cases).toHaveLength(8);
    expect(r.duplicates).toEqual([{ id: "M08-01", rows: [3, 4], sheets: ["8月", "10月"] }]);
    expect(said(r.rejected)).toEqual([
      {
        row: 4,
        sheet: "10月",
        column: "编号",
        value: "M08-01",
        reason: "“10月”第 4 行 编号：编号重复（首次出现在“8月”第 3 行）",
      },
    ]);
    expect(r.sheets.find((s) => s.name === "10月")).toMatchObject({ dataRows: 3, cases: 2, rejectedRows: 1 });
  });

  it("year-less dates on a month sheet take the year other month sheets carry", () => {
    const sheets = yearByMonth(["8月", "9月"]);
    sheets[2].values[2][1] = "9月5日";
    const r = readCaseLog(book(sheets));
    expect(formatMinutes(r.cases.find((c) => c.sheet === "9月")?.receivedAt.at ?? 0)).toBe("2026-09-05T00:00");
  });
});

describe("which sheet is the log", () => {
  it("reads the visible logs, a log continued on 案件登记(2) included, and names the hidden ones it skipped", () => {
    const r = readCaseLog(book(hiddenAndContinued()));
    expect(r.sheets.map((s) => s.name)).toEqual(["案件登记", "案件登记(2)"]);
    expect(r.cases).toHaveLength(6);
    expect(r.skipped).toEqual([
      { name: "旧案件登记", why: "hidden" },
      { name: "隐藏备份", why: "hidden" },
    ]);
    expect(say(r.warnings[0], "zh")).toBe(
      "未作为案件登记读取的工作表：“旧案件登记”、“隐藏备份”（隐藏的工作表，已读取可见的案件登记表）。",
    );
  });

  it("reads hidden logs when no visible sheet is one", () => {
    const sheets = hiddenAndContinued().filter((s) => s.state);
    const r = readCaseLog(book([...sheets, { name: "说明", values: [["本表由客服中心维护"]] }]));
    expect(r.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["旧案件登记", "veryHidden"],
      ["隐藏备份", "hidden"],
    ]);
    expect(r.cases).toHaveLength(6);
    expect(r.skipped).toEqual([{ name: "说明", why: "not-a-log" }]);
  });

  it("leaves Casebook's own sheets and the other input sheets out, without naming them", () => {
    const sheets = yearByMonth(["8月"]).slice(1, 2);
    const r = readCaseLog(
      book([
        ...sheets,
        { name: "CB-投诉登记簿", values: sheets[0].values },
        { name: "投诉登记簿", values: sheets[0].values },
        { name: "巡检", values: [["日期", "小区", "物业公司", "检查项目", "问题描述", "扣分"]] },
        { name: "设置", values: [["分类", "项目", "值"]] },
      ]),
    );
    expect(r.sheets.map((s) => s.name)).toEqual(["8月"]);
    expect(r.skipped).toEqual([]);
    expect(r.warnings.map((w) => say(w, "zh"))).toEqual([]);
  });
});

describe("date and time in two columns", () => {
  it.each(SPLIT_HEADERS)("%s: one instant, a time alone never a date-time, times shown as 10:15", (_, header) => {
    const r = readCaseLog(book([{ name: "案件登记", values: [header, ...splitRows()] }]));
    const at = (s: { at: number } | null): string | null => (s ? formatMinutes(s.at) : null);
    expect(r.cases.map((c) => [c.id, at(c.receivedAt), at(c.notifiedAt), at(c.completedAt)])).toEqual([
      ["S-1", "2026-10-06T10:15", "2026-10-06T14:00", "2026-10-09T16:30"],
      ["S-2", "2026-10-06T10:15", "2026-10-06T15:00", null],
      ["S-3", "2026-10-07T00:00", null, null],
      ["S-6", "2026-10-06T08:00", null, null],
    ]);
    expect(r.cases[2].receivedAt.dateOnly).toBe(true);
    expect(r.rejected.map((x) => [x.row, x.column, x.value, said(x.reason)])).toEqual([
      [5, header[2], "10:15", `第 5 行 ${header[2]}：'10:15' 只有时间，没有日期`],
      [6, header[2], "25:00", `第 6 行 ${header[2]}：'25:00' 不是有效时间（应为 00:00–23:59）`],
    ]);
    expect(r.cellIssues.map((i) => [i.row, i.column, i.value, said(i.reason)])).toEqual([
      [7, "送达时间", "09:00", "第 7 行 送达时间：'09:00' 只有时间，没有日期"],
    ]);
    expect(r.warnings.map((w) => say(w, "zh"))).toEqual([]);
    expect(r.sheets[0].columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(["receivedAt", "receivedAt:time", "notifiedAt", "notifiedAt:time"]),
    );
  });

  it("a lone time column is never read as a date-time: the time shows as 10:15, not a serial", () => {
    const r = readCaseLog(
      book([
        {
          name: "案件登记",
          values: [
            ["编号", "受理时间"],
            ["A1", 10 / 24 + 15 / 1440],
          ],
        },
      ]),
    );
    expect(r.rejected.map((x) => said(x.reason))).toEqual(["第 2 行 受理时间：'10:15' 只有时间，没有日期"]);
    expect(r.rejected[0].value).toBe("10:15");
  });
});

describe("a log without a case number", () => {
  it("gives ids from the sheet name and 序号 (or the row), says so once, and reports a repeated 序号", () => {
    const r = readCaseLog(book(noCaseNumber()));
    expect(r.cases.map((c) => c.id)).toEqual([
      "10月-1",
      "10月-2",
      "10月-12",
      "10月-第5行",
      "10月-第6行",
      "11月-1",
      "11月-2",
      "12月-第2行",
    ]);
    expect(formatMinutes(r.cases[0].receivedAt.at)).toBe("2026-10-03T10:15");
    expect(said(r.rejected)).toEqual([]);
    expect(r.sheets.map((s) => s.generatedIds)).toEqual([true, true, true]);
    expect(r.warnings.map((w) => say(w, "zh"))).toEqual([
      "“10月”的序号 12 重复（第 4、5 行）；重复序号的后几个案件以行号为编号（如 10月-第5行）。",
      "“10月”、“11月”、“12月”没有“编号”列：案件以工作表名和序号为编号（没有序号的以行号），如 10月-1。",
      "案件登记分在 3 个工作表，均已读取：“10月” 5 行（5 个案件）、“11月” 2 行（2 个案件）、“12月” 1 行（1 个案件）。",
    ]);
  });
});

describe("month sheet names", () => {
  it.each([
    ["8月", null, 8, "9月"],
    ["08月", null, 8, "09月"],
    ["8月份", null, 8, "9月份"],
    ["2026.08", 2026, 8, "2026.09"],
    ["2026.8", 2026, 8, "2026.9"],
    ["2026-08", 2026, 8, "2026-09"],
    ["2026年8月", 2026, 8, "2026年9月"],
    ["2026年08月案件登记", 2026, 8, "2026年09月案件登记"],
    ["26年8月", 2026, 8, "26年9月"],
    ["202608", 2026, 8, "202609"],
    ["Aug", null, 8, "Sep"],
    ["August 2026", 2026, 8, "September 2026"],
    ["AUG-26", 2026, 8, "SEP-26"],
    ["八月", null, 8, "九月"],
    ["十二月", null, 12, "九月"],
  ])("%s → year %s, month %s; the next spelled %s", (name, year, month, next) => {
    const m = parseMonthSheetName(name);
    expect(m && [m.year, m.month]).toEqual([year, month]);
    expect(m?.format(2026, name === "十二月" ? 9 : 9)).toBe(next);
  });

  it.each(["汇总", "统计", "案件登记", "2026年", "Sheet1", "13月", "Total", "案件登记(2)"])(
    "%s names no month",
    (name) => {
      expect(parseMonthSheetName(name)).toBeNull();
    },
  );
});

describe("the sheet a new case goes to", () => {
  const on = (y: number, m: number, d: number): number => toMinutes({ year: y, month: m, day: d, hour: 10, minute: 0 });

  it.each([
    [["8月", "9月", "10月"], "11月"],
    [["2026.08", "2026.09", "2026.10"], "2026.11"],
    [["2026年8月", "2026年9月", "2026年10月"], "2026年11月"],
    [["202608", "202609", "202610"], "202611"],
    [["Aug", "Sep", "Oct"], "Nov"],
  ])("a year by month (%j): its month's sheet, or a new one spelled like the others (%s)", (names, november) => {
    const log = readCaseLog(book(yearByMonth(names)));
    expect(sheetForNewCase(log, on(2026, 9, 14))).toEqual({
      name: names[1],
      exists: true,
      template: names[1],
      headerRow: 2,
      columns: log.sheets[1].columns,
      byMonth: true,
    });
    expect(sheetForNewCase(log, on(2026, 11, 2))).toMatchObject({
      name: november,
      exists: false,
      template: names[2],
      headerRow: 2,
      byMonth: true,
    });
  });

  it("a log continued on a second sheet grows on the last one; no log, no sheet", () => {
    const log = readCaseLog(book(hiddenAndContinued()));
    expect(sheetForNewCase(log, on(2026, 9, 14))).toMatchObject({ name: "案件登记(2)", exists: true, byMonth: false });
    expect(sheetForNewCase(readCaseLog(book([{ name: "说明", values: [["x"]] }])), on(2026, 9, 14))).toBeNull();
  });
});
