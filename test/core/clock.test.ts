import { DEFAULT_TIME_ZONE, readClockSettings, wallClock } from "../../src/core/clock";
import { analyze } from "../../src/core/pipeline";
import { settingsSheetValues } from "../../src/core/settings";
import { sayText } from "../../src/core/messages";
import { formatMinutes } from "../../src/core/time";
import { centerNow } from "../../src/host/now";

// 2026-12-04 15:21 UTC = 23:21 in Beijing.
const instant = new Date(Date.UTC(2026, 11, 4, 15, 21));

describe("one clock: now on the center's wall clock", () => {
  it("reads an instant in the center's zone whatever the machine's (this file runs under several TZ)", () => {
    expect(formatMinutes(wallClock(instant))).toBe("2026-12-04T23:21");
    expect(formatMinutes(wallClock(instant, "Europe/Berlin"))).toBe("2026-12-04T16:21");
    // The pane and the CLI take the same "now".
    expect(centerNow(instant)).toBe(wallClock(instant, DEFAULT_TIME_ZONE));
  });

  it("takes the zone from Settings (中心 → 时区), and reports a zone it does not know", () => {
    expect(readClockSettings([{ row: 2, section: "中心", key: "时区", value: "Asia/Tokyo" }])).toEqual({
      timeZone: "Asia/Tokyo",
      errors: [],
    });
    const bad = readClockSettings([{ row: 3, section: "Center", key: "Time zone", value: "Mars/Olympus" }]);
    expect(bad.timeZone).toBe(DEFAULT_TIME_ZONE);
    expect(bad.errors.map((e) => sayText(e.message, "zh"))).toEqual([
      "时区“Mars/Olympus”无法识别，应为 Asia/Shanghai 这样的名称；仍用 Asia/Shanghai",
    ]);
    expect(bad.errors.map((e) => [e.cell, sayText(e.message, "en")])).toEqual([
      ["设置!C3", 'Time zone "Mars/Olympus" is not known: write a name such as Asia/Shanghai; keeping Asia/Shanghai'],
    ]);
  });

  it("the pipeline reads `now` on the Settings zone's clock; the default Settings sheet names Asia/Shanghai", () => {
    const log = [
      ["编号", "受理时间"],
      ["K1", "2026-12-01 09:00"],
    ];
    const settings = settingsSheetValues();
    expect(settings.find((r) => r[0] === "中心" && r[1] === "时区")?.[2]).toBe("Asia/Shanghai");
    const sheets = (zone: string) => ({
      date1904: false,
      sheets: [
        { name: "案件登记", values: log, firstRow: 1, firstColumn: 1 },
        {
          name: "设置",
          firstRow: 1,
          firstColumn: 1,
          values: settings.map((r) => (r[0] === "中心" && r[1] === "时区" ? [r[0], r[1], zone, r[3], r[4]] : r)),
        },
      ],
    });
    const shanghai = analyze(sheets("Asia/Shanghai"), { now: instant });
    expect(formatMinutes(shanghai.asOf)).toBe("2026-12-04T23:21");
    expect(shanghai.timeZone).toBe("Asia/Shanghai");
    const tokyo = analyze(sheets("Asia/Tokyo"), { now: instant });
    expect(formatMinutes(tokyo.asOf)).toBe("2026-12-05T00:21");
  });
});
