import fc from "fast-check";
import {
  cellText,
  excelError,
  EXCEL_ERRORS,
  isBlank,
  isBlankRow,
  parseDateCell,
  parseNumberCell,
  type DateCell,
  type DateContext,
} from "../../../src/core/parse";
import { said } from "../../support/said";
import { formatMinutes, fromExcelSerial, toExcelSerial, toMinutes } from "../../../src/core/time";

const ctx: DateContext = { date1904: false, defaultYear: 2026 };
const show = (r: DateCell): string =>
  r.kind === "ok"
    ? formatMinutes(r.stamp.at) + (r.stamp.dateOnly ? " date" : "")
    : r.kind === "blank"
      ? "blank"
      : `error: ${said(r.reason)}`;
const read = (v: string | number | boolean | null, c = ctx): string => show(parseDateCell(v, c));

describe("date cells: the clerk styles of DESIGN §2", () => {
  it.each([
    ["2026-10-03 14:20", "2026-10-03T14:20"],
    ["2026/10/3 14:20", "2026-10-03T14:20"],
    ["2026.10.3", "2026-10-03T00:00 date"],
    ["2026年10月3日 14时20分", "2026-10-03T14:20"],
    ["2026年10月3日14:20", "2026-10-03T14:20"],
    ["2026年10月3日", "2026-10-03T00:00 date"],
    ["10月3日", "2026-10-03T00:00 date"],
    ["10-03 14:20", "2026-10-03T14:20"],
    ["10/3", "2026-10-03T00:00 date"],
    ["10.3", "2026-10-03T00:00 date"],
    ["2026-10-03 14:20:45", "2026-10-03T14:20"],
    ["2026年10月3日 14时20分45秒", "2026-10-03T14:20"],
    ["2026-10-03T14:20", "2026-10-03T14:20"],
    ["20261003", "2026-10-03T00:00 date"],
    ["２０２６－１０－０３　１４：２０", "2026-10-03T14:20"],
    ["２０２６年１０月３日", "2026-10-03T00:00 date"],
    ["  2026-10-03 14:20  ", "2026-10-03T14:20"],
    ["2026/10/3 星期六 9:05", "2026-10-03T09:05"],
    ["2026年10月3日（周六）", "2026-10-03T00:00 date"],
    ["2026年10月3日 下午2点半", "2026-10-03T14:30"],
    ["2026-10-03 2:20 pm", "2026-10-03T14:20"],
    ["2026-10-03 12:05 am", "2026-10-03T00:05"],
    ["2026年10月3日 14点", "2026-10-03T14:00"],
    ["2026-10-03 24:00", "2026-10-04T00:00"],
    ["46298.5972222222", "2026-10-03T14:20"],
  ])("%s → %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("reads Excel serials: a whole number is a date without a time", () => {
    expect(read(46298.5972222222)).toBe("2026-10-03T14:20");
    expect(read(46298)).toBe("2026-10-03T00:00 date");
  });

  it("reads 1904-system serials when the workbook says so", () => {
    const c1904 = { date1904: true, defaultYear: null };
    expect(read(46298.5972222222 - 1462, c1904)).toBe("2026-10-03T14:20");
    expect(read(0, c1904)).toBe("1904-01-01T00:00 date");
    // The same number in the 1900 system is four years and a day later.
    expect(read(46298 - 1462)).toBe("2022-10-02T00:00 date");
  });

  it("takes a date typed as the number 20261003 as that date", () => {
    expect(read(20261003)).toBe("2026-10-03T00:00 date");
  });

  it.each([
    ["10月32日", "'10月32日' 不是有效日期（2026年10月只有 31 天）"],
    ["2026-02-30", "'2026-02-30' 不是有效日期（2026年2月只有 28 天）"],
    ["2026-13-01", "'2026-13-01' 不是有效日期（月份应为 1–12）"],
    ["2026-10-03 25:00", "'2026-10-03 25:00' 不是有效时间（应为 00:00–23:59）"],
    ["2026-10-03 14:60", "'2026-10-03 14:60' 不是有效时间（应为 00:00–23:59）"],
    ["2026-10-03 24:01", "'2026-10-03 24:01' 不是有效时间（应为 00:00–23:59）"],
    ["2026-10-03 14:20:75", "'2026-10-03 14:20:75' 不是有效时间（应为 00:00–23:59）"],
    ["下午2:20", "'下午2:20' 只有时间，没有日期"],
    ["10:15", "'10:15' 只有时间，没有日期"],
    ["明天", "'明天' 不是有效日期（应为日期，如 2026-10-03 14:20）"],
    ["2026-10", "'2026-10' 不是有效日期（应为日期，如 2026-10-03 14:20）"],
    ["2026-10-03 abc", "'2026-10-03 abc' 不是有效日期（应为日期，如 2026-10-03 14:20）"],
  ])("%s is an error, never rolled over", (text, reason) => {
    expect(said(parseDateCell(text, ctx))).toEqual({ kind: "error", reason });
  });

  it("knows 29 February only in leap years", () => {
    expect(read("2028-02-29")).toBe("2028-02-29T00:00 date");
    expect(read("2026-02-29")).toMatch(/^error: .*只有 28 天/);
  });

  it("cannot place 10月3日 without a year from context", () => {
    expect(said(parseDateCell("10月3日", { date1904: false, defaultYear: null }))).toEqual({
      kind: "error",
      reason: "'10月3日' 没有写年份，表中也无法推断年份",
    });
    const r = parseDateCell("10月3日", { date1904: false, defaultYear: 2025 });
    expect(r.kind === "ok" && r.yearInferred).toBe(true);
  });

  it.each([...EXCEL_ERRORS])("error value %s gives its own reason", (code) => {
    expect(said(parseDateCell(code, ctx))).toEqual({ kind: "error", reason: `单元格为错误值 ${code}` });
  });

  it("rejects serials outside Excel's range and booleans", () => {
    expect(read(3_000_000)).toBe("error: '3000000' 超出 Excel 日期范围，不是有效日期");
    expect(read(-1)).toBe("error: '-1' 超出 Excel 日期范围，不是有效日期");
    expect(read(0)).toMatch(/^error: .*超出 Excel 日期范围/);
    expect(read(0.6)).toBe("error: '14:24' 只有时间，没有日期"); // as the clerk sees it, never the serial
    expect(read(60.5)).toMatch(/^error: /); // 29 Feb 1900, which never was
    expect(read(99999999)).toMatch(/^error: /);
    expect(read(true)).toMatch(/^error: 'TRUE' 不是有效日期/);
  });

  it("treats blank and whitespace as blank", () => {
    for (const v of ["", "   ", "\u3000", null]) expect(parseDateCell(v, ctx)).toEqual({ kind: "blank" });
  });

  it("keeps huge cells cheap and quotes them short", () => {
    const r = parseDateCell("2026-10-03" + "x".repeat(1_000_000), ctx);
    expect(r.kind).toBe("error");
    expect(r.kind === "error" && said(r.reason).length).toBeLessThan(120);
  });

  it("agrees with time.fromExcelSerial on every serial (fast path included), both systems", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 3_000_000, noNaN: true }), fc.boolean(), (serial, date1904) => {
        const r = parseDateCell(serial, { date1904, defaultYear: null });
        const expected = fromExcelSerial(serial, date1904);
        if (expected === null) return r.kind === "error";
        return r.kind === "ok" && r.stamp.at === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips any minute of 1901–9998 written as text or as a serial", () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 1901, max: 9998 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
        }),
        (p) => {
          const m = toMinutes(p);
          const text = `${p.year}年${p.month}月${p.day}日 ${p.hour}:${String(p.minute).padStart(2, "0")}`;
          const a = parseDateCell(text, ctx);
          const b = parseDateCell(toExcelSerial(m), ctx);
          return a.kind === "ok" && a.stamp.at === m && b.kind === "ok" && b.stamp.at === m;
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("cell text", () => {
  it("trims, and makes full-width digits, letters and spaces half-width", () => {
    expect(cellText("\u3000Ａ００１ ")).toBe("A001");
    expect(cellText("３号楼\u30002单元")).toBe("3号楼 2单元");
    expect(cellText("渗水，要求维修。")).toBe("渗水，要求维修。"); // Chinese punctuation stays
  });

  it("writes numbers as Excel shows them and booleans as TRUE/FALSE", () => {
    expect(cellText(13812345678)).toBe("13812345678");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
  });

  it("recognises error values and blanks", () => {
    expect(excelError(" #n/a ")).toBe("#N/A");
    expect(excelError("#N/A 待查")).toBeNull();
    expect(excelError("#123")).toBeNull();
    expect(isBlank("\u3000 \t")).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlankRow(["", null, "  "])).toBe(true);
    expect(isBlankRow(["", 0])).toBe(false);
  });

  it("reads numbers stored as text", () => {
    expect(parseNumberCell("1,200")).toBe(1200);
    expect(parseNumberCell("￥300")).toBe(300);
    expect(parseNumberCell("３００元", /元$/)).toBe(300);
    expect(parseNumberCell(" -2.5 ")).toBe(-2.5);
    expect(parseNumberCell("三百")).toBeNull();
    expect(parseNumberCell("1.2.3")).toBeNull();
    expect(parseNumberCell("")).toBeNull();
  });
});
