/** Every batch goes through the one wrapper, which asks Excel to wait out cell-edit mode. */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { createSettingsSheet, createTemplateSheet, capabilities, selectCaseRow } from "../../../src/workbook/office";
import { officeExcelRun, RUN_OPTIONS } from "../../../src/workbook/office/excel-run";
import { createExcelServices } from "../../../src/host/excel-services";
import { caseLogRows } from "./case-log-data";
import { createStrictExcel } from "./strict-excel";

const SRC = join(__dirname, "../../../src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("officeExcelRun", () => {
  it("runs every batch with delayForCellEdit: true", async () => {
    const seen: Excel.RunOptions[] = [];
    const run = officeExcelRun({
      run: async (options, batch) => {
        seen.push(options);
        return batch({} as Excel.RequestContext);
      },
    });
    expect(await run(async () => 42)).toBe(42);
    expect(seen).toEqual([{ delayForCellEdit: true }]);
    expect(RUN_OPTIONS).toEqual({ delayForCellEdit: true });
  });

  it("is the only way into Excel.run in src/", () => {
    const callers = sources(SRC)
      .filter((file) => /\bExcel\s*\??\.\s*run\s*\(/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(callers).toEqual([]);
    expect(readFileSync(join(SRC, "workbook/office/excel-run.ts"), "utf8")).toMatch(/api\.run\(RUN_OPTIONS, batch\)/);
  });

  it("lets the pane's commands finish when the user was typing in a cell", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(30) }] });
    const services = createExcelServices(excel.run, excel.isSetSupported);
    excel.beginCellEdit();
    const read = services.readWorkbook(new AbortController().signal);
    const settings = createSettingsSheet(excel.run, []);
    const select = selectCaseRow(excel.run, "案件登记", 5);
    setTimeout(() => excel.endCellEdit(), 10);
    expect((await read).sheets[0].values).toHaveLength(31);
    expect((await settings).created).toBe(true);
    expect(await select).toBeTruthy();
    // Without the wrapper the same batches fail at once.
    excel.beginCellEdit();
    await expect(
      createTemplateSheet(
        excel.api.run,
        { sheetName: "新表", headers: ["编号"] },
        capabilities(excel.isSetSupported),
        "zh",
      ),
    ).rejects.toThrow(/InvalidOperationInCellEditMode/);
    excel.endCellEdit();
  });
});
