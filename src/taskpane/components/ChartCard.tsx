/**
 * One chart: drawn by Chart.js (loaded on first use), with a text summary as its accessible name and a
 * toggle that shows the same figures as a table.
 */
import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ChartConfiguration } from "chart.js";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { canvasHeight, type ChartTable } from "../charts/configs";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "8px" },
  canvasBox: { position: "relative", height: "200px", width: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    width: "100%",
    "& th, & td": { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  scroll: { overflowX: "auto" },
});

export interface ChartCardProps {
  testId: string;
  title: string;
  summary: string;
  table: ChartTable;
  config: ChartConfiguration<"bar" | "line"> | null;
  controls?: ReactNode;
}

export function ChartCard({ testId, title, summary, table, config, controls }: ChartCardProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [state, setState] = useState<"loading" | "drawn" | "failed">("loading");
  const tableId = useId();

  useEffect(() => {
    if (!config) return;
    let disposed = false;
    let chart: { destroy(): void } | null = null;
    setState("loading");
    import(/* webpackChunkName: "charts" */ "../charts/setup")
      .then(({ Chart }) => {
        if (disposed || !canvas.current) return;
        const ctx = typeof canvas.current.getContext === "function" ? canvas.current.getContext("2d") : null;
        if (!ctx) {
          setState("failed");
          return;
        }
        chart = new Chart(ctx, config as ChartConfiguration);
        setState("drawn");
      })
      .catch(() => {
        if (!disposed) setState("failed");
      });
    return () => {
      disposed = true;
      chart?.destroy();
    };
  }, [config]);

  return (
    <figure className={s.card} data-testid={testId} data-chart-state={config ? state : "empty"} style={{ margin: 0 }}>
      <div className={s.head}>
        <Subtitle2 as="h3">{title}</Subtitle2>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? t("charts.hideTable") : t("charts.showTable")}
        </Button>
      </div>
      {controls}
      {config ? (
        <div className={s.canvasBox} style={{ height: `${canvasHeight(config)}px` }}>
          <canvas ref={canvas} role="img" aria-label={`${title}. ${summary}`} />
        </div>
      ) : (
        <Caption1>{t("charts.empty")}</Caption1>
      )}
      {state === "failed" && config ? <Caption1>{t("charts.failed")}</Caption1> : null}
      <figcaption>
        <Caption1>{summary}</Caption1>
      </figcaption>
      <div id={tableId} className={s.scroll} hidden={!showTable}>
        {showTable ? (
          <table className={s.table}>
            <caption style={{ textAlign: "left" }}>{title}</caption>
            <thead>
              <tr>
                {table.head.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={j}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </figure>
  );
}
