/**
 * The desk writing into the clerk's log under the strict fake: an append in ≤ 3 syncs (a table grows as a
 * table, a plain range gets the row after its last used one), a stamp in ≤ 2 syncs filling blank cells only,
 * and a stamp on a cell a colleague filled since the desk read it writes nothing and says what is there.
 * Each written log is read back by the core's own reader: the desk's row is the case it showed.
 */
import { analyze } from "../../../src/core/pipeline";
import { defaultDeadlineConfig } from "../../../src/core/deadlines";
import { emptyDraft, reviewDraft, type DeskContext } from "../../../src/core/desk";
import type { Case, WorkbookInput } from "../../../src/core/model";
import { parseIsoMinutes } from "../../../src/core/time";
import {
  addMonthSheet,
  appendCase,
  capabilities,
  caseLogTemplateSpec,
  createTemplateSheet,
  stampCase,
} from "../../../src/workbook/office";
import { caseLogRows, LOG_HEADERS } from "./case-log-data";
import { yearByMonth } from "../../fixtures/log-layouts";
import { createStrictExcel, type StrictExcel } from "./strict-excel";

const config = defaultDeadlineConfig();
const at = (iso: string): number => parseIsoMinutes(iso)!;
const place = { sheetName: "案件登记", headerRow: 1 };

function readBack(excel: StrictExcel) {
  const s = excel.sheet("案件登记");
  const input: WorkbookInput = {
    date1904: false,
    sheets: [{ name: s.name, values: s.values.map((r) => [...r]), firstRow: 1, firstColumn: 1 }],
  };
  return analyze(input, { asOf: at("2026-12-31T17:00") });
}

function newCase(cases: Case[]): Case {
  const ctx: DeskContext = {
    cases,
    communities: [],
    keywordRules: [],
    repeatWindowDays: 30,
    deadlines: config,
    now: at("2026-10-21T10:00"),
  };
  const draft = {
    ...emptyDraft("KF-NEW-001", at("2026-10-21T09:45")),
    customer: "王小明",
    phone: "13812345678",
    community: "海景花园",
    unit: "3-2-501",
    category: "complaint" as const,
    description: "楼道垃圾无人清运",
    responsible: "property" as const,
    propertyCompany: "安居物业",
  };
  return reviewDraft(draft, ctx).record;
}

describe("appendCase", () => {
  it("adds the row after the last used one, in the log's column order, in 2 syncs", async () => {
    // The clerk's own order: 事项内容 first, 编号 ninth, and a column of their own at the end.
    const swap = <T>(r: T[]): T[] => {
      const x = [...r];
      [x[0], x[8]] = [x[8], x[0]];
      return x;
    };
    const rows = caseLogRows(5).map(swap);
    const headers = [...swap(LOG_HEADERS), "内部备注"];
    const seeded = [headers, ...rows.slice(1).map((r) => [...r, "x"])];
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: seeded.map((r) => [...r]) }] });
    const before = readBack(excel).cases.length;
    const record = newCase(readBack(excel).cases);
    excel.resetStats();
    const r = await appendCase(excel.run, place, record, config);
    expect(r).toEqual({ ok: true, row: rows.length + 1, table: null, syncs: 2 });
    expect(excel.stats.syncs).toBe(2);
    const after = readBack(excel);
    expect(after.cases.length).toBe(before + 1);
    const c = after.cases.find((x) => x.id === "KF-NEW-001")!;
    expect([c.row, c.receivedAt.at, c.category, c.responsible, c.phone, c.description, c.status]).toEqual([
      rows.length + 1,
      at("2026-10-21T09:45"),
      "complaint",
      "property",
      "13812345678",
      "楼道垃圾无人清运",
      "待处理",
    ]);
    // The clerk's own column is left blank, earlier rows untouched.
    expect(excel.cell("案件登记", `Z${rows.length + 1}`).value).toBe("");
    expect(excel.sheet("案件登记").values.slice(0, rows.length)).toEqual([
      headers,
      ...rows.slice(1).map((r) => [...r, "x"]),
    ]);
  });

  it("grows an Excel table as a table, pushing what is below it down, in 3 syncs", async () => {
    const rows = caseLogRows(4);
    const excel = createStrictExcel({
      sheets: [
        {
          name: "案件登记",
          rows: [...rows, [], ["合计", "", "", "", "", "", "", "", "3 件"]],
          tables: [{ name: "案件表", address: `A1:Y${rows.length}` }],
          columnFormats: { 1: "yyyy-mm-dd hh:mm" },
        },
      ],
    });
    const record = newCase(readBack(excel).cases);
    excel.resetStats();
    const r = await appendCase(excel.run, place, record, config);
    expect(r).toEqual({ ok: true, row: rows.length + 1, table: "案件表", syncs: 3 });
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(excel.model.tables[0].address).toBe(`案件登记!A1:Y${rows.length + 1}`);
    expect(excel.cell("案件登记", `A${rows.length + 1}`).value).toBe("KF-NEW-001");
    // The clerk's totals line below the table moved down a row, not overwritten.
    expect(excel.cell("案件登记", `A${rows.length + 3}`).value).toBe("合计");
    expect(readBack(excel).cases.some((c) => c.id === "KF-NEW-001")).toBe(true);
  });

  it("says so when the sheet is gone, writing nothing", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Other", rows: [["x"]] }] });
    const r = await appendCase(excel.run, place, newCase([]), config);
    expect(r).toEqual({ ok: false, reason: "no-sheet", syncs: 1 });
    expect(excel.sheet("Other").values).toEqual([["x"]]);
  });
});

