import {
  DEFAULT_KEYWORD_RULES,
  DEFAULT_REPEAT_WINDOW_DAYS,
  classifySettingsDefaults,
  readClassifySettings,
} from "../../../src/core/classify";
import type { SettingsEntry } from "../../../src/core/model";
import { sayText } from "../../../src/core/messages";

const entry = (row: number, section: string, key: string, value: string): SettingsEntry => ({
  row,
  section,
  key,
  value,
});

describe("classify settings", () => {
  it("reads back its own defaults unchanged", () => {
    const entries = classifySettingsDefaults().map((d, i) => entry(i + 2, d.section, d.key, d.value));
    const read = readClassifySettings(entries);
    expect(read.errors).toEqual([]);
    expect(read.repeatWindowDays).toBe(DEFAULT_REPEAT_WINDOW_DAYS);
    expect(read.rules.map((r) => [r.category, r.subcategory, r.keywords])).toEqual(
      DEFAULT_KEYWORD_RULES.map((r) => [r.category, r.subcategory, r.keywords]),
    );
  });

  it("says where every default comes from", () => {
    for (const d of classifySettingsDefaults()) expect(d.source).toMatch(/§|中心设定/);
  });

  it("uses the defaults when there is no section", () => {
    const read = readClassifySettings([entry(2, "工作时间", "周一至周五", "08:30-12:00")]);
    expect(read.rules).toEqual(DEFAULT_KEYWORD_RULES);
    expect(read.errors).toEqual([]);
  });

  it("replaces the list with the sheet's rows, in row order, and reports bad rows by cell", () => {
    const read = readClassifySettings([
      entry(5, "分类关键词", "维修/门窗", "门锁、合页"),
      entry(6, "分类关键词", "杂项", "什么"),
      entry(7, "Category keywords", "complaint", "态度"),
      entry(8, "分类关键词", "建议", " 、 "),
    ]);
    expect(read.rules).toEqual([
      { category: "repair", subcategory: "门窗", keywords: ["门锁", "合页"], priority: 10 },
      { category: "complaint", keywords: ["态度"], priority: 20 },
    ]);
    expect(read.errors.map((e) => e.cell)).toEqual(["设置!B6", "设置!C8"]);
  });

  it("keeps the defaults when no row of the section is valid", () => {
    const read = readClassifySettings([entry(4, "分类关键词", "?", "x")]);
    expect(read.rules).toEqual(DEFAULT_KEYWORD_RULES);
    expect(read.errors).toHaveLength(2);
  });

  it("reads the repeat window and rejects a bad one, naming the cell", () => {
    expect(readClassifySettings([entry(9, "重复投诉", "天数", "７")]).repeatWindowDays).toBe(7);
    const bad = readClassifySettings([entry(9, "重复投诉", "天数", "三十")]);
    expect(bad.repeatWindowDays).toBe(30);
    expect(bad.errors.map((e) => ({ cell: e.cell, message: sayText(e.message, "zh") }))).toEqual([
      { cell: "设置!C9", message: expect.stringContaining("三十") },
    ]);
    expect(readClassifySettings([entry(9, "重复投诉", "天数", "0")]).errors).toHaveLength(1);
    expect(readClassifySettings([entry(10, "重复投诉", "周期", "30")]).errors[0].cell).toBe("设置!B10");
  });
});
