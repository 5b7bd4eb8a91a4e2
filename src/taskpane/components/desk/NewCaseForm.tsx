/**
 * 新增案件: the log's fields, with what the core says while the clerk types (../../model/desk and
 * ../../../core/desk): the proposed 编号 (editable, a taken one refused), 受理时间 at now on the center's
 * clock, 小区 from the Communities sheet filling 物业公司, 类别 proposed from the keywords with the keyword
 * shown, a doubtful phone flagged, the repeat alert and the deadlines the case will run.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Analysis } from "../../../core/analysis";
import { CATEGORIES, CHANNELS, RESPONSIBLES, type Category, type Channel, type Responsible } from "../../../core/model";
import {
  companyOf,
  dateTimeText,
  emptyDraft,
  phoneDoubtText,
  previewText,
  reviewDraft,
  type CaseDraft,
  type DraftProblem,
} from "../../../core/desk";
import type { LocalMinutes } from "../../../core/time";
import { categoryLabel, channelLabel, coreLang, responsibleLabel, type Lang } from "../../i18n";
import {
  communityChoices,
  deskConfig,
  deskContext,
  fromInput,
  inputValue,
  newCaseSheet,
  proposedId,
} from "../../model/desk";
import type { DraftReview } from "../../../core/desk";

const useStyles = makeStyles({
  // Fields fill the pane's width and may shrink below an input's intrinsic size (320 px panes).
  form: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
    "& .fui-Input, & .fui-Select, & .fui-Textarea": { minWidth: 0, width: "100%" },
    "& input": { minWidth: 0 },
  },
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))", gap: "10px" },
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "2px" },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { overflowWrap: "anywhere" },
});

export interface NewCaseFormProps {
  analysis: Analysis;
  lang: Lang;
  /** Now on the center's clock (the preview's as-of in the preview). */
  now: LocalMinutes;
  busy: boolean;
  onSubmit(review: DraftReview): Promise<boolean>;
}

const problemKey: Record<string, string> = {
  "id/blank": "desk.new.idBlank",
  "id/taken": "desk.new.idTaken",
  "receivedAt/blank": "desk.new.receivedBlank",
  "receivedAt/future": "desk.new.receivedFuture",
  "description/blank": "desk.new.descriptionBlank",
  "community/unknown": "desk.new.communityUnknown",
};

