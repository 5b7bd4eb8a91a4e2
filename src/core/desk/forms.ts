/**
 * The manual's forms for one case, as content: §9.1 顾客意见处理单 and 工作联系单, §9.3 回访记录. The manual names
 * the forms but gives no layout, so they follow the usual paper form: a title, the form's number, the case's
 * fields two to a row, boxes for handling, verification and the customer's words, and lines for signatures
 * with dates. A writer lays this out on one A4 portrait page (the .xlsx writer in src/xlsx-writer, or the Office adapter).
 *
 * The 工作联系单 leaves the center (it goes to the property company or a department), so the customer's phone
 * is masked on it; the other two stay in the center's files and show it whole.
 */
import { DATE_FIELDS, type Case, type DateField } from "../model";
import { formatMinutes, type LocalMinutes } from "../time";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  FOLLOW_UP_METHOD_LABELS,
  label,
  RESPONSIBLE_LABELS,
  SATISFACTION_LABELS,
  VERIFICATION_LABELS,
} from "../labels";
import { evaluateCompliance, type DeadlineConfig } from "../deadlines";
import { maskPhone } from "../privacy";
import { previewText } from "./steps";
import type { Lang } from "./text";

export type FormKind = "complaint" | "contact" | "follow-up";
export const FORM_KINDS: readonly FormKind[] = ["complaint", "contact", "follow-up"];

export interface FormField {
  label: string;
  value: string;
  /** Spans the whole row instead of half of it. */
  full?: boolean;
}

export interface FormBox {
  label: string;
  /** What is already known (the description, the customer's words); "" leaves the box to be written in. */
  text: string;
  /** Height in printed lines. */
  lines: number;
}

export interface FormDoc {
  kind: FormKind;
  /** The language it is written in. */
  lang: Lang;
  /** The owned sheet it is written to (CB-…). */
  sheetName: string;
  org: string;
  title: string;
  number: { label: string; value: string; pending: boolean };
  fields: FormField[];
  boxes: FormBox[];
  /** Each is a line "label：______ 日期：______". */
  signatures: string[];
  /** The clause the form comes from. */
  basis: string;
}

type T = { zh: string; en: string };
const t = (x: T, lang: Lang): string => x[lang];

const SHEETS: Record<FormKind, T> = {
  complaint: { zh: "CB-意见处理单", en: "CB-Complaint form" },
  contact: { zh: "CB-联系单", en: "CB-Contact form" },
  "follow-up": { zh: "CB-回访记录", en: "CB-Follow-up record" },
};
/**
 * The sheet names a form of `kind` takes in every language: a form replaces the earlier one of its kind
 * whichever language that was made in.
 */
export function formSheetNames(kind: FormKind): string[] {
  return [SHEETS[kind].zh, SHEETS[kind].en];
}
const TITLES: Record<FormKind, T> = {
  complaint: { zh: "顾客意见处理单", en: "Customer Complaint Handling Form" },
  contact: { zh: "工作联系单", en: "Work Contact Form" },
  "follow-up": { zh: "回访记录", en: "Follow-up Record" },
};
const BASIS: Record<FormKind, T> = {
  complaint: { zh: "依据：客服中心工作手册 §9.1", en: "Basis: customer service manual §9.1" },
  contact: { zh: "依据：客服中心工作手册 §9.1、§5.7.1", en: "Basis: customer service manual §9.1, §5.7.1" },
  "follow-up": { zh: "依据：客服中心工作手册 §9.3", en: "Basis: customer service manual §9.3" },
};

