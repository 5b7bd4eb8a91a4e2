/**
 * Where a report is written, checked before the report is built: a folder takes the report under its
 * default name, and a file that is not an earlier Casebook report (above all the clerk's own case log)
 * is never written over unless the user says --force. Failures are one line for the user (exit code 2).
 */
import { type Stats } from "node:fs";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import type { Words } from "../core/messages";
import { SaidError } from "../workbook/phrases";
import { CLI_PHRASES } from "./messages";

/** The output cannot be written where asked; the message is one line, in the user's language. */
export class OutputError extends SaidError {
  constructor(said: Words) {
    super(said);
    this.name = "OutputError";
  }
}

type Phrase = keyof typeof CLI_PHRASES.zh;
const fail = <K extends Phrase>(id: K, ...params: Parameters<(typeof CLI_PHRASES.zh)[K]>): OutputError =>
  new OutputError(CLI_PHRASES.words(id, ...params));

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
      return fail("partIsFile", path);
    case "EACCES":
    case "EPERM":
      return fail("noWritePermission", path);
    case "EROFS":
      return fail("readOnly", path);
    case "ENOSPC":
      return fail("diskFull", path);
    case "ENOENT":
      return fail("cannotMake", path);
    default:
      return fail("cannotWrite", path, code);
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
  if (!info.isFile()) throw fail("notRegularFile", target);
  if (req.force) return target;
  const input = await statOrNull(req.input);
  if (input !== null && sameFile(info, input)) throw fail("outIsLog", target);
  if (!(await isCasebookReport(target, info))) throw fail("notOurReport", target);
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
      if (!info.isDirectory()) throw fail("fileInPath", target, at);
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
