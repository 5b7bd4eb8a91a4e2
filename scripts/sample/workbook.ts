/**
 * Lays the sample year out as the clerk's workbook (ExcelJS): 案件登记 with a title row (and 送达方式), 小区, 巡检, 暂停记录.
 * Dates are real Excel dates with a date format. A few cells are messy on purpose, as real logs are
 * (DESIGN §2); `MESSY_CELLS` lists them so tests and the README can point at them.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { fromMinutes, type LocalMinutes } from "../../src/core/time";
import { LOG_HEADERS } from "./big-log";
import { COMMUNITIES } from "./data";
import { YEAR, YEARS, type SampleCase, type SampleInspection, type When } from "./cases";
import { deliveryKinds, makePauses, type SamplePause } from "./pauses";

/** The log's columns: the standard ones, then 送达方式 (§5.7.1: was the notice written?). */
const SHEET_HEADERS = [...LOG_HEADERS, "送达方式"] as const;

const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";
const DATE_FORMAT = "yyyy-mm-dd";
/** Fixed document dates, so the file does not change from run to run. */
const DOC_DATE = new Date(Date.UTC(YEAR, 11, 31, 18, 0));

type Cell = ExcelJS.CellValue;

/** A naive local instant as the Date ExcelJS turns into the same wall-clock serial (it converts via UTC). */
const excelDate = (m: LocalMinutes): Date => new Date(m * 60_000);

const pad = (n: number): string => String(n).padStart(2, "0");
const FULL_WIDTH = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** The date styles clerks type (DESIGN §2). */
export const TEXT_DATE_STYLES = {
  iso: (m: LocalMinutes) => {
    const p = fromMinutes(m);
    return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
  },
  slash: (m: LocalMinutes) => {
    const p = fromMinutes(m);
    return `${p.year}/${p.month}/${p.day} ${p.hour}:${pad(p.minute)}`;
  },
  dots: (m: LocalMinutes) => {
    const p = fromMinutes(m);
    return `${p.year}.${p.month}.${p.day}`;
  },
  chinese: (m: LocalMinutes) => {
    const p = fromMinutes(m);
    return `${p.year}年${p.month}月${p.day}日 ${p.hour}时${pad(p.minute)}分`;
  },
  monthDay: (m: LocalMinutes) => {
    const p = fromMinutes(m);
    return `${p.month}月${p.day}日`;
  },
};

export interface MessyCell {
  /** 0-based index into the cases. */
  caseIndex: number;
  column: (typeof LOG_HEADERS)[number];
  what: string;
  apply(c: SampleCase, row: Cell[]): void;
}

const col = (name: (typeof LOG_HEADERS)[number]): number => LOG_HEADERS.indexOf(name);

/** Index of the `nth` case received in `month` (1–12) of the last year that passes `pred`. */
function caseInMonth(cases: readonly SampleCase[], month: number, nth: number, pred: (c: SampleCase) => boolean = () => true): number {
  const list = cases.map((c, i) => ({ c, i })).filter(({ c }) => {
    const p = fromMinutes(c.received.at);
    return p.year === YEAR && p.month === month && pred(c);
  });
  return list[Math.min(nth, list.length - 1)].i;
}

