/**
 * The per-row reasons, family by family, as the readers and the judge make them and each language says them:
 * a cell's value, a row of the case log, the Communities, inspections and Pauses sheets, a deadline that cannot
 * be judged, a delivery not in writing, and the "为什么？" lines that show them. Chinese is the center's wording
 * to the character; English is plain English around the clerk's column and value, shown as written.
 */
import {
  checkPauses,
  defaultDeadlineConfig,
  evaluateCompliance,
  explainEntry,
  explanationLines,
} from "../../../src/core/deadlines";
import { say, type Message } from "../../../src/core/messages";
import type { CellValue, WorkbookInput } from "../../../src/core/model";
import {
  faultReason,
  parseDateCell,
  parseEnumCell,
  parseTimeCell,
  readCaseLog,
  readCommunities,
  readInspections,
  readPauses,
  SATISFACTION_SPEC,
  setAsideFutureCases,
} from "../../../src/core/parse";
import { parseIsoMinutes } from "../../../src/core/time";
import { at, makeCase } from "../deadlines/make-case";

const both = (m: Message | undefined): [string, string] => (m === undefined ? ["", ""] : [say(m, "zh"), say(m, "en")]);
const error = (r: { kind: string; reason?: Message }): Message => {
  if (r.kind !== "error" || r.reason === undefined) throw new Error(`not an error: ${r.kind}`);
  return r.reason;
};
const book = (name: string, rows: CellValue[][]): WorkbookInput => ({
  date1904: false,
  sheets: [{ name, values: rows, firstRow: 1, firstColumn: 1 }],
});

describe("a cell's value", () => {
  const ctx = { date1904: false, defaultYear: 2026 };

  it("dates and times", () => {
    expect(both(error(parseDateCell("10月32日", ctx)))).toEqual([
      "'10月32日' 不是有效日期（2026年10月只有 31 天）",
      '"10月32日" is not a valid date (October 2026 has 31 days)',
    ]);
    expect(both(error(parseDateCell("10:15", ctx)))).toEqual([
      "'10:15' 只有时间，没有日期",
      '"10:15" is a time without a date',
    ]);
    expect(both(error(parseDateCell(0.5, ctx)))).toEqual([
      "'12:00' 只有时间，没有日期",
      '"12:00" is a time without a date',
    ]);
    expect(both(error(parseDateCell("2026-13-01", ctx)))[1]).toBe(
      '"2026-13-01" is not a valid date (the month must be 1–12)',
    );
    expect(both(error(parseDateCell("10月3日", { date1904: false, defaultYear: null })))[1]).toBe(
      '"10月3日" has no year, and the sheet gives none to infer',
    );
    expect(both(error(parseDateCell("#N/A", ctx)))).toEqual([
      "单元格为错误值 #N/A",
      "the cell holds the error value #N/A",
    ]);
    expect(both(error(parseTimeCell("下午", false)))).toEqual([
      "'下午' 不是有效时间（应为时间，如 10:15）",
      '"下午" is not a time (expected a time such as 10:15)',
    ]);
    expect(both(error(parseDateCell("2026-10-03 25:00", ctx)))[1]).toBe(
      '"2026-10-03 25:00" is not a valid time (00:00–23:59)',
    );
  });

  it("a coded value no word list knows names the column's values in the reader's language", () => {
    expect(both(error(parseEnumCell("很好", SATISFACTION_SPEC)))).toEqual([
      "'很好' 不是已知的满意度（应为 满意/基本满意/不满意 或 1–5）",
      '"很好" is not a known satisfaction (expected Satisfied, Mostly satisfied, Dissatisfied or 1–5)',
    ]);
  });

  it("a cell a file holds without a value", () => {
    expect(both(faultReason({ row: 5, column: 2, kind: "formula-without-value" }))).toEqual([
      "单元格 B5 的公式没有计算结果（文件保存时未经计算），请在 Excel 中打开工作簿，重新计算并保存后再读取",
      "cell B5 holds a formula without its result (the file was saved without calculating); open the workbook in Excel, recalculate, save it and read it again",
    ]);
    expect(both(faultReason({ row: 4, column: 3, kind: "shared-string-missing", raw: "99", count: 12 }))[1]).toBe(
      "cell C4 refers to shared string 99, which is not there (the file has 12 shared strings, numbered from 0); the file may be damaged: open and re-save it in Excel and read it again",
    );
  });
});

