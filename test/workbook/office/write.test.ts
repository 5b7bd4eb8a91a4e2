/** Owned output sheets: marked, replaced on a re-run, never over a sheet Casebook did not make. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { layoutSheet, absoluteRange, columnLetters } from "../../../src/core/output/sheet-doc";
import { analyze } from "../../../src/core/pipeline";
import { buildWorkbookSheets } from "../../../src/core/report";
import { parseIsoMinutes } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";
import { toExcelSerial } from "../../../src/core/time";
import { OwnershipError } from "../../../src/workbook/port";
import { createOfficeWorkbookPort, OWNED_MARK, TableNameError } from "../../../src/workbook/office";
import {
  PAYLOAD_LIMIT_BYTES,
  WRITE_CHECK_SYNCS,
  WRITE_OUTPUTS_SYNC_BUDGET_SMALL,
  writeSyncBudget,
} from "../../../src/workbook/office/payload";
import { caseLogRows } from "./case-log-data";
import { RECEIVED, registerDoc, scorecardDoc } from "./docs";
import { createStrictExcel, type StrictExcel } from "./strict-excel";
import { placeSheet } from "../../../src/xlsx-writer/place-sheet";

const SAMPLE = join(__dirname, "..", "..", "..", "assets", "sample", "case-log.xlsx");
const clerkLog = () => ({ name: "案件登记", rows: caseLogRows(20) });

function snapshot(excel: StrictExcel): string {
  return JSON.stringify({
    sheets: excel.model.sheets.map((s) => ({
      ...s,
      formats: [...s.formats],
      columnFormats: [...s.columnFormats],
      formulas: [...s.formulas],
    })),
    tables: excel.model.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
  });
}

describe("writeOwnedSheets", () => {
  it("writes marked sheets with tables, formats, frozen header and charts, within the small-output sync budget", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog()] });
    const before = JSON.stringify(excel.model.sheets[0].values);
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    await port.writeOwnedSheets([registerDoc(40), scorecardDoc()]);

    expect(excel.model.sheets.map((s) => s.name)).toEqual(["案件登记", "投诉登记簿", "物业考核"]);
    expect(JSON.stringify(excel.model.sheets[0].values)).toBe(before);
    expect(excel.model.sheets[0].names).toEqual([]);
    for (const name of ["投诉登记簿", "物业考核"]) {
      expect(excel.sheet(name).names).toEqual([expect.objectContaining({ name: OWNED_MARK, visible: false })]);
    }
    expect(excel.stats.syncs).toBeLessThanOrEqual(WRITE_OUTPUTS_SYNC_BUDGET_SMALL);
    expect(excel.stats.syncs).toBe(port.lastWrite?.syncs);
    expect(excel.stats.syncs).toBeLessThanOrEqual(writeSyncBudget(port.lastWrite?.writeBytes ?? 0));
    expect(
      excel.stats.batches.slice(WRITE_CHECK_SYNCS - 1).every((b) => b.suspendedCalculation && b.suspendedScreen),
    ).toBe(true);

    // Cells land where layoutSheet puts them.
    const doc = registerDoc(40);
    const layout = layoutSheet(doc);
    const placed = layout.tables[0];
    const at = (r: number, c: number) =>
      excel.cell("投诉登记簿", absoluteRange("x", r, c, r, c).split("!")[1].replace(/\$/g, "").split(":")[0]);
    expect(at(layout.titleRow, 0).value).toBe(doc.title);
    expect(at(layout.figureRows[1], 1)).toEqual({ value: 0.925, format: "0.0%", formula: false });
    expect(at(placed.headerRow, 0).value).toBe("编号 Case No");
    expect(at(placed.firstDataRow, 1)).toEqual({
      value: toExcelSerial(RECEIVED),
      format: "yyyy-mm-dd hh:mm",
      formula: false,
    });
    // Text stays text: the formula-looking description is a string in an "@" cell, not a formula.
    expect(at(placed.firstDataRow, 2)).toEqual({
      value: '=HYPERLINK("http://evil.example","点我")',
      format: "@",
      formula: false,
    });
    expect(at(placed.firstDataRow + 1, 4).value).toBe("");
    // Totals row: sums of the numeric columns, as formulas, below the table.
    const totals = at(placed.endRow - 1, 5);
    expect(totals.formula).toBe(true);
    expect(totals.value).toBe(`=SUM(F${placed.firstDataRow + 1}:F${placed.firstDataRow + 40})`);
    expect(at(placed.endRow - 1, 0).value).toBe("合计");

    const table = excel.model.tables.find((t) => t.name === "T_complaints");
    expect(table?.address).toBe(`投诉登记簿!A${placed.headerRow + 1}:F${placed.headerRow + 41}`);
    // The print plan's pane: this register has key figures above its table, so none is frozen (a pane
    // holding the figures too would fill a laptop's window).
    expect(excel.sheet("投诉登记簿").frozenRows).toBe(placeSheet(doc).print.freezeRows);
    expect(excel.sheet("投诉登记簿").frozenRows).toBe(0);
    expect(excel.sheet("投诉登记簿").conditionalFormats.length).toBeGreaterThanOrEqual(2);
    expect(excel.sheet("投诉登记簿").log.some((l) => l.startsWith("format.autofitColumns"))).toBe(true);

    const charts = excel.sheet("物业考核").charts;
    expect(charts.map((c) => [c.type, c.title])).toEqual([
      ["ColumnClustered", "得分 Score"],
      ["BarClustered", "及时率 On time"],
    ]);
    expect(charts[1].series).toEqual([
      { name: "整改及时率 Rectified on time", values: "物业考核!D3:D4", xValues: "物业考核!A3:A4" },
      { name: "得分 Score", values: "物业考核!B3:B4", xValues: "物业考核!A3:A4" },
    ]);
    // Below the table, as the print plan places it (beside, the sheet would print under 80 %), as in the .xlsx.
    expect(placeSheet(scorecardDoc()).layout.charts[0]).toMatchObject({ row: 5, column: 0 });
    expect(charts[0].position).toBe("物业考核!A6:物业考核!H19");
    expect(excel.sheet("物业考核").log).toContain("chart.axes.valueAxis.maximum=1");
  });

  it("replaces its own sheets on a re-run, at the same tab position, and leaves the others alone", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog(), { name: "Notes", rows: [["mine"]] }] });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    await port.writeOwnedSheets([registerDoc(30), scorecardDoc()]);
    // The user moves an owned sheet to the front; a re-run keeps it there.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("物业考核").position = 0;
      await context.sync();
    });
    const notes = JSON.stringify(excel.sheet("Notes"));
    const oldId = excel.sheet("投诉登记簿").id;
    excel.resetStats();

    await port.writeOwnedSheets([registerDoc(5), scorecardDoc()]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["物业考核", "案件登记", "Notes", "投诉登记簿"]);
    expect(excel.sheet("投诉登记簿").id).not.toBe(oldId);
    const placed = layoutSheet(registerDoc(5)).tables[0];
    // Nothing of the longer first run is left below the new table.
    expect(excel.sheet("投诉登记簿").values.length).toBe(placed.endRow);
    expect(excel.model.tables.map((t) => t.name).sort()).toEqual(["T_complaints", "T_scorecard"]);
    expect(JSON.stringify(excel.sheet("Notes"))).toBe(notes);
    expect(port.lastWrite?.replaced).toEqual(["投诉登记簿", "物业考核"]);
    expect(excel.stats.syncs).toBeLessThanOrEqual(WRITE_OUTPUTS_SYNC_BUDGET_SMALL);
  });

  it("refuses a same-named sheet it does not own, before writing anything", async () => {
    const foreign = { name: "物业考核", rows: [["经理自己的表"]] };
    const excel = createStrictExcel({
      sheets: [clerkLog(), foreign, { name: "投诉登记簿", rows: [["old"]], ownedMark: OWNED_MARK }],
    });
    const before = snapshot(excel);
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const attempt = port.writeOwnedSheets([registerDoc(10), scorecardDoc()]);
    await expect(attempt).rejects.toThrow(OwnershipError);
    await expect(attempt).rejects.toThrow(/物业考核/);
    expect(snapshot(excel)).toBe(before);
    expect(excel.stats.batches.every((b) => b.requestBytes < 500)).toBe(true); // only loads were sent
  });

  it("treats a sheet name differing only in case as a clash", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "scores", rows: [["x"]] }] });
    const doc = { ...scorecardDoc(), name: "Scores" };
    await expect(createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([doc])).rejects.toThrow(
      OwnershipError,
    );
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["scores"]);
  });

  it("refuses a table name used on a sheet it does not own, before writing anything", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog()] });
    await excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("案件登记").tables.add("A1:C5", true);
      t.name = "T_scorecard";
      await context.sync();
    });
    const before = snapshot(excel);
    await expect(
      createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([scorecardDoc()]),
    ).rejects.toThrow(TableNameError);
    expect(snapshot(excel)).toBe(before);
  });

  it("writes a large register in batches under 4 MB within the stated budget", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog()] });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const rows = 40_000;
    await port.writeOwnedSheets([registerDoc(rows), scorecardDoc()]);
    const bytes = port.lastWrite?.writeBytes ?? 0;
    expect(bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.stats.syncs).toBeLessThanOrEqual(writeSyncBudget(bytes));
    expect(excel.stats.maxPayloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const placed = layoutSheet(registerDoc(rows)).tables[0];
    const last = excel.cell("投诉登记簿", `A${placed.firstDataRow + rows}`);
    expect(last).toEqual({ value: `KF-${String(rows).padStart(6, "0")}`, format: "@", formula: false });
    expect(excel.cell("投诉登记簿", `B${placed.firstDataRow + rows}`).value).toBe(
      toExcelSerial(RECEIVED + (rows - 1) * 7),
    );
  });

  it("writes dates in the workbook's 1904 system when the read found it", async () => {
    const excel = createStrictExcel({
      sheets: [{ name: "案件登记", rows: caseLogRows(5), columnFormats: { 1: "yyyy-mm-dd hh:mm" } }],
      date1904: true,
    });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    expect((await port.readSheets()).date1904).toBe(true);
    await port.writeOwnedSheets([registerDoc(2)]);
    const placed = layoutSheet(registerDoc(2)).tables[0];
    expect(excel.cell("投诉登记簿", `B${placed.firstDataRow + 1}`).value).toBe(toExcelSerial(RECEIVED, true));
  });

  it("prints as the .xlsx report does: A4, the plan's orientation, scale, print area, page breaks, header rows and pane", async () => {
    const analysis = analyze(readXlsx(new Uint8Array(readFileSync(SAMPLE))), {
      asOf: parseIsoMinutes("2026-12-31T17:00")!,
    });
    const docs = buildWorkbookSheets(analysis, "zh");
    const excel = createStrictExcel({ sheets: [clerkLog()] });
    await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets(docs);
    let repeated = 0;
    let broken = 0;
    for (const doc of docs) {
      const { print, widths } = placeSheet(doc);
      const sheet = excel.sheet(doc.name);
      expect({ sheet: doc.name, ...sheet.print }).toEqual({
        sheet: doc.name,
        paperSize: "A4",
        orientation: print.landscape ? "Landscape" : "Portrait",
        zoom: { scale: print.scale },
        centerHorizontally: true,
        margins: { left: 28.8, right: 28.8, top: 43.2, bottom: 43.2, header: 21.6, footer: 21.6 },
        printArea: `A1:${columnLetters(print.printColumns - 1)}${print.printRows}`,
        ...(print.repeatRows ? { printTitleRows: `$${print.repeatRows[0] + 1}:$${print.repeatRows[1] + 1}` } : {}),
        rowBreaks: print.breaksBefore,
      });
      // Print titles are a table's header row, never a block of figures; the pane at most that header.
      const headers = placeSheet(doc).layout.tables.map((t) => t.headerRow);
      if (print.repeatRows) expect(headers).toContain(print.repeatRows[0]);
      expect(sheet.frozenRows).toBe(print.freezeRows);
      expect(sheet.frozenRows === 0 || headers[0] + 1 === sheet.frozenRows).toBe(true);
      // The printed columns are as wide as the plan counted.
      for (let c = 0; c < print.printColumns; c++)
        expect({
          sheet: doc.name,
          c,
          width: sheet.log
            .filter((l) => l.startsWith("format.columnWidth@") && l.includes(`!${columnLetters(c)}1=`))
            .pop(),
        }).toEqual({
          sheet: doc.name,
          c,
          width: expect.stringMatching(new RegExp(`!${columnLetters(c)}1=${widths[c] * 5.7}$`)),
        });
      if (print.repeatRows) repeated++;
      if (print.breaksBefore.length > 0) broken++;
    }
    // The sample's owned sheets include long registers (header repeated) and sheets with manual breaks.
    expect(repeated).toBeGreaterThan(2);
    expect(broken).toBeGreaterThan(0);
  }, 60_000);

  it("still writes on ExcelApi 1.7, without the features that need newer sets", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog()], apiVersion: "1.7" });
    await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([registerDoc(3), scorecardDoc()]);
    expect(excel.sheet("物业考核").charts).toHaveLength(2);
    expect(excel.sheet("投诉登记簿").conditionalFormats.length).toBeGreaterThan(0); // 1.6
    expect(excel.sheet("投诉登记簿").print).toEqual({ margins: {}, rowBreaks: [] }); // 1.9
    expect(excel.stats.batches.every((b) => !b.suspendedScreen)).toBe(true);
  });

  it("rejects invalid and duplicate output sheet names without a round trip", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog()] });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    await expect(port.writeOwnedSheets([{ ...scorecardDoc(), name: "a/b" }])).rejects.toThrow(/not a valid/);
    await expect(
      port.writeOwnedSheets([scorecardDoc(), { ...scorecardDoc(), name: "物业考核".toUpperCase() }]),
    ).rejects.toThrow(/Two output sheets/);
    expect(excel.stats.syncs).toBe(0);
  });
});

describe("analyse and write outputs", () => {
  it("reads a 10k-row log and writes its outputs within the command's stated sync budget", async () => {
    const { analyzeAndWriteSyncBudget } = await import("../../../src/workbook/office/payload");
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(10_000) }] });
    const readBytes = excel.usedValueBytes();
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    await port.readSheets();
    await port.writeOwnedSheets([registerDoc(4_000), registerDoc(3_000, "维修登记簿"), scorecardDoc()]);
    expect(excel.stats.syncs).toBeLessThanOrEqual(
      analyzeAndWriteSyncBudget(readBytes, port.lastWrite?.writeBytes ?? 0),
    );
    expect(excel.stats.maxPayloadBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.stats.runs).toBe(2);
  });
});

describe("writeOwnedSheets never half-writes", () => {
  /** The workbook as the user sees it: each sheet's name, visibility, values and names; the tables. */
  const visible = (excel: StrictExcel) =>
    JSON.stringify({
      sheets: excel.model.sheets.map((s) => ({ name: s.name, values: s.values, names: s.names.map((n) => n.name) })),
      tables: excel.model.tables.map((t) => [t.name, t.address]).sort(),
    });

  it("leaves the old set or the new set, whichever batch fails, and nothing staged", async () => {
    const oldDocs = () => [registerDoc(30), scorecardDoc()];
    const newDocs = () => [registerDoc(20_000), { ...scorecardDoc(), title: "物业公司考核 新" }];
    const start = async () => {
      const excel = createStrictExcel({ sheets: [clerkLog()] });
      await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets(oldDocs());
      excel.resetStats();
      return excel;
    };
    const before = visible(await start());
    const clean = await start();
    await createOfficeWorkbookPort(clean.run, clean.isSetSupported).writeOwnedSheets(newDocs());
    const after = visible(clean);
    const syncs = clean.stats.syncs;
    expect(syncs).toBeGreaterThan(WRITE_CHECK_SYNCS + 1); // the new set takes more than one write batch
    for (let k = 1; k <= syncs; k++) {
      const excel = await start();
      excel.failAtSync(k);
      await expect(
        createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets(newDocs()),
      ).rejects.toThrow(/injected failure/);
      excel.failAtSync(undefined);
      expect({ k, workbook: visible(excel) }).toEqual({ k, workbook: before });
      expect(excel.model.sheets.some((s) => s.name.startsWith("CB~staged~"))).toBe(false);
    }
    expect(after).not.toBe(before);
  });

  it("removes what a run cut off (a command stopped by Office) had staged", async () => {
    const excel = createStrictExcel({
      sheets: [
        clerkLog(),
        { name: "CB~staged~1", rows: [["half"]], ownedMark: "Casebook.Staged", ownedMarkFormula: "=TRUE" },
      ],
    });
    await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([registerDoc(5)]);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["案件登记", "投诉登记簿"]);
    expect(excel.sheet("投诉登记簿").names.map((n) => n.name)).toEqual([OWNED_MARK]);
    expect(excel.model.tables.map((t) => t.name)).toEqual(["T_complaints"]);
  });

  it.each([
    ["a protected workbook structure", { structureProtected: true }, [/^工作簿结构受保护/, /structure is protected/]],
    ["a VeryHidden sheet to replace", { visibility: "VeryHidden" as const }, [/深度隐藏/, /very hidden/]],
    [
      "a protected sheet to replace",
      { protected: true },
      [/^工作表“投诉登记簿”受保护/, /Sheet "投诉登记簿" is protected/],
    ],
  ])("stops before writing anything on %s, saying so", async (_what, setup, [zh, en]) => {
    const { structureProtected, ...sheet } = setup as {
      structureProtected?: boolean;
      visibility?: "VeryHidden";
      protected?: boolean;
    };
    const excel = createStrictExcel({
      structureProtected,
      sheets: [clerkLog(), { name: "投诉登记簿", rows: [["old"]], ownedMark: OWNED_MARK, ...sheet }],
    });
    const before = snapshot(excel);
    await expect(
      createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([registerDoc(5)]),
    ).rejects.toMatchObject({ said: { zh: expect.stringMatching(zh), en: expect.stringMatching(en) } });
    expect(snapshot(excel)).toBe(before);
    expect(excel.stats.batches.every((b) => b.requestBytes < 2000)).toBe(true); // checks only
  });

  it("sends a batch Excel refuses as too large again in halves", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog()], payloadLimit: 1_000_000 });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    await port.writeOwnedSheets([registerDoc(8_000)]);
    expect(port.lastWrite?.halvings).toBeGreaterThan(0);
    expect(excel.sheet("投诉登记簿").values.filter((r) => r?.[0]).length).toBeGreaterThan(8_000);
    expect(excel.stats.batches.filter((b) => b.refused).length).toBe(port.lastWrite?.halvings);
  });
});

