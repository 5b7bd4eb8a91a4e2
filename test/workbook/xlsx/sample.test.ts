import { existsSync, readFileSync } from "node:fs";
import { buildSample, SAMPLE_PATH } from "../../../scripts/make-sample";
import { readXlsx } from "../../../src/workbook/xlsx/read";
import { fromExcelSerial, fromMinutes } from "../../../src/core/time";
import { LOG_HEADERS } from "../../../scripts/sample/big-log";

describe("the bundled sample, 2025 and 2026 (assets/sample/case-log.xlsx)", () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
  const input = readXlsx(bytes);
  const log = input.sheets.find((s) => s.name === "案件登记");
  const values = log?.values ?? [];
  const dataRows = values.filter((r) => typeof r[0] === "string" && /^202[56]-\d{4}$/.test(r[0]));

  it("exists with the log, the communities, the inspections and the pauses, and no Settings sheet", () => {
    expect(existsSync(SAMPLE_PATH)).toBe(true);
    expect(input.sheets.map((s) => s.name)).toEqual(["案件登记", "小区", "巡检", "暂停记录"]);
    expect(input.date1904).toBe(false);
  });

  it("has a title row above the canonical header and about 3,000 cases a year over all 24 months", () => {
    expect(values[0][0]).toBe("客服中心案件登记表（2025—2026年）");
    expect(values[1]).toEqual([...LOG_HEADERS, "送达方式"]);
    for (const year of [2025, 2026]) {
      const inYear = dataRows.filter((r) => String(r[0]).startsWith(`${year}-`));
      expect(inYear.length).toBeGreaterThanOrEqual(2_500);
      expect(inYear.length).toBeLessThanOrEqual(3_200);
      const months = new Set(
        inYear.filter((r) => typeof r[1] === "number").map((r) => fromMinutes(fromExcelSerial(r[1] as number) as number)).filter((p) => p.year === year).map((p) => p.month),
      );
      expect([...months].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }
    const channels = new Set(dataRows.map((r) => r[2]));
    for (const c of ["电话", "来访", "信函", "传真", "意见箱", "物业转交", "销售转交", "巡检"]) expect(channels).toContain(c);
    expect(dataRows.filter((r) => r[7] === "").length).toBeGreaterThan(100); // left to keyword classification
  });

  it("holds the messy cells a real log has", () => {
    const all = values.flat();
    expect(all).toContain("#N/A");
    expect(all).toContain("10月32日");
    expect(values[values.length - 1][0]).toBe("合计");
    expect(values.some((r) => r.every((v) => v === ""))).toBe(true);
    const ids = dataRows.map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length - 1);
    for (const re of [/^2026-\d\d-\d\d \d\d:\d\d$/, /^2026\/\d+\/\d+ \d+:\d\d$/, /^2026\.\d+\.\d+$/, /^2026年\d+月\d+日 \d+时\d+分$/, /^\d+月\d+日$/, /^２０２６/]) {
      expect(all.some((v) => typeof v === "string" && re.test(v))).toBe(true);
    }
  });

  it("has its follow-up calls in the center's working hours (08:30–12:00, 13:00–17:00)", () => {
    const followUp = LOG_HEADERS.indexOf("回访时间");
    const times = dataRows.map((r) => r[followUp]).filter((v): v is number => typeof v === "number");
    expect(times.length).toBeGreaterThan(3_000);
    for (const serial of times) {
      const p = fromMinutes(fromExcelSerial(serial) as number);
      const minute = p.hour * 60 + p.minute;
      const inHours = (minute >= 8 * 60 + 30 && minute <= 12 * 60) || (minute >= 13 * 60 && minute <= 17 * 60);
      expect({ serial, inHours }).toEqual({ serial, inHours: true });
    }
  });

  it("is reproduced byte for byte by the generator", async () => {
    const again = await buildSample();
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
