/**
 * One register per category (§4.3.5: 投诉登记簿 …): the cases in scope with their fields as the log has
 * them, their problem type, each deadline's status, follow-up, satisfaction and the repeat flag.
 * Customers' names and phones, and phone numbers inside free text, go through the report's masking.
 */
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  label,
  REGISTER_TITLES,
  RESPONSIBLE_LABELS,
  SATISFACTION_LABELS,
  STATUS_LABELS,
  VERIFICATION_LABELS,
  FOLLOW_UP_METHOD_LABELS,
} from "../labels";
import type { Category, DateField, Stamp } from "../model";
import type { ColumnKind, ColumnSpec, SheetDoc, TableCell } from "../output";
import { registerRows, type RegisterRow } from "../registers";
import { ruleName, sheetName, sheetTitle, tableName, type ReportContext } from "./context";
import { fieldHeader } from "./text";

const TABLE_NAMES: Record<Category, string> = {
  complaint: "Register_Complaint",
  repair: "Register_Repair",
  routine: "Register_Routine",
  suggestion: "Register_Suggestion",
};

/** A column: its header, kind and how a row fills it. */
interface Field {
  header: string;
  kind: ColumnKind;
  value: (r: RegisterRow) => TableCell;
  highlight?: ColumnSpec["highlight"];
  width?: number;
  /** A date field of the case: its column shows dates alone when every date in it was written without a time. */
  stamp?: (r: RegisterRow) => Stamp | null;
}

const at = (s: Stamp | null): TableCell => (s === null ? null : s.at);

/**
 * A date written without a time (an agreed date 10月10日) is held at that day's 00:00; shown as a date-time it
 * would read 10-10 00:00, the start of the day, where its deadline runs to the end (10月10日 24:00 in the pane
 * and the explanations). A column whose dates are all such shows the dates alone.
 */
function stampKind(c: Field, rows: readonly RegisterRow[]): ColumnKind {
  if (!c.stamp) return c.kind;
  let any = false;
  for (const r of rows) {
    const s = c.stamp(r);
    if (s === null) continue;
    if (!s.dateOnly) return c.kind;
    any = true;
  }
  return any ? "date" : c.kind;
}

