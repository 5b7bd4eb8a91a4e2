/**
 * Node-only: reads an .xlsx from a path, with the clerk's message for a missing file, a folder, or
 * something that is not a file at all (a named pipe would block forever, /dev/zero never ends).
 * Kept apart from ./read so the browser bundle never pulls in `fs`.
 */
import { constants, type Stats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import type { WorkbookInput } from "../../core/model";
import { WorkbookFormatError } from "../port";
import { readXlsx, type ReadXlsxOptions } from "./read";

/**
 * Largest file read. The biggest real log (Excel's 1,048,576 rows × 25 columns) zips to a few hundred MB;
 * anything larger is not a case log and would only exhaust memory.
 */
export const MAX_FILE_BYTES = 1024 ** 3;

const err = (zh: string, en: string): WorkbookFormatError => new WorkbookFormatError(`${zh} / ${en}`);

function openError(path: string, e: unknown): WorkbookFormatError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return err(`找不到文件：${path}`, `File not found: ${path}`);
  if (code === "EACCES" || code === "EPERM")
    return err(`没有权限读取文件：${path}`, `No permission to read the file: ${path}`);
  return err(`无法打开文件：${path}（${code ?? String(e)}）`, `Cannot open the file: ${path} (${code ?? String(e)})`);
}

/** What a path that is not a regular file is, in the clerk's words; null for a regular file. */
function notAFile(info: Stats): { zh: string; en: string } | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return { zh: "文件夹", en: "a folder" };
  if (info.isFIFO()) return { zh: "命名管道", en: "a named pipe" };
  if (info.isCharacterDevice() || info.isBlockDevice()) return { zh: "设备", en: "a device" };
  if (info.isSocket()) return { zh: "套接字", en: "a socket" };
  return { zh: "特殊文件", en: "a special file" };
}

function checkKind(path: string, info: Stats): void {
  const kind = notAFile(info);
  if (kind) throw err(`这是${kind.zh}，不是 Excel 文件：${path}`, `This is ${kind.en}, not an Excel file: ${path}`);
}

const tooBig = (path: string): WorkbookFormatError =>
  err(
    `文件超过 ${MAX_FILE_BYTES / 1024 ** 3} GB，不是可读取的案件登记工作簿：${path}`,
    `The file is larger than ${MAX_FILE_BYTES / 1024 ** 3} GB; it is not a case log that can be read: ${path}`,
  );

/** Reads at most MAX_FILE_BYTES, whatever size the file claims (files under /proc claim 0). */
async function readCapped(path: string, handle: FileHandle, sizeHint: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    // What the file says is left, plus one byte to see the end; 64 KB steps past that.
    const want = sizeHint > total ? sizeHint - total + 1 : 1 << 16;
    const buf = new Uint8Array(Math.min(want, 1 << 26, MAX_FILE_BYTES + 1 - total));
    const { bytesRead } = await handle.read(buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > MAX_FILE_BYTES) throw tooBig(path);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function readXlsxFileBytes(path: string): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (e) {
    throw openError(path, e);
  }
  // Checked before opening: opening a named pipe for reading waits for a writer.
  checkKind(path, info);
  if (info.size > MAX_FILE_BYTES) throw tooBig(path);
  let handle: FileHandle;
  try {
    // Non-blocking, in case the path was swapped for a pipe since the check; checked again on the handle.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openError(path, e);
  }
  try {
    const opened = await handle.stat();
    checkKind(path, opened);
    if (opened.size > MAX_FILE_BYTES) throw tooBig(path);
    return await readCapped(path, handle, opened.size);
  } catch (e) {
    if (e instanceof WorkbookFormatError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw err(`无法读取文件：${path}（${code ?? String(e)}）`, `Cannot read the file: ${path} (${code ?? String(e)})`);
  } finally {
    await handle.close();
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
