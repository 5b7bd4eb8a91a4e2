/**
 * The file reader gives a mostly empty sheet sparsely (rows without a value are holes, a row ends at its last
 * value, cells without a value are holes) where Office.js gives "" for every blank. The core reads both alike:
 * the whole sample year, every sheet made sparse, gives exactly the same analysis.
 */
import { readFileSync } from "node:fs";
import type { CellValue, WorkbookInput } from "../../../src/core/model";
import { toJsonDocument } from "../../../src/core/json";
import { analyze } from "../../../src/core/pipeline";
import { parseIsoMinutes } from "../../../src/core/time";
import { readXlsx } from "../../../src/workbook/xlsx";
import { SAMPLE_PATH } from "../../../scripts/make-sample";

/** The same values with every blank cell a hole, every blank row a hole and every row cut after its last value. */
function sparse(input: WorkbookInput): WorkbookInput {
  return {
    ...input,
    sheets: input.sheets.map((s) => {
      const values: CellValue[][] = [];
      s.values.forEach((row, r) => {
        const line: CellValue[] = [];
        row.forEach((v, c) => {
          if (v !== "") line[c] = v;
        });
        if (line.length > 0) values[r] = line;
      });
      values.length = s.values.length;
      return { ...s, values };
    }),
  };
}

describe("sparse sheet values", () => {
  it("give the sample year's analysis exactly as the dense grid does", () => {
    const dense = readXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)));
    const holes = sparse(dense);
    // The conversion really made holes: blank rows and blank cells are gone.
    const log = holes.sheets[0].values;
    expect(
      log.some((row) => row.length < dense.sheets[0].values[0].length || Object.keys(row).length < row.length),
    ).toBe(true);
    const asOf = parseIsoMinutes("2026-12-31T17:00") as number;
    expect(toJsonDocument(analyze(holes, { asOf }))).toEqual(toJsonDocument(analyze(dense, { asOf })));
  });
});
