/**
 * Node-only: reads an .xlsx from a path, with the clerk's message for a missing file, a folder, or
 * something that is not a file at all (a named pipe would block forever, /dev/zero never ends).
 * Kept apart from ./read so the browser bundle never pulls in `fs`.
 */
import { constants, type Stats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import type { WorkbookInput } from "../../core/model";
import { WorkbookFormatError } from "../port";
import { phrases } from "../phrases";
import { readXlsx, type ReadXlsxOptions } from "./read";

/**
 * Largest file read. The biggest real log (Excel's 1,048,576 rows × 25 columns) zips to a few hundred MB;
 * anything larger is not a case log and would only exhaust memory.
 */
export const MAX_FILE_BYTES = 1024 ** 3;

/** What a path that is not a regular file is. */
type Kind = "folder" | "pipe" | "device" | "socket" | "special";

const ZH = {
  notFound: (path: string) => `找不到文件：${path}`,
  noPermission: (path: string) => `没有权限读取文件：${path}`,
  cannotOpen: (path: string, code: string) => `无法打开文件：${path}（${code}）`,
  cannotRead: (path: string, code: string) => `无法读取文件：${path}（${code}）`,
  notAFile: (path: string, kind: Kind) =>
    `这是${{ folder: "文件夹", pipe: "命名管道", device: "设备", socket: "套接字", special: "特殊文件" }[kind]}，不是 Excel 文件：${path}`,
  tooBig: (path: string, gb: number) => `文件超过 ${gb} GB，不是可读取的案件登记工作簿：${path}`,
  /** A reason the reader gave, for this file. */
  inFile: (path: string, reason: string) => `${path}：${reason}`,
};

const EN: typeof ZH = {
  notFound: (path) => `File not found: ${path}`,
  noPermission: (path) => `No permission to read the file: ${path}`,
  cannotOpen: (path, code) => `Cannot open the file: ${path} (${code})`,
  cannotRead: (path, code) => `Cannot read the file: ${path} (${code})`,
  notAFile: (path, kind) =>
    `This is ${{ folder: "a folder", pipe: "a named pipe", device: "a device", socket: "a socket", special: "a special file" }[kind]}, not an Excel file: ${path}`,
  tooBig: (path, gb) => `The file is larger than ${gb} GB; it is not a case log that can be read: ${path}`,
  inFile: (path, reason) => `${path}: ${reason}`,
};

export const FILE_PHRASES = phrases(ZH, EN);

const err = <K extends keyof typeof ZH>(id: K, ...params: Parameters<(typeof ZH)[K]>): WorkbookFormatError =>
  new WorkbookFormatError(FILE_PHRASES.words(id, ...params));

function openError(path: string, e: unknown): WorkbookFormatError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return err("notFound", path);
  if (code === "EACCES" || code === "EPERM") return err("noPermission", path);
  return err("cannotOpen", path, code ?? String(e));
}

/** What a path that is not a regular file is; null for a regular file. */
function notAFile(info: Stats): Kind | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "pipe";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  if (info.isSocket()) return "socket";
  return "special";
}

function checkKind(path: string, info: Stats): void {
  const kind = notAFile(info);
  if (kind) throw err("notAFile", path, kind);
}

const tooBig = (path: string): WorkbookFormatError => err("tooBig", path, MAX_FILE_BYTES / 1024 ** 3);

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
    throw err("cannotRead", path, code ?? String(e));
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
    if (err instanceof WorkbookFormatError)
      throw new WorkbookFormatError({
        zh: FILE_PHRASES.text("zh", "inFile", path, err.said.zh),
        en: FILE_PHRASES.text("en", "inFile", path, err.said.en),
      });
    throw err;
  }
}
