/**
 * The Settings sheet as the add-in creates it: every default carries its source, and a workbook holding
 * that sheet analyses exactly like one without it (the defaults are the defaults, read back without error).
 */
import { analyze } from "../../src/core/pipeline";
import { toJsonDocument } from "../../src/core/json";
import { settingsDefaults, settingsSheetValues } from "../../src/core/settings";
import { readSettingsEntries } from "../../src/core/parse";
import { readClassifySettings } from "../../src/core/classify";
import { readDeadlineSettings } from "../../src/core/deadlines";
import { readScoringSettings } from "../../src/core/scorecard";
import { readDeskSettings } from "../../src/core/desk";
import type { SheetValues, WorkbookInput } from "../../src/core/model";
import { parseIsoMinutes } from "../../src/core/time";

const log: SheetValues = {
  name: "案件登记",
  firstRow: 1,
  firstColumn: 1,
  values: [
    [
      "编号",
      "受理时间",
      "来源渠道",
      "小区",
      "类别",
      "事项内容",
      "责任单位",
      "物业公司",
      "送达时间",
      "完成时间",
      "回访时间",
      "满意度",
    ],
    [
      "A-1",
      "2026-10-09 16:30",
      "电话",
      "海岸",
      "投诉",
      "保洁不到位",
      "物业公司",
      "安居物业",
      "2026-10-10 14:00",
      "2026-10-13",
      "2026-10-14 10:00",
      "满意",
    ],
    ["A-2", "2026-09-30 10:00", "物业转交", "海岸", "", "卫生间渗水", "设计部", "", "2026-09-30 15:00", "", "", ""],
    ["A-3", "2026-10-02 20:00", "来访", "山语", "维修", "门窗漏风", "维修单位", "", "", "2026-10-20", "", ""],
  ],
};

const settingsSheet = (): SheetValues => ({ name: "设置", firstRow: 1, firstColumn: 1, values: settingsSheetValues() });

describe("the Settings sheet's defaults", () => {
  it("each names its source: a clause of the manual or a center setting", () => {
    const rows = settingsDefaults();
    expect(rows.length).toBeGreaterThan(60);
    for (const r of rows) expect(r.source).toMatch(/§\d|中心设定|国务院/);
    for (const r of rows) expect(r.source.replace("chinese-days", "")).not.toMatch(/[A-Za-z]{2,}/);
    const sections = new Set(rows.map((r) => r.section));
    for (const s of ["工作时间", "时限规则", "分类关键词", "考核权重"]) expect(sections).toContain(s);
  });

  it("read back from the sheet without a single error", () => {
    const input: WorkbookInput = { date1904: false, sheets: [settingsSheet()] };
    const { entries, present } = readSettingsEntries(input);
    expect(present).toBe(true);
    expect(entries.length).toBe(settingsDefaults().length);
    expect(readDeadlineSettings(entries).errors).toEqual([]);
    expect(readClassifySettings(entries).errors).toEqual([]);
    expect(readScoringSettings(entries).errors).toEqual([]);
    expect(readDeskSettings(entries).errors).toEqual([]);
  });

  it("give the same analysis as a workbook without a Settings sheet", () => {
    const asOf = parseIsoMinutes("2026-10-31T17:00")!;
    const without = toJsonDocument(analyze({ date1904: false, sheets: [log] }, { asOf }));
    const withDefaults = toJsonDocument(analyze({ date1904: false, sheets: [log, settingsSheet()] }, { asOf }));
    expect(withDefaults).toEqual(without);
    expect(without.compliance.length).toBeGreaterThan(2);
  });

  it("a clerk's change takes effect: 8 h becomes 6 h", () => {
    const sheet = settingsSheet();
    const row = sheet.values.findIndex((r) => r[1] === "8小时内书面送达物业.时限");
    expect(row).toBeGreaterThan(0);
    sheet.values[row] = [...sheet.values[row]];
    sheet.values[row][2] = "6 小时";
    const asOf = parseIsoMinutes("2026-10-31T17:00")!;
    const doc = toJsonDocument(analyze({ date1904: false, sheets: [log, sheet] }, { asOf }));
    const notify = doc.compliance.find((e) => e.caseId === "A-1" && e.rule === "notify-property")!;
    // Received Fri 9 Oct 16:30: 30 working minutes that day, then Saturday 09:00–17:00 → 6 h is due at 14:30.
    expect(notify.dueAt).toBe("2026-10-10T14:30");
    expect(notify.status).toBe("met");
  });
});

describe("the Settings sheet speaks the center's language", () => {
  it("headers, keys and notes are Chinese, with no English words and no rule ids", () => {
    const values = settingsSheetValues();
    expect(values[0]).toEqual(["分类", "项目", "值", "来源", "说明"]);
    for (const row of values.slice(1)) {
      const [, key, , , note] = row;
      // Rules are keyed by the center's names for them (8小时内书面送达物业.时限), never by ids.
      expect(key).not.toMatch(/[a-z]+-[a-z]+/);
      // Data names (a time zone, a package, a number pattern) are not words of the sentence.
      const words = (note ?? "").replace(/chinese-days|\{[A-Z]+\}/g, "");
      expect({ key, note: /[A-Za-z]{3,}/.test(words) }).toEqual({ key, note: false });
    }
  });

  it("a sheet headed the earlier way (分类 Section …) and keyed by rule ids still reads", () => {
    const sheet = settingsSheet();
    sheet.values[0] = ["分类 Section", "项目 Key", "值 Value", "来源 Source", "说明 Note"];
    const row = sheet.values.findIndex((r) => r[1] === "8小时内书面送达物业.时限");
    sheet.values[row] = [sheet.values[row][0], "notify-property.时限", "6 小时", "", ""];
    const entries = readSettingsEntries({ date1904: false, sheets: [sheet] }).entries;
    const rule = readDeadlineSettings(entries).config.rules.find((r) => r.id === "notify-property");
    expect(rule?.limit).toBe(6);
  });
});
