/**
 * The manual's forms written into the clerk's workbook under the strict fake: an owned sheet (CB-联系单 …) on
 * one A4 portrait page, replacing the earlier form of its kind at the same tab and never a sheet of that name
 * the clerk made; and the 联系单号 the desk assigns written into the log only where its cell is blank.
 */
import { analyze } from "../../../src/core/pipeline";
import { defaultDeadlineConfig } from "../../../src/core/deadlines";
import { buildForm, type FormKind } from "../../../src/core/desk";
import type { Case, WorkbookInput } from "../../../src/core/model";
import { parseIsoMinutes } from "../../../src/core/time";
import { capabilities, recordContactFormNo, writeFormSheet } from "../../../src/workbook/office";
import { createdName, OWNED_MARK } from "../../../src/workbook/office/write";
import { caseLogRows, LOG_HEADERS } from "./case-log-data";
import { createStrictExcel, type StrictExcel } from "./strict-excel";

const config = defaultDeadlineConfig();
const at = (iso: string): number => parseIsoMinutes(iso)!;
const now = at("2026-10-21T10:00");
const place = { sheetName: "案件登记", headerRow: 1 };
const FORM_NO = LOG_HEADERS.indexOf("联系单号");

function casesOf(excel: StrictExcel): Case[] {
  const s = excel.sheet("案件登记");
  const input: WorkbookInput = {
    date1904: false,
    sheets: [{ name: s.name, values: s.values.map((r) => [...r]), firstRow: 1, firstColumn: 1 }],
  };
  return analyze(input, { asOf: at("2026-12-31T17:00") }).cases;
}

const formOf = (kind: FormKind, c: Case, lang: "zh" | "en" = "zh") =>
  buildForm(kind, c, { lang, deadlines: config, now });

