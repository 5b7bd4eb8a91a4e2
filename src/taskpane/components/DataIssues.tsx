/** The data-issues list: each problem with its row and column, and a link that selects the row in the log. */
import { Caption1, Link, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { DataIssue } from "../model/issues";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "4px" },
  text: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2 },
});

export interface DataIssuesProps {
  issues: readonly DataIssue[];
  unconfirmed: number;
  limit?: number;
  /** Selects the row in the log; `sheet` names the log sheet when the log spans several. */
  onGoto(row: number, sheet?: string): void;
}

export function DataIssues({ issues, unconfirmed, limit = 100, onGoto }: DataIssuesProps) {
  const { t } = useTranslation();
  const s = useStyles();
  if (issues.length === 0 && unconfirmed === 0) return null;
  const shown = issues.slice(0, limit);
  const goto = (row: number, sheet?: string) => (
    <Link
      as="button"
      aria-label={t("issues.gotoAria", { row })}
      onClick={() => (sheet === undefined ? onGoto(row) : onGoto(row, sheet))}
    >
      {t("issues.goto", { row })}
    </Link>
  );
  return (
    <section aria-labelledby="issues-title" data-testid="issues">
      <Subtitle2 as="h2" id="issues-title">
        {t("issues.title", { count: issues.length })}
      </Subtitle2>
      {unconfirmed > 0 ? <Text as="p">{t("issues.unconfirmed", { count: unconfirmed })}</Text> : null}
      <ol className={s.list}>
        {shown.map((i, n) => (
          <li key={n} data-testid="issue" data-row={i.row ?? ""}>
            {i.kind === "warning" ? (
              <Text className={s.text}>{t("issues.warningLine", { text: i.text })}</Text>
            ) : i.kind === "duplicate" ? (
              <Text className={s.text}>
                {t("issues.duplicate", { id: i.id, rows: i.rows.join(t("issues.rowsSeparator")) })}{" "}
                {goto(i.row, i.sheet)}
              </Text>
            ) : (
              <>
                <Text weight="semibold">{i.kind === "rejected" ? t("issues.rejected") : t("issues.cell")}</Text>{" "}
                <Caption1 className={s.meta}>{t("issues.where", { row: i.row, column: i.column })}</Caption1>
                <div className={s.text}>
                  {i.reason}
                  {i.value !== "" ? ` — ${t("issues.value", { value: i.value })}` : ""}
                </div>
                {goto(i.row, i.sheet)}
              </>
            )}
          </li>
        ))}
      </ol>
      {issues.length > shown.length ? (
        <Caption1>{t("issues.more", { count: issues.length - shown.length })}</Caption1>
      ) : null}
    </section>
  );
}
