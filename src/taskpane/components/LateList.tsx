/**
 * What to act on now: deadlines due soon (today's marked), then the overdue ones, each able to select its
 * row in the log. Each group shows a page at a time with "show more"; its heading counts cases the way the
 * tiles do (the overdue group's count is the "overdue now" tile's).
 */
import {
  Badge,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { dayOf } from "../../core/time";
import type { Formatters } from "../i18n";
import type { LateItem } from "../model/figures";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  group: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "6px" },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gap: "4px 8px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  overdue: { borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}` },
  text: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2 },
});

export interface LateListProps {
  items: readonly LateItem[];
  fmt: Formatters;
  /** The as-of instant: what is due before its day ends is "due today". */
  asOf?: number;
  /** Items a group shows at first and adds on each "show more". */
  page?: number;
  onSelect(item: LateItem): void;
}

const casesIn = (items: readonly LateItem[]): number => new Set(items.map((i) => i.entry.caseId)).size;

export function LateList({ items, fmt, asOf, page = 10, onSelect }: LateListProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const soon = items.filter((i) => i.entry.status !== "overdue");
  const overdue = items.filter((i) => i.entry.status === "overdue");
  const endOfToday = asOf === undefined ? null : (dayOf(asOf) + 1) * 1440;
  return (
    <section aria-labelledby="late-title" data-testid="late">
      <Subtitle2 as="h2" id="late-title">
        {t("late.title")}
      </Subtitle2>
      {items.length === 0 ? <Text as="p">{t("late.empty")}</Text> : null}
      {soon.length > 0 ? (
        <Group
          id="late-soon"
          title={t("late.soonTitle", { cases: casesIn(soon), count: soon.length })}
          items={soon}
          page={page}
          render={(i) => (
            <Item
              key={`${i.entry.caseId}/${i.entry.rule}`}
              item={i}
              fmt={fmt}
              onSelect={onSelect}
              today={endOfToday !== null && i.entry.dueAt !== null && i.entry.dueAt <= endOfToday}
            />
          )}
        />
      ) : null}
      {overdue.length > 0 ? (
        <Group
          id="late-overdue"
          title={t("late.overdueTitle", { cases: casesIn(overdue), count: overdue.length })}
          items={overdue}
          page={page}
          render={(i) => (
            <Item key={`${i.entry.caseId}/${i.entry.rule}`} item={i} fmt={fmt} onSelect={onSelect} today={false} />
          )}
        />
      ) : null}
    </section>
  );
}

function Group(props: {
  id: string;
  title: string;
  items: readonly LateItem[];
  page: number;
  render(i: LateItem): ReactElement;
}) {
  const { t } = useTranslation();
  const s = useStyles();
  const [limit, setLimit] = useState(props.page);
  const left = props.items.length - limit;
  return (
    <div className={s.group} data-testid={props.id}>
      <Body1Strong as="h3" id={`${props.id}-title`} style={{ margin: 0 }}>
        {props.title}
      </Body1Strong>
      <ul className={s.list} aria-labelledby={`${props.id}-title`}>
        {props.items.slice(0, limit).map(props.render)}
      </ul>
      {left > 0 ? (
        <Button
          size="small"
          appearance="secondary"
          onClick={() => setLimit((n) => n + props.page * 2)}
          data-testid={`${props.id}-more`}
        >
          {t("late.showMore", { count: Math.min(left, props.page * 2), left })}
        </Button>
      ) : null}
    </div>
  );
}

function Item({
  item: i,
  fmt,
  today,
  onSelect,
}: {
  item: LateItem;
  fmt: Formatters;
  today: boolean;
  onSelect(item: LateItem): void;
}) {
  const { t } = useTranslation();
  const s = useStyles();
  const overdue = i.entry.status === "overdue";
  const amount = t(`late.${i.unit}`, { count: i.amount, n: fmt.decimal(i.amount) });
  const row = i.case?.row ?? null;
  return (
    <li className={mergeClasses(s.item, overdue && s.overdue)} data-testid="late-item" data-status={i.entry.status}>
      <div>
        <Body1Strong className={s.text}>
          {t("late.caseNo", { id: i.entry.caseId })}
          {i.case
            ? ` · ${t(`category.${i.case.category}`)} · ${[i.case.community, i.case.unit].filter(Boolean).join(" ")}`
            : ""}
        </Body1Strong>
        <div>
          <Caption1 className={s.meta}>
            {t("late.rule")}: {t(`rule.${i.entry.rule}`, { defaultValue: i.entry.rule })}
            {i.entry.dueAt !== null ? ` · ${t("late.due")}: ${fmt.dateTime(i.entry.dueAt)}` : ""}
          </Caption1>
        </div>
        {i.case?.description ? (
          <div>
            <Caption1 className={s.text} data-testid="late-description">
              {i.case.description}
            </Caption1>
          </div>
        ) : null}
      </div>
      <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-end", gap: 4 }}>
        <Badge appearance="tint" color={overdue ? "danger" : "warning"}>
          {overdue
            ? t("late.overdueBy", { amount })
            : today
              ? t("late.dueToday", { amount })
              : t("late.dueIn", { amount })}
        </Badge>
        {row !== null ? (
          <Button
            size="small"
            appearance="subtle"
            aria-label={t("late.selectAria", { id: i.entry.caseId, row })}
            onClick={() => onSelect(i)}
          >
            {t("late.select", { row })}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
