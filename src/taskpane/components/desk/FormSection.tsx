/**
 * 打印表单: one of the manual's forms (顾客意见处理单, 工作联系单, 回访记录) for a case, the one picked in 登记进展
 * or found here by 编号 or 房号. The host writes it as a sheet ready to print, or offers it as a file
 * (../../model/desk-actions makeForm decides the 联系单号; this only collects the choice).
 */
import { Button, Caption1, Field, Input, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Analysis } from "../../../core/analysis";
import type { Case } from "../../../core/model";
import { FORM_KINDS, type FormKind } from "../../../core/desk";
import { caseAt, findCases } from "../../model/desk";
import { CaseResults, PickedCase } from "./CaseResults";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
    "& .fui-Input, & .fui-Select": { minWidth: 0, width: "100%" },
    "& input": { minWidth: 0 },
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface FormSectionProps {
  analysis: Analysis;
  busy: boolean;
  /** The case picked in 登记进展, offered here first. */
  picked: { sheet?: string; row: number } | null;
  onMake(c: Case, kind: FormKind): Promise<boolean>;
}

export function FormSection({ analysis, busy, picked, onMake }: FormSectionProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<{ sheet?: string; row: number } | null>(picked);
  const [kind, setKind] = useState<FormKind>("complaint");
  useEffect(() => setChosen(picked), [picked]);
  const results = useMemo(() => findCases(analysis, query), [analysis, query]);
  const current = chosen === null ? null : caseAt(analysis, chosen.sheet, chosen.row);

  return (
    <section aria-labelledby="desk-form-title" data-testid="desk-form">
      <Subtitle2 as="h2" id="desk-form-title">
        {t("desk.form.title")}
      </Subtitle2>
      <div className={s.form}>
        <Field label={t("desk.form.find")}>
          <Input value={query} type="search" onChange={(_, d) => setQuery(d.value)} data-testid="desk-form-query" />
        </Field>
        <CaseResults
          query={query}
          results={results}
          current={current}
          onPick={(c) => setChosen({ sheet: c.sheet, row: c.row })}
          testId="desk-form-result"
        />
        {current === null ? (
          <Caption1 className={s.meta}>{t("desk.form.hint")}</Caption1>
        ) : (
          <form
            className={s.form}
            onSubmit={(e) => {
              e.preventDefault();
              void onMake(current, kind);
            }}
            aria-labelledby="desk-form-case"
            data-testid="desk-form-form"
          >
            <PickedCase c={current} headingId="desk-form-case" />
            <Field label={t("desk.form.kind")}>
              <Select value={kind} onChange={(_, d) => setKind(d.value as FormKind)} data-testid="desk-form-kind">
                {FORM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`desk.form.kinds.${k}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <div>
              <Button type="submit" appearance="primary" disabledFocusable={busy} data-testid="desk-form-submit">
                {t("desk.form.submit")}
              </Button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
