/**
 * 取值对照: the clerk's words for coded values (DESIGN §2), read through the defaults, the center's own rows in
 * Settings, and words still unknown reported once per distinct word with count and first rows.
 */
import type { CellValue, WorkbookInput } from "../../../src/core/model";
import { say } from "../../../src/core/messages";
import { analyze } from "../../../src/core/pipeline";
import { readValueMapSettings, VALUE_MAP_DEFAULTS, valueMapSettingsDefaults } from "../../../src/core/parse";
import { settingsDefaults, settingsSheetValues } from "../../../src/core/settings";
import { toMinutes } from "../../../src/core/time";
import { CLERK_WORDS, clerkWordsLog } from "../../fixtures/log-layouts";
import { said } from "../../support/said";

const asOf = toMinutes({ year: 2026, month: 12, day: 31, hour: 17, minute: 0 });

function book(sheets: { name: string; values: CellValue[][] }[]): WorkbookInput {
  return { date1904: false, sheets: sheets.map((s) => ({ ...s, firstRow: 1, firstColumn: 1 })) };
}

describe("the clerk's own words", () => {
  it("maps each to its value by default, and keeps the ones no mapping knows as written", () => {
    const a = analyze(book(clerkWordsLog()), { asOf });
    for (const [k, col] of CLERK_WORDS.entries())
      for (const [i, [word, code]] of col.words.entries()) {
        const c = a.cases.find((x) => x.id === `W${k}-${i}`);
        const value = (c as unknown as Record<string, unknown>)[col.field];
        if (code === null) {
          if (col.field !== "category") expect([word, value]).toEqual([word, null]);
          expect([word, c?.unmapped?.[col.field as "channel"]]).toEqual([word, word]);
        } else expect([word, value]).toEqual([word, code]);
      }
  });

  it("reports an unknown word once with its count and first rows, never once per row", () => {
    const a = analyze(book(clerkWordsLog()), { asOf });
    const lines = a.warnings.map((w) => say(w, "zh")).filter((w) => w.includes("不是已知的"));
    expect(lines).toEqual([
      "来源渠道“抖音”不是已知的来源渠道（应为 电话/来访/信函/传真/意见箱/物业转交/销售转交/巡检/网络/微信/12345政府热线转办），共 4 行（第 11、30、31、32 行）。案件保留原文；可在设置的“取值对照”中指定它对应的值。",
      "责任单位“保安部”不是已知的责任单位（应为 物业公司/工程部/销售部/设计部/维修单位），共 1 行（第 16 行）。案件保留原文；可在设置的“取值对照”中指定它对应的值。",
      "验证结果“待定”不是已知的验证结果（应为 通过/不通过），共 1 行（第 20 行）。案件保留原文；可在设置的“取值对照”中指定它对应的值。",
      "满意度“还行吧”不是已知的满意度（应为 满意/基本满意/不满意），共 1 行（第 25 行）。案件保留原文；可在设置的“取值对照”中指定它对应的值。",
      "回访方式“邮寄”不是已知的回访方式（应为 电话/上门/短信/微信），共 1 行（第 29 行）。案件保留原文；可在设置的“取值对照”中指定它对应的值。",
    ]);
    expect(said(a.cellIssues)).toEqual([]);
  });

  it("takes the center's own rows from Settings: a new word, a changed default, a dropped default", () => {
    const settings = [
      ["分类", "项目", "值"],
      ["取值对照", "来源渠道：抖音", "网络/微信"],
      ["取值对照", "满意度：一般", "不满意"],
      ["取值对照", "类别：求助", ""],
      ["取值对照", "来源渠道：飞鸽", "信鸽"],
      ["取值对照", "抖音", "网络/微信"],
    ];
    const a = analyze(book([...clerkWordsLog(), { name: "设置", values: settings }]), { asOf });
    expect(a.cases.filter((c) => c.unmapped?.channel === "抖音")).toEqual([]);
    expect(a.cases.find((c) => c.id === "X-0")?.channel).toBe("online");
    expect(a.cases.find((c) => c.id === "W4-2")?.satisfaction).toBe("unsatisfied");
    expect(a.cases.find((c) => c.id === "W0-3")?.unmapped?.category).toBe("求助");
    expect(a.warnings.map((w) => say(w, "zh")).filter((w) => w.startsWith("设置"))).toEqual([
      "设置 设置!C5：“信鸽”不是来源渠道的取值（应为 电话/来访/信函/传真/意见箱/物业转交/销售转交/巡检/网络/微信/12345政府热线转办）（已使用默认值）",
      "设置 设置!B6：“抖音”应写成 列名：写法（如 来源渠道：抖音）（已使用默认值）",
    ]);
    expect(a.warnings.map((w) => say(w, "en")).filter((w) => w.startsWith("Settings"))).toEqual([
      'Settings 设置!C5: "信鸽" is not a channel value (use Phone, Visit, Letter, Fax, Suggestion box, Property referral, Sales referral, Inspection, Online / WeChat, 12345 hotline referral) (the default is used)',
      'Settings 设置!B6: "抖音" must be written "column: word", such as "channel: TikTok" (the default is used)',
    ]);
  });

  it("writes every default into the Settings sheet with its source, and reads the sheet back to the same mapping", () => {
    const rows = valueMapSettingsDefaults();
    expect(rows).toHaveLength(VALUE_MAP_DEFAULTS.length);
    expect(rows.every((r) => r.source.length > 0 && r.section === "取值对照")).toBe(true);
    expect(rows.find((r) => r.key === "来源渠道：12345")).toMatchObject({ value: "12345政府热线转办" });
    expect(rows.find((r) => r.key === "回访方式：短信")).toMatchObject({ value: "短信" });
    const sheet = settingsSheetValues(settingsDefaults());
    expect(sheet.filter((r) => r[0] === "取值对照")).toHaveLength(VALUE_MAP_DEFAULTS.length);
    const entries = sheet.slice(1).map((r, i) => ({ row: i + 2, section: r[0], key: r[1], value: r[2] }));
    const read = readValueMapSettings(entries);
    expect(read.errors).toEqual([]);
    expect(read.map).toEqual(readValueMapSettings([]).map);
  });
});
