/** The pane's commands, and the progress bar with its steps and a cancel button while one runs. */
import { Button, Field, makeStyles, ProgressBar, Subtitle2 } from "@fluentui/react-components";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { StepId } from "../../host/pane-host";

export type ActionId = "refresh" | "write" | "report" | "settings" | "template" | "open";

export interface Busy {
  action: ActionId;
  step: StepId;
  done: number;
  total: number;
}

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px" },
});

export interface ActionsProps {
  kind: "excel" | "preview";
  periodKind: "month" | "year";
  busy: Busy | null;
  onRun(action: Exclude<ActionId, "open">): void;
  onOpenFile(name: string, bytes: Uint8Array): void;
  onCancel(): void;
}

export function Actions({ kind, periodKind, busy, onRun, onOpenFile, onCancel }: ActionsProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const file = useRef<HTMLInputElement>(null);
  const disabled = busy !== null;
  return (
    <section aria-labelledby="actions-title" data-testid="actions">
      <Subtitle2 as="h2" id="actions-title">
        {t("actions.label")}
      </Subtitle2>
      <div className={s.buttons}>
        <Button appearance="primary" disabled={disabled} onClick={() => onRun("refresh")}>
          {t("actions.refresh")}
        </Button>
        <Button disabled={disabled} onClick={() => onRun("report")}>
          {periodKind === "year" ? t("actions.reportYear") : t("actions.reportMonth")}
        </Button>
        <Button disabled={disabled} onClick={() => onRun("write")}>
          {t("actions.write")}
        </Button>
        <Button disabled={disabled} onClick={() => onRun("settings")}>
          {t("actions.settings")}
        </Button>
        <Button disabled={disabled} onClick={() => onRun("template")}>
          {t("actions.template")}
        </Button>
        {kind === "preview" ? (
          <>
            <Button disabled={disabled} aria-label={t("actions.openAria")} onClick={() => file.current?.click()}>
              {t("actions.open")}
            </Button>
            <input
              ref={file}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              data-testid="file-input"
              onChange={async (e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                if (f) onOpenFile(f.name, new Uint8Array(await f.arrayBuffer()));
              }}
            />
          </>
        ) : null}
      </div>
      {busy ? (
        <div style={{ display: "flex", alignItems: "flex-end", gap: 8, marginTop: 8 }} data-testid="progress">
          <Field style={{ flex: 1 }} validationState="none" validationMessage={t("actions.progress", { step: t(`steps.${busy.step}`), done: busy.done, total: busy.total })}>
            <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} max={1} aria-label={t(`steps.${busy.step}`)} />
          </Field>
          <Button onClick={onCancel}>{t("actions.cancel")}</Button>
        </div>
      ) : null}
    </section>
  );
}
