import type { ChartKind } from "../../src/core/output/sheet-doc";
import { type ChartData, chartXml } from "../../src/xlsx-writer/chart-xml";
import { all, childNames, one, parseXml } from "./package-helpers";

const data = (kind: ChartKind, over: Partial<ChartData> = {}): ChartData => ({
  kind,
  title: "投诉 & <维修>",
  percentAxis: false,
  categoriesRef: "'My ''Sheet'''!$A$6:$A$8",
  categories: ["金辉物业", "", "城南物业"],
  series: [
    { nameRef: "'S'!$B$5", name: "投诉", valuesRef: "'S'!$B$6:$B$8", values: [3, null, 5], formatCode: "0" },
    { nameRef: "'S'!$C$5", name: "维修", valuesRef: "'S'!$C$6:$C$8", values: [1.5, 2, 0], formatCode: "#,##0.0" },
  ],
  lang: "zh",
  ...over,
});

/** Checks that `names` follow the order of `sequence` (a schema's xsd:sequence), skipping absent ones. */
function inSchemaOrder(names: string[], sequence: string[]): boolean {
  const ranks = names.map((n) => sequence.indexOf(n));
  return ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]));
}

const CHART_SEQ = ["c:title", "c:autoTitleDeleted", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs"];
const BAR_SER_SEQ = ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:dPt", "c:dLbls", "c:cat", "c:val"];
const LINE_SER_SEQ = [
  "c:idx",
  "c:order",
  "c:tx",
  "c:spPr",
  "c:marker",
  "c:dPt",
  "c:dLbls",
  "c:cat",
  "c:val",
  "c:smooth",
];
const PIE_SER_SEQ = ["c:idx", "c:order", "c:tx", "c:spPr", "c:explosion", "c:dPt", "c:dLbls", "c:cat", "c:val"];
const BAR_SEQ = ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:gapWidth", "c:overlap", "c:axId"];
const CAT_AX_SEQ = [
  "c:axId",
  "c:scaling",
  "c:delete",
  "c:axPos",
  "c:majorGridlines",
  "c:numFmt",
  "c:majorTickMark",
  "c:minorTickMark",
  "c:tickLblPos",
  "c:spPr",
  "c:txPr",
  "c:crossAx",
  "c:crosses",
  "c:auto",
  "c:lblAlgn",
  "c:lblOffset",
  "c:noMultiLvlLbl",
];
const VAL_AX_SEQ = [
  "c:axId",
  "c:scaling",
  "c:delete",
  "c:axPos",
  "c:majorGridlines",
  "c:numFmt",
  "c:majorTickMark",
  "c:minorTickMark",
  "c:tickLblPos",
  "c:spPr",
  "c:txPr",
  "c:crossAx",
  "c:crosses",
  "c:crossBetween",
  "c:majorUnit",
];

describe("chartXml", () => {
  it.each<[ChartKind, string, string | null, string | null]>([
    ["column", "c:barChart", "col", "clustered"],
    ["stacked-column", "c:barChart", "col", "stacked"],
    ["bar", "c:barChart", "bar", "clustered"],
    ["line", "c:lineChart", null, "standard"],
    ["doughnut", "c:doughnutChart", null, null],
  ])("%s → %s, well-formed and in schema order", (kind, plot, dir, grouping) => {
    const doc = parseXml(chartXml(data(kind)));
    expect(doc.documentElement.tagName).toBe("c:chartSpace");
    const el = one(doc, plot);
    if (dir) expect(one(el, "c:barDir").getAttribute("val")).toBe(dir);
    if (grouping) expect(one(el, "c:grouping").getAttribute("val")).toBe(grouping);
    expect(all(el, "c:overlap").map((o) => o.getAttribute("val"))).toEqual(kind === "stacked-column" ? ["100"] : []);
    expect(inSchemaOrder(childNames(one(doc, "c:chart")), CHART_SEQ)).toBe(true);
    const serSeq = kind === "line" ? LINE_SER_SEQ : kind === "doughnut" ? PIE_SER_SEQ : BAR_SER_SEQ;
    for (const ser of all(doc, "c:ser")) expect(inSchemaOrder(childNames(ser), serSeq)).toBe(true);
    if (plot === "c:barChart") expect(inSchemaOrder(childNames(el), BAR_SEQ)).toBe(true);
    if (kind !== "doughnut") {
      expect(inSchemaOrder(childNames(one(doc, "c:catAx")), CAT_AX_SEQ)).toBe(true);
      expect(inSchemaOrder(childNames(one(doc, "c:valAx")), VAL_AX_SEQ)).toBe(true);
      // The axes cross each other.
      const ids = all(el, "c:axId").map((a) => a.getAttribute("val"));
      expect(one(one(doc, "c:catAx"), "c:crossAx").getAttribute("val")).toBe(ids[1]);
      expect(one(one(doc, "c:valAx"), "c:crossAx").getAttribute("val")).toBe(ids[0]);
    } else {
      expect(all(doc, "c:catAx")).toHaveLength(0);
      // One colour per slice, percentages as labels.
      expect(all(one(doc, "c:ser"), "c:dPt")).toHaveLength(3);
      expect(one(one(doc, "c:dLbls"), "c:showPercent").getAttribute("val")).toBe("1");
    }
  });

  it("escapes the title and references, and caches names, categories and values", () => {
    const doc = parseXml(chartXml(data("column")));
    expect(all(one(doc, "c:title"), "a:t").map((t) => t.textContent)).toEqual(["投诉 & <维修>"]);
    const [s1, s2] = all(doc, "c:ser");
    expect(one(one(s1, "c:tx"), "c:f").textContent).toBe("'S'!$B$5");
    expect(one(one(s1, "c:tx"), "c:v").textContent).toBe("投诉");
    const cat = one(s1, "c:cat");
    expect(one(cat, "c:f").textContent).toBe("'My ''Sheet'''!$A$6:$A$8");
    expect(one(cat, "c:ptCount").getAttribute("val")).toBe("3");
    // The empty category cell has no point.
    expect(all(cat, "c:pt").map((p) => [p.getAttribute("idx"), one(p, "c:v").textContent])).toEqual([
      ["0", "金辉物业"],
      ["2", "城南物业"],
    ]);
    const val = one(s1, "c:val");
    expect(one(val, "c:formatCode").textContent).toBe("0");
    expect(all(val, "c:pt").map((p) => [p.getAttribute("idx"), one(p, "c:v").textContent])).toEqual([
      ["0", "3"],
      ["2", "5"],
    ]);
    expect(all(one(s2, "c:val"), "c:v").map((v) => Number(v.textContent))).toEqual([1.5, 2, 0]);
    expect(one(one(s2, "c:val"), "c:f").textContent).toBe("'S'!$C$6:$C$8");
  });

  it("draws a 0–100 % value axis for ratio charts", () => {
    const doc = parseXml(chartXml(data("bar", { percentAxis: true })));
    const scaling = one(one(doc, "c:valAx"), "c:scaling");
    expect(one(scaling, "c:min").getAttribute("val")).toBe("0");
    expect(one(scaling, "c:max").getAttribute("val")).toBe("1");
    expect(one(one(doc, "c:valAx"), "c:numFmt").getAttribute("formatCode")).toBe("0%");
    // Horizontal bars read top-down in table order.
    expect(one(one(one(doc, "c:catAx"), "c:scaling"), "c:orientation").getAttribute("val")).toBe("maxMin");
    const plain = parseXml(chartXml(data("column")));
    expect(all(one(plain, "c:valAx"), "c:max")).toHaveLength(0);
  });

  it("shows a legend: below the plot, or beside a doughnut", () => {
    const single = data("column");
    const legendPos = (d: ChartData): (string | null)[] =>
      all(parseXml(chartXml(d)), "c:legendPos").map((l) => l.getAttribute("val"));
    expect(legendPos({ ...single, series: single.series.slice(0, 1) })).toEqual(["b"]);
    expect(legendPos(data("line"))).toEqual(["b"]);
    expect(legendPos(data("doughnut"))).toEqual(["r"]);
  });

  it("never embeds a picture", () => {
    for (const kind of ["column", "stacked-column", "bar", "line", "doughnut"] as const) {
      const xml = chartXml(data(kind));
      expect(xml).not.toMatch(/blip|<pic:|image/);
    }
  });
});