/** The deliberate slips of the sample, each a kind DESIGN §2 names. */
export function messyCells(cases: readonly SampleCase[]): MessyCell[] {
  const text = (column: (typeof LOG_HEADERS)[number], fmt: (m: LocalMinutes) => string, field: (c: SampleCase) => When | null) =>
    (c: SampleCase, row: Cell[]): void => {
      const w = field(c);
      if (w) row[col(column)] = fmt(w.at);
    };
  const done = (c: SampleCase): boolean => c.completed !== null;
  const withFollowUp = (c: SampleCase): boolean => c.followUp !== null;
  const withNotice = (c: SampleCase): boolean => c.notified !== null;
  const withWarranty = (c: SampleCase): boolean => c.warrantyWithheld !== null;
  const list: MessyCell[] = [
    { caseIndex: caseInMonth(cases, 2, 5), column: "受理时间", what: "text date 2026-02-03 14:20", apply: text("受理时间", TEXT_DATE_STYLES.iso, (c) => c.received) },
    { caseIndex: caseInMonth(cases, 3, 7), column: "受理时间", what: "text date 2026/3/4 9:05", apply: text("受理时间", TEXT_DATE_STYLES.slash, (c) => c.received) },
    { caseIndex: caseInMonth(cases, 4, 9, done), column: "完成时间", what: "text date 2026.4.6 (no time)", apply: text("完成时间", TEXT_DATE_STYLES.dots, (c) => c.completed) },
    { caseIndex: caseInMonth(cases, 5, 11, withNotice), column: "送达时间", what: "text date 2026年5月7日 10时20分", apply: text("送达时间", TEXT_DATE_STYLES.chinese, (c) => c.notified) },
    { caseIndex: caseInMonth(cases, 10, 3, withFollowUp), column: "回访时间", what: "text date 10月3日 (year from context)", apply: text("回访时间", TEXT_DATE_STYLES.monthDay, (c) => c.followUp) },
    {
      caseIndex: caseInMonth(cases, 6, 13),
      column: "受理时间",
      what: "full-width digits in a text date",
      apply: text("受理时间", (m) => FULL_WIDTH(TEXT_DATE_STYLES.iso(m)), (c) => c.received),
    },
    {
      caseIndex: caseInMonth(cases, 7, 15, withWarranty),
      column: "质保金扣留(元)",
      what: "number stored as text",
      apply: (c, row) => (row[col("质保金扣留(元)")] = String(c.warrantyWithheld)),
    },
    {
      caseIndex: caseInMonth(cases, 8, 17),
      column: "物业公司",
      what: "#N/A from a VLOOKUP formula",
      apply: (_c, row) => (row[col("物业公司")] = { formula: "VLOOKUP(F1,小区!A:B,2,FALSE)", result: { error: "#N/A" } } as Cell),
    },
    {
      caseIndex: caseInMonth(cases, 10, 21, done),
      column: "完成时间",
      what: "impossible date 10月32日",
      apply: (_c, row) => (row[col("完成时间")] = "10月32日"),
    },
    {
      caseIndex: caseInMonth(cases, 9, 25),
      column: "编号",
      what: "duplicate case number (same as the case before it)",
      apply: (c, row) => (row[col("编号")] = cases[cases.indexOf(c) - 1].id),
    },
  ];
  return list;
}

function whenCell(w: When | null): Cell {
  return w === null ? null : excelDate(w.at);
}

function caseRow(c: SampleCase, deliveryKind: string): Cell[] {
  return [
    c.id,
    whenCell(c.received),
    c.channel,
    c.customer,
    c.phone,
    c.community.name,
    c.unit,
    c.category,
    c.description,
    c.responsible,
    c.company,
    c.major,
    whenCell(c.notified),
    c.contactFormNo,
    whenCell(c.agreed),
    whenCell(c.designIssued),
    whenCell(c.completed),
    whenCell(c.replied),
    c.verification,
    whenCell(c.followUp),
    c.followUpMethod,
    c.satisfaction,
    c.warrantyWithheld,
    c.status,
    c.notes,
    deliveryKind,
  ].map((v) => (v === "" ? null : v));
}

const DATE_ONLY_COLUMNS = new Set<string>(["约定完成时间"]);
const DATE_COLUMNS = new Set<string>(["受理时间", "送达时间", "约定完成时间", "设计出图时间", "完成时间", "回复时间", "回访时间"]);

/** 0-based case indices after which the clerk left an empty row. */
const BLANK_ROWS_AFTER = [1199, 4399];

