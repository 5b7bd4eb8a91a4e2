/**
 * Every sentence the core says to the user — warnings and data issues — as a template per language. The core
 * emits `msg(id, params)`; the CLI, the pane, the sheets and the reports render it with `say(message, lang)`.
 * Chinese templates use full-width punctuation (，：；（）“”。) and the center's words; English ones plain
 * ASCII punctuation. A parameter's own text (a sheet name, a cell's value) is shown as the clerk wrote it.
 * How to add one: /work/notes/messages-howto.md and the README's "Messages" section.
 */
import { EN_MONTH_NAMES } from "../labels";
import type { Detail, Say, Words } from "./render";

type Template<P> = (p: P, s: Say) => string;
interface Entry<P> {
  zh: Template<P>;
  en: Template<P>;
}
const entry = <P>(zh: Template<P>, en: Template<P>): Entry<P> => ({ zh, en });

const quoted = (s: Say, words: readonly Words[]): string =>
  words.map((w) => s.q(w)).join(s.lang === "zh" ? "、" : ", ");

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

/** A length of time given in hours: whole days as days, otherwise hours. */
const span = (hours: number, lang: "zh" | "en"): string => {
  const days = hours / 24;
  if (Number.isInteger(days)) return lang === "zh" ? `${days} 天` : plural(days, "day", "days");
  const h = Math.round(hours * 10) / 10;
  return lang === "zh" ? `${h} 小时` : plural(h, "hour", "hours");
};

/** Rows of a value grouped by sheet: 第 3、5 行 (one sheet) or “8月”第 3 行、“9月”第 2 行. */
function group(p: { sheets: readonly string[]; rows: readonly number[] }): [string, number[]][] {
  const out = new Map<string, number[]>();
  p.rows.forEach((r, i) => out.set(p.sheets[i] ?? "", [...(out.get(p.sheets[i] ?? "") ?? []), r]));
  return [...out];
}
const placesZh = (p: { sheets: readonly string[]; rows: readonly number[]; multi: number }): string =>
  group(p)
    .map(([sheet, rows]) => `${p.multi ? `“${sheet}”` : ""}第 ${rows.join("、")} 行`)
    .join("、");
const placesEn = (p: { sheets: readonly string[]; rows: readonly number[]; multi: number }): string =>
  group(p)
    .map(([sheet, rows]) => `${p.multi ? `"${sheet}" ` : ""}row${rows.length > 1 ? "s" : ""} ${rows.join(", ")}`)
    .join("; ");

