/** The four charts of the pane, each with its data table. */
import { Field, Select } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Analysis } from "../../core/analysis";
import { gradeBarChart, palette, percentBarChart, stackedCategoryChart, trendChart } from "../charts/configs";
import type { Formatters } from "../i18n";
import { casesByCategoryAndMonth, scoreBars, scoreTrend, type PaneFigures, type PaneFilter } from "../model/figures";
import { ChartCard } from "./ChartCard";

export interface ChartsProps {
  analysis: Analysis;
  filter: PaneFilter;
  figures: PaneFigures;
  companies: readonly string[];
  fmt: Formatters;
  theme: "light" | "dark";
}

export function Charts({ analysis, filter, figures, companies, fmt, theme }: ChartsProps) {
  const { t } = useTranslation();
  const p = useMemo(() => palette(theme), [theme]);
  const [picked, setPicked] = useState<string | null>(null);
  const trendCompany = filter.company ?? (picked && companies.includes(picked) ? picked : (companies[0] ?? null));
  const lang = fmt.lang;

  const byCategory = useMemo(() => {
    const data = casesByCategoryAndMonth(analysis, filter);
    const labels = data.months.map((m) => fmt.monthShort(m.year, m.month));
    const series = data.series.map((s) => ({ key: s.category, label: t(`category.${s.category}`), counts: s.counts }));
    return {
      total: data.total,
      config: data.total > 0 ? stackedCategoryChart(p, labels, series) : null,
      table: {
        head: [t("charts.month"), ...series.map((s) => s.label)],
        rows: data.months.map((m, i) => [fmt.month(m.year, m.month), ...series.map((s) => fmt.integer(s.counts[i]))]),
      },
    };
  }, [analysis, filter, p, fmt, t, lang]);

  const byRule = useMemo(() => {
    const labels = figures.onTime.map((r) => t(`rule.${r.rule.id}`, { defaultValue: r.rule.id }));
    const values = figures.onTime.map((r) => r.ratio.value);
    return {
      config: values.some((v) => v !== null) ? percentBarChart(p, labels, values, t("charts.rate")) : null,
      table: {
        head: [t("charts.rule"), t("charts.rate")],
        rows: figures.onTime.map((r, i) => [
          labels[i],
          r.ratio.value === null
            ? t("tiles.noData")
            : `${fmt.percent(r.ratio.value)} (${t("tiles.ratio", { num: r.ratio.num, den: r.ratio.den })})`,
        ]),
      },
    };
  }, [figures, p, fmt, t, lang]);

  const scores = useMemo(() => {
    const bars = scoreBars(analysis, filter.period);
    const scored = bars.filter((b) => b.score !== null);
    return {
      count: bars.length,
      config:
        scored.length > 0
          ? gradeBarChart(
              p,
              scored.map((b) => b.company),
              scored.map((b) => b.score),
              scored.map((b) => b.grade),
              t("charts.score"),
              { A: `A ${t("grade.A")}`, B: `B ${t("grade.B")}`, C: `C ${t("grade.C")}`, D: `D ${t("grade.D")}` },
            )
          : null,
      table: {
        head: [t("charts.company"), t("charts.score"), t("charts.grade")],
        rows: bars.map((b) => [
          b.company,
          b.score === null ? t("tiles.noData") : fmt.decimal(b.score),
          b.grade ? t(`grade.${b.grade}`) : "—",
        ]),
      },
    };
  }, [analysis, filter.period, p, fmt, t, lang]);

  const trend = useMemo(() => {
    if (!trendCompany) return null;
    const data = scoreTrend(analysis, trendCompany, filter.period);
    const labels = data.months.map((m) => fmt.monthShort(m.year, m.month));
    return {
      count: data.scores.filter((s) => s !== null).length,
      config: data.scores.some((s) => s !== null) ? trendChart(p, labels, data.scores, trendCompany) : null,
      table: {
        head: [t("charts.month"), t("charts.score")],
        rows: data.months.map((m, i) => [
          fmt.month(m.year, m.month),
          data.scores[i] === null ? t("tiles.noData") : fmt.decimal(data.scores[i]!),
        ]),
      },
    };
  }, [analysis, trendCompany, filter.period, p, fmt, t, lang]);

  return (
    <section
      aria-label={t("charts.label")}
      style={{ display: "flex", flexDirection: "column", gap: 8 }}
      data-testid="charts"
    >
      <ChartCard
        testId="chart-category"
        title={t("charts.byCategory")}
        summary={t("charts.summaryCategory", { total: byCategory.total })}
        table={byCategory.table}
        config={byCategory.config}
      />
      <ChartCard
        testId="chart-rules"
        title={t("charts.onTimeByRule")}
        summary={t("charts.summaryRule", { count: figures.onTime.length })}
        table={byRule.table}
        config={byRule.config}
      />
      <ChartCard
        testId="chart-scores"
        title={t("charts.scorecards")}
        summary={t("charts.summaryScore", { count: scores.count })}
        table={scores.table}
        config={scores.config}
      />
      {trend && trendCompany ? (
        <ChartCard
          testId="chart-trend"
          title={t("charts.trend")}
          summary={t("charts.summaryTrend", { company: trendCompany, count: trend.count })}
          table={trend.table}
          config={trend.config}
          controls={
            filter.company === null ? (
              <Field label={t("charts.trendCompany")} size="small">
                <Select
                  size="small"
                  value={trendCompany}
                  onChange={(_, d) => setPicked(d.value)}
                  data-testid="trend-company"
                >
                  {companies.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null
          }
        />
      ) : null}
    </section>
  );
}
