/** The report workbook writer: SheetDoc[] → .xlsx bytes with native charts. */
export { writeWorkbook, validateDocs, type WriteOptions } from "./write-workbook";
export type { DeflateRaw } from "./zip-sink";
export { chartXml, type ChartData, type ChartSeriesData } from "./chart-xml";
