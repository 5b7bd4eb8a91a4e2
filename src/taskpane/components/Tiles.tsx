/** KPI tiles: each figure with its numerator/denominator in a tooltip and in its accessible label. */
import {
  Caption1,
  makeStyles,
  mergeClasses,
  shorthands,
  Text,
  tokens,
  type TooltipProps,
} from "@fluentui/react-components";
import { useEffect, useState, type ComponentType } from "react";
import { useTranslation } from "react-i18next";
import type { Ratio } from "../../core/model";
import type { Formatters } from "../i18n";
import type { PaneFigures } from "../model/figures";

type TooltipComponent = ComponentType<TooltipProps>;

/**
 * Fluent's Tooltip (with Floating UI, portals, motion) is not in the pane's first chunk. Its chunk starts
 * loading with this module, so it is normally in place before the tiles' first render and they mount with
 * it; React.lazy would mount them without it and swap every tile once more, on the way to their paint.
 */
let loadedTooltip: TooltipComponent | null = null;
const tooltipReady: Promise<TooltipComponent | null> = import(/* webpackChunkName: "tile-tooltip" */ "./TileTooltip")
  .then((m) => (loadedTooltip = m.default))
  .catch(() => null);

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: "8px" },
  tile: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  value: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: { color: tokens.colorNeutralForeground2 },
  sub: { color: tokens.colorNeutralForeground3 },
  alert: { color: tokens.colorPaletteRedForeground1 },
});

interface TileProps {
  testId: string;
  label: string;
  value: string;
  sub: string;
  tip: string;
  aria: string;
  alert?: boolean;
}

function Tile({ testId, label, value, sub, tip, aria, alert, Tip }: TileProps & { Tip: TooltipComponent | null }) {
  const s = useStyles();
  const tile = (
    <div className={s.tile} role="group" tabIndex={0} aria-label={aria} data-testid={testId}>
      <Caption1 className={s.label}>{label}</Caption1>
      <Text className={mergeClasses(s.value, alert && s.alert)} aria-hidden ref={timed}>
        {value}
      </Text>
      <Caption1 className={s.sub} aria-hidden>
        {sub}
      </Caption1>
    </div>
  );
  // Without the tooltip's chunk (not yet loaded, or failed) the figures still show; the hover text is the same working.
  return Tip ? (
    <Tip content={tip} relationship="description" withArrow>
      {tile}
    </Tip>
  ) : (
    tile
  );
}

/** Performance mark set when the tiles are first painted (bench/pane.ts reads it). */
export const TILES_MARK = "casebook:tiles-visible";
/** Element Timing identifier of the tiles' figures: the browser reports when that text was painted. */
const TILE_TIMING = "casebook-tile";
/** When the browser painted the first tile figure (Element Timing, where supported): bench/pane.ts compares it with TILES_MARK. */
const TILES_PAINTED_MARK = "casebook:tiles-painted";

/** Fluent's Text passes on only the attributes it knows; this one is set on the element before its first paint. */
const timed = (el: HTMLElement | null): void => el?.setAttribute("elementtiming", TILE_TIMING);

/** Marks the paint time the browser reports for the tiles' figures, once. */
function observeTilePaint(): void {
  if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("element"))
    return;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[]) {
      if (e.identifier !== TILE_TIMING || !e.renderTime || performance.getEntriesByName(TILES_PAINTED_MARK).length)
        continue;
      performance.mark(TILES_PAINTED_MARK, { startTime: e.renderTime });
      observer.disconnect();
    }
  });
  observer.observe({ type: "element", buffered: true });
}

export function KpiTiles({ figures, fmt }: { figures: PaneFigures; fmt: Formatters }) {
  const { t } = useTranslation();
  const s = useStyles();
  const [Tip, setTip] = useState<TooltipComponent | null>(() => loadedTooltip);
  useEffect(() => {
    if (!Tip) void tooltipReady.then((t) => t && setTip(() => t));
  }, [Tip]);
  useEffect(() => {
    if (typeof performance === "undefined" || typeof requestAnimationFrame === "undefined") return;
    if (performance.getEntriesByName?.(TILES_MARK).length) return;
    observeTilePaint();
    // After the frame that shows them, not merely after React committed them.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark?.(TILES_MARK);
        // The preview's office-loader waits for this before loading office.js (unused there).
        window.dispatchEvent(new Event("casebook:ready"));
      }, 0),
    );
  }, []);

  const ratioTile = (testId: string, label: string, r: Ratio): TileProps => {
    if (r.value === null) {
      return {
        testId,
        label,
        value: t("tiles.noData"),
        sub: t("tiles.ratio", { num: fmt.integer(r.num), den: fmt.integer(r.den) }),
        tip: t("tiles.ratio", { num: fmt.integer(r.num), den: fmt.integer(r.den) }),
        aria: t("tiles.noDataAria", { label }),
      };
    }
    const value = fmt.percent(r.value);
    const working = t("tiles.ratio", { num: fmt.integer(r.num), den: fmt.integer(r.den) });
    return {
      testId,
      label,
      value,
      sub: working,
      tip: working,
      aria: t("tiles.ratioAria", { label, value, num: fmt.integer(r.num), den: fmt.integer(r.den) }),
    };
  };

  const change = figures.previousCases === null ? null : figures.cases - figures.previousCases;
  const changeText =
    change === null
      ? t("tiles.changeNone")
      : t("tiles.change", { sign: change > 0 ? "+" : change < 0 ? "−" : "±", n: fmt.integer(Math.abs(change)) });
  const casesLabel = t("tiles.cases");
  // The report's words for the same figures: 月末未办结 once the month has ended, 当前未办结 while it runs.
  const openLabel = t(`tiles.open.${figures.countedAt}`);
  const overdueLabel = t(`tiles.overdue.${figures.countedAt}`);
  const tiles: TileProps[] = [
    {
      testId: "tile-cases",
      label: casesLabel,
      value: fmt.integer(figures.cases),
      sub: changeText,
      tip: changeText,
      aria: `${t("tiles.countAria", { label: casesLabel, value: fmt.integer(figures.cases) })}, ${changeText}`,
    },
    {
      testId: "tile-open",
      label: openLabel,
      value: fmt.integer(figures.open),
      sub: t("tiles.openHint"),
      tip: t("tiles.openHint"),
      aria: t("tiles.countAria", { label: openLabel, value: fmt.integer(figures.open) }),
    },
    {
      testId: "tile-overdue",
      label: overdueLabel,
      value: fmt.integer(figures.overdue),
      sub: t("tiles.overdueHint"),
      tip: t("tiles.overdueHint"),
      aria: t("tiles.countAria", { label: overdueLabel, value: fmt.integer(figures.overdue) }),
      alert: figures.overdue > 0,
    },
    ratioTile("tile-follow-up-complaints", t("tiles.followUpComplaints"), figures.followUpComplaints),
    ratioTile("tile-follow-up-repairs", t("tiles.followUpRepairs"), figures.followUpRepairs),
    ratioTile("tile-satisfaction", t("tiles.satisfaction"), figures.satisfaction),
    ...figures.onTime.map(({ rule, ratio }) =>
      ratioTile(
        `tile-rule-${rule.id}`,
        t("tiles.onTime", { rule: t(`rule.${rule.id}`, { defaultValue: rule.id }) }),
        ratio,
      ),
    ),
  ];
  return (
    <section aria-label={t("tiles.label")} className={s.grid} data-testid="tiles">
      {tiles.map((p) => (
        <Tile key={p.testId} {...p} Tip={Tip} />
      ))}
    </section>
  );
}
