/**
 * The cases a search at the desk found (登记进展 and 打印表单 search alike), each a button that picks it, and
 * the picked case's heading: its 编号, community and unit over its description.
 */
import { Body1Strong, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Case } from "../../../core/model";

const useStyles = makeStyles({
  results: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  picked: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface CaseResultsProps {
  query: string;
  results: readonly Case[];
  current: Case | null;
  onPick(c: Case): void;
  testId: string;
}

/** Nothing until the clerk types; then "none found" or the list of matches. */
export function CaseResults({ query, results, current, onPick, testId }: CaseResultsProps) {
  const { t } = useTranslation();
  const s = useStyles();
  if (query.trim() === "") return null;
  if (results.length === 0) return <Text role="status">{t("desk.stamp.none")}</Text>;
  return (
    <ul className={s.results} aria-label={t("desk.stamp.found", { count: results.length })}>
      {results.map((c) => (
        <li key={`${c.sheet ?? ""}/${c.row}`}>
          <Button
            size="small"
            appearance={current === c ? "primary" : "secondary"}
            aria-pressed={current === c}
            onClick={() => onPick(c)}
            data-testid={testId}
          >
            {t("desk.stamp.pick", { id: c.id, community: c.community, unit: c.unit })}
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** The picked case's heading (its id labels the form below); `children` adds lines under it. */
export function PickedCase({ c, headingId, children }: { c: Case; headingId: string; children?: ReactNode }) {
  const s = useStyles();
  return (
    <div className={s.picked}>
      <Body1Strong id={headingId}>
        {c.id} · {c.community} {c.unit}
      </Body1Strong>
      <Caption1 className={s.meta}>{c.description}</Caption1>
      {children}
    </div>
  );
}
