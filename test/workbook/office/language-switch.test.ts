/**
 * Switching the owned sheets' language (zh ↔ en) and re-running: the old language's sheets hold the same
 * table names (CB_Register_Complaint …), so they are superseded — removed in the same write, their tabs
 * taken by the new sheets; an owned sheet the manager renamed is released (kept, its tables renamed) — while a
 * clerk's table of such a name still stops the run before anything is written.
 */
import type { Lang } from "../../../src/core/labels";
import { analyze } from "../../../src/core/pipeline";
import { buildWorkbookSheets } from "../../../src/core/report";
import { parseIsoMinutes } from "../../../src/core/time";
import { createOfficeWorkbookPort, OWNED_MARK, TableNameError } from "../../../src/workbook/office";
import { WRITE_OUTPUTS_SYNC_BUDGET_SMALL } from "../../../src/workbook/office/payload";
import { createdName } from "../../../src/workbook/office/write";
import { OwnershipError } from "../../../src/workbook/port";
import { caseLogRows } from "./case-log-data";
import { createStrictExcel, type StrictExcel } from "./strict-excel";

const asOf = parseIsoMinutes("2026-10-31T17:00") as number;
const CLERK = "案件登记";

function setUp(): { excel: StrictExcel; port: ReturnType<typeof createOfficeWorkbookPort>; write: (lang: Lang) => Promise<string[]> } {
  const excel = createStrictExcel({ sheets: [{ name: CLERK, rows: caseLogRows(60) }, { name: "Notes", rows: [["mine"]] }] });
  const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
  const write = async (lang: Lang): Promise<string[]> => {
    const docs = buildWorkbookSheets(analyze(await port.readSheets([CLERK]), { asOf }), lang);
    excel.resetStats();
    await port.writeOwnedSheets(docs);
    return docs.map((d) => d.name);
  };
  return { excel, port, write };
}

const owned = (excel: StrictExcel) => excel.model.sheets.filter((s) => s.names.some((n) => n.name === OWNED_MARK)).map((s) => s.name);
const clerkState = (excel: StrictExcel) => JSON.stringify([CLERK, "Notes"].map((n) => ({ ...excel.sheet(n), formats: [...excel.sheet(n).formats] })));

describe("switching the owned sheets' language", () => {
  it.each([
    ["zh" as const, "en" as const],
    ["en" as const, "zh" as const],
  ])("%s → %s: the old sheets are replaced by the new, at their tabs, each table once, the clerk's sheets untouched", async (from, to) => {
    const { excel, port, write } = setUp();
    const before = await write(from);
    // The manager moved the first owned sheet before the clerk's log.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(before[0]).position = 0;
      await context.sync();
    });
    const clerk = clerkState(excel);
    const tableNames = excel.model.tables.map((t) => t.name).sort();

    const after = await write(to);
    expect(after).not.toEqual(before); // the two languages name their sheets differently
    expect(excel.model.sheets.map((s) => s.name)).toEqual([after[0], CLERK, "Notes", ...after.slice(1)]);
    expect(owned(excel).sort()).toEqual([...after].sort());
    expect(excel.model.tables.map((t) => t.name).sort()).toEqual(tableNames);
    for (const t of excel.model.tables) expect(after).toContain(t.sheet.name);
    expect(clerkState(excel)).toBe(clerk);
    expect(port.lastWrite?.removed).toEqual(before);
    expect(port.lastWrite?.replaced).toEqual([]);
    expect(port.lastWrite?.created).toEqual(after);
    expect(excel.stats.syncs).toBeLessThanOrEqual(WRITE_OUTPUTS_SYNC_BUDGET_SMALL);
  });

  it("a re-run in the same language replaces its sheets by name, as before", async () => {
    const { excel, port, write } = setUp();
    const names = await write("zh");
    const ids = names.map((n) => excel.sheet(n).id);
    await write("zh");
    expect(excel.model.sheets.map((s) => s.name)).toEqual([CLERK, "Notes", ...names]);
    expect(names.map((n) => excel.sheet(n).id).some((id, i) => id === ids[i])).toBe(false);
    expect(port.lastWrite?.replaced).toEqual(names);
    expect(port.lastWrite?.removed).toEqual([]);
  });

  it("zh → en → zh leaves one set of sheets and tables, where the first run put them", async () => {
    const { excel, write } = setUp();
    const zh = await write("zh");
    const tables = excel.model.tables.length;
    await write("en");
    await write("zh");
    expect(excel.model.sheets.map((s) => s.name)).toEqual([CLERK, "Notes", ...zh]);
    expect(excel.model.tables).toHaveLength(tables);
  });

  it("an owned sheet the manager renamed is theirs now: kept with its content, its tables renamed, no longer marked", async () => {
    const { excel, port, write } = setUp();
    const names = await write("zh");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(names[0]).name = "10月投诉";
      await context.sync();
    });
    const kept = JSON.stringify(excel.sheet("10月投诉").values);
    const keptTables = excel.model.tables.filter((t) => t.sheet.name === "10月投诉").map((t) => t.name);
    expect(keptTables.length).toBeGreaterThan(0);

    await write("zh");
    expect(excel.model.sheets.map((s) => s.name).sort()).toEqual([CLERK, "Notes", "10月投诉", ...names].sort());
    expect(JSON.stringify(excel.sheet("10月投诉").values)).toBe(kept);
    expect(excel.model.tables.filter((t) => t.sheet.name === "10月投诉").map((t) => t.name)).toEqual(
      keptTables.map((n) => `${n}_2`),
    );
    expect(owned(excel).sort()).toEqual([...names].sort());
    expect(port.lastWrite?.released).toEqual(["10月投诉"]);
    expect(port.lastWrite?.removed).toEqual([]);

    // A third run touches it no more, and a second renamed month takes the next free table names.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(names[0]).name = "11月投诉";
      await context.sync();
    });
    await write("zh");
    expect(JSON.stringify(excel.sheet("10月投诉").values)).toBe(kept);
    expect(excel.model.tables.filter((t) => t.sheet.name === "11月投诉").map((t) => t.name)).toEqual(
      keptTables.map((n) => `${n}_3`),
    );
    expect(port.lastWrite?.released).toEqual(["11月投诉"]);
    expect(excel.stats.syncs).toBeLessThanOrEqual(WRITE_OUTPUTS_SYNC_BUDGET_SMALL);
  });

  it("a sheet marked by an early version (no created name) is superseded, as before", async () => {
    const { excel, port, write } = setUp();
    const names = await write("zh");
    const sheet = excel.model.sheets.find((s) => s.name === names[0]);
    const mark = sheet?.names.find((n) => n.name === OWNED_MARK);
    if (!sheet || !mark) throw new Error("the first write made no marked sheet");
    mark.formula = '="Casebook"';
    sheet.name = "旧投诉";
    await write("zh");
    expect(excel.model.sheets.map((s) => s.name)).not.toContain("旧投诉");
    expect(port.lastWrite?.removed).toEqual(["旧投诉"]);
  });
});

