/**
 * The Office.js adapter against the strict fake (test/workbook/office/strict-excel): round trips and
 * the largest request/response for reading a 10k and a 100k-row log and for writing its register.
 * `ms` is this machine's time in the fake, not Excel's; the syncs and bytes are what Excel would see.
 */
import { createOfficeWorkbookPort } from "../src/workbook/office";
import { readSyncBudget, writeSyncBudget } from "../src/workbook/office/payload";
import { caseLogFormats, caseLogRows } from "../test/workbook/office/case-log-data";
import { registerDoc, scorecardDoc } from "../test/workbook/office/docs";
import { createStrictExcel } from "../test/workbook/office/strict-excel";

export interface OfficeBenchRow {
  name: string;
  syncs: number;
  maxPayloadBytes: number;
  ms: number;
  /** The stated budget for the same bytes. */
  budget: number;
  bytes: number;
}

export async function benchOffice(): Promise<OfficeBenchRow[]> {
  const rows: OfficeBenchRow[] = [];
  for (const n of [10_000, 100_000]) {
    const label = `${n / 1000}k rows`;
    const excel = createStrictExcel({
      sheets: [{ name: "案件登记", rows: caseLogRows(n), columnFormats: caseLogFormats() }],
    });
    const bytes = excel.usedValueBytes();
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    let t = performance.now();
    await port.readSheets();
    rows.push({
      name: `read log ${label}`,
      syncs: excel.stats.syncs,
      maxPayloadBytes: excel.stats.maxPayloadBytes,
      ms: performance.now() - t,
      budget: readSyncBudget(bytes),
      bytes,
    });

    excel.resetStats();
    t = performance.now();
    await port.writeOwnedSheets([registerDoc(n), scorecardDoc()]);
    const written = port.lastWrite?.writeBytes ?? 0;
    rows.push({
      name: `write register ${label}`,
      syncs: excel.stats.syncs,
      maxPayloadBytes: excel.stats.maxPayloadBytes,
      ms: performance.now() - t,
      budget: writeSyncBudget(written),
      bytes: written,
    });
  }
  return rows;
}
