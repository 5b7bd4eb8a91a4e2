import {
  canvasHeight,
  gradeBarChart,
  palette,
  percentBarChart,
  stackedCategoryChart,
  wrapLabel,
} from "../../src/taskpane/charts/configs";

it("bar labels wrap to two short lines for a 320 px pane, CJK counting double, the first character kept", () => {
  expect(wrapLabel("Notify property company (8 h)")).toEqual(["Notify", "property comp…"]);
  expect(wrapLabel("Rectify (5 days)")).toEqual(["Rectify (5", "days)"]);
  expect(wrapLabel("8小时内书面送达物业")).toEqual(["8小时内书面送", "达物业"]);
  expect(wrapLabel("青岛颐和园林物业服务有限公司")).toEqual(["青岛颐和园林物", "业服务有限公司"]);
  expect(wrapLabel("Qingdao Hairun Property Management Co., Ltd.")).toEqual(["Qingdao Hairun", "Property Mana…"]);
  expect(wrapLabel("甲")).toEqual(["甲"]);
});

it("colours scorecard bars by grade and shows rates as percentages", () => {
  const p = palette("light");
  const bars = gradeBarChart(p, ["甲", "乙", "丙"], [95, 72, null], ["A", "C", null], "Score", {
    A: "A 优秀",
    B: "B 良好",
    C: "C 合格",
    D: "D 不合格",
  });
  expect(bars.data.datasets[0].backgroundColor).toEqual([p.grade.A, p.grade.C, p.grade.none]);
  // The legend names the colours of the grades shown.
  const legend = bars.options!.plugins!.legend!;
  expect(legend.display).toBe(true);
  const items = legend.labels!.generateLabels!({} as never);
  expect(items.map((i) => [i.text, i.fillStyle])).toEqual([
    ["A 优秀", p.grade.A],
    ["C 合格", p.grade.C],
  ]);
  const rates = percentBarChart(p, ["r1", "r2"], [0.9144, null], "Rate");
  expect(rates.data.datasets[0].data).toEqual([91.4, null]);
  expect(rates.options?.indexAxis).toBe("y");
});

it("stacks the category series on one stack", () => {
  const p = palette("dark");
  const c = stackedCategoryChart(
    p,
    ["Jan"],
    [
      { key: "complaint", label: "投诉", counts: [3] },
      { key: "repair", label: "维修", counts: [5] },
    ],
  );
  expect(c.data.datasets.map((d) => d.stack)).toEqual(["cases", "cases"]);
  expect(c.data.datasets[1].backgroundColor).toBe(p.category.repair);
});

it("gives each bar of a horizontal chart room for its two-line label, so labels never overlap", () => {
  const p = palette("light");
  const rules = percentBarChart(
    p,
    ["r1", "r2", "r3", "r4", "r5", "r6", "r7"],
    [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3],
    "Rate",
  );
  // Two lines of 12 px text take about 30 px: seven bars need more than the card's 200 px.
  expect(canvasHeight(rules)).toBeGreaterThanOrEqual(7 * 32);
  expect(canvasHeight(percentBarChart(p, ["a", "b", "c"], [1, 1, 1], "Rate"))).toBe(200);
  const months = stackedCategoryChart(
    p,
    Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
    [{ key: "complaint", label: "投诉", counts: Array(12).fill(1) }],
  );
  expect(canvasHeight(months)).toBe(200);
});