describe("a row of the case log", () => {
  const header = ["编号", "受理时间", "质保金扣留", "完成时间"];

  it("rejected rows and kept cases' cells, each with its row and the clerk's column", () => {
    const r = readCaseLog(
      book("案件登记", [
        header,
        ["A1", "2026-10-03 09:00", "-300", "2026-10-01"],
        ["合计", "", "", ""],
        ["", "2026-10-04 09:00", "", ""],
        ["A1", "2026-10-05 09:00", "", ""],
        ["A4", "", "", ""],
      ]),
    );
    expect(r.rejected.map((x) => both(x.reason))).toEqual([
      ["第 3 行 编号：合计或汇总行，不计为案件", "Row 3, 编号: a totals or summary row, not a case"],
      ["第 4 行 编号：编号为空，每个案件都要有编号", "Row 4, 编号: the case number is blank; every case needs one"],
      ["第 5 行 编号：编号重复（首次出现在第 2 行）", "Row 5, 编号: the case number repeats (first in row 2)"],
      [
        "第 6 行 受理时间：受理时间为空，应为日期时间（如 2026-10-03 14:20）",
        "Row 6, 受理时间: the received time is blank; it must be a date and time such as 2026-10-03 14:20",
      ],
    ]);
    expect(r.cellIssues.map((x) => both(x.reason))).toEqual([
      [
        "第 2 行 质保金扣留：'-300' 不是有效金额（不能为负数）",
        'Row 2, 质保金扣留: "-300" is not a valid amount (it cannot be negative)',
      ],
      [
        "第 2 行 完成时间：'2026-10-01' 早于受理时间 2026-10-03 09:00",
        'Row 2, 完成时间: "2026-10-01" is before the received time 2026-10-03 09:00',
      ],
    ]);
    expect(both(r.cases[0].invalid.warrantyWithheld)[1]).toBe(
      'Row 2, 质保金扣留: "-300" is not a valid amount (it cannot be negative)',
    );
  });

  it("over several sheets the sheet leads, and a case after the as-of says so", () => {
    const input: WorkbookInput = {
      date1904: false,
      sheets: [
        {
          name: "9月",
          values: [
            ["编号", "受理时间"],
            ["A1", "2026-09-03 09:00"],
          ],
          firstRow: 1,
          firstColumn: 1,
        },
        {
          name: "10月",
          values: [
            ["编号", "受理时间"],
            ["A1", "2026-10-03 09:00"],
            ["A2", "2062-10-03 09:00"],
          ],
          firstRow: 1,
          firstColumn: 1,
        },
      ],
    };
    const log = setAsideFutureCases(readCaseLog(input), parseIsoMinutes("2026-10-31T17:00") as number).log;
    expect(log.rejected.map((x) => both(x.reason))).toEqual([
      [
        "“10月”第 2 行 编号：编号重复（首次出现在“9月”第 2 行）",
        'Sheet "10月", row 2, 编号: the case number repeats (first in sheet "9月", row 2)',
      ],
      [
        "“10月”第 3 行 受理时间：2062-10-03 09:00 晚于数据截至时刻 2026-10-31 17:00，案件 A2 未计入统计（年份是否写错？）",
        'Sheet "10月", row 3, 受理时间: 2062-10-03 09:00 is after the as-of instant 2026-10-31 17:00: case A2 is not counted (a mistyped year?)',
      ],
    ]);
  });
});