describe("writeFormSheet", () => {
  const rows = caseLogRows(4);

  it("writes the form as an owned sheet on one A4 portrait page, in 2 syncs (3 when it replaces one)", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows }] });
    const c = casesOf(excel)[1];
    const form = formOf("complaint", c);
    excel.resetStats();
    const r = await writeFormSheet(excel.run, form, capabilities(excel.isSetSupported));
    expect(r).toEqual({ ok: true, sheet: "CB-意见处理单", replaced: false, syncs: 2 });
    expect(excel.stats.syncs).toBe(2);
    const ws = excel.sheet("CB-意见处理单");
    const mark = ws.names.find((n) => n.name === OWNED_MARK)!;
    expect(mark.visible).toBe(false);
    expect(createdName(mark.formula)).toBe("CB-意见处理单");
    expect(ws.print.paperSize).toBe("A4");
    expect(ws.print.orientation).toBe("Portrait");
    expect(ws.print.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    const flat = ws.values.flat().map(String);
    expect(flat).toContain("顾客意见处理单");
    expect(flat).toContain(c.id);
    expect(flat).toContain(c.description);
    expect(ws.print.printArea).toBe(`A1:D${ws.values.length}`);
    // The title spans the page; the fields are ruled.
    expect(ws.log).toContain(`merge@'CB-意见处理单'!A2:D2(false)`);
    expect(ws.log.some((l) => l.startsWith('format.borders.getItem("EdgeTop").style'))).toBe(true);
    // Every cell is text: the clerk's words are never taken for a formula.
    expect(excel.cell("CB-意见处理单", "B5").format).toBe("@");
    expect(excel.model.activeSheet).toBe("CB-意见处理单");
  });

  it("replaces the earlier form of its kind at the same tab, and leaves the log alone", async () => {
    const excel = createStrictExcel({
      sheets: [
        { name: "案件登记", rows },
        { name: "CB-联系单", rows: [["旧表单"]], ownedMark: OWNED_MARK, ownedMarkFormula: '="Casebook|CB-联系单"' },
        { name: "备注", rows: [["x"]] },
      ],
    });
    const log = excel.sheet("案件登记").values.map((r) => [...r]);
    const c = casesOf(excel)[2];
    const r = await writeFormSheet(excel.run, formOf("contact", c), capabilities(excel.isSetSupported));
    expect(r).toEqual({ ok: true, sheet: "CB-联系单", replaced: true, syncs: 3 });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["案件登记", "CB-联系单", "备注"]);
    expect(excel.sheet("CB-联系单").values.flat()).not.toContain("旧表单");
    expect(excel.sheet("CB-联系单").values.flat()).toContain(c.id);
    expect(excel.sheet("案件登记").values).toEqual(log);
  });

  it("replaces the earlier form of its kind made in the other language, at its tab; other kinds stay", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows }, { name: "备注", rows: [["x"]] }] });
    const cases = casesOf(excel);
    const caps = capabilities(excel.isSetSupported);
    await writeFormSheet(excel.run, formOf("complaint", cases[0]), caps);
    await writeFormSheet(excel.run, formOf("contact", cases[0]), caps);
    // Tabs: the log, 备注, then the forms as made; the Chinese complaint form moved before 备注 by hand.
    const zh = excel.model.sheets.findIndex((x) => x.name === "CB-意见处理单");
    excel.model.sheets.splice(1, 0, ...excel.model.sheets.splice(zh, 1));
    expect(excel.model.sheets.map((x) => x.name)).toEqual(["案件登记", "CB-意见处理单", "备注", "CB-联系单"]);
    excel.resetStats();
    const r = await writeFormSheet(excel.run, formOf("complaint", cases[1], "en"), caps);
    expect(r).toEqual({ ok: true, sheet: "CB-Complaint form", replaced: true, syncs: 3 });
    expect(excel.stats.syncs).toBe(3);
    expect(excel.model.sheets.map((x) => x.name)).toEqual(["案件登记", "CB-Complaint form", "备注", "CB-联系单"]);
    expect(excel.sheet("CB-Complaint form").values.flat()).toContain(cases[1].id);
    // And back: the Chinese form replaces the English one.
    const back = await writeFormSheet(excel.run, formOf("complaint", cases[2]), caps);
    expect(back).toEqual({ ok: true, sheet: "CB-意见处理单", replaced: true, syncs: 3 });
    expect(excel.model.sheets.map((x) => x.name)).toEqual(["案件登记", "CB-意见处理单", "备注", "CB-联系单"]);
  });

  it("leaves a sheet of the other language's name that Casebook did not make, or that was renamed to it", async () => {
    const excel = createStrictExcel({
      sheets: [
        { name: "案件登记", rows },
        { name: "CB-Follow-up record", rows: [["my notes"]] },
        // Casebook's Chinese contact form, renamed by the manager to the English form's name: theirs now.
        { name: "CB-Contact form", rows: [["kept"]], ownedMark: OWNED_MARK, ownedMarkFormula: '="Casebook|CB-联系单"' },
      ],
    });
    const cases = casesOf(excel);
    const caps = capabilities(excel.isSetSupported);
    const r = await writeFormSheet(excel.run, formOf("follow-up", cases[0]), caps);
    // A sheet of the other language's name is there: its mark is read (3 syncs), and it has none.
    expect(r).toEqual({ ok: true, sheet: "CB-回访记录", replaced: false, syncs: 3 });
    expect(excel.sheet("CB-Follow-up record").values).toEqual([["my notes"]]);
    const contact = await writeFormSheet(excel.run, formOf("contact", cases[0]), caps);
    expect(contact).toEqual({ ok: true, sheet: "CB-联系单", replaced: false, syncs: 3 });
    expect(excel.sheet("CB-Contact form").values).toEqual([["kept"]]);
    expect(excel.model.sheets.map((x) => x.name)).toEqual([
      "案件登记",
      "CB-Follow-up record",
      "CB-Contact form",
      "CB-回访记录",
      "CB-联系单",
    ]);
  });

  it("never replaces a sheet of that name the clerk made", async () => {
    const excel = createStrictExcel({
      sheets: [
        { name: "案件登记", rows },
        { name: "CB-回访记录", rows: [["我的笔记"]] },
      ],
    });
    const r = await writeFormSheet(
      excel.run,
      formOf("follow-up", casesOf(excel)[0]),
      capabilities(excel.isSetSupported),
    );
    expect(r).toEqual({ ok: false, reason: "not-owned", syncs: 2 });
    expect(excel.sheet("CB-回访记录").values).toEqual([["我的笔记"]]);
  });

  it("without page layout (ExcelApi 1.9) writes nothing: the pane offers the file instead", async () => {
    const excel = createStrictExcel({ apiVersion: "1.8", sheets: [{ name: "案件登记", rows }] });
    const r = await writeFormSheet(
      excel.run,
      formOf("complaint", casesOf(excel)[0]),
      capabilities(excel.isSetSupported),
    );
    expect(r).toEqual({ ok: false, reason: "no-page-layout", syncs: 0 });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["案件登记"]);
  });

  it("the English form goes to its own sheet", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows }] });
    const r = await writeFormSheet(
      excel.run,
      formOf("contact", casesOf(excel)[0], "en"),
      capabilities(excel.isSetSupported),
    );
    expect(r.ok && r.sheet).toBe("CB-Contact form");
    expect(excel.sheet("CB-Contact form").values.flat()).toContain("Work Contact Form");
  });
});

