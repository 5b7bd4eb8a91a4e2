/** The .xlsx file adapter: bytes in (Node or browser), the core's WorkbookInput out. */
export {
  readXlsx,
  readXlsxAsync,
  xlsxSheetNames,
  DEFAULT_XLSX_LIMITS,
  type ReadXlsxOptions,
  type ReadXlsxAsyncOptions,
} from "./read";
export { createXlsxFilePort } from "./file-port";