describe("stampCase", () => {
  const rows = caseLogRows(6);
  const blankRow = () => {
    // A case with its steps still to come: 送达 … 回访 blank, 状态 blank.
    const r = [...rows[3]];
    for (const i of [12, 13, 16, 19, 20, 21, 23]) r[i] = "";
    r[7] = "投诉";
    r[9] = "物业公司";
    return r;
  };

  it("fills the step's time and a blank 状态 in 2 syncs, nothing else", async () => {
    const excel = createStrictExcel({
      sheets: [{ name: "案件登记", rows: [...rows.slice(0, 3), blankRow(), ...rows.slice(4)] }],
    });
    const c = readBack(excel).cases.find((x) => x.row === 4)!;
    const before = excel.sheet("案件登记").values.map((r) => [...r]);
    excel.resetStats();
    const r = await stampCase(
      excel.run,
      place,
      c,
      { field: "notifiedAt", at: at("2026-10-21T10:30"), contactFormNo: "LXD-2026-0100" },
      config,
    );
    expect(r.ok).toBe(true);
    expect(excel.stats.syncs).toBe(2);
    const after = excel.sheet("案件登记").values;
    const changed: string[] = [];
    after.forEach((line, i) =>
      line.forEach((v, j) => v !== (before[i]?.[j] ?? "") && changed.push(`${LOG_HEADERS[j]}=${String(v)}`)),
    );
    expect(changed).toEqual(["送达时间=2026-10-21 10:30", "联系单号=LXD-2026-0100", "状态=处理中"]);
    const back = readBack(excel).cases.find((x) => x.row === 4)!;
    expect(back.notifiedAt).toEqual({ at: at("2026-10-21T10:30"), dateOnly: false });
  });

  it("a 状态 the clerk wrote is left alone", async () => {
    const row = blankRow();
    row[23] = "等业主回电";
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: [...rows.slice(0, 3), row] }] });
    const c = readBack(excel).cases.find((x) => x.row === 4)!;
    const r = await stampCase(excel.run, place, c, { field: "notifiedAt", at: at("2026-10-21T10:30") }, config);
    expect(r.ok && r.plan.writes.map((w) => w.header)).toEqual(["送达时间"]);
    expect(excel.cell("案件登记", "X4").value).toBe("等业主回电");
  });

  it("a cell a colleague filled since the desk read the log: nothing written, the clerk told what is there", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: [...rows.slice(0, 3), blankRow()] }] });
    const c = readBack(excel).cases.find((x) => x.row === 4)!;
    // Meanwhile, in the co-authored workbook, a colleague stamps the notice.
    excel.sheet("案件登记").values[3][12] = "2026-10-21 10:05";
    const before = JSON.stringify(excel.sheet("案件登记").values);
    excel.resetStats();
    const r = await stampCase(excel.run, place, c, { field: "notifiedAt", at: at("2026-10-21T10:30") }, config);
    expect(r).toMatchObject({
      ok: false,
      reason: "conflict",
      plan: { writes: [], conflicts: [{ header: "送达时间", value: "2026-10-21 10:05" }] },
    });
    expect(JSON.stringify(excel.sheet("案件登记").values)).toBe(before);
    expect(excel.stats.syncs).toBe(1);
  });

  it("a row that no longer holds the case (the log was sorted): nothing written", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: [...rows.slice(0, 3), blankRow()] }] });
    const c = readBack(excel).cases.find((x) => x.row === 4)!;
    const moved = { ...c, row: 3 };
    const before = JSON.stringify(excel.sheet("案件登记").values);
    const r = await stampCase(excel.run, place, moved, { field: "notifiedAt", at: at("2026-10-21T10:30") }, config);
    expect(r).toMatchObject({ ok: false, reason: "moved", found: String(rows[2][0]) });
    expect(JSON.stringify(excel.sheet("案件登记").values)).toBe(before);
  });
});

