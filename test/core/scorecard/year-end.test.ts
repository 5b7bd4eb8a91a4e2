/** The year-end assessment's Settings: the annual score's rule and each grade's reward or penalty. */
import type { SettingsEntry } from "../../../src/core/model";
import { sayText } from "../../../src/core/messages";
import {
  DEFAULT_SCORING,
  DEFAULT_YEAR_END,
  buildScorecards,
  readYearEndSettings,
  yearEndSettingsDefaults,
} from "../../../src/core/scorecard";
import { cases, communities, compliance, inspections, repeatCaseIds } from "./fixture";

const entry = (row: number, key: string, value: string, section = "年终考核"): SettingsEntry => ({
  row,
  section,
  key,
  value,
});

describe("year-end settings", () => {
  it("defaults: the year's KPIs, no reward or penalty; each row says the manual leaves it to the center", () => {
    const defaults = yearEndSettingsDefaults();
    expect(defaults.map((d) => [d.key, d.value])).toEqual([
      ["年度得分", "全年指标"],
      ["奖惩 A 优秀", ""],
      ["奖惩 B 良好", ""],
      ["奖惩 C 合格", ""],
      ["奖惩 D 不合格", ""],
    ]);
    for (const d of defaults) expect(d.source).toMatch(/^中心设定（§5\.7\.2/);
    const read = readYearEndSettings(defaults.map((d, i) => entry(i + 2, d.key, d.value, d.section)));
    expect(read).toEqual({ config: DEFAULT_YEAR_END, errors: [] });
  });

  it("reads the mean-of-months rule and the rewards by grade, in Chinese or English", () => {
    const read = readYearEndSettings([
      entry(2, "年度得分", "月均分"),
      entry(3, "奖惩 A 优秀", "奖励 5000 元"),
      entry(4, "Reward D", "约谈，扣减服务费 2%", "Year-end assessment"),
      entry(5, "奖惩 良好", " "),
    ]);
    expect(read.errors).toEqual([]);
    expect(read.config).toEqual({ rule: "months", rewards: { A: "奖励 5000 元", D: "约谈，扣减服务费 2%" } });
  });

  it("reports a rule it does not know and a key that names no grade, keeping the defaults", () => {
    const read = readYearEndSettings([entry(7, "年度得分", "最高分"), entry(8, "奖惩 E", "奖励")]);
    expect(read.config).toEqual(DEFAULT_YEAR_END);
    expect(read.errors.map((e) => ({ cell: e.cell, message: sayText(e.message, "zh") }))).toEqual([
      { cell: "设置!C7", message: "年度得分的算法“最高分”无法识别，应为“全年指标”或“月均分”，仍用全年指标" },
      { cell: "设置!B8", message: "年终考核中没有“奖惩 E”这一项，应为“年度得分”或“奖惩 A 优秀”等" },
    ]);
  });
});

describe("the annual score by the center's rule", () => {
  // As scorecard.test.ts: 2 complaints per 1,000 households a month, so the hand-computed scores hold.
  const config = {
    ...DEFAULT_SCORING,
    kpis: DEFAULT_SCORING.kpis.map((k) => (k.id === "complaints-per-1000" ? { ...k, target: 2 } : k)),
  };
  const input = { cases, compliance, communities, inspections, config, repeatCaseIds };
  const kpis = buildScorecards(input).yearly;
  const months = buildScorecards({ ...input, annual: "months" }).yearly;

  it("months: the mean of the months scored, its grade and rank; the year's KPIs still shown", () => {
    for (const y of months) {
      const scored = y.monthlyScores.filter((s): s is number => s !== null);
      expect(y.score).toBe(Math.round((scored.reduce((a, b) => a + b, 0) / scored.length) * 10) / 10);
      const same = kpis.find((k) => k.company === y.company)!;
      expect(y.kpis).toEqual(same.kpis);
      expect(y.monthlyScores).toEqual(same.monthlyScores);
    }
    // 甲物业: (61.8 + 100) / 2 = 80.9 → B, where the year's KPIs together give 77.1 (C).
    const jia = months.find((y) => y.company === "甲物业")!;
    expect(jia).toMatchObject({ score: 80.9, grade: "B", rank: 2 });
    expect(kpis.find((y) => y.company === "甲物业")).toMatchObject({ score: 77.1, grade: "C" });
  });
});
