/**
 * The pane's commands as a row of buttons at the top of the view: the two everyday ones as buttons, the rest in a
 * "more" menu, so every action is a few key presses from the top at 320 px. While one runs, its progress
 * bar with its step and a cancel button sits right under the toolbar.
 */
import {
  Button,
  Field,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  ProgressBar,
} from "@fluentui/react-components";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { StepId } from "../../host/pane-host";

export type ActionId = "refresh" | "write" | "report" | "packs" | "settings" | "template" | "open";

export interface Busy {
  action: ActionId;
  step: StepId;
  done: number;
  total: number;
  /** "rows": done and total count the workbook's rows; else steps. */
  unit?: "rows";
}

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: "6px", padding: 0 },
  progress: { display: "flex", alignItems: "flex-end", gap: "8px", marginTop: "8px" },
});

const pipelineRunning = (b: Busy): boolean => b.unit === "rows" && b.step === "analyse" && b.done < b.total;

function progressKey(b: Busy): string {
  if (b.unit !== "rows") return "actions.progress";
  return pipelineRunning(b) ? "actions.progressAnalysing" : "actions.progressRows";
}

export interface ActionsProps {
  kind: "excel" | "preview";
  periodKind: "month" | "year";
  /** The company filter: the pack is this company's, or every company's when null. */
  company: string | null;
  busy: Busy | null;
  onRun(action: Exclude<ActionId, "open">): void;
  onOpenFile(name: string, bytes: Uint8Array): void;
  onCancel(): void;
}

export function Actions({ kind, periodKind, company, busy, onRun, onOpenFile, onCancel }: ActionsProps) {
  const { t, i18n } = useTranslation();
  const s = useStyles();
  const count = (n: number): string => n.toLocaleString(i18n.language);
  const file = useRef<HTMLInputElement>(null);
  const disabled = busy !== null;
  return (
    <section aria-label={t("actions.label")} data-testid="actions">
      <div className={s.toolbar}>
        <Button appearance="primary" size="small" disabled={disabled} onClick={() => onRun("refresh")}>
          {t("actions.refresh")}
        </Button>
        <Button size="small" disabled={disabled} onClick={() => onRun("report")}>
          {periodKind === "year" ? t("actions.reportYear") : t("actions.reportMonth")}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" disabled={disabled} data-testid="actions-more">
              {t("actions.more")}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => onRun("write")}>{t("actions.write")}</MenuItem>
              {/* Packs are monthly (§5.7.5, the monthly meeting); for a year the item says to pick a month. */}
              <MenuItem
                data-testid="action-packs"
                disabled={periodKind !== "month"}
                secondaryContent={
                  periodKind !== "month"
                    ? t("actions.packsMonthOnly")
                    : company === null
                      ? t("actions.packsAll")
                      : company
                }
                onClick={() => onRun("packs")}
              >
                {t("actions.packs")}
              </MenuItem>
              <MenuItem onClick={() => onRun("settings")}>{t("actions.settings")}</MenuItem>
              <MenuItem onClick={() => onRun("template")}>{t("actions.template")}</MenuItem>
              {kind === "preview" ? (
                <MenuItem aria-label={t("actions.openAria")} onClick={() => file.current?.click()}>
                  {t("actions.open")}
                </MenuItem>
              ) : null}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {kind === "preview" ? (
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
      ) : null}
      {busy ? (
        <div className={s.progress} data-testid="progress">
          <Field
            style={{ flex: 1 }}
            validationState="none"
            validationMessage={t(progressKey(busy), {
              step: t(`steps.${busy.step}`),
              done: busy.unit === "rows" ? count(busy.done) : busy.done,
              total: busy.unit === "rows" ? count(busy.total) : busy.total,
            })}
          >
            {/* The pipeline tells no rows until it is through them all: its bar runs without a value. */}
            <ProgressBar
              value={busy.total > 0 && !pipelineRunning(busy) ? busy.done / busy.total : undefined}
              max={1}
              aria-label={t(`steps.${busy.step}`)}
            />
          </Field>
          <Button onClick={onCancel}>{t("actions.cancel")}</Button>
        </div>
      ) : null}
    </section>
  );
}