describe("the real template", () => {
  it("is an Excel table with the lists, beside new Communities and Inspections sheets; the desk's cases fill it as a table", async () => {
    const excel = createStrictExcel({
      sheets: [
        {
          name: "小区",
          rows: [
            ["小区", "物业公司"],
            ["海景花园", "安居物业"],
          ],
        },
      ],
    });
    const spec = caseLogTemplateSpec(["安居物业"], undefined, ["海景花园"]);
    const made = await createTemplateSheet(excel.run, { ...spec, rows: 50 }, capabilities(excel.isSetSupported), "zh");
    expect(made.created).toBe(true);
    const log = excel.sheet("案件登记");
    const width = spec.headers.length;
    expect(log.values[0]).toEqual(spec.headers);
    expect(spec.headers).toEqual(expect.arrayContaining(["回访意见", "回访人"]));
    expect(excel.model.tables.map((t) => [t.name, t.address])).toEqual([
      ["CaseLog", `案件登记!A1:${colLetter(width - 1)}2`],
    ]);
    const listed = (h: string) =>
      log.validations.find((v) => v.address.startsWith(`案件登记!${colLetter(spec.headers.indexOf(h))}2:`))?.rule;
    // Each coded column is an in-cell drop-down offering its values.
    for (const h of ["来源渠道", "小区", "类别", "责任单位", "送达方式", "回访方式", "满意度", "状态"])
      expect(listed(h)).toEqual({ list: { inCellDropDown: true, source: expect.stringMatching(/\S/) } });
    expect(listed("送达方式")).toEqual({ list: { inCellDropDown: true, source: "书面,联系单,邮件,微信,电话,口头" } });
    expect(listed("小区")).toEqual({ list: { inCellDropDown: true, source: "海景花园" } });
    expect(listed("状态")).toEqual({ list: { inCellDropDown: true, source: "待处理,处理中,待回访,已办结,已回访" } });
    expect(excel.cell("案件登记", "B2").format).toBe("yyyy-mm-dd hh:mm");
    // The clerk's Communities sheet is kept; Inspections is made, headers only.
    expect(excel.sheet("小区").values).toEqual([
      ["小区", "物业公司"],
      ["海景花园", "安居物业"],
    ]);
    expect(excel.sheet("巡检").values[0]).toEqual([
      "日期",
      "小区",
      "物业公司",
      "检查项目",
      "问题描述",
      "扣分",
      "整改期限",
      "整改完成时间",
    ]);

    const first = newCase([]);
    expect(await appendCase(excel.run, place, first, config)).toMatchObject({ ok: true, row: 2, table: "CaseLog" });
    const second = { ...newCase([first]), id: "KF-NEW-002" };
    expect(await appendCase(excel.run, place, second, config)).toMatchObject({
      ok: true,
      row: 3,
      table: "CaseLog",
      syncs: 3,
    });
    expect(excel.model.tables[0].address).toBe(`案件登记!A1:${colLetter(width - 1)}3`);
    const back = readBack(excel);
    expect(back.cases.map((c) => [c.id, c.row, c.community, c.category])).toEqual([
      ["KF-NEW-001", 2, "海景花园", "complaint"],
      ["KF-NEW-002", 3, "海景花园", "complaint"],
    ]);
    expect(back.rejected).toEqual([]);
  });
});

