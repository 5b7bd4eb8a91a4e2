/**
 * What the desk writes into the clerk's log, as cell values in the log's own column order: a new case's row,
 * and the blank cells a stamp fills. Pure, so the Office adapter only moves values: it re-reads the cells
 * right before writing and hands them to `planStamp`, which writes nothing when any of them is no longer
 * blank (a colleague typed there meanwhile; the workbook may be co-authored).
 *
 * Values are written as a clerk types them and as the reader reads them back (../parse): times as
 * "2026-10-10 09:00" (Excel turns the text into a date in a General or date cell, and keeps it as text in a
 * text cell; the reader takes either), codes as the center's Chinese words. No cell format is touched.
 */
import type { Case, CellValue, DateField, FollowUpMethod, Satisfaction } from "../model";
import { DATE_FIELDS } from "../model";
import { formatMinutes, type LocalMinutes } from "../time";
import { buildHeaderIndex, CASE_LOG_COLUMNS, matchHeader } from "../parse";
import {
  CATEGORY_LABELS,
  CHANNEL_LABELS,
  FOLLOW_UP_METHOD_LABELS,
  RESPONSIBLE_LABELS,
  SATISFACTION_LABELS,
  VERIFICATION_LABELS,
} from "../labels";
import type { DeadlineConfig } from "../deadlines";
import { caseState, stateText } from "./steps";

const INDEX = buildHeaderIndex(CASE_LOG_COLUMNS);
const DATE_KEYS = new Set<string>(DATE_FIELDS);

/** The case-log field of each header cell (null for a column the reader does not know). */
export function headerKeys(headers: readonly CellValue[]): (string | null)[] {
  return headers.map((h) => (typeof h === "string" ? (matchHeader(h.trim(), INDEX)?.key ?? null) : null));
}

/** "2026-10-10 09:00", or the date alone for a date without a time. */
export function cellDateText(at: LocalMinutes, dateOnly = false): string {
  const t = formatMinutes(at).replace("T", " ");
  return dateOnly ? t.slice(0, 10) : t;
}

function fieldValue(c: Case, key: string): CellValue {
  if (DATE_KEYS.has(key)) {
    const s = c[key as DateField];
    return s === null ? "" : cellDateText(s.at, s.dateOnly);
  }
  switch (key) {
    case "channel":
      return c.channel === null ? "" : CHANNEL_LABELS[c.channel].zh;
    case "category":
      return CATEGORY_LABELS[c.category].zh;
    case "responsible":
      return c.responsible === null ? "" : RESPONSIBLE_LABELS[c.responsible].zh;
    case "verification":
      return c.verification === null ? "" : VERIFICATION_LABELS[c.verification].zh;
    case "followUpMethod":
      return c.followUpMethod === null ? "" : FOLLOW_UP_METHOD_LABELS[c.followUpMethod].zh;
    case "satisfaction":
      return c.satisfaction === null ? "" : SATISFACTION_LABELS[c.satisfaction].zh;
    case "major":
      return c.major ? "是" : "否";
    case "warrantyWithheld":
      return c.warrantyWithheld ?? "";
    case "propertyCompany":
      return c.propertyCompany ?? "";
    default: {
      const v = (c as unknown as Record<string, unknown>)[key];
      return typeof v === "string" ? v : "";
    }
  }
}

/**
 * A new case's row under the log's header. The 类别 the keywords proposed is written out (the clerk saw and
 * kept it); 状态 gets the state that follows from the times.
 */
export function caseRowValues(c: Case, headers: readonly CellValue[], config: DeadlineConfig): CellValue[] {
  return headerKeys(headers).map((key) => {
    if (key === null) return "";
    if (key === "status") return c.status !== "" ? c.status : stateText(caseState(c, config), "zh");
    return fieldValue(c, key);
  });
}

/** What the clerk records with a step. */
export interface StampInput {
  field: DateField;
  at: LocalMinutes;
  /** With 送达: the 联系单号 assigned. */
  contactFormNo?: string;
  /** With 回访. */
  followUpMethod?: FollowUpMethod | null;
  satisfaction?: Satisfaction | null;
  followUpNotes?: string;
  followUpBy?: string;
}

export interface StampWrite {
  /** 0-based index into the header. */
  column: number;
  header: string;
  value: CellValue;
}

