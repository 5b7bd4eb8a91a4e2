/**
 * The 1904 date system on both paths (issue 8 item 2): the file's workbookPr flag, and in Excel the
 * display text of a date cell. The same serials must give the same cases and the same deadlines.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonDocument } from "../../src/core/json";
import { analyze } from "../../src/core/pipeline";
import { parseIsoMinutes } from "../../src/core/time";
import { createOfficeWorkbookPort } from "../../src/workbook/office";
import { readXlsx } from "../../src/workbook/xlsx";
import { createStrictExcel } from "../workbook/office/strict-excel";

const asOf = parseIsoMinutes("2026-10-31T17:00") as number;
const DATE_FORMAT = "yyyy-mm-dd hh:mm";

describe("date-1904.xlsx through the file and through Office.js", () => {
  const file = readXlsx(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "date-1904.xlsx"))));
  const log = file.sheets[0];

  async function viaExcel(date1904: boolean) {
    const excel = createStrictExcel({
      date1904,
      sheets: [
        { name: log.name, rows: log.values, columnFormats: { 1: DATE_FORMAT, 6: DATE_FORMAT, 7: "yyyy-mm-dd" } },
      ],
    });
    return createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets();
  }

  it("gives the same cases, dates and deadlines on both paths", async () => {
    const input = await viaExcel(true);
    expect([file.date1904, input.date1904]).toEqual([true, true]);
    const fromFile = toJsonDocument(analyze(file, { asOf }));
    const fromExcel = toJsonDocument(analyze(input, { asOf }));
    expect(fromExcel).toEqual(fromFile);
    expect(fromFile.cases.map((c) => c.receivedAt)).toEqual([
      "2026-10-03T14:20",
      "2026-10-05T09:00",
      "1904-01-02T08:00",
    ]);
    // J-004 is received after the as-of instant: a data issue with its row on both paths, no case yet.
    expect(fromFile.rejected.map((r) => [r.row, r.value])).toEqual([[5, "2027-02-28 23:59"]]);
    expect(fromFile.compliance.filter((c) => c.rule === "notify-property").map((c) => [c.caseId, c.stopAt])).toEqual([
      ["J-001", "2026-10-03T16:00"],
      ["J-002", "2026-10-06T11:30"],
      ["J-003", "1904-01-02T09:00"],
    ]);
  });

  it("the same serials in a 1900-system workbook are four years and a day earlier (the flag matters)", async () => {
    const input = await viaExcel(false);
    expect(input.date1904).toBe(false);
    const cases = toJsonDocument(analyze(input, { asOf })).cases;
    expect(cases[0].receivedAt).toBe("2022-10-02T14:20");
  });
});
