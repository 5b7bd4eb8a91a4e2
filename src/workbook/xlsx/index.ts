/** The .xlsx file adapter: bytes in (Node or browser), the core's WorkbookInput out. */
export { readXlsx, xlsxSheetNames, DEFAULT_XLSX_LIMITS, type ReadXlsxOptions } from "./read";
export { createXlsxFilePort } from "./file-port";
