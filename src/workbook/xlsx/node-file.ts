/**
 * Node-only: reads an .xlsx from a path, with the clerk's message for a missing file or a folder.
 * Kept apart from ./read so the browser bundle never pulls in `fs`.
 */
import { readFile, stat } from "node:fs/promises";
import type { WorkbookInput } from "../../core/model";
import { WorkbookFormatError } from "../port";
import { readXlsx, type ReadXlsxOptions } from "./read";

export async function readXlsxFileBytes(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new WorkbookFormatError(`找不到文件：${path} / File not found: ${path}`);
    if (code === "EACCES" || code === "EPERM")
      throw new WorkbookFormatError(`没有权限读取文件：${path} / No permission to read the file: ${path}`);
    throw new WorkbookFormatError(
      `无法打开文件：${path}（${code ?? String(err)}）/ Cannot open the file: ${path} (${code ?? String(err)})`,
    );
  }
  if (info.isDirectory())
    throw new WorkbookFormatError(
      `这是一个文件夹，不是 Excel 文件：${path} / This is a folder, not an Excel file: ${path}`,
    );
  try {
    const buf = await readFile(path);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new WorkbookFormatError(
      `无法读取文件：${path}（${code ?? String(err)}）/ Cannot read the file: ${path} (${code ?? String(err)})`,
    );
  }
}

/** Reads the workbook at `path`; errors are WorkbookFormatError naming the file. */
export async function readXlsxFile(path: string, opts?: ReadXlsxOptions): Promise<WorkbookInput> {
  const bytes = await readXlsxFileBytes(path);
  try {
    return readXlsx(bytes, opts);
  } catch (err) {
    if (err instanceof WorkbookFormatError) throw new WorkbookFormatError(`${path}: ${err.message}`);
    throw err;
  }
}