const L: Record<string, T> = {
  org: { zh: "客服中心", en: "Customer Service Center" },
  caseId: { zh: "编号", en: "Case No" },
  formNo: { zh: "联系单号", en: "Contact form no" },
  received: { zh: "受理时间", en: "Received" },
  channel: { zh: "来源渠道", en: "Channel" },
  customer: { zh: "客户姓名", en: "Customer" },
  phone: { zh: "联系电话", en: "Phone" },
  community: { zh: "小区", en: "Community" },
  unit: { zh: "房号", en: "Unit" },
  category: { zh: "类别", en: "Category" },
  responsible: { zh: "责任单位", en: "Responsible" },
  company: { zh: "物业公司", en: "Property company" },
  major: { zh: "重大质量问题", en: "Major quality issue" },
  agreed: { zh: "约定完成时间", en: "Agreed completion" },
  description: { zh: "事项内容", en: "Description" },
  handling: { zh: "处理意见", en: "Handling" },
  result: { zh: "处理结果", en: "Result" },
  verification: { zh: "验证结果", en: "Verification" },
  to: { zh: "致（接收单位）", en: "To" },
  from: { zh: "发出部门", en: "From" },
  sent: { zh: "送达时间", en: "Delivered" },
  requirement: { zh: "处理要求及时限", en: "What is asked, and by when" },
  reply: { zh: "处理情况回复", en: "Reply: what was done" },
  verifyOpinion: { zh: "客服中心验证意见", en: "Verified by the center" },
  completed: { zh: "完成时间", en: "Completed" },
  followUp: { zh: "回访时间", en: "Follow-up" },
  method: { zh: "回访方式", en: "Method" },
  by: { zh: "回访人", en: "Followed up by" },
  words: { zh: "回访意见（客户原话）", en: "The customer's words" },
  satisfaction: { zh: "满意度", en: "Satisfaction" },
  receiver: { zh: "受理人", en: "Received by" },
  handler: { zh: "处理人", en: "Handled by" },
  verifier: { zh: "验证人", en: "Verified by" },
  customerSign: { zh: "客户确认", en: "Customer" },
  sender: { zh: "发出人", en: "Sent by" },
  signee: { zh: "签收人", en: "Received by" },
  replier: { zh: "回复人", en: "Replied by" },
  manager: { zh: "客服经理", en: "Service manager" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  pending: { zh: "待登记", en: "to be recorded" },
};

const when = (c: Case, f: DateField): string => {
  const s = c[f];
  if (s === null) return "";
  const text = formatMinutes(s.at).replace("T", " ");
  return s.dateOnly ? text.slice(0, 10) : text;
};

/** 满意度 as tick boxes, the answer ticked: ■满意 □基本满意 □不满意. */
function satisfactionBoxes(c: Case, lang: Lang): string {
  return (["satisfied", "basic", "unsatisfied"] as const)
    .map((s) => `${c.satisfaction === s ? "■" : "□"}${label(SATISFACTION_LABELS, s, lang)}`)
    .join(lang === "zh" ? "　" : "   ");
}

/** Whom a notice goes to: the property company by name, else the responsible department. */
function addressee(c: Case, lang: Lang): string {
  if (c.responsible === "property" || (c.responsible === null && c.propertyCompany !== null))
    return c.propertyCompany ?? label(RESPONSIBLE_LABELS, "property", lang);
  return c.responsible === null ? "" : label(RESPONSIBLE_LABELS, c.responsible, lang);
}

export interface FormOptions {
  lang: Lang;
  /** 联系单号 for a case whose cell is blank: the number the desk assigns (shown as pending). */
  assignedFormNo?: string;
  deadlines: DeadlineConfig;
  /** For the contact form's time limits. */
  now: LocalMinutes;
}

export function buildForm(kind: FormKind, c: Case, o: FormOptions): FormDoc {
  const lang = o.lang;
  const x = (k: string): string => t(L[k], lang);
  const common = {
    kind,
    lang,
    sheetName: t(SHEETS[kind], lang),
    org: x("org"),
    title: t(TITLES[kind], lang),
    basis: t(BASIS[kind], lang),
  };
  const category = label(CATEGORY_LABELS, c.category, lang);
  const channel = c.channel === null ? "" : label(CHANNEL_LABELS, c.channel, lang);
  const responsible = c.responsible === null ? "" : label(RESPONSIBLE_LABELS, c.responsible, lang);
  const description: FormBox = { label: x("description"), text: c.description, lines: 4 };

  if (kind === "complaint") {
    return {
      ...common,
      number: { label: x("caseId"), value: c.id, pending: false },
      fields: [
        { label: x("received"), value: when(c, "receivedAt") },
        { label: x("channel"), value: channel },
        { label: x("customer"), value: c.customer },
        { label: x("phone"), value: c.phone },
        { label: x("community"), value: c.community },
        { label: x("unit"), value: c.unit },
        { label: x("category"), value: category },
        { label: x("major"), value: c.major ? x("yes") : x("no") },
        { label: x("responsible"), value: responsible },
        { label: x("company"), value: c.propertyCompany ?? "" },
        { label: x("formNo"), value: c.contactFormNo },
        { label: x("agreed"), value: when(c, "agreedAt") },
      ],
      boxes: [
        description,
        { label: x("handling"), text: "", lines: 3 },
        {
          label: x("result"),
          text: c.completedAt === null ? "" : `${x("completed")}：${when(c, "completedAt")}`,
          lines: 3,
        },
        {
          label: x("verification"),
          text: c.verification === null ? "" : label(VERIFICATION_LABELS, c.verification, lang),
          lines: 2,
        },
      ],
      signatures: [x("receiver"), x("handler"), x("verifier"), x("customerSign")],
    };
  }

  if (kind === "contact") {
    const assigned = c.contactFormNo.trim() === "" ? (o.assignedFormNo ?? "") : "";
    const number =
      assigned === ""
        ? { label: x("formNo"), value: c.contactFormNo, pending: false }
        : { label: x("formNo"), value: `${assigned}（${x("pending")}）`, pending: true };
    // What the notice asks for, by when: the rules its delivery starts, and an agreed completion date.
    // Judged with every recorded time counted, so a printed form states the limit whatever has happened since.
    const asks = new Set(
      o.deadlines.rules.filter((r) => r.start === "notifiedAt" || r.clock === "absolute").map((r) => r.id),
    );
    const everything = Math.max(o.now, ...DATE_FIELDS.map((f) => c[f]?.at ?? 0));
    const asked = evaluateCompliance([c], o.deadlines, everything)
      .filter((e) => asks.has(e.rule) && (e.dueAt !== null || (e.status === "unknown" && c.notifiedAt === null)))
      .map((e) =>
        previewText(
          { rule: e.rule, status: e.status, dueAt: e.dueAt, waitsFor: e.dueAt === null ? "notifiedAt" : null },
          o.deadlines,
          o.now,
          lang,
        ),
      );
    return {
      ...common,
      number,
      fields: [
        { label: x("to"), value: addressee(c, lang) },
        { label: x("from"), value: x("org") },
        { label: x("caseId"), value: c.id },
        { label: x("sent"), value: when(c, "notifiedAt") },
        { label: x("community"), value: c.community },
        { label: x("unit"), value: c.unit },
        { label: x("customer"), value: c.customer },
        { label: x("phone"), value: maskPhone(c.phone) },
        { label: x("category"), value: category },
        { label: x("agreed"), value: when(c, "agreedAt") },
      ],
      boxes: [
        description,
        { label: x("requirement"), text: asked.join("\n"), lines: 3 },
        { label: x("reply"), text: "", lines: 4 },
        {
          label: x("verifyOpinion"),
          text: c.verification === null ? "" : label(VERIFICATION_LABELS, c.verification, lang),
          lines: 2,
        },
      ],
      signatures: [x("sender"), x("signee"), x("replier"), x("verifier")],
    };
  }

  return {
    ...common,
    number: { label: x("caseId"), value: c.id, pending: false },
    fields: [
      { label: x("customer"), value: c.customer },
      { label: x("phone"), value: c.phone },
      { label: x("community"), value: c.community },
      { label: x("unit"), value: c.unit },
      { label: x("category"), value: category },
      { label: x("received"), value: when(c, "receivedAt") },
      { label: x("completed"), value: when(c, "completedAt") },
      { label: x("followUp"), value: when(c, "followUpAt") },
      {
        label: x("method"),
        value: c.followUpMethod === null ? "" : label(FOLLOW_UP_METHOD_LABELS, c.followUpMethod, lang),
      },
      { label: x("by"), value: c.followUpBy },
    ],
    boxes: [
      description,
      {
        label: x("result"),
        text: c.completedAt === null ? "" : `${x("completed")}：${when(c, "completedAt")}`,
        lines: 2,
      },
      { label: x("words"), text: c.followUpNotes, lines: 4 },
      { label: x("satisfaction"), text: satisfactionBoxes(c, lang), lines: 1 },
    ],
    signatures: [x("by"), x("manager")],
  };
}
