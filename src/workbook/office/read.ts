/**
 * Reading sheets through Office.js in few round trips: (1) the sheet list, (2) every chosen sheet's used
 * range with a sample of its first rows, (3…) the values in row chunks planned to stay under the payload
 * target, several chunks per sync when they fit. Values only: dates arrive as serial numbers, which is
 * what the core reads; the sample's display text tells the 1904 date system apart.
 */
import type { CellValue, SheetValues, WorkbookInput } from "../../core/model";
import { detectDate1904 } from "./date-system";
import type { ExcelRun } from "./excel-run";
import { estimateBytesPerRow, jsonBytes, planReadBatch, PROBE_ROWS, type ReadState } from "./payload";

export interface ReadStats {
  syncs: number;
  /** Bytes of cell values received (the sample excluded). */
  valueBytes: number;
}

interface UsedArea {
  name: string;
  sheet: Excel.Worksheet;
  firstRow: number;
  firstColumn: number;
  state: ReadState;
  chunks: CellValue[][][];
}

export async function sheetNames(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

export async function readSheets(run: ExcelRun, names?: readonly string[], stats?: ReadStats): Promise<WorkbookInput> {
  return run(async (context) => {
    let syncs = 0;
    const sync = async (): Promise<void> => {
      syncs++;
      await context.sync();
    };

    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await sync();
    // Excel sheet names compare without case.
    const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
    const chosen = sheets.items.filter((s) => !wanted || wanted.has(s.name.toLowerCase()));

    const probes = chosen.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
      const sample = sheet.getRange(`1:${PROBE_ROWS}`).getUsedRangeOrNullObject(true);
      sample.load("isNullObject,values,text");
      return { sheet, used, sample };
    });
    await sync();

    let date1904: boolean | null = null;
    const areas: UsedArea[] = [];
    const result: SheetValues[] = [];
    for (const { sheet, used, sample } of probes) {
      const name = sheet.name;
      const sampleValues = sample.isNullObject ? null : (sample.values as CellValue[][]);
      if (sampleValues && date1904 === null) date1904 = detectDate1904(sampleValues, sample.text as string[][]);
      if (used.isNullObject) {
        result.push({ name, values: [], firstRow: 1, firstColumn: 1 });
        continue;
      }
      const columns = used.columnCount;
      areas.push({
        name,
        sheet,
        firstRow: used.rowIndex,
        firstColumn: used.columnIndex,
        state: { rows: used.rowCount, columns, done: 0, bytesPerRow: estimateBytesPerRow(sampleValues, columns) },
        chunks: [],
      });
      result.push({ name, values: [], firstRow: used.rowIndex + 1, firstColumn: used.columnIndex + 1 });
    }

    let valueBytes = 0;
    const states = areas.map((a) => a.state);
    for (;;) {
      const batch = planReadBatch(states);
      if (batch.length === 0) break;
      const loads = batch.map((chunk) => {
        const area = areas[chunk.sheet];
        const range = area.sheet.getRangeByIndexes(
          area.firstRow + chunk.offset,
          area.firstColumn,
          chunk.rowCount,
          area.state.columns,
        );
        range.load("values");
        return { chunk, range };
      });
      await sync();
      for (const { chunk, range } of loads) {
        const area = areas[chunk.sheet];
        const values = range.values as CellValue[][] | null;
        if (!Array.isArray(values) || values.length !== chunk.rowCount) {
          throw new Error(
            `Excel returned no values for rows ${area.firstRow + chunk.offset + 1}… of "${area.name}" (too many cells in one read).`,
          );
        }
        const bytes = jsonBytes(values);
        valueBytes += bytes;
        // Later rows may be longer than the sample: plan the rest on the largest density seen.
        area.state.bytesPerRow = Math.max(area.state.bytesPerRow, Math.ceil(bytes / chunk.rowCount));
        area.state.done += chunk.rowCount;
        area.chunks.push(values);
      }
    }

    for (const area of areas) {
      const target = result.find((s) => s.name === area.name);
      if (target) target.values = area.chunks.length === 1 ? area.chunks[0] : area.chunks.flat();
    }
    if (stats) {
      stats.syncs = syncs;
      stats.valueBytes = valueBytes;
    }
    return { sheets: result, date1904: date1904 ?? false };
  });
}