describe("recordContactFormNo", () => {
  const rows = caseLogRows(4);
  const withFormNo = (value: string) =>
    rows.map((r, i) => (i === 2 ? r.map((v, j) => (j === FORM_NO ? value : v)) : r));

  it("fills a blank 联系单号 cell, nothing else, in 2 syncs", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: withFormNo("") }] });
    const c = casesOf(excel).find((x) => x.row === 3)!;
    const before = excel.sheet("案件登记").values.map((r) => [...r]);
    excel.resetStats();
    const r = await recordContactFormNo(excel.run, place, c, "LXD-2026-0007");
    expect(r.ok).toBe(true);
    expect(excel.stats.syncs).toBe(2);
    const changed: string[] = [];
    excel
      .sheet("案件登记")
      .values.forEach((line, i) =>
        line.forEach((v, j) => v !== (before[i]?.[j] ?? "") && changed.push(`${i + 1}:${LOG_HEADERS[j]}=${String(v)}`)),
      );
    expect(changed).toEqual(["3:联系单号=LXD-2026-0007"]);
  });

  it("a 联系单号 cell that is no longer blank is left as it is, and the answer says what is there", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: withFormNo("") }] });
    const c = casesOf(excel).find((x) => x.row === 3)!;
    // A colleague assigns a number after the desk read the log.
    excel.sheet("案件登记").values[2][FORM_NO] = "LXD-2026-0005";
    const r = await recordContactFormNo(excel.run, place, c, "LXD-2026-0007");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe("conflict");
    expect(!r.ok && r.plan?.conflicts).toEqual([{ header: "联系单号", value: "LXD-2026-0005" }]);
    expect(excel.sheet("案件登记").values[2][FORM_NO]).toBe("LXD-2026-0005");
  });

  it("a log without a 联系单号 column gets nothing written and says so", async () => {
    const drop = (r: unknown[]) => r.filter((_, j) => j !== FORM_NO);
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: rows.map(drop) as typeof rows }] });
    const c = casesOf(excel).find((x) => x.row === 3)!;
    const before = excel.sheet("案件登记").values.map((r) => [...r]);
    const r = await recordContactFormNo(excel.run, place, c, "LXD-2026-0007");
    expect(r.ok && r.plan.writes).toEqual([]);
    expect(r.ok && r.plan.missingColumns).toEqual(["联系单号"]);
    expect(excel.sheet("案件登记").values).toEqual(before);
  });
});
