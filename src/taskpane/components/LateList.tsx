/**
 * What to act on now: deadlines due soon (today's marked), then the overdue ones, each able to select its
 * row in the log. Each group shows a page at a time with "show more"; its heading counts cases the way the
 * tiles do (the overdue group's count is the "overdue now" tile's). Each item can say why ("为什么？"): a
 * disclosure with the core's explanation, step by step; its lateness and due are written as a person would
 * (2 天 3 小时; the end of a day as its 24:00).
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
import { useId, useMemo, useState, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { Analysis } from "../../core/analysis";
import { analysisExplainer, type Explanation } from "../../core/deadlines/explain";
import { explanationLines } from "../../core/deadlines/explain-lines";
import { dayOf } from "../../core/time";
import { coreLang, type Formatters } from "../i18n";
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
  why: { gridColumn: "1 / -1" },
  steps: { margin: "4px 0 0", paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "2px" },
});

export interface LateListProps {
  items: readonly LateItem[];
  fmt: Formatters;
  /** The as-of instant: what is due before its day ends is "due today". */
  asOf?: number;
  /** Items a group shows at first and adds on each "show more". */
  page?: number;
  /** The analysis the items come from, so each can explain itself. */
  analysis?: Analysis;
  onSelect(item: LateItem): void;
}

type Explain = ((i: LateItem) => Explanation) | null;

const casesIn = (items: readonly LateItem[]): number => new Set(items.map((i) => i.entry.caseId)).size;

export function LateList({ items, fmt, asOf, page = 10, analysis, onSelect }: LateListProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const explain: Explain = useMemo(() => {
    if (!analysis) return null;
    const of = analysisExplainer(analysis);
    return (i: LateItem) => of(i.entry);
  }, [analysis]);
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
              explain={explain}
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
            <Item
              key={`${i.entry.caseId}/${i.entry.rule}`}
              item={i}
              fmt={fmt}
              explain={explain}
              onSelect={onSelect}
              today={false}
            />
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

/** A due as a person reads it: the end of a day is that day's 24:00, not the next day's 00:00 (DESIGN §3). */
function dueText(fmt: Formatters, m: number): string {
  return m % 1440 === 0 ? `${fmt.date(m - 1440)} 24:00` : fmt.dateTime(m);
}

function Item({
  item: i,
  fmt,
  today,
  explain,
  onSelect,
}: {
  item: LateItem;
  fmt: Formatters;
  today: boolean;
  explain: Explain;
  onSelect(item: LateItem): void;
}) {
  const { t } = useTranslation();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const whyId = useId();
  const lang = coreLang(fmt.lang);
  const overdue = i.entry.status === "overdue";
  const x = useMemo(() => (explain ? explain(i) : null), [explain, i]);
  const verdict = x?.steps[x.steps.length - 1];
  // Lateness and time left in the rule's own unit as a person writes them (2 天 3 小时, 3.5 个工作小时).
  const words = verdict?.step === "verdict" ? (overdue ? verdict.late : verdict.left) : undefined;
  const amount = words ? words[lang] : t(`late.${i.unit}`, { count: i.amount, n: fmt.decimal(i.amount) });
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
            {t("late.rule", { rule: t(`rule.${i.entry.rule}`, { defaultValue: i.entry.rule }) })}
            {i.entry.dueAt !== null ? ` · ${t("late.due", { due: dueText(fmt, i.entry.dueAt) })}` : ""}
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
      {x ? (
        <div className={s.why}>
          <Button
            size="small"
            appearance="transparent"
            aria-expanded={open}
            aria-controls={whyId}
            onClick={() => setOpen((o) => !o)}
            data-testid="late-why"
          >
            {t("late.why")}
          </Button>
          {open ? (
            <div id={whyId} data-testid="late-explain">
              <Caption1 as="p" className={s.text} style={{ margin: 0 }}>
                {x.text[lang]}
              </Caption1>
              <ol className={s.steps} aria-label={t("late.whySteps", { id: i.entry.caseId })}>
                {explanationLines(x, lang).map((line, k) => (
                  <li key={k}>
                    <Caption1 className={s.text}>{line}</Caption1>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
