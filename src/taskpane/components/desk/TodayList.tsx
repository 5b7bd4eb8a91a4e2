/**
 * 今日待办: what the clerk must get done, first on the desk. What falls due today or tomorrow comes first
 * (soonest first), then what is overdue (most recently overdue first), each grouped by what the clerk does
 * about it; every item shows the phone number to call and selects its row. A group shows a page at a time
 * with "show more", never a silent cut.
 */
import {
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  dueText,
  ruleStepText,
  TODAY_ACTION_TEXT,
  type Agenda,
  type TodayGroup,
  type TodayItem,
} from "../../../core/desk";
import type { LocalMinutes } from "../../../core/time";
import { coreLang, type Lang } from "../../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  part: { display: "flex", flexDirection: "column", gap: "6px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  overdue: { borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}` },
  text: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: "4px 8px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface TodayListProps {
  agenda: Agenda;
  now: LocalMinutes;
  lang: Lang;
  page?: number;
  onSelect(item: TodayItem): void;
}

export function TodayList({ agenda, now, lang, page = 5, onSelect }: TodayListProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const count = (groups: TodayGroup[]): number => groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section aria-labelledby="desk-today-title" className={s.section} data-testid="desk-today">
      <Subtitle2 as="h2" id="desk-today-title">
        {t("desk.today.title")}
      </Subtitle2>
      {agenda.total === 0 ? <Text as="p">{t("desk.today.empty")}</Text> : null}
      {(["due", "overdue"] as const).map((part) =>
        agenda[part].length === 0 ? null : (
          <div key={part} className={s.part} data-testid={`desk-today-${part}`}>
            <Body1Strong as="h3" className={s.heading}>
              {t(part === "due" ? "desk.today.dueTitle" : "desk.today.overdueTitle", { count: count(agenda[part]) })}
            </Body1Strong>
            {agenda[part].map((g) => (
              <Group
                key={g.action}
                id={`desk-${part}-${g.action}`}
                group={g}
                now={now}
                lang={lang}
                page={page}
                onSelect={onSelect}
              />
            ))}
          </div>
        ),
      )}
    </section>
  );
}

function Group({
  id,
  group,
  now,
  lang,
  page,
  onSelect,
}: {
  id: string;
  group: TodayGroup;
  now: LocalMinutes;
  lang: Lang;
  page: number;
  onSelect(item: TodayItem): void;
}) {
  const { t } = useTranslation();
  const s = useStyles();
  const [shown, setShown] = useState(page);
  const l = coreLang(lang);
  const left = group.items.length - shown;
  return (
    <div className={s.part}>
      <Caption1 as="h4" id={id} className={s.heading}>
        {t("desk.today.group", { action: TODAY_ACTION_TEXT[group.action][l], count: group.items.length })}
      </Caption1>
      <ul className={s.list} aria-labelledby={id}>
        {group.items.slice(0, shown).map((i) => (
          <li
            key={`${i.sheet ?? ""}/${i.caseId}/${i.rule}`}
            className={mergeClasses(s.item, i.overdue && s.overdue)}
            data-testid="desk-today-item"
          >
            <div className={s.row}>
              <Body1Strong>
                {t(i.overdue ? "desk.today.overdue" : "desk.today.due", { when: dueText(i.dueAt, now, l) })}
              </Body1Strong>
              <Caption1>{ruleStepText(i.rule, l)}</Caption1>
            </div>
            <Text className={s.text}>
              {i.caseId} · {i.community} {i.unit}
            </Text>
            <Caption1 className={s.meta}>
              {i.customer}
              {i.phone !== "" ? (
                <>
                  {" · "}
                  <a href={`tel:${i.phone.replace(/[^\d+]/g, "")}`}>{t("desk.today.call", { phone: i.phone })}</a>
                </>
              ) : null}
            </Caption1>
            {i.description !== "" ? <Caption1 className={s.meta}>{i.description}</Caption1> : null}
            <div>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t("desk.today.selectAria", { id: i.caseId, row: i.row })}
                onClick={() => onSelect(i)}
              >
                {t("desk.today.select", { row: i.row })}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {left > 0 ? (
        <div>
          <Button size="small" appearance="secondary" onClick={() => setShown((n) => n + page)}>
            {t("desk.today.showMore", { count: Math.min(page, left), left })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