function colLetter(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

describe("addMonthSheet", () => {
  it("makes the month's sheet after the latest month's from its header rows, then only appends; never twice", async () => {
    const excel = createStrictExcel({
      sheets: yearByMonth(["8月", "9月", "10月"]).map((s) => ({ name: s.name, rows: s.values.map((r) => [...r]) })),
    });
    const before = JSON.stringify(excel.model.sheets.map((s) => [s.name, s.values, [...s.formats]]));
    const made = await addMonthSheet(excel.run, { name: "11月", template: "10月", headerRow: 2 });
    expect(made).toEqual({ ok: true, created: true, syncs: 3 });
    expect(excel.stats.syncs).toBe(3);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["汇总", "8月", "9月", "10月", "11月", "统计"]);
    const october = excel.sheet("10月");
    // The header rows as a block (the title row padded with blanks to the header's width).
    const trim = (rows: unknown[][]) => rows.filter((r) => r !== undefined).map((r) => r.filter((v, i) => v !== "" || i < 1));
    expect(trim(excel.sheet("11月").values)).toEqual(trim(october.values.slice(0, 2)));
    expect(excel.sheet("11月").values[1]).toEqual(october.values[1]);
    // Nothing of the other sheets changed.
    expect(JSON.stringify(excel.model.sheets.filter((s) => s.name !== "11月").map((s) => [s.name, s.values, [...s.formats]]))).toBe(before);

    // The next case goes under the copied header and reads back as a November case of the log.
    const record = newCase([]);
    const appended = await appendCase(excel.run, { sheetName: "11月", headerRow: 2 }, { ...record, receivedAt: { at: at("2026-11-02T09:00"), dateOnly: false } }, config);
    expect(appended).toMatchObject({ ok: true, row: 3, table: null });
    const input: WorkbookInput = {
      date1904: false,
      sheets: excel.model.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...(r ?? [])]), firstRow: 1, firstColumn: 1 })),
    };
    const read = analyze(input, { asOf: at("2026-11-05T09:00") });
    expect(read.logSheets.map((s) => s.name)).toEqual(["8月", "9月", "10月", "11月"]);
    expect(read.cases.find((c) => c.id === record.id)).toMatchObject({ sheet: "11月", row: 3 });

    // A sheet of that name is there now: left as it is.
    const values = JSON.stringify(excel.sheet("11月").values);
    expect(await addMonthSheet(excel.run, { name: "11月", template: "10月", headerRow: 2 })).toEqual({ ok: true, created: false, syncs: 1 });
    expect(JSON.stringify(excel.sheet("11月").values)).toBe(values);
    expect(await addMonthSheet(excel.run, { name: "12月", template: "没有的表", headerRow: 2 })).toEqual({ ok: false, reason: "no-sheet", syncs: 2 });
    // The template gone but the month's sheet there: left as it is.
    expect(await addMonthSheet(excel.run, { name: "11月", template: "没有的表", headerRow: 2 })).toEqual({ ok: true, created: false, syncs: 2 });
  });

  it("copies the header's look with ExcelApi 1.7: each cell's fill, bold and font colour, the column widths and row heights, in 3 syncs", async () => {
    const months = yearByMonth(["9月", "10月"]);
    const width = months[2].values[1].length;
    const last = colLetter(width - 1);
    const excel = createStrictExcel({
      apiVersion: "1.7",
      sheets: months.map((s) =>
        s.name !== "10月"
          ? { name: s.name, rows: s.values.map((r) => [...r]) }
          : {
              name: s.name,
              rows: s.values.map((r) => [...r]),
              // A bold title in dark blue; a blue header in white bold, its required 编号 and 受理时间 in orange.
              styles: {
                A1: { bold: true, color: "#1F4E78" },
                [`A2:${last}2`]: { fill: "#4472C4", bold: true, color: "#FFFFFF" },
                "A2:B2": { fill: "#ED7D31", bold: true, color: "#FFFFFF" },
              },
              columnWidths: Object.fromEntries(Array.from({ length: width }, (_, c) => [c, 40 + 6 * c])),
              rowHeights: { 0: 28, 1: 33 },
            },
      ),
    });
    const made = await addMonthSheet(excel.run, { name: "11月", template: "10月", headerRow: 2 });
    expect(made).toEqual({ ok: true, created: true, syncs: 3 });
    expect(excel.stats.syncs).toBe(3);
    const october = excel.sheet("10月");
    const november = excel.sheet("11月");
    const look = (s: typeof october) => ({
      styles: Object.fromEntries([...s.styles].sort()),
      widths: Array.from({ length: width }, (_, c) => s.columnWidths.get(c)),
      heights: [s.rowHeights.get(0), s.rowHeights.get(1)],
    });
    expect(look(november)).toEqual(look(october));
    expect(november.styles.get("1,1")).toEqual({ fill: "#ED7D31", bold: true, color: "#FFFFFF" });
    expect(november.styles.get("1,2")).toEqual({ fill: "#4472C4", bold: true, color: "#FFFFFF" });
    // Cells without a fill stay without one (not white, which would hide the gridlines).
    expect(november.styles.get("0,0")).toEqual({ bold: true, color: "#1F4E78" });
    expect(november.log.some((l) => l.startsWith("format.fill.color@'11月'!A1=") || l.startsWith("format.fill.color@11月!A1="))).toBe(false);
    // The data rows below keep Excel's defaults: only the header rows were formatted.
    expect([...november.styles.keys()].every((k) => Number(k.split(",")[0]) < 2)).toBe(true);
    expect([...november.rowHeights.keys()].sort()).toEqual([0, 1]);
  });
});
