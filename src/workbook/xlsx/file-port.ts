/**
 * The WorkbookPort over an .xlsx file held in memory (CLI, browser preview, tests). Reading only: the
 * report workbook has its own writer (src/xlsx-writer), and a file is never edited in place.
 */
import type { WorkbookInput } from "../../core/model";
import type { WorkbookPort } from "../port";
import { readXlsx, xlsxSheetNames, type ReadXlsxOptions } from "./read";

export function createXlsxFilePort(bytes: Uint8Array, limits: Omit<ReadXlsxOptions, "sheets"> = {}): WorkbookPort {
  return {
    async readSheets(names?: readonly string[]): Promise<WorkbookInput> {
      return readXlsx(bytes, { ...limits, sheets: names });
    },
    async sheetNames(): Promise<string[]> {
      return xlsxSheetNames(bytes);
    },
    async writeOwnedSheets(): Promise<void> {
      throw new Error(
        "写入工作表不支持文件方式，请用报告输出。/ Writing sheets is not supported for files; use the report writer.",
      );
    },
  };
}