function addLog(wb: ExcelJS.Workbook, cases: readonly SampleCase[]): void {
  const ws = wb.addWorksheet("案件登记", { views: [{ state: "frozen", ySplit: 2 }] });
  ws.mergeCells(1, 1, 1, SHEET_HEADERS.length);
  const title = ws.getCell(1, 1);
  title.value = `客服中心案件登记表（${YEARS[0]}—${YEAR}年）`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: "center" };
  const header = ws.getRow(2);
  header.values = [...SHEET_HEADERS];
  header.font = { bold: true };
  SHEET_HEADERS.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    column.width = h === "事项内容" ? 44 : DATE_COLUMNS.has(h) ? 17 : h === "物业公司" ? 26 : 12;
    if (DATE_COLUMNS.has(h)) column.numFmt = DATE_ONLY_COLUMNS.has(h) ? DATE_FORMAT : DATETIME_FORMAT;
  });
  const kinds = deliveryKinds(cases);
  const rows = cases.map((c, i) => caseRow(c, kinds[i]));
  for (const m of messyCells(cases)) m.apply(cases[m.caseIndex], rows[m.caseIndex]);
  let r = 3;
  rows.forEach((cells, i) => {
    ws.getRow(r).values = cells;
    r++;
    if (BLANK_ROWS_AFTER.includes(i)) r++;
  });
  const warrantyCol = col("质保金扣留(元)") + 1;
  const letter = ws.getColumn(warrantyCol).letter;
  const total = cases.reduce((s, c) => s + (c.warrantyWithheld ?? 0), 0);
  const totals = ws.getRow(r);
  totals.getCell(1).value = "合计";
  totals.getCell(warrantyCol).value = { formula: `SUM(${letter}3:${letter}${r - 1})`, result: total };
  totals.font = { bold: true };
}

function addCommunities(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("小区");
  ws.addRow(["小区", "物业公司", "户数", "交付日期"]).font = { bold: true };
  for (const c of COMMUNITIES) {
    const [y, m, d] = c.handover.split("-").map(Number);
    ws.addRow([c.name, c.company, c.households, new Date(Date.UTC(y, m - 1, d))]);
  }
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 30;
  ws.getColumn(4).numFmt = DATE_FORMAT;
  ws.getColumn(4).width = 12;
}

function addInspections(wb: ExcelJS.Workbook, inspections: readonly SampleInspection[]): void {
  const ws = wb.addWorksheet("巡检");
  ws.addRow(["日期", "小区", "物业公司", "检查项目", "问题描述", "扣分", "整改期限", "整改完成时间"]).font = { bold: true };
  for (const i of inspections) {
    ws.addRow([whenCell(i.date), i.community.name, i.community.company, i.item, i.problem, i.deduction, whenCell(i.rectifyBy), whenCell(i.rectifiedAt)]);
  }
  for (const c of [1, 7, 8]) {
    ws.getColumn(c).numFmt = DATE_FORMAT;
    ws.getColumn(c).width = 12;
  }
  ws.getColumn(3).width = 30;
  ws.getColumn(5).width = 30;
}

function addPauses(wb: ExcelJS.Workbook, pauses: readonly SamplePause[]): void {
  const ws = wb.addWorksheet("暂停记录");
  ws.addRow(["编号", "规则", "暂停开始", "暂停结束", "原因"]).font = { bold: true };
  for (const p of pauses) {
    ws.addRow([p.caseId, p.rule === "" ? null : p.rule, excelDate(p.from), p.to === null ? null : excelDate(p.to), p.reason]);
  }
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 16;
  for (const c of [3, 4]) {
    ws.getColumn(c).numFmt = DATETIME_FORMAT;
    ws.getColumn(c).width = 17;
  }
  ws.getColumn(5).width = 28;
}

/** The workbook's bytes; re-packed with fixed entry times so two runs give identical files. */
export async function sampleWorkbookBytes(cases: readonly SampleCase[], inspections: readonly SampleInspection[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Casebook sample generator";
  wb.lastModifiedBy = "Casebook sample generator";
  wb.created = DOC_DATE;
  wb.modified = DOC_DATE;
  addLog(wb, cases);
  addCommunities(wb);
  addInspections(wb, inspections);
  addPauses(wb, makePauses(cases));
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const parts = unzipSync(written);
  const names = Object.keys(parts).sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  const zippable: Zippable = {};
  // A zone-less ISO string is read as local time, so the zip's DOS time fields (local) are the same on every machine.
  const mtime = "2026-12-31T18:00:00";
  for (const name of names) zippable[name] = [parts[name], { mtime, level: 6 }];
  return zipSync(zippable);
}

/** [Content_Types].xml first, as Office expects. */
const order = (name: string): number => (name === "[Content_Types].xml" ? 0 : 1);
