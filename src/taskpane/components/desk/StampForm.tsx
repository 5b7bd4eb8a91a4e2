/**
 * 登记进展: find a case by 编号, 房号 or the row selected in Excel, and stamp one of the steps its rules still
 * wait for (../../../core/desk pendingSteps), at now unless the clerk says otherwise. 回访 is recorded with
 * its method, the satisfaction, the customer's words and who called. Only blank cells are filled.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Analysis } from "../../../core/analysis";
import type { Case, DateField, FollowUpMethod, Satisfaction } from "../../../core/model";
import { FOLLOW_UP_METHOD_LABELS, SATISFACTION_LABELS } from "../../../core/labels";
import { caseState, dueText, pendingSteps, stateText, stepText, type StampInput } from "../../../core/desk";
import type { LocalMinutes } from "../../../core/time";
import { coreLang, type Lang } from "../../i18n";
import { caseAt, deskConfig, findCases, FOLLOW_UP, fromInput, inputValue } from "../../model/desk";
import { CaseResults, PickedCase } from "./CaseResults";

const useStyles = makeStyles({
  // Fields fill the pane's width and may shrink below an input's intrinsic size (320 px panes).
  form: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
    "& .fui-Input, & .fui-Select, & .fui-Textarea": { minWidth: 0, width: "100%" },
    "& input": { minWidth: 0 },
  },
  row: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "end" },
  grow: { flexGrow: 1, minWidth: "160px" },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))", gap: "10px" },
});

export interface StampFormProps {
  analysis: Analysis;
  lang: Lang;
  now: LocalMinutes;
  busy: boolean;
  /** The row selected in Excel; rejects in the preview (the pane shows why). */
  selectedRow(): Promise<{ sheet: string; row: number }>;
  onError(e: unknown): void;
  onStamp(c: Case, stamp: StampInput): Promise<boolean>;
  /** The case the clerk picked (打印表单 offers it). */
  onPicked?(c: Case): void;
}

const METHODS = Object.keys(FOLLOW_UP_METHOD_LABELS) as FollowUpMethod[];
const SATISFACTIONS = Object.keys(SATISFACTION_LABELS) as Satisfaction[];