export const CATALOG = {
  // ── rows and sheets of the clerk's workbook ──
  /** A row's problem; `sheet` names the log sheet when the log spans several. */
  "row.problem": entry<{ row: number; column: string; detail: Detail; sheet?: string }>(
    (p, s) => `${p.sheet !== undefined ? s.q(p.sheet) : ""}第 ${p.row} 行 ${p.column}：${s.text(p.detail)}`,
    (p, s) =>
      `${p.sheet !== undefined ? `Sheet ${s.q(p.sheet)}, row` : "Row"} ${p.row}, ${p.column}: ${s.text(p.detail)}`,
  ),
  "row.totals": entry<Record<string, never>>(
    () => "合计或汇总行，不计为案件",
    () => "a totals or summary row, not a case",
  ),
  "row.repeated-header": entry<Record<string, never>>(
    () => "重复的表头行，不计为案件",
    () => "a repeated header row, not a case",
  ),
  "log.blank-id": entry<Record<string, never>>(
    () => "编号为空，每个案件都要有编号",
    () => "the case number is blank; every case needs one",
  ),
  "log.blank-received": entry<Record<string, never>>(
    () => "受理时间为空，应为日期时间（如 2026-10-03 14:20）",
    () => "the received time is blank; it must be a date and time such as 2026-10-03 14:20",
  ),
  /** `sheet`: the sheet of the first row, when it is another log sheet than the repeat's. */
  "log.duplicate-id": entry<{ row: number; sheet?: string }>(
    (p, s) => `编号重复（首次出现在${p.sheet !== undefined ? s.q(p.sheet) : ""}第 ${p.row} 行）`,
    (p, s) =>
      `the case number repeats (first in ${p.sheet !== undefined ? `sheet ${s.q(p.sheet)}, ` : ""}row ${p.row})`,
  ),
  "log.received-after-as-of": entry<{ received: string; asOf: string; caseId: string }>(
    (p) => `${p.received} 晚于数据截至时刻 ${p.asOf}，案件 ${p.caseId} 未计入统计（年份是否写错？）`,
    (p) => `${p.received} is after the as-of instant ${p.asOf}: case ${p.caseId} is not counted (a mistyped year?)`,
  ),

  // ── one cell: what it holds and why it cannot be used (a value is shown as the clerk sees it) ──
  "cell.error-value": entry<{ code: string }>(
    (p) => `单元格为错误值 ${p.code}`,
    (p) => `the cell holds the error value ${p.code}`,
  ),
  "cell.not-a-date": entry<{ value: string }>(
    (p) => `'${p.value}' 不是有效日期（应为日期，如 2026-10-03 14:20）`,
    (p, s) => `${s.q(p.value)} is not a date (expected a date such as 2026-10-03 14:20)`,
  ),
  "cell.time-only": entry<{ value: string }>(
    (p) => `'${p.value}' 只有时间，没有日期`,
    (p, s) => `${s.q(p.value)} is a time without a date`,
  ),
  "cell.date-out-of-range": entry<{ value: string }>(
    (p) => `'${p.value}' 超出 Excel 日期范围，不是有效日期`,
    (p, s) => `${s.q(p.value)} is outside Excel's range of dates, so not a valid date`,
  ),
  "cell.bad-year": entry<{ value: string; min: number; max: number }>(
    (p) => `'${p.value}' 不是有效日期（年份应在 ${p.min}–${p.max}）`,
    (p, s) => `${s.q(p.value)} is not a valid date (the year must be ${p.min}–${p.max})`,
  ),
  "cell.bad-month": entry<{ value: string }>(
    (p) => `'${p.value}' 不是有效日期（月份应为 1–12）`,
    (p, s) => `${s.q(p.value)} is not a valid date (the month must be 1–12)`,
  ),
  "cell.bad-day": entry<{ value: string; year: number; month: number; days: number }>(
    (p) => `'${p.value}' 不是有效日期（${p.year}年${p.month}月只有 ${p.days} 天）`,
    (p, s) =>
      `${s.q(p.value)} is not a valid date (${EN_MONTH_NAMES[p.month - 1] ?? p.month} ${p.year} has ${p.days} days)`,
  ),
  "cell.no-year": entry<{ value: string }>(
    (p) => `'${p.value}' 没有写年份，表中也无法推断年份`,
    (p, s) => `${s.q(p.value)} has no year, and the sheet gives none to infer`,
  ),
  "cell.bad-time": entry<{ value: string }>(
    (p) => `'${p.value}' 不是有效时间（应为 00:00–23:59）`,
    (p, s) => `${s.q(p.value)} is not a valid time (00:00–23:59)`,
  ),
  "cell.not-a-time": entry<{ value: string }>(
    (p) => `'${p.value}' 不是有效时间（应为时间，如 10:15）`,
    (p, s) => `${s.q(p.value)} is not a time (expected a time such as 10:15)`,
  ),
  /** A coded cell no word list knows: `what` the column holds, the values `expected`. */
  "cell.unknown-value": entry<{ value: string; what: Words; expected: Words }>(
    (p, s) => `'${p.value}' 不是已知的${s.text(p.what)}（应为 ${s.text(p.expected)}）`,
    (p, s) => `${s.q(p.value)} is not a known ${s.text(p.what)} (expected ${s.text(p.expected)})`,
  ),
  "cell.not-an-amount": entry<{ value: string }>(
    (p) => `'${p.value}' 不是金额（应为数字，单位元）`,
    (p, s) => `${s.q(p.value)} is not an amount (a number, in yuan)`,
  ),
  "cell.negative-amount": entry<{ value: string }>(
    (p) => `'${p.value}' 不是有效金额（不能为负数）`,
    (p, s) => `${s.q(p.value)} is not a valid amount (it cannot be negative)`,
  ),
  /** A date kept as written though it is earlier than the case's 受理时间 (two dates may be swapped). */
  "cell.before-received": entry<{ value: string; received: string }>(
    (p) => `'${p.value}' 早于受理时间 ${p.received}`,
    (p, s) => `${s.q(p.value)} is before the received time ${p.received}`,
  ),
  "cell.formula-without-value": entry<{ cell: string }>(
    (p) => `单元格 ${p.cell} 的公式没有计算结果（文件保存时未经计算），请在 Excel 中打开工作簿，重新计算并保存后再读取`,
    (p) =>
      `cell ${p.cell} holds a formula without its result (the file was saved without calculating); open the workbook in Excel, recalculate, save it and read it again`,
  ),
  "cell.shared-string-missing": entry<{ cell: string; index: string; count: number }>(
    (p) =>
      `单元格 ${p.cell} 引用的共享字符串序号 ${p.index} 不存在（文件中只有 ${p.count} 个共享字符串，序号从 0 起），文件可能已损坏，请在 Excel 中打开并另存后再读取`,
    (p) =>
      `cell ${p.cell} refers to shared string ${p.index}, which is not there (the file has ${plural(p.count, "shared string", "shared strings")}, numbered from 0); the file may be damaged: open and re-save it in Excel and read it again`,
  ),
  "cell.shared-string-unnumbered": entry<{ cell: string }>(
    (p) => `单元格 ${p.cell} 标为共享字符串，却没有写序号，文件可能已损坏，请在 Excel 中打开并另存后再读取`,
    (p) =>
      `cell ${p.cell} is marked as a shared string but gives no number; the file may be damaged: open and re-save it in Excel and read it again`,
  ),
  "cell.shared-string-invalid": entry<{ cell: string; index: string }>(
    (p) =>
      `单元格 ${p.cell} 的共享字符串序号 '${p.index}' 不是从 0 起的整数，文件可能已损坏，请在 Excel 中打开并另存后再读取`,
    (p, s) =>
      `the shared string number ${s.q(p.index)} of cell ${p.cell} is not a whole number from 0; the file may be damaged: open and re-save it in Excel and read it again`,
  ),
  "log.repeated-column": entry<{
    column: string;
    header: string;
    keptColumn: string;
    keptHeader: string;
    field: Words;
  }>(
    (p, s) =>
      `第 ${p.column} 列${s.q(p.header)}与第 ${p.keptColumn} 列${s.q(p.keptHeader)}都是${s.q(p.field)}，只读取第 ${p.keptColumn} 列。`,
    (p, s) =>
      `Column ${p.column} ${s.q(p.header)} and column ${p.keptColumn} ${s.q(p.keptHeader)} are both ${s.q(p.field)}; only column ${p.keptColumn} is read.`,
  ),
  "log.not-found": entry<Record<string, never>>(
    () => "未找到案件登记表：需要名为“案件登记”的工作表，或表头含“编号”和“受理时间”列的工作表。",
    () =>
      'No case log found: Casebook needs a sheet named "案件登记", or one whose header holds the case number and received-time columns.',
  ),
  "log.empty-sheet": entry<{ sheet: string; required: readonly Words[]; examples: readonly Words[] }>(
    (p, s) =>
      `工作表${s.q(p.sheet)}是空的，没有表头行，无法读取案件。表头行须写明列名 ${quoted(s, p.required)}，其他列如 ${s.text(p.examples)} 等。`,
    (p, s) =>
      `Sheet ${s.q(p.sheet)} is empty: there is no header row, so no case can be read. A header row names the columns ${quoted(s, p.required)}, and others such as ${s.text(p.examples)}.`,
  ),
  "log.no-header": entry<{
    sheet: string;
    from: number;
    to: number;
    required: readonly Words[];
    examples: readonly Words[];
  }>(
    (p, s) =>
      `工作表${s.q(p.sheet)}没有找到表头行：${p.from === p.to ? `第 ${p.from} 行` : `第 ${p.from}–${p.to} 行`}中没有一行写有必需的列名 ${quoted(s, p.required)}，无法读取案件。` +
      `请在数据上方加一行表头，写明这两列，其他列如 ${s.text(p.examples)} 等。`,
    (p, s) =>
      `Sheet ${s.q(p.sheet)} has no header row: no row of ${p.from === p.to ? `row ${p.from}` : `rows ${p.from}–${p.to}`} names the required columns ${quoted(s, p.required)}, so no case can be read. ` +
      `Add a header row above the data naming these two columns, and others such as ${s.text(p.examples)}.`,
  ),
  "log.missing-columns": entry<{ sheet: string; missing: readonly Words[]; headerRow: number }>(
    (p, s) => `工作表${s.q(p.sheet)}缺少必需的列 ${quoted(s, p.missing)}（表头在第 ${p.headerRow} 行），无法读取案件。`,
    (p, s) =>
      `Sheet ${s.q(p.sheet)} lacks the required column(s) ${quoted(s, p.missing)} (header in row ${p.headerRow}), so no case can be read.`,
  ),
  "log.formulas-without-values": entry<{ sheet: string; count: number; example: string }>(
    (p, s) =>
      `工作表${s.q(p.sheet)}有 ${p.count} 个公式没有计算结果（如 ${p.example}），文件可能由其他程序生成、未经 Excel 计算。请在 Excel 中打开工作簿，重新计算并保存后再读取；在此之前，这些单元格所在的行列为未读入的行或单元格问题。`,
    (p, s) =>
      `Sheet ${s.q(p.sheet)} has ${plural(p.count, "formula", "formulas")} without a calculated result (e.g. ${p.example}); the file was probably written by another program and never calculated in Excel. Open the workbook in Excel, recalculate, save it and read it again; until then the rows of these cells are listed as rejected rows or cell issues.`,
  ),
  "log.broken-shared-strings": entry<{ sheet: string; count: number; example: string }>(
    (p, s) =>
      `工作表${s.q(p.sheet)}有 ${p.count} 个单元格引用的共享字符串无效或不存在（如 ${p.example}），文件可能已损坏。请在 Excel 中打开并另存后再读取；在此之前，这些单元格所在的行列为未读入的行或单元格问题。`,
    (p, s) =>
      `Sheet ${s.q(p.sheet)} has ${plural(p.count, "cell", "cells")} whose shared string is invalid or missing (e.g. ${p.example}); the file may be damaged. Open and re-save it in Excel and read it again; until then the rows of these cells are listed as rejected rows or cell issues.`,
  ),
  "input.unreadable-cells": entry<{ sheet: string; count: number; example: string }>(
    (p, s) =>
      `工作表${s.q(p.sheet)}有 ${p.count} 个单元格读不出值（公式没有计算结果，或共享字符串无效，如 ${p.example}），已按空白读取。请在 Excel 中打开工作簿，重新计算并保存后再读取。`,
    (p, s) =>
      `Sheet ${s.q(p.sheet)} has ${plural(p.count, "cell", "cells")} with no value to read (a formula without its result, or an invalid shared string; e.g. ${p.example}); they were read as blank. Open the workbook in Excel, recalculate, save it and read it again.`,
  ),
  "log.no-data-rows": entry<{ sheet: string }>(
    (p, s) => `工作表${s.q(p.sheet)}的表头下没有数据行。`,
    (p, s) => `Sheet ${s.q(p.sheet)} has no data rows under its header.`,
  ),
  "log.yearless-received": entry<{ count: number; year: number; why: Words }>(
    (p, s) => `${p.count} 个受理时间没有写年份，按 ${p.year} 年计（${s.text(p.why)}）。`,
    (p, s) =>
      `${plural(p.count, "received time has", "received times have")} no year; taken as ${p.year} (${s.text(p.why)}).`,
  ),
  "log.yearless-other": entry<{ count: number }>(
    (p) => `${p.count} 个其他日期没有写年份，按所在案件受理时间的年份计（早于受理时间的算下一年）。`,
    (p) =>
      `${plural(p.count, "other date has", "other dates have")} no year; taken as the year of the case's received time (the next year when earlier than it).`,
  ),
  "log.sheets-skipped": entry<{ notLog: readonly string[]; empty: readonly string[]; hidden: readonly string[] }>(
    (p, s) =>
      `未作为案件登记读取的工作表：${[
        p.notLog.length
          ? `${quoted(
              s,
              p.notLog.map((n) => ({ zh: n, en: n })),
            )}（表头不是案件登记表）`
          : "",
        p.empty.length
          ? `${quoted(
              s,
              p.empty.map((n) => ({ zh: n, en: n })),
            )}（空表）`
          : "",
        p.hidden.length
          ? `${quoted(
              s,
              p.hidden.map((n) => ({ zh: n, en: n })),
            )}（隐藏的工作表，已读取可见的案件登记表）`
          : "",
      ]
        .filter((x) => x !== "")
        .join("；")}。`,
    (p, s) =>
      `Sheets not read as the case log: ${[
        p.notLog.length
          ? `${quoted(
              s,
              p.notLog.map((n) => ({ zh: n, en: n })),
            )} (their header is not a case log's)`
          : "",
        p.empty.length
          ? `${quoted(
              s,
              p.empty.map((n) => ({ zh: n, en: n })),
            )} (empty)`
          : "",
        p.hidden.length
          ? `${quoted(
              s,
              p.hidden.map((n) => ({ zh: n, en: n })),
            )} (hidden; the visible case log was read)`
          : "",
      ]
        .filter((x) => x !== "")
        .join("; ")}.`,
  ),
  "log.sheets-read": entry<{
    sheets: readonly string[];
    rows: readonly number[];
    cases: readonly number[];
    rejected: readonly number[];
  }>(
    (p, s) =>
      `案件登记分在 ${p.sheets.length} 个工作表，均已读取：` +
      p.sheets
        .map(
          (n, i) =>
            `${s.q(n)} ${p.rows[i]} 行（${p.cases[i]} 个案件${p.rejected[i] ? `，${p.rejected[i]} 行未计入` : ""}）`,
        )
        .join("、") +
      "。",
    (p, s) =>
      `The case log spans ${p.sheets.length} sheets, all read: ` +
      p.sheets
        .map(
          (n, i) =>
            `${s.q(n)} ${plural(p.rows[i], "row", "rows")} (${plural(p.cases[i], "case", "cases")}${p.rejected[i] ? `, ${p.rejected[i]} not counted` : ""})`,
        )
        .join(", ") +
      ".",
  ),
  "log.generated-ids": entry<{ sheets: readonly string[]; example: string }>(
    (p, s) =>
      `${quoted(
        s,
        p.sheets.map((n) => ({ zh: n, en: n })),
      )}没有“编号”列：案件以工作表名和序号为编号（没有序号的以行号）${p.example ? `，如 ${p.example}` : ""}。`,
    (p, s) =>
      `${quoted(
        s,
        p.sheets.map((n) => ({ zh: n, en: n })),
      )} ${p.sheets.length === 1 ? "has" : "have"} no case number column: cases take the sheet's name and the serial number as id (the row where there is none)${p.example ? `, e.g. ${p.example}` : ""}.`,
  ),
  "log.seq-repeated": entry<{ sheet: string; seq: string; rows: readonly number[]; example: string }>(
    (p, s) =>
      `${s.q(p.sheet)}的序号 ${p.seq} 重复（第 ${p.rows.join("、")} 行）；重复序号的后几个案件以行号为编号（如 ${p.example}）。`,
    (p, s) =>
      `Serial number ${p.seq} repeats on ${s.q(p.sheet)} (rows ${p.rows.join(", ")}); the later cases take their row as id (e.g. ${p.example}).`,
  ),
  "log.unknown-value": entry<{
    column: string;
    value: string;
    what: Words;
    expected: readonly Words[];
    count: number;
    sheets: readonly string[];
    rows: readonly number[];
    multi: number;
  }>(
    (p, s) =>
      `${p.column}${s.q(p.value)}不是已知的${s.text(p.what)}（应为 ${p.expected.map((w) => w.zh).join("/")}），共 ${p.count} 行（${placesZh(p)}${p.count > p.rows.length ? " 等" : ""}）。` +
      `案件保留原文；可在设置的“取值对照”中指定它对应的值。`,
    (p, s) =>
      `${p.column} ${s.q(p.value)} is not a known ${s.text(p.what).toLowerCase()} (expected ${p.expected.map((w) => w.en).join("/")}): ${plural(p.count, "row", "rows")} (${placesEn(p)}${p.count > p.rows.length ? " …" : ""}). ` +
      `The cases keep the word as written; map it in Settings, section Value mapping.`,
  ),
  "cell.kept": entry<{ reason: Detail; caseId: string }>(
    (p, s) => `${s.text(p.reason)}（案件 ${p.caseId} 已保留）`,
    (p, s) => `${s.text(p.reason)} (case ${p.caseId} kept)`,
  ),

  // ── the Communities sheet (小区表) ──
  "communities.rejected-row": entry<{ reason: Detail }>(
    (p, s) => `小区表 ${s.text(p.reason)}`,
    (p, s) => `Communities sheet: ${s.text(p.reason)}`,
  ),
  "communities.totals-row": entry<Record<string, never>>(
    () => "合计行，不计为小区",
    () => "a totals row, not a community",
  ),
  "communities.blank-name": entry<Record<string, never>>(
    () => "小区为空",
    () => "the community is blank",
  ),
  "communities.duplicate": entry<{ row: number }>(
    (p) => `小区重复（首次出现在第 ${p.row} 行）`,
    (p) => `the community repeats (first in row ${p.row})`,
  ),
  "communities.no-name-column": entry<{ sheet: string }>(
    (p, s) => `工作表${s.q(p.sheet)}没有“小区”列，小区信息未读取。`,
    (p, s) => `Sheet ${s.q(p.sheet)} has no Community column; its communities were not read.`,
  ),
  "communities.no-company-column": entry<{ sheet: string }>(
    (p, s) => `工作表${s.q(p.sheet)}没有“物业公司”列，无法按小区确定物业公司。`,
    (p, s) => `Sheet ${s.q(p.sheet)} has no Property company column; no community can name its property company.`,
  ),
  "communities.bad-households": entry<{ value: string }>(
    (p, s) => `${s.q(p.value)} 不是有效户数（应为不小于 0 的整数），户数按空计`,
    (p, s) => `${s.q(p.value)} is not a number of households (a whole number, 0 or more); left blank`,
  ),
  "communities.sheet-missing": entry<{ count: number }>(
    (p) => `没有小区表，${p.count} 个案件的物业公司无法确定。`,
    (p) => `There is no Communities sheet: the property company of ${plural(p.count, "case", "cases")} is unknown.`,
  ),
  "communities.unknown-company": entry<{ name: string; count: number }>(
    (p, s) => `小区表中没有小区${s.q(p.name)}：${p.count} 个案件的物业公司无法确定。`,
    (p, s) =>
      `Community ${s.q(p.name)} is not on the Communities sheet: the property company of ${plural(p.count, "case", "cases")} is unknown.`,
  ),
  "communities.unknown-households": entry<{ name: string; count: number }>(
    (p, s) => `小区表中没有小区${s.q(p.name)}（${p.count} 个案件），户数未知。`,
    (p, s) =>
      `Community ${s.q(p.name)} is not on the Communities sheet (${plural(p.count, "case", "cases")}); its households are unknown.`,
  ),

  // ── the inspections sheet (巡检表) ──
  "inspections.rejected-row": entry<{ reason: Detail }>(
    (p, s) => `巡检表 ${s.text(p.reason)}`,
    (p, s) => `Inspections sheet: ${s.text(p.reason)}`,
  ),
  "inspections.totals-row": entry<Record<string, never>>(
    () => "合计行，不计为巡检记录",
    () => "a totals row, not an inspection",
  ),
  "inspections.blank-date": entry<Record<string, never>>(
    () => "日期为空，应为检查日期",
    () => "the date is blank; it must be the day of the inspection",
  ),
  "inspections.bad-deduction": entry<{ value: string }>(
    (p) => `'${p.value}' 不是有效扣分（应为不小于 0 的数）`,
    (p, s) => `${s.q(p.value)} is not a valid deduction (a number, 0 or more)`,
  ),
  "inspections.no-community": entry<Record<string, never>>(
    () => "小区和物业公司都为空，无法归属",
    () => "both the community and the property company are blank, so the inspection belongs to no one",
  ),
  "inspections.no-date-column": entry<{ sheet: string }>(
    (p, s) => `工作表${s.q(p.sheet)}没有“日期”列，巡检记录未读取。`,
    (p, s) => `Sheet ${s.q(p.sheet)} has no Date column; its inspections were not read.`,
  ),
  "inspections.company-unknown": entry<{ row: number; community: string }>(
    (p, s) => `第 ${p.row} 行：小区${s.q(p.community)}的物业公司未知（巡检表与小区表中都没有），不计入物业公司考核。`,
    (p, s) =>
      `Row ${p.row}: the property company of community ${s.q(p.community)} is unknown (on neither the inspections nor the Communities sheet); not counted in any scorecard.`,
  ),

  // ── the Pauses sheet (暂停记录) and written delivery ──
  "pauses.rejected-row": entry<{ reason: Detail }>(
    (p, s) => `暂停记录 ${s.text(p.reason)}`,
    (p, s) => `Pauses sheet: ${s.text(p.reason)}`,
  ),
  "pauses.missing-columns": entry<{ sheet: string }>(
    (p, s) => `工作表${s.q(p.sheet)}缺少“编号”或“暂停开始”列，暂停记录未读取。`,
    (p, s) => `Sheet ${s.q(p.sheet)} lacks the Case No or Paused from column; its pauses were not read.`,
  ),
  "pauses.not-applied": entry<{ row: number; caseId: string; why: Detail }>(
    (p, s) => `暂停记录 第 ${p.row} 行（案件 ${p.caseId}）：${s.text(p.why)}，未计入。`,
    (p, s) => `Pauses sheet, row ${p.row} (case ${p.caseId}): ${s.text(p.why)}; not applied.`,
  ),
  "pauses.blank-id": entry<Record<string, never>>(
    () => "编号为空，不知道暂停哪个案件",
    () => "the case number is blank, so no case is paused",
  ),
  "pauses.blank-start": entry<Record<string, never>>(
    () => "暂停开始为空",
    () => "the pause start is blank",
  ),
  "pauses.end-not-after-start": entry<Record<string, never>>(
    () => "暂停结束不晚于暂停开始",
    () => "the pause ends no later than it starts",
  ),
  "pauses.unknown-case": entry<Record<string, never>>(
    () => "案件登记中没有这个编号",
    () => "no case of the log has this number",
  ),
  "pauses.unknown-rule": entry<{ rule: string }>(
    (p, s) => `${s.q(p.rule)}不是现有的时限规则`,
    (p, s) => `${s.q(p.rule)} is not a deadline rule in force`,
  ),
  "pauses.rule-may-not-pause": entry<{ rule: Words }>(
    (p, s) => `时限${s.q(p.rule)}不可暂停（设置“暂停 / 可暂停规则”）`,
    (p, s) => `the deadline ${s.q(p.rule)} may not pause (Settings: Pauses / rules)`,
  ),
  "pauses.no-reason": entry<Record<string, never>>(
    () => "原因未填",
    () => "no reason is written",
  ),
  "pauses.reason-not-accepted": entry<{ reason: string; accepted: string[] }>(
    (p, s) => `原因${s.q(p.reason)}不在认可的原因之列（${p.accepted.join("、")}）`,
    (p, s) =>
      `the reason ${s.q(p.reason)} is not among the accepted ones (${p.accepted.map((a) => s.q(a)).join(", ")})`,
  ),
  "pauses.over-cap": entry<{ totalHours: number; capHours: number }>(
    (p) => `该案暂停累计 ${span(p.totalHours, "zh")}，超过每案上限 ${span(p.capHours, "zh")}`,
    (p) =>
      `the case's pauses add up to ${span(p.totalHours, "en")}, over the cap of ${span(p.capHours, "en")} per case`,
  ),
  "log.after-as-of": entry<{ count: number; asOf: string; latestId: string; latestAt: string }>(
    (p) =>
      `${p.count} 件案件的受理时间晚于数据截至时刻 ${p.asOf}（最晚的是 ${p.latestId}，${p.latestAt}），未计入统计，已列入数据问题；如是年份写错，请在案件登记表中改正。`,
    (p) =>
      `${plural(p.count, "case was", "cases were")} received after the as-of instant ${p.asOf} (the latest, ${p.latestId}, at ${p.latestAt}): not counted, and listed as data issues. If a year was mistyped, please correct it in the case log.`,
  ),
  "inspections.after-as-of": entry<{ count: number; asOf: string }>(
    (p) => `巡检记录中有 ${p.count} 条日期晚于数据截至时刻 ${p.asOf}，未计入考核。`,
    (p) =>
      `${plural(p.count, "inspection is", "inspections are")} dated after the as-of instant ${p.asOf}: not counted in the scorecards.`,
  ),
  "delivery.verbal": entry<Record<string, never>>(
    () => "口头送达，未书面",
    () => "delivered verbally, not in writing",
  ),
  "delivery.not-written": entry<{ kind: string }>(
    (p, s) => `送达方式${s.q(p.kind)}不是书面方式，未计为书面送达`,
    (p, s) => `the delivery kind ${s.q(p.kind)} is not a written one, so not counted as a written delivery`,
  ),

  // ── why a deadline cannot be judged (a compliance entry's `unknown`) ──
  "compliance.invalid": entry<{ field: Words; why: Detail }>(
    (p, s) => `${s.text(p.field)}无效：${s.text(p.why)}`,
    (p, s) => `${s.text(p.field)} is not valid: ${s.text(p.why)}`,
  ),
  "compliance.after-as-of": entry<{ field: Words; at: string; asOf: string }>(
    (p, s) => `${s.text(p.field)}（${p.at}）晚于统计时点 ${p.asOf}`,
    (p, s) => `${s.text(p.field)} (${p.at}) is after the as-of time ${p.asOf}`,
  ),
  "compliance.blank": entry<{ field: Words }>(
    (p, s) => `${s.text(p.field)}未填`,
    (p, s) => `${s.text(p.field)} is blank`,
  ),
  "compliance.stop-before-start": entry<{ stop: Words; start: Words }>(
    (p, s) => `${s.text(p.stop)}早于${s.text(p.start)}`,
    (p, s) => `${s.text(p.stop)} is before ${s.text(p.start)}`,
  ),
  /** Several reasons at once (two deciding cells not valid). */
  "compliance.reasons": entry<{ reasons: readonly Detail[] }>(
    (p, s) => p.reasons.map((r) => s.text(r)).join("；"),
    (p, s) => p.reasons.map((r) => s.text(r)).join("; "),
  ),
  "delivery.unstated": entry<{ count: number }>(
    (p) =>
      `${p.count} 件案件已填送达时间但送达方式空白，已按书面送达计；§5.7.1 要求书面送达，请补填送达方式（书面、联系单、电话……）。`,
    (p) =>
      `${plural(p.count, "case has", "cases have")} a delivery time but no delivery kind: counted as written. §5.7.1 asks for written delivery; please fill in how each was delivered.`,
  ),

  // ── Settings (设置) ──
  "settings.error": entry<{ cell: string; detail: Detail }>(
    (p, s) => `设置 ${p.cell}：${s.text(p.detail)}（已使用默认值）`,
    (p, s) => `Settings ${p.cell}: ${s.text(p.detail)} (the default is used)`,
  ),
  "settings.unknown-repeat-key": entry<{ key: string }>(
    (p, s) => `未知项目${s.q(p.key)}，应为“天数”`,
    (p, s) => `Unknown key ${s.q(p.key)}; expected "days"`,
  ),
  "settings.repeat-days": entry<{ value: string; max: number; kept: number }>(
    (p, s) => `重复投诉天数应为 1–${p.max} 的整数，而不是${s.q(p.value)}；仍用 ${p.kept}`,
    (p, s) => `The repeat window must be a whole number of days 1–${p.max}, not ${s.q(p.value)}; keeping ${p.kept}`,
  ),
  "settings.no-keyword-rule": entry<Record<string, never>>(
    () => "分类关键词没有一条有效规则，仍用默认规则",
    () => "No category keyword rule is valid; keeping the defaults",
  ),
  "settings.not-a-category": entry<{ key: string }>(
    (p, s) => `${s.q(p.key)}不是类别（投诉、维修、日常、建议，可加 /问题类型）`,
    (p, s) => `${s.q(p.key)} is not a category (complaint, repair, routine or suggestion, optionally /problem type)`,
  ),
  "settings.no-keywords": entry<{ key: string }>(
    (p, s) => `${s.q(p.key)}没有关键词`,
    (p, s) => `No keywords for ${s.q(p.key)}`,
  ),
  "settings.unknown-kpi": entry<{ key: string }>(
    (p, s) => `未知指标${s.q(p.key)}`,
    (p, s) => `Unknown KPI ${s.q(p.key)}`,
  ),
  "settings.split-follow-up": entry<{ key: string }>(
    (p, s) => `${s.q(p.key)}已分为“投诉回访率”和“维修回访率”两项，请分别设置；此行不生效，两项仍用默认值`,
    (p, s) =>
      `${s.q(p.key)} is now two KPIs, the complaint and the repair follow-up rates: give each its own row; this row is ignored and both keep their defaults`,
  ),
  "settings.bad-annual-rule": entry<{ value: string }>(
    (p, s) => `年度得分的算法${s.q(p.value)}无法识别，应为“全年指标”或“月均分”，仍用全年指标`,
    (p, s) => `Annual score method ${s.q(p.value)} is not known (kpis or months); keeping the year's KPIs`,
  ),
  "settings.unknown-year-end-key": entry<{ key: string }>(
    (p, s) => `年终考核中没有${s.q(p.key)}这一项，应为“年度得分”或“奖惩 A 优秀”等`,
    (p, s) => `The year-end assessment has no setting ${s.q(p.key)}: use the annual score or a grade's reward`,
  ),
  "settings.unknown-grade": entry<{ key: string }>(
    (p, s) => `未知等级${s.q(p.key)}`,
    (p, s) => `Unknown grade ${s.q(p.key)}`,
  ),
  "settings.bad-weight": entry<{ value: string; kept: number }>(
    (p, s) => `权重应为不小于 0 的数，而不是${s.q(p.value)}；仍用 ${p.kept}`,
    (p, s) => `A weight must be a number of 0 or more, not ${s.q(p.value)}; keeping ${p.kept}`,
  ),
  "settings.bad-rate-target": entry<{ value: string }>(
    (p, s) => `目标应为百分比（如 95%），而不是${s.q(p.value)}`,
    (p, s) => `The target must be a percentage such as 95%, not ${s.q(p.value)}`,
  ),
  "settings.bad-amount-target": entry<{ value: string }>(
    (p, s) => `目标应为不小于 0 的数，而不是${s.q(p.value)}`,
    (p, s) => `The target must be a number of 0 or more, not ${s.q(p.value)}`,
  ),
  "settings.grade-d": entry<Record<string, never>>(
    () => "D 是低于 C 的分数，不需设置",
    () => "D is every score below C; it has no setting",
  ),
  "settings.bad-threshold": entry<{ value: string }>(
    (p, s) => `等级分数线应在 0–100 之间，而不是${s.q(p.value)}`,
    (p, s) => `A grade threshold must be 0–100, not ${s.q(p.value)}`,
  ),
  "settings.zero-weights": entry<Record<string, never>>(
    () => "权重不能全为 0，仍用默认权重",
    () => "The weights cannot all be 0; keeping the defaults",
  ),
  "settings.band-order": entry<{ a: number; b: number; c: number }>(
    (p) => `等级分数线须 A > B > C，仍用默认 ${p.a}/${p.b}/${p.c}`,
    (p) => `Grade thresholds must fall A > B > C; keeping ${p.a}/${p.b}/${p.c}`,
  ),
  "settings.contact-pattern": entry<{ value: string; example: string }>(
    (p, s) => `联系单号格式${s.q(p.value)}需要恰好一个顺序号，如 ${p.example}`,
    (p, s) => `The contact form number pattern ${s.q(p.value)} needs exactly one running number, as in ${p.example}`,
  ),
  "settings.time-zone": entry<{ value: string; kept: string }>(
    (p, s) => `时区${s.q(p.value)}无法识别，应为 ${p.kept} 这样的名称；仍用 ${p.kept}`,
    (p, s) => `Time zone ${s.q(p.value)} is not known: write a name such as ${p.kept}; keeping ${p.kept}`,
  ),
  "settings.close-day": entry<{ value: string; kept: number }>(
    (p, s) => `月结日${s.q(p.value)}应为 1 到 28 之间的日数（次月几日 24:00 结账）；仍用 ${p.kept} 日`,
    (p, s) =>
      `The month close day ${s.q(p.value)} must be a day 1–28 (the month closes at 24:00 of that day of the next month); keeping the ${ordinal(p.kept)}`,
  ),
  "settings.value-map-key": entry<{ key: string }>(
    (p, s) => `${s.q(p.key)}应写成 列名：写法（如 来源渠道：抖音）`,
    (p, s) => `${s.q(p.key)} must be written "column: word", such as "channel: TikTok"`,
  ),
  "settings.value-map-value": entry<{ value: string; field: Words; allowed: readonly Words[] }>(
    (p, s) => `${s.q(p.value)}不是${s.text(p.field)}的取值（应为 ${p.allowed.map((w) => w.zh).join("/")}）`,
    (p, s) => `${s.q(p.value)} is not a ${p.field.en.toLowerCase()} value (use ${s.text(p.allowed)})`,
  ),
  "settings.in-key": entry<{ key: string | Words; detail: Detail }>(
    (p, s) => `${s.text(p.key)}：${s.text(p.detail)}`,
    (p, s) => `${s.text(p.key)}: ${s.text(p.detail)}`,
  ),
  "settings.yes-no": entry<{ value: string }>(
    (p, s) => `请填“是”或“否”，不是${s.q(p.value)}`,
    (p, s) => `Write yes or no, not ${s.q(p.value)}`,
  ),
  "settings.hours-blank": entry<Record<string, never>>(
    () => "空值：请写开放时段，如 08:30-12:00、13:00-17:00；不开放写“休息”",
    () => 'Blank: write the opening hours, such as 08:30-12:00,13:00-17:00, or "closed"',
  ),
  "settings.hours-unreadable": entry<{ part: string }>(
    (p, s) => `无法识别的时段${s.q(p.part)}，格式如 08:30-12:00`,
    (p, s) => `Hours ${s.q(p.part)} cannot be read; write them as 08:30-12:00`,
  ),
  "settings.hours-backwards": entry<{ part: string }>(
    (p, s) => `时段${s.q(p.part)}的结束时间不晚于开始时间`,
    (p, s) => `Hours ${s.q(p.part)} end no later than they start`,
  ),
  "settings.hours-overlap": entry<Record<string, never>>(
    () => "时段互相重叠",
    () => "The hours overlap",
  ),
  "settings.unknown-hours-key": entry<{ key: string }>(
    (p, s) => `工作时间下没有项目${s.q(p.key)}（可用：周一至周五、周六周日、节假日闭馆）`,
    (p, s) => `Working hours have no setting ${s.q(p.key)} (use weekdays, weekends or closed on holidays)`,
  ),
  "settings.holiday-not-date": entry<{ key: string; year: number }>(
    (p, s) => `${s.q(p.key)}不是日期；请写 ${p.year}-01-01 或 ${p.year}-10-01~${p.year}-10-07`,
    (p, s) => `${s.q(p.key)} is not a date: write ${p.year}-01-01 or ${p.year}-10-01~${p.year}-10-07`,
  ),
  "settings.holiday-other-year": entry<{ key: string; year: number; section: string }>(
    (p, s) => `${s.q(p.key)}不在 ${p.year} 年内，请写在${s.q(p.section)}下`,
    (p, s) => `${s.q(p.key)} is not in ${p.year}: write it under ${s.q(p.section)}`,
  ),
  "settings.holiday-kind": entry<{ value: string }>(
    (p, s) => `${s.q(p.value)}：请填“休”（放假）、“班”（调休上班）或“常规”`,
    (p, s) => `${s.q(p.value)}: write off (a day off), work (a make-up working day) or regular`,
  ),
  "settings.never-open": entry<Record<string, never>>(
    () => "周一至周五和周六周日不能都不开放：时限无法计算",
    () => "Weekdays and weekends cannot both be closed: no deadline could be computed",
  ),
  "settings.rule-key": entry<{ key: string }>(
    (p, s) => `${s.q(p.key)}应写作 规则名称.属性，属性为 条款、适用、开始、停止、截止、时限、时钟、预警、启用、含维修`,
    (p, s) =>
      `${s.q(p.key)} must be written "rule name.attribute", the attribute one of clause, applies, start, stop, due, limit, clock, warn, enabled, repairs`,
  ),
  "settings.not-a-date-column": entry<{ value: string; columns: readonly Words[] }>(
    (p, s) => `${s.q(p.value)}不是日期列（可用：${s.text(p.columns)}）`,
    (p, s) => `${s.q(p.value)} is not a date column (use ${s.text(p.columns)})`,
  ),
  "settings.not-a-clock": entry<{ value: string; clocks: readonly Words[] }>(
    (p, s) => `${s.q(p.value)}不是时钟；可用：${s.text(p.clocks)}`,
    (p, s) => `${s.q(p.value)} is not a clock; use ${s.text(p.clocks)}`,
  ),
  "settings.bad-share": entry<{ value: string }>(
    (p, s) => `${s.q(p.value)}应为 1%–100% 之间的比例，如 75%`,
    (p, s) => `${s.q(p.value)} must be a share of 1%–100%, such as 75%`,
  ),
  "settings.new-rule-lacks": entry<{ rule: string; keys: readonly Words[] }>(
    (p, s) => `新规则 ${p.rule} 缺少 ${s.text(p.keys)}，未添加`,
    (p, s) => `The new rule ${p.rule} lacks ${s.text(p.keys)}; it is not added`,
  ),
  "settings.rule-kept": entry<{ detail: Detail; isNew: number }>(
    (p, s) => `${s.text(p.detail)}；${p.isNew ? "未添加该规则" : "该规则保持默认"}`,
    (p, s) => `${s.text(p.detail)}; ${p.isNew ? "the rule is not added" : "the rule keeps its default"}`,
  ),
  "settings.rule-needs-due": entry<{ rule: Words }>(
    (p) => `规则 ${p.rule.zh} 的时钟为“约定时间”，需要 ${p.rule.zh}.截止（如 约定完成时间）`,
    (p) => `Rule ${p.rule.en} runs to an agreed time and needs ${p.rule.en}.due (such as agreed completion)`,
  ),
  "settings.rule-needs-start": entry<{ rule: Words }>(
    (p) => `规则 ${p.rule.zh} 需要开始时间（${p.rule.zh}.开始）`,
    (p) => `Rule ${p.rule.en} needs a start time (${p.rule.en}.start)`,
  ),
  "settings.rule-start-is-stop": entry<{ rule: Words }>(
    (p, s) => `规则 ${s.text(p.rule)} 的开始和停止是同一列`,
    (p, s) => `Rule ${s.text(p.rule)} starts and stops at the same column`,
  ),
  "settings.limit-unit-clock": entry<{ unit: Words; clock: Words }>(
    (p, s) => `时限单位（${s.text(p.unit)}）与时钟${s.q(p.clock)}不符`,
    (p, s) => `The limit's unit (${s.text(p.unit)}) does not suit the clock ${s.q(p.clock)}`,
  ),
  "settings.limit-working-clock": entry<{ clock: Words }>(
    (p, s) => `时限写的是工作日/工作小时，但时钟是${s.q(p.clock)}`,
    (p, s) => `The limit is in working days or hours but the clock is ${s.q(p.clock)}`,
  ),
  "settings.limit-whole-days": entry<Record<string, never>>(
    () => "天数时限必须是整数",
    () => "A limit in days must be a whole number",
  ),
  "settings.limit-minutes": entry<Record<string, never>>(
    () => "小时时限最多精确到分钟",
    () => "A limit in hours can be exact to the minute, no finer",
  ),
  "settings.condition-unreadable": entry<{ clause: string }>(
    (p, s) =>
      `无法识别的条件${s.q(p.clause)}；条件写作 类别=投诉、建议；责任单位=物业公司；来源渠道=物业转交；重大质量问题=是；已填=完成时间`,
    (p, s) =>
      `Condition ${s.q(p.clause)} cannot be read; write conditions such as category=complaint,suggestion; responsible=property company; channel=property referral; major=yes; present=completed`,
  ),
  "settings.condition-empty": entry<{ clause: string }>(
    (p, s) => `条件${s.q(p.clause)}没有值`,
    (p, s) => `Condition ${s.q(p.clause)} has no value`,
  ),
  "settings.condition-major": entry<{ value: string }>(
    (p, s) => `重大质量问题 应为 是 或 否，不是${s.q(p.value)}`,
    (p, s) => `A major quality problem condition must be yes or no, not ${s.q(p.value)}`,
  ),
  "settings.condition-value": entry<{ value: string; key: string }>(
    (p, s) => `${s.q(p.value)}不是可用的${p.key}`,
    (p, s) => `${s.q(p.value)} is not a known value of ${p.key}`,
  ),
  "settings.limit-unreadable": entry<{ value: string }>(
    (p, s) => `时限${s.q(p.value)}应为数字加单位，如 8 小时、3 天、3 个工作日`,
    (p, s) => `The limit ${s.q(p.value)} must be a number and a unit, such as 8 hours, 3 days, 3 working days`,
  ),
  "settings.limit-positive": entry<Record<string, never>>(
    () => "时限必须大于 0",
    () => "The limit must be more than 0",
  ),
  "settings.limit-unit": entry<{ unit: string }>(
    (p, s) => `时限单位${s.q(p.unit)}无法识别：用 小时、天 或 个工作日`,
    (p, s) => `The limit's unit ${s.q(p.unit)} is not known: use hours, days or working days`,
  ),
  "settings.unknown-delivery-key": entry<{ key: string }>(
    (p, s) => `${s.q(p.key)}不是送达方式的设置项；可用：书面方式`,
    (p, s) => `${s.q(p.key)} is not a delivery setting; use written`,
  ),
  "settings.no-written-kind": entry<Record<string, never>>(
    () => "书面方式至少要有一种，如 书面、联系单",
    () => "Name at least one written kind of delivery, such as letter, contact form",
  ),
  "settings.unknown-pause-key": entry<{ key: string }>(
    (p, s) => `${s.q(p.key)}不是暂停的设置项；可用：可暂停规则、认可原因、每案上限`,
    (p, s) => `${s.q(p.key)} is not a pause setting; use rules, reasons or cap`,
  ),
  "settings.pause-unknown-rule": entry<{ value: string }>(
    (p, s) => `可暂停规则：${s.q(p.value)}不是现有的时限规则`,
    (p, s) => `Rules that may pause: ${s.q(p.value)} is not a deadline rule`,
  ),
  "settings.pause-absolute-rule": entry<{ rule: Words }>(
    (p, s) => `可暂停规则：${s.q(p.rule)}按约定日期计，不能暂停；改期请重写约定完成时间`,
    (p, s) =>
      `Rules that may pause: ${s.q(p.rule)} runs to an agreed date and cannot pause; to move it, write a new agreed completion time`,
  ),
  "settings.pause-cap": entry<{ value: string }>(
    (p, s) => `每案上限${s.q(p.value)}应写作 30 天 或 48 小时`,
    (p, s) => `The cap per case ${s.q(p.value)} must be written as 30 days or 48 hours`,
  ),
  "holidays.no-dates": entry<{ year: number }>(
    (p) => `“节假日 ${p.year}”没有任何放假日期：${p.year} 年按周一至周五计算工作日，请核对国务院通知。`,
    (p) =>
      `"Holidays ${p.year}" lists no day off: working days of ${p.year} are counted Monday to Friday; please check the State Council's notice.`,
  ),
  "holidays.missing": entry<{ years: readonly number[] }>(
    (p, s) =>
      `${s.text(p.years)} 年没有法定节假日数据：这些年份的工作日时限暂按周一至周五计算，可能不准。` +
      `国务院公布安排后，请在设置中新增分类“节假日 ${p.years[0]}”，逐日填写 休 / 班。`,
    (p, s) =>
      `No official holiday data for ${s.text(p.years)}: working-day deadlines of those years are counted Monday to Friday and may be off. ` +
      `When the State Council publishes the schedule, add the section "Holidays ${p.years[0]}" to Settings and mark each day off or work.`,
  ),
} as const;
