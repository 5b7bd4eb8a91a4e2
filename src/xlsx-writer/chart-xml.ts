/**
 * DrawingML chart parts (xl/charts/chartN.xml): clustered/stacked columns, bars, lines and doughnuts that
 * reference the report's own cells and carry cached values, so viewers that do not recalculate (previews,
 * mail clients, some WPS builds) still draw them. Pure: data in, XML string out.
 */
import type { ChartKind } from "../core/output/sheet-doc";
import { NS, XML_HEADER, xmlText } from "./xml";

export interface ChartSeriesData {
  /** Reference of the header cell naming the series, e.g. 'Sheet'!$B$5. */
  nameRef: string;
  name: string;
  /** Reference of the series' data cells, e.g. 'Sheet'!$B$6:$B$12. */
  valuesRef: string;
  /** One entry per data row; null leaves a gap. */
  values: readonly (number | null)[];
  /** Number format of the cached values (the column's). */
  formatCode: string;
}

export interface ChartData {
  kind: ChartKind;
  title: string;
  percentAxis: boolean;
  categoriesRef: string;
  /** One label per data row ("" for an empty cell). */
  categories: readonly string[];
  series: readonly ChartSeriesData[];
  lang: "zh" | "en";
}

/** A restrained palette (Office's, slightly deepened) so series read apart in print too. */
export const PALETTE = [
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "264478",
  "9E480E",
  "636363",
  "997300",
];

const colour = (i: number): string => PALETTE[i % PALETTE.length];
const solid = (hex: string): string => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => (v === "" ? "" : `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], formatCode: string): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${xmlText(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function seriesXml(d: ChartData, s: ChartSeriesData, i: number): string {
  const tx = `<c:tx><c:strRef><c:f>${xmlText(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
  const cat = `<c:cat><c:strRef><c:f>${xmlText(d.categoriesRef)}</c:f>${strCache(d.categories)}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${xmlText(s.valuesRef)}</c:f>${numCache(s.values, s.formatCode)}</c:numRef></c:val>`;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/>${tx}`;
  switch (d.kind) {
    case "line":
      return (
        `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${solid(colour(i))}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solid(colour(i))}<a:ln>${solid(colour(i))}</a:ln></c:spPr></c:marker>` +
        `${cat}${val}<c:smooth val="0"/></c:ser>`
      );
    case "doughnut": {
      // Each slice its own colour, stated explicitly so every viewer agrees with Excel.
      const points = d.categories
        .map(
          (_, p) =>
            `<c:dPt><c:idx val="${p}"/><c:bubble3D val="0"/><c:spPr>${solid(colour(p))}<a:ln>${solid("FFFFFF")}</a:ln></c:spPr></c:dPt>`,
        )
        .join("");
      return `<c:ser>${head}${points}${cat}${val}</c:ser>`;
    }
    default:
      return `<c:ser>${head}<c:spPr>${solid(colour(i))}</c:spPr><c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
  }
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** Axis, label and legend text: 10 pt, so a chart printed at the plan's smallest scale (70 %) reads at 7 pt. */
const AXIS_TEXT = 1000;
const textProps = (size: number, bold = false): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;

function axesXml(d: ChartData, horizontal: boolean): string {
  // Horizontal bars list the first category at the top: reverse the category axis and keep the
  // value axis at the bottom by crossing at the (now bottom) maximum category.
  const catScaling = horizontal
    ? '<c:scaling><c:orientation val="maxMin"/></c:scaling>'
    : '<c:scaling><c:orientation val="minMax"/></c:scaling>';
  const valScaling = d.percentAxis
    ? '<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>'
    : // From 0 always: counts and scores drawn from 78 would make a 0.7-point gap look large.
      '<c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>';
  const valFormat = d.percentAxis ? "0%" : (d.series[0]?.formatCode ?? "General");
  const gridLine = `<c:majorGridlines><c:spPr><a:ln w="9525">${solid("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>`;
  const axisLine = `<c:spPr><a:ln w="9525">${solid("BFBFBF")}</a:ln></c:spPr>`;
  const cat =
    `<c:catAx><c:axId val="${CAT_AX}"/>${catScaling}<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${axisLine}${textProps(AXIS_TEXT)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${VAL_AX}"/>${valScaling}<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>${gridLine}` +
    `<c:numFmt formatCode="${xmlText(valFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${textProps(AXIS_TEXT)}<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/>${d.percentAxis ? '<c:majorUnit val="0.2"/>' : ""}</c:valAx>`;
  return cat + val;
}

function plotXml(d: ChartData): string {
  const series = d.series.map((s, i) => seriesXml(d, s, i)).join("");
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  switch (d.kind) {
    case "column":
    case "stacked-column":
    case "bar": {
      const stacked = d.kind === "stacked-column";
      const horizontal = d.kind === "bar";
      return (
        `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
        `${series}<c:gapWidth val="${stacked ? 60 : 80}"/>${stacked ? '<c:overlap val="100"/>' : ""}${axIds}</c:barChart>` +
        axesXml(d, horizontal)
      );
    }
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>${axesXml(d, false)}`;
    case "doughnut": {
      const labels =
        '<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
        textProps(AXIS_TEXT, true) +
        '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>';
      return `<c:doughnutChart><c:varyColors val="1"/>${series}${labels}<c:firstSliceAng val="0"/><c:holeSize val="55"/></c:doughnutChart>`;
    }
  }
}

/** The whole chart part. */
export function chartXml(d: ChartData): string {
  const lang = d.lang === "zh" ? "zh-CN" : "en-US";
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="${lang}" sz="1300" b="1"><a:solidFill><a:srgbClr val="262626"/></a:solidFill></a:rPr><a:t>${xmlText(d.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  // Every chart carries its legend (issue 5), below the plot; a doughnut's slices are listed at the right.
  const legend = `<c:legend><c:legendPos val="${d.kind === "doughnut" ? "r" : "b"}"/><c:overlay val="0"/>${textProps(AXIS_TEXT)}</c:legend>`;
  return (
    `${XML_HEADER}<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(d)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid("FFFFFF")}<a:ln w="9525">${solid("D9D9D9")}</a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