export function StampForm({ analysis, lang, now, busy, selectedRow, onError, onStamp, onPicked }: StampFormProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const l = coreLang(lang);
  const config = deskConfig(analysis);
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<{ sheet?: string; row: number } | null>(null);
  const [notFound, setNotFound] = useState(false);
  const results = useMemo(() => findCases(analysis, query), [analysis, query]);
  // The case is looked up again in each new analysis, so after a stamp it shows its new state.
  const current = picked === null ? null : caseAt(analysis, picked.sheet, picked.row);
  const steps = useMemo(
    () => (current === null ? [] : pendingSteps(current, config, Math.max(now, analysis.asOf))),
    [current, config, now, analysis.asOf],
  );
  const [field, setField] = useState<DateField | "">("");
  const step = steps.find((p) => p.field === field) ?? steps[0];
  const [atText, setAtText] = useState(() => inputValue(now));
  const [method, setMethod] = useState<FollowUpMethod | "">("phone");
  const [satisfaction, setSatisfaction] = useState<Satisfaction | "">("");
  const [notes, setNotes] = useState("");
  const [by, setBy] = useState("");
  const at = fromInput(atText);

  const pick = (c: Case) => {
    setPicked({ sheet: c.sheet, row: c.row });
    onPicked?.(c);
    setField("");
    setAtText(inputValue(now));
    setNotFound(false);
  };

  const takeSelection = async () => {
    try {
      const sel = await selectedRow();
      const c = caseAt(analysis, sel.sheet, sel.row);
      if (c === null) setNotFound(true);
      else pick(c);
    } catch (e) {
      onError(e);
    }
  };

  const submit = async () => {
    if (current === null || step === undefined || at === null) return;
    const stamp: StampInput = { field: step.field, at };
    if (step.field === FOLLOW_UP) {
      stamp.followUpMethod = method || null;
      stamp.satisfaction = satisfaction || null;
      stamp.followUpNotes = notes;
      stamp.followUpBy = by;
    }
    if (await onStamp(current, stamp)) {
      setNotes("");
      setSatisfaction("");
      setField("");
    }
  };

  return (
    <section aria-labelledby="desk-stamp-title" data-testid="desk-stamp">
      <Subtitle2 as="h2" id="desk-stamp-title">
        {t("desk.stamp.title")}
      </Subtitle2>
      <div className={s.form}>
        <div className={s.row}>
          <Field label={t("desk.stamp.find")} className={s.grow}>
            <Input value={query} type="search" onChange={(_, d) => setQuery(d.value)} data-testid="desk-stamp-query" />
          </Field>
          <Button onClick={() => void takeSelection()}>{t("desk.stamp.useSelection")}</Button>
        </div>
        {notFound ? <Text role="status">{t("desk.stamp.noRow")}</Text> : null}
        <CaseResults query={query} results={results} current={current} onPick={pick} testId="desk-stamp-result" />
        {current === null ? null : (
          <form
            className={s.form}
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
            aria-labelledby="desk-stamp-case"
            data-testid="desk-stamp-form"
          >
            <PickedCase c={current} headingId="desk-stamp-case">
              <Caption1 data-testid="desk-stamp-state">
                {t("desk.stamp.state", { state: stateText(caseState(current, config), l) })}
                {current.status !== "" ? ` · ${t("desk.stamp.stateWritten", { status: current.status })}` : ""}
              </Caption1>
            </PickedCase>
            {step === undefined ? (
              <Text>{t("desk.stamp.nothing")}</Text>
            ) : (
              <>
                <div className={s.pair}>
                  <Field label={t("desk.stamp.step")}>
                    <Select
                      value={step.field}
                      onChange={(_, d) => setField(d.value as DateField)}
                      data-testid="desk-stamp-step"
                    >
                      {steps.map((p) => (
                        <option key={p.field} value={p.field}>
                          {p.dueAt === null
                            ? stepText(current, p.field, l)
                            : t("desk.stamp.stepDue", {
                                step: stepText(current, p.field, l),
                                when: dueText(p.dueAt, now, l),
                              })}
                        </option>
                      ))}
                    </Select>
                  </Field>
                  <Field
                    label={t("desk.stamp.at")}
                    required
                    validationState={at === null ? "error" : "none"}
                    validationMessage={at === null ? t("desk.new.receivedBlank") : undefined}
                  >
                    <Input
                      type="datetime-local"
                      value={atText}
                      onChange={(_, d) => setAtText(d.value)}
                      data-testid="desk-stamp-at"
                    />
                  </Field>
                </div>
                {step.field === FOLLOW_UP ? (
                  <>
                    <div className={s.pair}>
                      <Field label={t("desk.stamp.method")}>
                        <Select value={method} onChange={(_, d) => setMethod(d.value as FollowUpMethod | "")}>
                          <option value="">{t("desk.stamp.unset")}</option>
                          {METHODS.map((m) => (
                            <option key={m} value={m}>
                              {FOLLOW_UP_METHOD_LABELS[m][l]}
                            </option>
                          ))}
                        </Select>
                      </Field>
                      <Field label={t("desk.stamp.satisfaction")}>
                        <Select
                          value={satisfaction}
                          onChange={(_, d) => setSatisfaction(d.value as Satisfaction | "")}
                          data-testid="desk-stamp-satisfaction"
                        >
                          <option value="">{t("desk.stamp.unset")}</option>
                          {SATISFACTIONS.map((m) => (
                            <option key={m} value={m}>
                              {SATISFACTION_LABELS[m][l]}
                            </option>
                          ))}
                        </Select>
                      </Field>
                    </div>
                    <Field label={t("desk.stamp.notes")}>
                      <Input value={notes} onChange={(_, d) => setNotes(d.value)} data-testid="desk-stamp-notes" />
                    </Field>
                    <Field label={t("desk.stamp.by")}>
                      <Input value={by} onChange={(_, d) => setBy(d.value)} data-testid="desk-stamp-by" />
                    </Field>
                  </>
                ) : null}
                <div>
                  <Button
                    type="submit"
                    appearance="primary"
                    disabledFocusable={busy || at === null}
                    data-testid="desk-stamp-submit"
                  >
                    {t("desk.stamp.submit")}
                  </Button>
                </div>
              </>
            )}
          </form>
        )}
      </div>
    </section>
  );
}