function fields(ctx: ReportContext, rules: readonly string[]): Field[] {
  const { lang, t, mask } = ctx;
  const f = (key: string, kind: ColumnKind, value: Field["value"], width?: number): Field => ({
    header: fieldHeader(key, lang),
    kind,
    value,
    width,
  });
  const d = (key: DateField): Field => {
    const stamp = (r: RegisterRow): Stamp | null => r.case[key] as Stamp | null;
    return { ...f(key, "datetime", (r) => at(stamp(r))), stamp };
  };
  const yesNo = (b: boolean): string => (b ? t.yes : t.no);
  // What a reader of the printed register needs comes first: the print area takes the leading columns
  // that fit A4 at a readable scale; the sheet keeps them all.
  return [
    f("id", "text", (r) => r.case.id),
    f("receivedAt", "datetime", (r) => r.case.receivedAt.at),
    f("community", "text", (r) => r.case.community),
    // A clerk sometimes writes a contact number where the unit belongs.
    f("unit", "text", (r) => mask.text(r.case.unit)),
    { header: t.head.subcategory, kind: "text", value: (r) => r.subcategory ?? "" },
    f("description", "text", (r) => mask.text(r.case.description), 40),
    f("responsible", "text", (r) =>
      r.case.responsible ? label(RESPONSIBLE_LABELS, r.case.responsible, lang) : (r.case.unmapped?.responsible ?? ""),
    ),
    {
      header: t.head.worst,
      kind: "text",
      highlight: "status",
      value: (r) => (r.worst === null || r.worst === "not-applicable" ? "" : label(STATUS_LABELS, r.worst, lang)),
    },
    d("completedAt"),
    f("satisfaction", "text", (r) =>
      r.satisfaction ? label(SATISFACTION_LABELS, r.satisfaction, lang) : (r.case.unmapped?.satisfaction ?? ""),
    ),
    { header: t.head.repeat, kind: "text", value: (r) => yesNo(r.repeat) },
    { header: t.head.row, kind: "integer", value: (r) => r.case.row },
    // A word no mapping knows shows as the clerk wrote it.
    f("channel", "text", (r) =>
      r.case.channel ? label(CHANNEL_LABELS, r.case.channel, lang) : (r.case.unmapped?.channel ?? ""),
    ),
    f("customer", "text", (r) => mask.name(r.case.customer)),
    f("phone", "text", (r) => mask.phone(r.case.phone)),
    f("category", "text", (r) => label(CATEGORY_LABELS, r.case.category, lang)),
    { header: t.head.categorySource, kind: "text", value: (r) => t.categorySource[r.case.categorySource] },
    f("propertyCompany", "text", (r) => r.case.propertyCompany ?? ""),
    f("major", "text", (r) => yesNo(r.case.major)),
    d("notifiedAt"),
    f("contactFormNo", "text", (r) => mask.text(r.case.contactFormNo)),
    d("agreedAt"),
    d("designIssuedAt"),
    d("repliedAt"),
    f("verification", "text", (r) =>
      r.case.verification
        ? label(VERIFICATION_LABELS, r.case.verification, lang)
        : (r.case.unmapped?.verification ?? ""),
    ),
    d("followUpAt"),
    f("followUpMethod", "text", (r) =>
      r.case.followUpMethod
        ? label(FOLLOW_UP_METHOD_LABELS, r.case.followUpMethod, lang)
        : (r.case.unmapped?.followUpMethod ?? ""),
    ),
    { header: t.head.followedUp, kind: "text", value: (r) => yesNo(r.followedUp) },
    f("warrantyWithheld", "money", (r) => r.case.warrantyWithheld),
    f("status", "text", (r) => mask.text(r.case.status)),
    f("notes", "text", (r) => mask.text(r.case.notes), 30),
    ...rules.map((rule): Field => ({
      header: ruleName(rule, lang),
      kind: "text",
      highlight: "status",
      value: (r) => {
        const d = r.deadlines[rule];
        return d === undefined || d.status === "not-applicable" ? "" : label(STATUS_LABELS, d.status, lang);
      },
    })),
  ];
}

/** Rules that apply to at least one of the rows, in the Settings' order: the register's deadline columns. */
function applicableRules(ctx: ReportContext, rows: readonly RegisterRow[]): string[] {
  const used = new Set<string>();
  for (const r of rows)
    for (const rule in r.deadlines) if (r.deadlines[rule].status !== "not-applicable") used.add(rule);
  const ordered = ctx.analysis.rules.map((r) => r.id).filter((id) => used.has(id));
  return [...ordered, ...[...used].filter((id) => !ordered.includes(id)).sort()];
}

/** The category's register rows in the report's scope (its period, when it has one). */
function rowsInScope(ctx: ReportContext, category: Category): RegisterRow[] {
  const { registers } = ctx;
  const all = registers.byCategory[category];
  return registerRows(registers, ctx.period === null ? all : all.filter((i) => ctx.caseIds.has(registers.cases[i].id)));
}

export function registerSheet(ctx: ReportContext, category: Category): SheetDoc {
  const rows = rowsInScope(ctx, category);
  const cols = fields(ctx, applicableRules(ctx, rows));
  const title = label(REGISTER_TITLES, category, ctx.lang);
  return {
    name: sheetName(ctx, title),
    title: sheetTitle(ctx, title),
    subtitle: ctx.mask.masked ? [...ctx.subtitle, ctx.t.maskedNote] : ctx.subtitle,
    tables: [
      {
        name: tableName(ctx, TABLE_NAMES[category]),
        columns: cols.map((c) => ({
          header: c.header,
          kind: stampKind(c, rows),
          ...(c.width ? { width: c.width } : {}),
          ...(c.highlight ? { highlight: c.highlight } : {}),
        })),
        rows: rows.map((r) => cols.map((c) => c.value(r))),
      },
    ],
    charts: [],
  };
}
