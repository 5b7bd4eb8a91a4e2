/** "Now late": overdue and due-soon deadlines, most urgent first, each able to select its row in the log. */
import { Badge, Body1Strong, Button, Caption1, makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Formatters } from "../i18n";
import type { LateItem } from "../model/figures";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
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
  /** Shown at most; the rest are counted. */
  limit?: number;
  onSelect(item: LateItem): void;
}

export function LateList({ items, fmt, limit = 50, onSelect }: LateListProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const shown = items.slice(0, limit);
  return (
    <section aria-labelledby="late-title" data-testid="late">
      <Subtitle2 as="h2" id="late-title">
        {t("late.title")} ({fmt.integer(items.length)})
      </Subtitle2>
      {items.length === 0 ? (
        <Text as="p">{t("late.empty")}</Text>
      ) : (
        <ul className={s.list}>
          {shown.map((i) => {
            const overdue = i.entry.status === "overdue";
            const amount = t(`late.${i.unit}`, { count: i.amount, n: fmt.decimal(i.amount) });
            const row = i.case?.row ?? null;
            return (
              <li key={`${i.entry.caseId}/${i.entry.rule}`} className={mergeClasses(s.item, overdue && s.overdue)} data-testid="late-item" data-status={i.entry.status}>
                <div>
                  <Body1Strong className={s.text}>
                    {t("late.caseNo", { id: i.entry.caseId })}
                    {i.case ? ` · ${t(`category.${i.case.category}`)} · ${[i.case.community, i.case.unit].filter(Boolean).join(" ")}` : ""}
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
                    {overdue ? t("late.overdueBy", { amount }) : t("late.dueIn", { amount })}
                  </Badge>
                  {row !== null ? (
                    <Button size="small" appearance="subtle" aria-label={t("late.selectAria", { id: i.entry.caseId, row })} onClick={() => onSelect(i)}>
                      {t("late.select", { row })}
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {items.length > shown.length ? <Caption1>{t("late.more", { count: items.length - shown.length })}</Caption1> : null}
    </section>
  );
}