export interface StampPlan {
  /** Cells to write; empty when there is a conflict. */
  writes: StampWrite[];
  /** Cells the stamp would fill that are no longer blank: what is there now. Nothing is written then. */
  conflicts: { header: string; value: CellValue }[];
  /** Fields the log has no column for (the clerk is told they were not recorded). */
  missingColumns: string[];
}

const isBlank = (v: CellValue | undefined): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * The cells a stamp fills in `row` (the case's row as it is now): the step's time, and the details given with
 * it, each only where blank; 状态 when blank, with the state after the stamp. Any target cell no longer
 * blank → nothing at all is written, and the plan says what is there.
 */
export function planStamp(
  c: Case,
  stamp: StampInput,
  headers: readonly CellValue[],
  row: readonly CellValue[],
  config: DeadlineConfig,
): StampPlan {
  const keys = headerKeys(headers);
  const after: Case = {
    ...c,
    [stamp.field]: { at: stamp.at, dateOnly: false },
    contactFormNo: stamp.contactFormNo ?? c.contactFormNo,
    followUpMethod: stamp.followUpMethod ?? c.followUpMethod,
    satisfaction: stamp.satisfaction ?? c.satisfaction,
    followUpNotes: stamp.followUpNotes ?? c.followUpNotes,
    followUpBy: stamp.followUpBy ?? c.followUpBy,
  };
  const wanted: { key: string; value: CellValue }[] = [{ key: stamp.field, value: cellDateText(stamp.at) }];
  if (stamp.contactFormNo) wanted.push({ key: "contactFormNo", value: stamp.contactFormNo });
  if (stamp.followUpMethod) wanted.push({ key: "followUpMethod", value: fieldValue(after, "followUpMethod") });
  if (stamp.satisfaction) wanted.push({ key: "satisfaction", value: fieldValue(after, "satisfaction") });
  if (stamp.followUpNotes?.trim()) wanted.push({ key: "followUpNotes", value: stamp.followUpNotes.trim() });
  if (stamp.followUpBy?.trim()) wanted.push({ key: "followUpBy", value: stamp.followUpBy.trim() });

  const writes: StampWrite[] = [];
  const conflicts: StampPlan["conflicts"] = [];
  const missingColumns: string[] = [];
  const label = (key: string): string => CASE_LOG_COLUMNS.find((d) => d.key === key)?.zh ?? key;
  for (const w of wanted) {
    const column = keys.indexOf(w.key);
    if (column < 0) {
      missingColumns.push(label(w.key));
      continue;
    }
    const header = String(headers[column]);
    if (!isBlank(row[column])) conflicts.push({ header, value: row[column] });
    else writes.push({ column, header, value: w.value });
  }
  // Without a column for the step itself nothing is recorded, not even a 状态 that would claim it.
  if (!keys.includes(stamp.field)) return { writes: [], conflicts, missingColumns };
  // 状态 the clerk wrote is theirs; a blank one gets the state that follows from the times.
  const status = keys.indexOf("status");
  if (status >= 0 && isBlank(row[status]))
    writes.push({ column: status, header: String(headers[status]), value: stateText(caseState(after, config), "zh") });
  return conflicts.length > 0 ? { writes: [], conflicts, missingColumns } : { writes, conflicts, missingColumns };
}

/**
 * The 联系单号 the desk assigned when it made a 工作联系单, into the case's row as it is now: written only
 * where the cell is blank. A cell that holds a number now (a colleague assigned one) is a conflict and
 * nothing is written; a log without the column gets nothing and says so (the form shows the number as 待登记).
 */
export function planContactFormNo(no: string, headers: readonly CellValue[], row: readonly CellValue[]): StampPlan {
  const column = headerKeys(headers).indexOf("contactFormNo");
  const label = CASE_LOG_COLUMNS.find((d) => d.key === "contactFormNo")?.zh ?? "contactFormNo";
  if (column < 0) return { writes: [], conflicts: [], missingColumns: [label] };
  const header = String(headers[column]);
  if (!isBlank(row[column])) return { writes: [], conflicts: [{ header, value: row[column] }], missingColumns: [] };
  return { writes: [{ column, header, value: no }], conflicts: [], missingColumns: [] };
}
