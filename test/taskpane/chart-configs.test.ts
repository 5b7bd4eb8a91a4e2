import { gradeBarChart, palette, percentBarChart, shortLabel, stackedCategoryChart } from "../../src/taskpane/charts/configs";

it("chart labels are cut to the pane's width, CJK counting double", () => {
  expect(shortLabel("Notify property company (8 h)")).toBe("Notify property compan…");
  expect(shortLabel("8小时内书面送达物业")).toBe("8小时内书面送达物业");
  expect(shortLabel("青岛颐和园林物业服务有限公司")).toBe("青岛颐和园林物业服务有…");
});

it("colours scorecard bars by grade and shows rates as percentages", () => {
  const p = palette("light");
  const bars = gradeBarChart(p, ["甲", "乙", "丙"], [95, 72, null], ["A", "C", null], "Score");
  expect(bars.data.datasets[0].backgroundColor).toEqual([p.grade.A, p.grade.C, p.grade.none]);
  const rates = percentBarChart(p, ["r1", "r2"], [0.9144, null], "Rate");
  expect(rates.data.datasets[0].data).toEqual([91.4, null]);
  expect(rates.options?.indexAxis).toBe("y");
});

it("stacks the category series on one stack", () => {
  const p = palette("dark");
  const c = stackedCategoryChart(p, ["Jan"], [{ key: "complaint", label: "投诉", counts: [3] }, { key: "repair", label: "维修", counts: [5] }]);
  expect(c.data.datasets.map((d) => d.stack)).toEqual(["cases", "cases"]);
  expect(c.data.datasets[1].backgroundColor).toBe(p.category.repair);
});
