import { detectDate1904 } from "../../../src/workbook/office/date-system";
import { toExcelSerial, toMinutes } from "../../../src/core/time";

describe("detectDate1904", () => {
  const at = toMinutes({ year: 2026, month: 10, day: 3, hour: 14, minute: 20 });
  it("reads the system off a date cell's shown year", () => {
    expect(detectDate1904([["编号", toExcelSerial(at)]], [["编号", "2026-10-03 14:20"]])).toBe(false);
    expect(detectDate1904([[toExcelSerial(at, true)]], [["2026/10/3"]])).toBe(true);
  });
  it("stays undecided without a date showing its year", () => {
    expect(
      detectDate1904([[toExcelSerial(at)], [2026], [13812345678]], [["10月3日"], ["2026"], ["13812345678"]]),
    ).toBeNull();
    expect(detectDate1904([], [])).toBeNull();
  });
});
