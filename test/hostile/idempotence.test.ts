/**
 * Idempotent and read-only (issue 8 item 4): running a command twice gives the same result byte for byte,
 * and no command the Office adapter offers changes a clerk's sheet.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { jsonChunks } from "../../src/core/json";
import { analyze } from "../../src/core/pipeline";
import { buildReport, buildWorkbookSheets } from "../../src/core/report";
import { settingsDefaults } from "../../src/core/settings";
import { parseIsoMinutes } from "../../src/core/time";
import { writeWorkbook } from "../../src/xlsx-writer";
import { nodeDeflateRaw } from "../../src/xlsx-writer/node-deflate";
import {
  capabilities,
  caseLogTemplateSpec,
  createOfficeWorkbookPort,
  createSettingsSheet,
  createTemplateSheet,
  openReportWorkbook,
  selectCaseRow,
} from "../../src/workbook/office";
import { readXlsx } from "../../src/workbook/xlsx";
import { createStrictExcel, type SheetModel, type StrictExcel } from "../workbook/office/strict-excel";
import { hostileRows } from "./hostile-log";

const asOf = parseIsoMinutes("2026-10-31T17:00") as number;
const sample = join(__dirname, "..", "..", "assets", "sample", "case-log.xlsx");
const json = (bytes: Uint8Array) => [...jsonChunks(analyze(readXlsx(bytes), { asOf }))].join("");

describe("idempotent", () => {
  const bytes = new Uint8Array(readFileSync(sample));

  it("analysing the same file twice gives the identical JSON document", () => {
    const one = json(bytes);
    expect(one.length).toBeGreaterThan(100_000);
    expect(json(bytes)).toBe(one);
  });

  it.each([
    ["the built-in deflate", undefined],
    ["Node's zlib", nodeDeflateRaw],
  ])("buildReport + writeWorkbook twice gives byte-identical .xlsx (%s)", async (_name, deflateRaw) => {
    const analysis = analyze(readXlsx(bytes), { asOf });
    const write = () =>
      writeWorkbook(buildReport(analysis, { month: "2026-10" }, { lang: "zh" }), { lang: "zh", deflateRaw });
    const one = await write();
    const again = analyze(readXlsx(bytes), { asOf });
    const two = await writeWorkbook(buildReport(again, { month: "2026-10" }, { lang: "zh" }), {
      lang: "zh",
      deflateRaw,
    });
    expect(Buffer.compare(Buffer.from(one), Buffer.from(two))).toBe(0);
    expect(Buffer.compare(Buffer.from(await write()), Buffer.from(one))).toBe(0);
  });

  it("writeOwnedSheets run twice leaves the same sheets: names, order, values, formats, tables", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: hostileRows() }] });
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const owned = () =>
      JSON.stringify({
        sheets: excel.model.sheets.map((s) => ({ ...comparable(s), id: undefined })),
        tables: excel.model.tables.map((t) => ({
          name: t.name,
          sheet: t.sheet.name,
          address: t.address,
          style: t.style,
        })),
      });
    await port.writeOwnedSheets(buildWorkbookSheets(analyze(await port.readSheets(), { asOf }), "zh"));
    const first = owned();
    expect(excel.model.tables.length).toBeGreaterThan(0);
    await port.writeOwnedSheets(buildWorkbookSheets(analyze(await port.readSheets(), { asOf }), "zh"));
    expect(owned()).toBe(first);
  });
});

/** Everything a sheet holds, as plain data. */
function comparable(s: SheetModel) {
  return {
    ...s,
    formats: [...s.formats].sort(),
    columnFormats: [...s.columnFormats].sort(),
    formulas: [...s.formulas].sort(),
  };
}

/** The clerk's sheets (all but Casebook's), with their tables. */
function clerkSnapshot(excel: StrictExcel, clerk: readonly string[]): string {
  return JSON.stringify({
    sheets: excel.model.sheets.filter((s) => clerk.includes(s.name)).map(comparable),
    order: excel.model.sheets.map((s) => s.name).filter((n) => clerk.includes(n)),
    tables: excel.model.tables.filter((t) => clerk.includes(t.sheet.name)).map((t) => ({ ...t, sheet: t.sheet.name })),
    date1904: excel.model.date1904,
  });
}

describe("read-only: the clerk's sheets are unchanged by every command", () => {
  const clerk = ["案件登记", "小区", "Notes"];
  const excel = createStrictExcel({
    sheets: [
      { name: "案件登记", rows: hostileRows(), columnFormats: { 1: "yyyy-mm-dd hh:mm", 4: "@" } },
      {
        name: "小区",
        rows: [
          ["小区", "物业公司", "户数"],
          ["海岸", "安居物业", 1200],
        ],
      },
      { name: "Notes", rows: [["=SUM(1,2)", "自由文本"]] },
    ],
  });
  const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
  const caps = capabilities(excel.isSetSupported);
  const before = clerkSnapshot(excel, clerk);

  const commands: [string, () => Promise<unknown>][] = [
    ["readSheets", () => port.readSheets()],
    ["sheetNames", () => port.sheetNames()],
    [
      "writeOwnedSheets",
      async () => port.writeOwnedSheets(buildWorkbookSheets(analyze(await port.readSheets(), { asOf }), "zh")),
    ],
    [
      "writeOwnedSheets again",
      async () => port.writeOwnedSheets(buildWorkbookSheets(analyze(await port.readSheets(), { asOf }), "zh")),
    ],
    ["createSettingsSheet", () => createSettingsSheet(excel.run, settingsDefaults())],
    [
      "createTemplateSheet (a log already exists)",
      () => createTemplateSheet(excel.run, caseLogTemplateSpec(["安居物业"]), caps, "zh"),
    ],
    [
      "createTemplateSheet (another name)",
      () =>
        createTemplateSheet(
          excel.run,
          { ...caseLogTemplateSpec(["安居物业"]), sheetName: "案件登记2027", rows: 20 },
          caps,
          "zh",
        ),
    ],
    ["selectCaseRow", () => selectCaseRow(excel.run, "案件登记", 5)],
    [
      "openReportWorkbook",
      async () =>
        openReportWorkbook(
          await writeWorkbook(
            buildReport(analyze(await port.readSheets(), { asOf }), { month: "2026-10" }, { lang: "zh" }),
            { lang: "zh" },
          ),
          {
            isSetSupported: excel.isSetSupported,
            createWorkbook: async () => undefined,
            canDownload: true,
          },
        ),
    ],
  ];

  it.each(commands)("%s", async (_name, command) => {
    await command();
    expect(clerkSnapshot(excel, clerk)).toBe(before);
  });

  it("the commands did their work (so the checks above are not vacuous)", () => {
    const names = excel.model.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["设置", "案件登记2027"]));
    expect(names.length).toBeGreaterThan(clerk.length + 5);
    expect(excel.model.selection).toBe("案件登记!A5:XFD5");
  });
});