export function NewCaseForm({ analysis, lang, now, busy, onSubmit }: NewCaseFormProps) {
  const { t } = useTranslation();
  const s = useStyles();
  const l = coreLang(lang);
  const [draft, setDraft] = useState<CaseDraft>(() => emptyDraft(proposedId(analysis, now), now));
  const [idEdited, setIdEdited] = useState(false);
  const [receivedText, setReceivedText] = useState(() => inputValue(now));
  const [tried, setTried] = useState(false);
  const set = <K extends keyof CaseDraft>(key: K, value: CaseDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // The proposal follows the receipt (a numbering with the month rolls over) and the log (after an append).
  useEffect(() => {
    if (!idEdited && draft.receivedAt !== null) set("id", proposedId(analysis, draft.receivedAt));
  }, [analysis, draft.receivedAt, idEdited]);

  const ctx = useMemo(() => deskContext(analysis, now), [analysis, now]);
  const review = useMemo(() => reviewDraft(draft, ctx), [draft, ctx]);
  const communities = useMemo(() => communityChoices(analysis), [analysis]);
  const company =
    companyOf(analysis.communities, draft.community) ??
    communities.find((c) => c.name === draft.community.trim())?.company ??
    "";
  const target = draft.receivedAt === null ? null : newCaseSheet(analysis, draft.receivedAt);

  const problem = (field: DraftProblem["field"]) => {
    const e = review.errors.find((p) => p.field === field);
    const w = review.warnings.find((p) => p.field === field);
    const p = e ?? w;
    if (p === undefined || (field === "description" && !tried)) return {};
    return {
      validationState: e ? ("error" as const) : ("warning" as const),
      validationMessage: t(problemKey[`${p.field}/${p.code}`], { id: draft.id.trim() }),
    };
  };

  const phone = review.phone;
  const phoneProps =
    phone.kind === "doubtful" && phone.doubt
      ? { validationState: "warning" as const, validationMessage: phoneDoubtText(phone.doubt, l) }
      : phone.kind === "mobile" || phone.kind === "landline"
        ? {
            validationState: "success" as const,
            validationMessage: t(phone.kind === "mobile" ? "desk.new.phoneMobile" : "desk.new.phoneLandline"),
          }
        : {};

  const proposal = review.proposal;
  const proposalText =
    proposal.keyword === null
      ? t("desk.new.noKeyword", { category: categoryLabel(proposal.category, lang) })
      : t("desk.new.proposal", { keyword: proposal.keyword, category: categoryLabel(proposal.category, lang) });

  const submit = async () => {
    setTried(true);
    if (review.errors.length > 0) return;
    if (await onSubmit(review)) {
      setDraft(emptyDraft(draft.id, now));
      setReceivedText(inputValue(now));
      setIdEdited(false);
      setTried(false);
    }
  };

  return (
    <section aria-labelledby="desk-new-title" data-testid="desk-new">
      <Subtitle2 as="h2" id="desk-new-title">
        {t("desk.new.title")}
      </Subtitle2>
      <form
        className={s.form}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className={s.pair}>
          <Field label={t("desk.new.id")} hint={t("desk.new.idHint")} required {...problem("id")}>
            <Input
              value={draft.id}
              data-testid="desk-new-id"
              onChange={(_, d) => {
                setIdEdited(true);
                set("id", d.value);
              }}
            />
          </Field>
          <Field label={t("desk.new.receivedAt")} required {...problem("receivedAt")}>
            <Input
              type="datetime-local"
              value={receivedText}
              data-testid="desk-new-received"
              onChange={(_, d) => {
                setReceivedText(d.value);
                set("receivedAt", fromInput(d.value));
              }}
            />
          </Field>
        </div>
        <div className={s.pair}>
          <Field label={t("desk.new.channel")}>
            <Select
              value={draft.channel ?? ""}
              onChange={(_, d) => set("channel", (d.value || null) as Channel | null)}
            >
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {channelLabel(c, lang)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("desk.new.customer")}>
            <Input
              value={draft.customer}
              onChange={(_, d) => set("customer", d.value)}
              data-testid="desk-new-customer"
            />
          </Field>
        </div>
        <Field label={t("desk.new.phone")} {...phoneProps}>
          <Input
            type="tel"
            value={draft.phone}
            onChange={(_, d) => set("phone", d.value)}
            data-testid="desk-new-phone"
          />
        </Field>
        <div className={s.pair}>
          <Field label={t("desk.new.community")} {...problem("community")}>
            <Input
              value={draft.community}
              list="desk-communities"
              onChange={(_, d) => set("community", d.value)}
              data-testid="desk-new-community"
            />
          </Field>
          <Field label={t("desk.new.unit")}>
            <Input value={draft.unit} onChange={(_, d) => set("unit", d.value)} data-testid="desk-new-unit" />
          </Field>
        </div>
        <datalist id="desk-communities">
          {communities.map((c) => (
            <option key={c.name} value={c.name} />
          ))}
        </datalist>
        <Field label={t("desk.new.description")} {...problem("description")}>
          <Textarea
            value={draft.description}
            resize="vertical"
            onChange={(_, d) => set("description", d.value)}
            data-testid="desk-new-description"
          />
        </Field>
        <Field label={t("desk.new.category")} hint={proposalText}>
          <Select
            value={draft.category ?? ""}
            onChange={(_, d) => set("category", (d.value || null) as Category | null)}
            data-testid="desk-new-category"
          >
            <option value="">{t("desk.new.categoryAuto", { category: categoryLabel(proposal.category, lang) })}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={s.pair}>
          <Field label={t("desk.new.responsible")}>
            <Select
              value={draft.responsible ?? ""}
              onChange={(_, d) => set("responsible", (d.value || null) as Responsible | null)}
              data-testid="desk-new-responsible"
            >
              <option value="">{t("desk.new.responsibleNone")}</option>
              {RESPONSIBLES.map((r) => (
                <option key={r} value={r}>
                  {responsibleLabel(r, lang)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t("desk.new.company")}
            hint={company !== "" ? t("desk.new.companyFrom", { company }) : undefined}
          >
            <Input
              value={draft.propertyCompany}
              placeholder={company}
              onChange={(_, d) => set("propertyCompany", d.value)}
              data-testid="desk-new-company"
            />
          </Field>
        </div>
        <Checkbox
          label={t("desk.new.major")}
          checked={draft.major}
          onChange={(_, d) => set("major", d.checked === true)}
        />
        <Field label={t("desk.new.notes")}>
          <Input value={draft.notes} onChange={(_, d) => set("notes", d.value)} />
        </Field>
        {review.repeats.length > 0 ? (
          <MessageBar intent="warning" layout="multiline" data-testid="desk-new-repeats">
            <MessageBarBody>
              <MessageBarTitle>
                {t("desk.new.repeatTitle", { count: review.repeats.length, days: analysis.repeatWindowDays })}
              </MessageBarTitle>
              <ul className={s.list}>
                {review.repeats.map((c) => (
                  <li key={`${c.sheet ?? ""}/${c.id}`} className={s.text}>
                    {t("desk.new.repeatItem", {
                      id: c.id,
                      when: dateTimeText(c.receivedAt.at, now, l),
                      description: c.description,
                    })}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <div aria-labelledby="desk-new-deadlines" role="group" data-testid="desk-new-deadlines">
          <Caption1 as="h3" id="desk-new-deadlines" style={{ margin: 0, fontWeight: 600 }}>
            {t("desk.new.deadlinesTitle")}
          </Caption1>
          {review.deadlines.length === 0 ? (
            <Caption1 className={s.meta}>
              {t(draft.responsible === null ? "desk.new.noResponsible" : "desk.new.noDeadlines")}
            </Caption1>
          ) : (
            <ul className={s.list}>
              {review.deadlines.map((p) => (
                <li key={p.rule}>
                  <Caption1>{previewText(p, deskConfig(analysis), now, l)}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </div>
        {target !== null ? (
          <Caption1 className={s.meta}>
            {target.exists
              ? t("desk.new.sheet", { sheet: target.name })
              : t("desk.new.newSheet", { sheet: target.name, template: target.template })}
          </Caption1>
        ) : (
          <Caption1 className={s.meta}>{t("desk.new.noLog")}</Caption1>
        )}
        <div>
          <Button
            type="submit"
            appearance="primary"
            disabledFocusable={busy || target === null}
            data-testid="desk-new-submit"
          >
            {t("desk.new.submit")}
          </Button>
        </div>
      </form>
    </section>
  );
}