describe("what is never superseded", () => {
  it("a clerk's table named like one of Casebook's stops the switch before anything is written", async () => {
    const { excel, port, write } = setUp();
    const zh = await write("zh");
    const clash = zh.length > 0 ? excel.model.tables.find((t) => t.sheet.name === zh[0])?.name : undefined;
    expect(clash).toMatch(/^CB_/);
    // The clerk takes the name for a table of their own: the owned table is renamed first, then theirs named.
    await excel.run(async (context) => {
      context.workbook.tables.getItem(clash as string).name = "Mine_Old";
      const t = context.workbook.worksheets.getItem("Notes").tables.add("A1:A2", true);
      t.name = clash as string;
      await context.sync();
    });
    const before = JSON.stringify({ sheets: excel.model.sheets.map((s) => [s.name, s.values, s.names]), tables: excel.model.tables.map((t) => [t.name, t.sheet.name]) });
    const attempt = write("en");
    await expect(attempt).rejects.toThrow(TableNameError);
    await expect(attempt).rejects.toThrow(new RegExp(clash as string));
    expect(JSON.stringify({ sheets: excel.model.sheets.map((s) => [s.name, s.values, s.names]), tables: excel.model.tables.map((t) => [t.name, t.sheet.name]) })).toBe(before);
    expect(port.lastWrite?.removed).toEqual([]); // from the zh run
  });

  it("a clerk's sheet named like a new sheet still stops the switch (ownership), old sheets left in place", async () => {
    const { excel, write } = setUp();
    const zh = await write("zh");
    const en = buildWorkbookSheets(analyze({ sheets: [], date1904: false }, { asOf }), "en").map((d) => d.name);
    await excel.run(async (context) => {
      context.workbook.worksheets.add(en[1]);
      await context.sync();
    });
    const names = excel.model.sheets.map((s) => s.name);
    await expect(write("en")).rejects.toThrow(OwnershipError);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(names);
    for (const n of zh) expect(owned(excel)).toContain(n);
  });
});

describe("the ownership mark's created name", () => {
  it("reads back the name written, quotes included; an early version's mark names none", async () => {
    const { excel, write } = setUp();
    const names = await write("en");
    for (const name of names) {
      const mark = excel.sheet(name).names.find((n) => n.name === OWNED_MARK);
      expect(createdName(mark?.formula ?? "")).toBe(name);
    }
    expect(createdName('="Casebook|他说""好"""')).toBe('他说"好"');
    expect(createdName('="Casebook"')).toBeNull();
    expect(createdName("=Sheet1!$A$1")).toBeNull();
  });
});
