/**
 * The desk's two writes, from the clerk's form to the host and back as a notice: where a new case goes
 * (its month's sheet in a log kept by month, made from the latest month's header when it is the first case
 * of its month) and what the host answered. A refused write says what is in the way.
 */
import type { Analysis } from "../../core/analysis";
import type { Case, CellValue } from "../../core/model";
import { formatMinutes, type LocalMinutes } from "../../core/time";
import {
  buildForm,
  DEFAULT_CONTACT_FORM_PATTERN,
  nextInPattern,
  parsePattern,
  stepText,
  type DraftReview,
  type FormDoc,
  type FormKind,
  type Pattern,
  type StampInput,
} from "../../core/desk";
import type { DeskWriteResult, PaneHost } from "../../host/pane-host";
import { coreLang, type Lang } from "../i18n";
import { noticeId, type Notice } from "../components/notices";
import { deskConfig, newCaseSheet, placeOf } from "./desk";

const cellText = (v: CellValue): string => (v === null ? "" : String(v));

/** A list of the log's cells or headers, punctuated in the pane's language. */
const listOf = (items: string[], lang: Lang): string => items.join(lang === "zh-CN" ? "、" : ", ");

function refused(r: Exclude<DeskWriteResult, { ok: true }>, sheet: string, row: number, lang: Lang): Notice {
  const cells = listOf(
    (r.conflicts ?? []).map((c) =>
      lang === "zh-CN" ? `${c.header}「${cellText(c.value)}」` : `${c.header} "${cellText(c.value)}"`,
    ),
    lang,
  );
  return {
    id: noticeId(),
    intent: "error",
    key: `desk.refused.${r.reason}`,
    params: { sheet, row, found: r.found ?? "", cells },
  };
}

/** Appends the reviewed case; the notice says where it went, or why nothing was written. */
export async function addCase(host: PaneHost, a: Analysis, review: DraftReview, lang: Lang): Promise<Notice> {
  const target = newCaseSheet(a, review.record.receivedAt.at);
  if (target === null) return { id: noticeId(), intent: "error", key: "desk.new.noLog" };
  // A log kept by month takes the case on its month's sheet, made first from the latest month's header.
  let madeSheet = false;
  if (!target.exists) {
    const made = await host.addMonthSheet({
      name: target.name,
      template: target.template,
      headerRow: target.headerRow,
    });
    if (!made.ok) return refused(made, target.template, target.headerRow, lang);
    madeSheet = made.created;
  }
  const r = await host.appendCase(
    { sheetName: target.name, headerRow: target.headerRow },
    review.record,
    deskConfig(a),
  );
  if (!r.ok) return refused(r, target.name, target.headerRow, lang);
  return {
    id: noticeId(),
    intent: "success",
    key: madeSheet ? "desk.new.addedNewSheet" : "desk.new.added",
    params: { id: review.record.id, sheet: r.sheet, row: r.row, template: target.template },
  };
}

/** Stamps a step into the case's row; the notice says what was recorded, or why nothing was. */
export async function stampStep(
  host: PaneHost,
  a: Analysis,
  c: Case,
  stamp: StampInput,
  lang: Lang,
): Promise<Notice[]> {
  const place = placeOf(a, c);
  if (place === null) return [{ id: noticeId(), intent: "error", key: "desk.stamp.noRow" }];
  const r = await host.stampCase(place, c, stamp, deskConfig(a));
  if (!r.ok) return [refused(r, place.sheetName, c.row, lang)];
  // The log has no column for the step itself: nothing was recorded, which is not a success.
  if (r.written === 0)
    return [
      {
        id: noticeId(),
        intent: "warning",
        key: "desk.stamp.noColumn",
        params: { sheet: place.sheetName, columns: listOf(r.missing ?? [], lang) },
      },
    ];
  const out: Notice[] = [
    {
      id: noticeId(),
      intent: "success",
      key: "desk.stamp.done",
      params: {
        id: c.id,
        step: stepText(c, stamp.field, coreLang(lang)),
        time: formatMinutes(stamp.at).replace("T", " "),
      },
    },
  ];
  if (r.missing !== undefined && r.missing.length > 0)
    out.push({
      id: noticeId(),
      intent: "warning",
      key: "desk.stamp.missing",
      params: { columns: listOf(r.missing, lang) },
    });
  return out;
}

/** The file a form downloads as: its title and the case's 编号 (characters a file name cannot hold replaced). */
function formFileName(form: FormDoc, id: string): string {
  return `${form.title}-${id.replace(/[\\/:*?"<>|]/g, "_")}.xlsx`;
}

/** A form made at the desk: the notices to show and, where the host offers it as a file, the file. */
export interface FormOutcome {
  notices: Notice[];
  file?: { bytes: Uint8Array; fileName: string };
}

/**
 * Makes one of the manual's forms for a case. A 工作联系单 for a case without a 联系单号 gets the next number
 * of the Settings pattern, written into the log's blank 联系单号 cell first; a number a colleague wrote there
 * meanwhile is the one the form shows, and a log without the column gets the number on the form marked 待登记.
 */
export async function makeForm(
  host: PaneHost,
  a: Analysis,
  c: Case,
  kind: FormKind,
  now: LocalMinutes,
  lang: Lang,
): Promise<FormOutcome> {
  const notices: Notice[] = [];
  let subject = c;
  let assignedFormNo: string | undefined;
  if (kind === "contact" && c.contactFormNo.trim() === "") {
    const place = placeOf(a, c);
    if (place === null) return { notices: [{ id: noticeId(), intent: "error", key: "desk.stamp.noRow" }] };
    const pattern = a.contactFormPattern ?? (parsePattern(DEFAULT_CONTACT_FORM_PATTERN) as Pattern);
    const no = nextInPattern(
      pattern,
      now,
      a.cases.map((x) => x.contactFormNo),
    );
    const r = await host.recordContactFormNo(place, c, no);
    if (r.ok && r.written === 1) {
      subject = { ...c, contactFormNo: no };
      notices.push({ id: noticeId(), intent: "info", key: "desk.form.numbered", params: { id: c.id, no } });
    } else if (r.ok) {
      assignedFormNo = no;
      notices.push({
        id: noticeId(),
        intent: "warning",
        key: "desk.form.noColumn",
        params: { sheet: place.sheetName, no },
      });
    } else if (r.reason === "conflict" && r.conflicts?.[0] !== undefined) {
      subject = { ...c, contactFormNo: cellText(r.conflicts[0].value) };
      notices.push({ id: noticeId(), intent: "info", key: "desk.form.taken", params: { no: subject.contactFormNo } });
    } else return { notices: [refused(r, place.sheetName, c.row, lang)] };
  }
  const form = buildForm(kind, subject, { lang: coreLang(lang), deadlines: deskConfig(a), now, assignedFormNo });
  const made = await host.makeForm(form, formFileName(form, c.id));
  if (made.kind === "refused")
    return { notices: [{ id: noticeId(), intent: "error", key: "desk.form.notOwned", params: { sheet: made.sheet } }] };
  const file = made.kind === "download" ? { bytes: made.bytes, fileName: made.fileName } : undefined;
  notices.unshift({
    id: noticeId(),
    intent: "success",
    key: made.kind === "sheet" ? "desk.form.written" : "desk.form.downloaded",
    params: { title: form.title, id: c.id, sheet: made.kind === "sheet" ? made.sheet : "", file: file?.fileName ?? "" },
  });
  return file === undefined ? { notices } : { notices, file };
}