describe("the other sheets' rows", () => {
  it("Communities", () => {
    const r = readCommunities(
      book("小区", [
        ["小区", "物业公司", "户数"],
        ["阳光花园", "金辉物业", 5],
        ["合计", "", 5],
        ["", "金辉物业", 1],
        ["阳光花园", "", 2],
      ]),
    );
    expect(r.rejected.map((x) => both(x.reason))).toEqual([
      ["第 3 行 小区：合计行，不计为小区", "Row 3, 小区: a totals row, not a community"],
      ["第 4 行 小区：小区为空", "Row 4, 小区: the community is blank"],
      ["第 5 行 小区：小区重复（首次出现在第 2 行）", "Row 5, 小区: the community repeats (first in row 2)"],
    ]);
  });

  it("inspections", () => {
    const r = readInspections(
      book("巡检", [
        ["日期", "小区", "物业公司", "扣分"],
        ["", "阳光花园", "金辉物业", 1],
        ["2026-10-06", "阳光花园", "金辉物业", "很多"],
        ["2026-10-07", "", "", 1],
        ["合计", "", "", 2],
      ]),
    );
    expect(r.rejected.map((x) => both(x.reason))).toEqual([
      ["第 2 行 日期：日期为空，应为检查日期", "Row 2, 日期: the date is blank; it must be the day of the inspection"],
      [
        "第 3 行 扣分：'很多' 不是有效扣分（应为不小于 0 的数）",
        'Row 3, 扣分: "很多" is not a valid deduction (a number, 0 or more)',
      ],
      [
        "第 4 行 小区：小区和物业公司都为空，无法归属",
        "Row 4, 小区: both the community and the property company are blank, so the inspection belongs to no one",
      ],
      ["第 5 行 日期：合计行，不计为巡检记录", "Row 5, 日期: a totals row, not an inspection"],
    ]);
  });

  it("Pauses", () => {
    const r = readPauses(
      book("暂停记录", [
        ["编号", "暂停开始", "暂停结束"],
        ["", "2026-10-04 10:00", ""],
        ["B2", "", ""],
        ["B2", "2026-10-06 10:00", "2026-10-05 10:00"],
      ]),
    );
    expect(r.rejected.map((x) => both(x.reason))).toEqual([
      ["第 2 行 编号：编号为空，不知道暂停哪个案件", "Row 2, 编号: the case number is blank, so no case is paused"],
      ["第 3 行 暂停开始：暂停开始为空", "Row 3, 暂停开始: the pause start is blank"],
      ["第 4 行 暂停结束：暂停结束不晚于暂停开始", "Row 4, 暂停结束: the pause ends no later than it starts"],
    ]);
  });
});

describe("a deadline that cannot be judged, a delivery not in writing, and the “为什么？” lines", () => {
  const config = defaultDeadlineConfig();
  const asOf = at("2026-10-16T09:00");
  const judged = (spec: Parameters<typeof makeCase>[0], rule: string) => {
    const c = makeCase(spec);
    const pauses = checkPauses([], [c], config, asOf).byCase;
    const e = evaluateCompliance([c], config, asOf, { pauses }).find((x) => x.rule === rule);
    if (!e) throw new Error(`no ${rule} entry`);
    return { e, x: explainEntry(e, c, { config, asOf, pauses }) };
  };

  it("a blank stop date", () => {
    const { e, x } = judged({ category: "complaint", notifiedAt: null }, "rectify");
    expect(both(e.reason)).toEqual(["送达时间未填", "Notified is blank"]);
    expect(explanationLines(x, "zh").at(-1)).toBe("结论：无法判断，送达时间未填");
    expect(explanationLines(x, "en").at(-1)).toBe("Verdict: Unknown, Notified is blank");
  });

  it("a delivery by phone, and one of a kind not written", () => {
    const phone = judged(
      { receivedAt: "2026-10-14T09:00", notifiedAt: "2026-10-14T10:00", deliveryKind: "电话" },
      "notify-property",
    );
    expect(both(phone.e.note)).toEqual(["口头送达，未书面", "delivered verbally, not in writing"]);
    expect(explanationLines(phone.x, "en")).toContain("Notified: 14 Oct 10:00 (delivered verbally, not in writing)");
    expect(phone.x.text.en).toContain("Notified 14 Oct 10:00, delivered verbally, not in writing");
    const other = judged(
      { receivedAt: "2026-10-14T09:00", notifiedAt: "2026-10-14T10:00", deliveryKind: "传达室转交" },
      "notify-property",
    );
    expect(both(other.e.note)).toEqual([
      "送达方式“传达室转交”不是书面方式，未计为书面送达",
      'the delivery kind "传达室转交" is not a written one, so not counted as a written delivery',
    ]);
  });
});