describe("charts and widths", () => {
  it("sets the first series' values itself, so a blank first value is not taken for its name", async () => {
    const doc = scorecardDoc();
    doc.tables[0].rows = [
      ["金管家物业", null, "—", null],
      ["和园物业", 68, "D 不合格", 0.6],
      ["安居物业", 75, "C 合格", 0.8],
    ];
    const excel = createStrictExcel({ sheets: [clerkLog()] });
    await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([doc]);
    const layout = layoutSheet(doc);
    const first = layout.tables[0].firstDataRow + 1;
    const [score, rate] = excel.sheet("物业考核").charts;
    expect(score.series[0]).toEqual({
      name: "得分 Score",
      values: `物业考核!B${first}:B${first + 2}`,
      xValues: `物业考核!A${first}:A${first + 2}`,
    });
    expect(rate.series[0].values).toBe(`物业考核!D${first}:D${first + 2}`);
  });

  it("autofits the columns over the table's rows, not the title above", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog()] });
    await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([registerDoc(10)]);
    const placed = layoutSheet(registerDoc(10)).tables[0];
    const autofits = excel.sheet("投诉登记簿").log.filter((l) => l.startsWith("format.autofitColumns"));
    expect(autofits).toEqual([`format.autofitColumns@投诉登记簿!A${placed.headerRow + 1}:F${placed.headerRow + 11}()`]);
  });

  it("sets a table's cells at the top of their rows, below its header (a wrapped explanation beside short cells)", async () => {
    const excel = createStrictExcel({ sheets: [clerkLog()] });
    await createOfficeWorkbookPort(excel.run, excel.isSetSupported).writeOwnedSheets([registerDoc(10)]);
    const placed = layoutSheet(registerDoc(10)).tables[0];
    const top = excel.sheet("投诉登记簿").log.filter((l) => l.startsWith("format.verticalAlignment"));
    expect(top).toEqual([`format.verticalAlignment@投诉登记簿!A${placed.headerRow + 2}:F${placed.headerRow + 11}="Top"`]);
  });
});
