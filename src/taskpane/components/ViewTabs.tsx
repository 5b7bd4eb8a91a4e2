/**
 * The pane's views as tabs (WAI-ARIA tabs pattern: one tab stop, arrow keys move between tabs and show
 * them). Plain buttons, not Fluent's TabList: its arrow-key mover adds focusable aria-hidden sentinels that
 * axe reports, and a few tabs need no more than this.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";

const useStyles = makeStyles({
  list: { display: "flex", gap: "4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    border: "none",
    background: "none",
    padding: "6px 10px",
    marginBottom: "-1px",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    borderBottom: "3px solid transparent",
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `3px solid ${tokens.colorCompoundBrandStroke}`,
  },
});

export interface ViewTabsProps<V extends string> {
  views: readonly V[];
  selected: V;
  label: string;
  labelOf(view: V): string;
  onSelect(view: V): void;
}

/** Id of a view's tab; its panel is labelled by it. */
export const tabId = (view: string): string => `tab-${view}`;

export function ViewTabs<V extends string>({ views, selected, label, labelOf, onSelect }: ViewTabsProps<V>) {
  const s = useStyles();
  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = views.indexOf(selected);
    const next =
      e.key === "ArrowRight"
        ? views[(i + 1) % views.length]
        : e.key === "ArrowLeft"
          ? views[(i - 1 + views.length) % views.length]
          : e.key === "Home"
            ? views[0]
            : e.key === "End"
              ? views[views.length - 1]
              : null;
    if (next === null) return;
    e.preventDefault();
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={s.list} onKeyDown={move}>
      {views.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={tabId(v)}
          data-testid={tabId(v)}
          aria-selected={v === selected}
          tabIndex={v === selected ? 0 : -1}
          className={mergeClasses(s.tab, v === selected && s.selected)}
          onClick={() => onSelect(v)}
        >
          {labelOf(v)}
        </button>
      ))}
    </div>
  );
}
