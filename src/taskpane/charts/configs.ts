/**
 * The four charts as plain Chart.js configurations plus the same figures as a table (the text
 * alternative). Pure, so what a chart shows and what its table says cannot drift apart.
 */
import type { ChartConfiguration } from "chart.js";
import type { Grade } from "../../core/model";

export interface ChartTable {
  head: string[];
  rows: string[][];
}

export interface Palette {
  ink: string;
  grid: string;
  category: Record<"complaint" | "repair" | "routine" | "suggestion", string>;
  grade: Record<Grade | "none", string>;
  line: string;
}

export function palette(theme: "light" | "dark"): Palette {
  const dark = theme === "dark";
  return {
    ink: dark ? "#e6e6e6" : "#242424",
    grid: dark ? "rgba(255,255,255,0.12)" : "rgba(0,0,0,0.08)",
    category: dark
      ? { complaint: "#f1707b", repair: "#479ef5", routine: "#adadad", suggestion: "#54b054" }
      : { complaint: "#c50f1f", repair: "#0f6cbd", routine: "#8a8886", suggestion: "#107c10" },
    grade: dark
      ? { A: "#54b054", B: "#479ef5", C: "#e9c46a", D: "#f1707b", none: "#8a8886" }
      : { A: "#107c10", B: "#0f6cbd", C: "#c19c00", D: "#c50f1f", none: "#8a8886" },
    line: dark ? "#479ef5" : "#0f6cbd",
  };
}

/**
 * A label wrapped to lines of `width` units (CJK characters count double) for a bar chart's category axis
 * at 320 px: at most `lines` lines, the last cut with "…". The tooltip keeps the whole label.
 */
export function wrapLabel(label: string, width = 14, lines = 2): string[] {
  const units = (ch: string): number => (/[\u2e80-\uffff]/.test(ch) ? 2 : 1);
  const widthOf = (text: string): number => [...text].reduce((n, ch) => n + units(ch), 0);
  // Pieces that are not split: a Latin word or number, or one CJK character.
  const pieces = label.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  const out: string[] = [];
  let line = "";
  let rest = 0; // where the pieces not yet on a finished line start
  let at = 0;
  for (const piece of pieces) {
    const space = /^\s+$/.test(piece);
    if (line !== "" && !space && widthOf(line + piece) > width) {
      out.push(line.trimEnd());
      line = "";
      rest = at;
      if (out.length === lines - 1) break;
    }
    if (!(line === "" && space)) line += piece;
    at += piece.length;
  }
  if (out.length < lines - 1 || widthOf(label.slice(rest).trim()) <= width)
    return [...out, label.slice(rest).trim()].filter((l) => l !== "");
  // The last line takes what is left, cut with "…".
  let last = "";
  for (const ch of label.slice(rest).trim()) {
    if (widthOf(last + ch) > width - 1) break;
    last += ch;
  }
  return [...out, `${last.trimEnd()}…`];
}

const base = (p: Palette, percent: boolean, horizontal = false) => {
  const value = { beginAtZero: true, max: percent ? 100 : undefined, ticks: { color: p.ink }, grid: { color: p.grid } };
  const cat = {
    ticks: {
      color: p.ink,
      autoSkip: !horizontal,
      callback(this: { getLabelForValue(v: number): string }, v: number | string): string | string[] {
        return horizontal ? wrapLabel(this.getLabelForValue(Number(v))) : this.getLabelForValue(Number(v));
      },
    },
    grid: { display: false },
  };
  return {
    responsive: true,
    maintainAspectRatio: false,
    // No animation: the pane is read at a glance, and reduced-motion users get a still chart.
    animation: false as const,
    // Room at the right for the value axis' last tick ("100") at 320 px.
    layout: { padding: { right: 12 } },
    plugins: { legend: { labels: { color: p.ink, boxWidth: 12 } } },
    indexAxis: horizontal ? ("y" as const) : ("x" as const),
    scales: horizontal ? { x: value, y: cat } : { x: cat, y: value },
  };
};

export function stackedCategoryChart(
  p: Palette,
  labels: string[],
  series: { key: keyof Palette["category"]; label: string; counts: number[] }[],
): ChartConfiguration<"bar"> {
  const opts = base(p, false);
  return {
    type: "bar",
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.counts,
        backgroundColor: p.category[s.key],
        stack: "cases",
      })),
    },
    options: { ...opts, scales: { x: { ...opts.scales.x, stacked: true }, y: { ...opts.scales.y, stacked: true } } },
  };
}

export function percentBarChart(
  p: Palette,
  labels: string[],
  values: (number | null)[],
  name: string,
): ChartConfiguration<"bar"> {
  const opts = base(p, true, true);
  return {
    type: "bar",
    data: {
      labels,
      datasets: [
        {
          label: name,
          data: values.map((v) => (v === null ? null : Math.round(v * 1000) / 10)),
          backgroundColor: p.line,
        },
      ],
    },
    options: { ...opts, plugins: { ...opts.plugins, legend: { display: false } } },
  };
}

export function gradeBarChart(
  p: Palette,
  labels: string[],
  scores: (number | null)[],
  grades: (Grade | null)[],
  name: string,
  gradeNames: Record<Grade, string>,
): ChartConfiguration<"bar"> {
  const opts = base(p, true, true);
  // The legend names the colours (the grades present), not the one dataset.
  const shown = (["A", "B", "C", "D"] as const).filter((g) => grades.includes(g));
  return {
    type: "bar",
    data: {
      labels,
      datasets: [{ label: name, data: scores, backgroundColor: grades.map((g) => p.grade[g ?? "none"]) }],
    },
    options: {
      ...opts,
      plugins: {
        ...opts.plugins,
        legend: {
          display: shown.length > 0,
          position: "bottom",
          onClick: () => undefined,
          labels: {
            color: p.ink,
            boxWidth: 12,
            generateLabels: () =>
              shown.map((g) => ({
                text: gradeNames[g],
                fillStyle: p.grade[g],
                strokeStyle: p.grade[g],
                fontColor: p.ink,
                lineWidth: 0,
                hidden: false,
              })),
          },
        },
      },
    },
  };
}

export function trendChart(
  p: Palette,
  labels: string[],
  scores: (number | null)[],
  name: string,
): ChartConfiguration<"line"> {
  const opts = base(p, true);
  return {
    type: "line",
    data: {
      labels,
      datasets: [
        { label: name, data: scores, borderColor: p.line, backgroundColor: p.line, spanGaps: false, pointRadius: 3 },
      ],
    },
    options: { ...opts, plugins: { ...opts.plugins, legend: { display: false } } },
  };
}

/**
 * A horizontal bar chart's category labels wrap to two lines at 320 px; each bar gets room for its two lines,
 * so neighbouring labels never overlap. Other charts keep the card's 200 px.
 */
export function canvasHeight(config: ChartConfiguration<"bar" | "line"> | null): number {
  const rows = config?.options?.indexAxis === "y" ? (config.data.labels?.length ?? 0) : 0;
  return Math.max(200, rows * 36 + 48);
}
