import type { SettingsEntry } from "../../../src/core/model";
import { DEFAULT_SCORING, readScoringSettings, scoringSettingsDefaults } from "../../../src/core/scorecard";
import { sayText } from "../../../src/core/messages";

const entry = (row: number, section: string, key: string, value: string): SettingsEntry => ({
  row,
  section,
  key,
  value,
});
const weight = (config: typeof DEFAULT_SCORING, id: string) => config.kpis.find((k) => k.id === id)!;

describe("scoring settings", () => {
  it("reads back its own defaults unchanged; weights total 100; each says where it comes from", () => {
    const defaults = scoringSettingsDefaults();
    const read = readScoringSettings(defaults.map((d, i) => entry(i + 2, d.section, d.key, d.value)));
    expect(read.errors).toEqual([]);
    expect(read.config).toEqual(DEFAULT_SCORING);
    expect(DEFAULT_SCORING.kpis.reduce((a, k) => a + k.weight, 0)).toBe(100);
    for (const d of defaults) expect(d.source).toMatch(/§|中心设定/);
  });

  it("accepts KPI names in Chinese or as ids, rates as 90%, 0.9 or 90", () => {
    const read = readScoringSettings([
      entry(2, "考核权重", "整改及时率", "30"),
      entry(3, "Scorecard weights", "inspection-deductions", "0"),
      entry(4, "考核目标", "满意率", "85%"),
      entry(5, "考核目标", "维修回访率", "0.5"),
      entry(6, "考核目标", "验证通过率", "90"),
      entry(7, "考核目标", "千户投诉量", "1.5"),
      entry(8, "等级", "A 优秀", "95"),
      entry(9, "等级", "良好", "85"),
    ]);
    expect(read.errors).toEqual([]);
    expect(weight(read.config, "rectify-on-time").weight).toBe(30);
    expect(weight(read.config, "inspection-deductions").weight).toBe(0);
    expect(weight(read.config, "satisfaction-rate").target).toBeCloseTo(0.85);
    expect(weight(read.config, "repair-follow-up").target).toBe(0.5);
    expect(weight(read.config, "complaint-follow-up").target).toBe(1);
    expect(weight(read.config, "verification-pass").target).toBe(0.9);
    expect(weight(read.config, "complaints-per-1000").target).toBe(1.5);
    expect(read.config.bands.map((b) => [b.grade, b.min])).toEqual([
      ["A", 95],
      ["B", 85],
      ["C", 70],
      ["D", 0],
    ]);
  });

  it("reports bad cells by address and keeps the defaults", () => {
    const read = readScoringSettings([
      entry(2, "考核权重", "整改及时率", "很高"),
      entry(3, "考核权重", "颜值", "5"),
      entry(4, "考核目标", "满意率", "0"),
      entry(5, "等级", "B", "120"),
      entry(6, "等级", "D", "10"),
    ]);
    expect(read.errors.map((e) => e.cell)).toEqual(["设置!C2", "设置!B3", "设置!C4", "设置!C5", "设置!B6"]);
    expect(read.config).toEqual(DEFAULT_SCORING);
  });

  it("follows up complaints and repairs apart: every complaint (§9.3), a 30 % sample of repairs (the center's)", () => {
    const targets = scoringSettingsDefaults().filter((d) => d.section === "考核目标");
    expect(targets.find((d) => d.key === "投诉回访率")).toMatchObject({
      value: "100%",
      source: expect.stringMatching(/^§9\.3/),
    });
    expect(targets.find((d) => d.key === "维修回访率")).toMatchObject({
      value: "30%",
      source: expect.stringMatching(/^中心设定/),
    });
    expect(targets.some((d) => d.key === "回访率")).toBe(false);
    // A Settings sheet written before the split still names 回访率: said, not silently dropped.
    const old = readScoringSettings([
      entry(4, "考核权重", "回访率", "10"),
      entry(5, "考核目标", "Follow-up rate", "95%"),
    ]);
    expect(old.config).toEqual(DEFAULT_SCORING);
    expect(old.errors.map((e) => ({ cell: e.cell, message: sayText(e.message, "zh") }))).toEqual([
      {
        cell: "设置!B4",
        message: "“回访率”已分为“投诉回访率”和“维修回访率”两项，请分别设置；此行不生效，两项仍用默认值",
      },
      { cell: "设置!B5", message: expect.stringContaining("“Follow-up rate”已分为") },
    ]);
  });

  it("refuses all-zero weights and bands out of order", () => {
    const zero = readScoringSettings(DEFAULT_SCORING.kpis.map((k, i) => entry(i + 2, "考核权重", k.id, "0")));
    expect(zero.config.kpis).toEqual(DEFAULT_SCORING.kpis);
    expect(zero.errors).toHaveLength(1);
    const bands = readScoringSettings([entry(2, "等级", "C", "85")]);
    expect(bands.config.bands).toEqual(DEFAULT_SCORING.bands);
    expect(bands.errors.map((e) => ({ cell: e.cell, message: sayText(e.message, "en") }))).toEqual([
      { cell: "设置!C2", message: expect.stringContaining("A > B > C") },
    ]);
  });
});
