/**
 * 受理台, the clerk's view: today's work first, then the new-case form and the step stamp. Writes go through
 * the host (../../model/desk-actions); after each the pane reads the log again, so the list, the tiles and
 * the forms show the new row.
 */
import { Link, makeStyles } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useMemo, useState } from "react";
import type { Analysis } from "../../../core/analysis";
import type { Case } from "../../../core/model";
import type { DraftReview, FormKind, StampInput, TodayItem } from "../../../core/desk";
import type { PaneHost } from "../../../host/pane-host";
import type { Lang } from "../../i18n";
import { deskAgenda } from "../../model/desk";
import { addCase, makeForm, stampStep } from "../../model/desk-actions";
import { downloadFile } from "../../download";
import { FormSection } from "./FormSection";
import { noticeFor, type Notice } from "../notices";
import { NewCaseForm } from "./NewCaseForm";
import { StampForm } from "./StampForm";
import { TodayList } from "./TodayList";

const useStyles = makeStyles({
  desk: { display: "flex", flexDirection: "column", gap: "18px" },
  jump: { display: "flex", flexWrap: "wrap", gap: "4px 14px" },
});

/** Moves focus to the form's first field (a link to a heading alone would leave focus behind). */
const jumpTo =
  (testId: string) =>
  (e: { preventDefault(): void }): void => {
    const field = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (field === null) return;
    e.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: "center" });
  };

export interface DeskProps {
  analysis: Analysis;
  host: PaneHost;
  lang: Lang;
  /** Another write or a read is running: the forms wait. */
  busy: boolean;
  onSelect(row: number, sheet?: string): void;
  onNotices(notices: Notice[]): void;
  /** A write went through: read the log again. */
  onWritten(): Promise<void>;
}

export function Desk({ analysis, host, lang, busy, onSelect, onNotices, onWritten }: DeskProps) {
  const s = useStyles();
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  const [picked, setPicked] = useState<{ sheet?: string; row: number } | null>(null);
  const agenda = useMemo(() => deskAgenda(analysis), [analysis]);
  const now = host.now(analysis.timeZone);

  const write = async (act: () => Promise<Notice[]>): Promise<boolean> => {
    setWriting(true);
    try {
      const notices = await act();
      const ok = notices.some((n) => n.intent === "success");
      // Reading the log again replaces the pane's notices with the analysis' own; the outcome comes after.
      if (ok) await onWritten();
      onNotices(notices);
      return ok;
    } catch (e) {
      onNotices([noticeFor(e)]);
      return false;
    } finally {
      setWriting(false);
    }
  };

  return (
    <div className={s.desk} data-testid="desk">
      {/* Today's list comes first and may be long: the forms are one keypress away. */}
      <nav aria-label={t("desk.jump.label")} className={s.jump}>
        <Link href="#desk-new-title" onClick={jumpTo("desk-new-id")}>
          {t("desk.jump.new")}
        </Link>
        <Link href="#desk-stamp-title" onClick={jumpTo("desk-stamp-query")}>
          {t("desk.jump.stamp")}
        </Link>
        <Link href="#desk-form-title" onClick={jumpTo("desk-form-query")}>
          {t("desk.jump.form")}
        </Link>
      </nav>
      <TodayList
        agenda={agenda}
        now={analysis.asOf}
        lang={lang}
        onSelect={(i: TodayItem) => onSelect(i.row, i.sheet)}
      />
      <NewCaseForm
        analysis={analysis}
        lang={lang}
        now={now}
        busy={busy || writing}
        onSubmit={(review: DraftReview) => write(async () => [await addCase(host, analysis, review, lang)])}
      />
      <StampForm
        analysis={analysis}
        lang={lang}
        now={now}
        busy={busy || writing}
        selectedRow={() => host.selectedRow()}
        onError={(e) => onNotices([noticeFor(e)])}
        onStamp={(c: Case, stamp: StampInput) => write(() => stampStep(host, analysis, c, stamp, lang))}
        onPicked={(c: Case) => setPicked({ sheet: c.sheet, row: c.row })}
      />
      <FormSection
        analysis={analysis}
        busy={busy || writing}
        picked={picked}
        onMake={(c: Case, kind: FormKind) =>
          write(async () => {
            const made = await makeForm(host, analysis, c, kind, now, lang);
            if (made.file !== undefined) downloadFile(made.file.bytes, made.file.fileName);
            return made.notices;
          })
        }
      />
    </div>
  );
}
