/**
 * Where a report is written, checked before the report is built: a folder takes the report under its
 * default name, and a file that is not an earlier Casebook report (above all the clerk's own case log)
 * is never written over unless the user says --force. Failures are one line for the user (exit code 2).
 */
import { type Stats } from "node:fs";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { unzipSync, strFromU8 } from "fflate";

/** The output cannot be written where asked; the message is one line, Chinese then English. */
export class OutputError extends Error {}

const fail = (zh: string, en: string): OutputError => new OutputError(`${zh} / ${en}`);

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    throw writeError(path, e);
  }
}

function writeError(path: string, e: unknown): OutputError {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  switch (code) {
    case "ENOTDIR":
      return fail(
        `无法写入 ${path}：路径中有一段是文件，不是文件夹`,
        `Cannot write ${path}: part of the path is a file, not a folder`,
      );
    case "EACCES":
    case "EPERM":
      return fail(`没有权限写入 ${path}`, `No permission to write ${path}`);
    case "EROFS":
      return fail(`无法写入 ${path}：所在位置只读`, `Cannot write ${path}: the location is read-only`);
    case "ENOSPC":
      return fail(`无法写入 ${path}：磁盘空间不足`, `Cannot write ${path}: the disk is full`);
    case "ENOENT":
      return fail(`无法写入 ${path}：该位置不能新建文件`, `Cannot write ${path}: no file can be made at that place`);
    default:
      return fail(`无法写入 ${path}（${code}）`, `Cannot write ${path} (${code})`);
  }
}

/** A workbook Casebook wrote: its extended properties name Casebook as the application. */
async function isCasebookReport(path: string, info: Stats): Promise<boolean> {
  if (info.size > 1024 ** 3) return false;
  try {
    const files = unzipSync(new Uint8Array(await readFile(path)), {
      filter: (f) => f.name === "docProps/app.xml" && f.originalSize < 1 << 20,
    });
    const app = files["docProps/app.xml"];
    return app !== undefined && /<Application>Casebook<\/Application>/.test(strFromU8(app));
  } catch {
    return false;
  }
}

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

export interface OutputRequest {
  /** What --out said, or null for the default place. */
  out: string | null;
  /** The report's default file name (e.g. 客服中心月报-2026-10.xlsx). */
  defaultName: string;
  /** Where reports go without --out. */
  defaultDir: string;
  /** The workbook read: never written over without --force. */
  input: string;
  force: boolean;
}

/** The file to write, after the checks above; throws OutputError. */
export async function resolveOutput(req: OutputRequest): Promise<string> {
  let target = req.out ?? join(req.defaultDir, req.defaultName);
  let info = await statOrNull(target);
  if (info?.isDirectory() || (info === null && /[/\\]$/.test(target))) {
    target = join(target, req.defaultName);
    info = await statOrNull(target);
  }
  if (info === null) return target;
  if (!info.isFile())
    throw fail(
      `${target} 不是普通文件，无法写入报告`,
      `${target} is not a regular file; the report cannot be written there`,
    );
  if (req.force) return target;
  const input = await statOrNull(req.input);
  if (input !== null && sameFile(info, input))
    throw fail(
      `${target} 就是读取的案件登记表，不能用报告覆盖它。请换一个 --out 文件名（确要覆盖请加 --force）`,
      `${target} is the case log being read; the report will not overwrite it. Choose another --out name (or add --force)`,
    );
  if (!(await isCasebookReport(target, info)))
    throw fail(
      `${target} 已存在且不是 Casebook 生成的报告，未覆盖。请换一个 --out 文件名（确要覆盖请加 --force）`,
      `${target} exists and is not a report Casebook wrote; it was not overwritten. Choose another --out name (or add --force)`,
    );
  return target;
}

/**
 * Makes the folders of `dir` that are missing, one by one. Node's `mkdir({ recursive: true })` spins
 * forever where a folder exists but nothing can be made in it (under /proc), so it is not used.
 */
async function makeFolders(dir: string, target: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const info = await statOrNull(at);
    if (info !== null) {
      if (!info.isDirectory())
        throw fail(
          `无法写入 ${target}：${at} 是文件，不是文件夹`,
          `Cannot write ${target}: ${at} is a file, not a folder`,
        );
      break;
    }
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw writeError(target, e);
    }
  }
}

/** Writes beside the target and renames into place, so a failed write never leaves half a workbook. */
export async function writeOutput(target: string, bytes: Uint8Array): Promise<void> {
  await makeFolders(dirname(target), target);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw writeError(target, e);
  }
}
