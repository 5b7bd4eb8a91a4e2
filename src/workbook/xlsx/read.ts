/**
 * Reads an .xlsx from its bytes into the values the core reads (DESIGN §2), in Node and in the browser.
 *
 * A purpose-built streaming reader on fflate (chosen by measurement, see /work/notes/xlsx-choice.md):
 * it inflates one part at a time in chunks and scans the XML for cells, so memory follows the values
 * kept, not the size of the unpacked XML, and both limits (unpacked bytes, cells) stop a hostile file
 * early with a message naming the limit.
 */
import type { SheetValues, SheetVisibility, WorkbookInput } from "../../core/model";
import { WorkbookFormatError } from "../port";
import { formatErrors, isZip, nonZipError, ROW_TEXT_LIMIT_MB } from "./messages";
import { sheetCollector } from "./sheet-xml";
import { attributes, elementSplitter, rootPrefix, runsText } from "./xml-text";
import { hasNativeInflate, inflateEntry, inflateEntryNative, listZipEntries, ZipEntry, ZipFormatError } from "./zip";

export interface ReadXlsxOptions {
  /** Read only these sheets (by exact name); all worksheets when omitted. */
  sheets?: readonly string[];
  /** Most cells one sheet may hold: both `<c>` elements read and the area of its used range. */
  maxCells?: number;
  /** Most bytes the parts read may unpack to, all together. */
  maxUncompressedBytes?: number;
}

export interface ReadXlsxAsyncOptions extends ReadXlsxOptions {
  /**
   * Which inflater unpacks the sheets and shared strings: the runtime's native one when it has it
   * (the default, "auto"), or fflate's JavaScript (what readXlsx uses). The values are the same.
   */
  inflate?: "auto" | "native" | "fflate";
}

/** Inflates one zip entry into checked chunks, at once (fflate) or in a stream (native). */
type Inflater = (
  bytes: Uint8Array,
  e: ZipEntry,
  budget: { remaining: number },
  onOverLimit: () => Error,
  onChunk: (chunk: Uint8Array) => void,
) => void | Promise<void>;

/**
 * Defaults sized for the largest real log (Excel's 1,048,576 rows × 25 columns ≈ 26 M cells, about
 * 1.3 GB of sheet XML) with room to spare, and far below what would exhaust memory.
 */
export const DEFAULT_XLSX_LIMITS = { maxCells: 30_000_000, maxUncompressedBytes: 2 * 1024 ** 3 } as const;

interface SheetRef {
  name: string;
  visibility: SheetVisibility;
  /** Zip entry of the worksheet part, null for chart and dialog sheets (not worksheets). */
  part: string | null;
}

interface Package {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  budget: { remaining: number };
  limit: number;
  workbookPart: string;
  sheets: SheetRef[];
  sharedStringsPart: string | null;
  date1904: boolean;
}

const normalise = (name: string): string => name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase();

function entry(pkg: Pick<Package, "entries">, name: string): ZipEntry | undefined {
  return pkg.entries.get(normalise(name));
}

/** Inflates a small part (workbook, rels) whole. */
function readText(pkg: Pick<Package, "bytes" | "entries" | "budget" | "limit">, name: string): string | null {
  const e = entry(pkg, name);
  if (!e) return null;
  const decoder = new TextDecoder("utf-8");
  let text = "";
  inflateEntry(
    pkg.bytes,
    e,
    pkg.budget,
    () => formatErrors.tooBig(pkg.limit),
    (chunk) => {
      text += decoder.decode(chunk, { stream: true });
    },
  );
  return text + decoder.decode();
}

/** Streams a big part (a sheet, shared strings) as pieces of whole `closeLocal` elements. */
function streamPart(
  pkg: Package,
  e: ZipEntry,
  rootLocal: string,
  closeLocal: string,
  onText: (text: string, prefix: string) => void,
  onCarryTooLong: () => Error,
  inflate: Inflater,
): void | Promise<void> {
  // The root element opens within the first few hundred bytes; hold the raw chunks until it is seen to
  // learn the namespace prefix, then replay them (raw, so no multi-byte character is cut).
  const held: Uint8Array[] = [];
  let heldText = "";
  let splitter: ReturnType<typeof elementSplitter> | null = null;
  const start = (): ReturnType<typeof elementSplitter> => {
    const prefix = rootPrefix(heldText, rootLocal);
    const s = elementSplitter(
      `</${prefix}${closeLocal}>`,
      (t) => onText(t, prefix),
      ROW_TEXT_LIMIT_MB * 2 ** 20,
      onCarryTooLong,
    );
    for (const c of held) s.push(c);
    held.length = 0;
    return s;
  };
  const rootSeen = new RegExp(`<([\\w.-]+:)?${rootLocal}[\\s>/]`);
  const finish = (): void => (splitter ?? start()).end();
  const streaming = inflate(
    pkg.bytes,
    e,
    pkg.budget,
    () => formatErrors.tooBig(pkg.limit),
    (chunk) => {
      if (splitter) return splitter.push(chunk);
      held.push(chunk);
      heldText += new TextDecoder("utf-8").decode(chunk);
      if (rootSeen.test(heldText) || heldText.length > 1 << 16) splitter = start();
    },
  );
  return streaming ? streaming.then(finish) : finish();
}

function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

/** Resolves a relationship target against the folder of its source part. */
function resolveTarget(sourcePart: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : dirOf(sourcePart) + target;
  const out: string[] = [];
  for (const seg of raw.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

interface Rel {
  type: string;
  target: string;
  external: boolean;
}

function relsOf(pkg: Pick<Package, "bytes" | "entries" | "budget" | "limit">, part: string): Map<string, Rel> {
  const relsPart = `${dirOf(part)}_rels/${part.slice(dirOf(part).length)}.rels`;
  const text = readText(pkg, relsPart) ?? "";
  const rels = new Map<string, Rel>();
  for (const m of text.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]);
    if (a.Id) rels.set(a.Id, { type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
  }
  return rels;
}

function openPackage(bytes: Uint8Array, limit: number): Package {
  if (!isZip(bytes)) throw nonZipError(bytes);
  const list = listZipEntries(bytes);
  const entries = new Map<string, ZipEntry>();
  for (const e of list) entries.set(normalise(e.name), e);
  const base = { bytes, entries, budget: { remaining: limit }, limit };

  if (entries.has("mimetype") && entries.has("content.xml")) throw formatErrors.ods();
  const rootRels = relsOf(base, "");
  let workbookPart = "xl/workbook.xml";
  for (const rel of rootRels.values()) {
    if (rel.type.endsWith("/officeDocument") && !rel.external) workbookPart = resolveTarget("", rel.target);
  }
  if (/\.bin$/i.test(workbookPart) || entries.has("xl/workbook.bin")) throw formatErrors.xlsb();
  const workbookXml = readText(base, workbookPart);
  if (workbookXml === null) {
    if (entries.has("word/document.xml")) throw formatErrors.zipNotWorkbook("Word .docx");
    if (entries.has("ppt/presentation.xml")) throw formatErrors.zipNotWorkbook("PowerPoint .pptx");
    throw formatErrors.zipNotWorkbook("zip");
  }

  const rels = relsOf(base, workbookPart);
  const sheets: SheetRef[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1].replace(/\/$/, ""));
    const idKey = Object.keys(a).find((k) => k === "id" || k.endsWith(":id"));
    const rel = idKey ? rels.get(a[idKey]) : undefined;
    const isWorksheet = rel !== undefined && !rel.external && rel.type.endsWith("/worksheet");
    const visibility: SheetVisibility =
      a.state === "veryHidden" ? "veryHidden" : a.state === "hidden" ? "hidden" : "visible";
    sheets.push({
      name: a.name ?? "",
      visibility,
      part: isWorksheet ? resolveTarget(workbookPart, rel.target) : null,
    });
  }
  const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(workbookXml);
  const flag = pr ? attributes(pr[1].replace(/\/$/, "")).date1904 : undefined;
  const date1904 = flag === "1" || flag === "true";
  let sharedStringsPart: string | null = null;
  for (const rel of rels.values()) {
    if (rel.type.endsWith("/sharedStrings") && !rel.external)
      sharedStringsPart = resolveTarget(workbookPart, rel.target);
  }
  return { ...base, workbookPart, sheets, sharedStringsPart, date1904 };
}

function readSharedStrings(pkg: Package, inflate: Inflater): string[] | Promise<string[]> {
  const out: string[] = [];
  const e = pkg.sharedStringsPart ? entry(pkg, pkg.sharedStringsPart) : undefined;
  if (!e) return out;
  let itemRe: RegExp | null = null;
  let itemPrefix = "";
  const streaming = streamPart(
    pkg,
    e,
    "sst",
    "si",
    (text, p) => {
      if (!itemRe || p !== itemPrefix) {
        itemPrefix = p;
        itemRe = new RegExp(`<${p}si(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${p}si>)`, "g");
      }
      itemRe.lastIndex = 0;
      for (let m = itemRe.exec(text); m !== null; m = itemRe.exec(text))
        out.push(m[1] === undefined ? "" : runsText(m[1], p));
    },
    () => formatErrors.corrupt("a shared string is larger than the row limit"),
    inflate,
  );
  return streaming ? streaming.then(() => out) : out;
}

/** One worksheet's values, streamed through the inflater. */
function readSheet(
  pkg: Package,
  ref: SheetRef,
  sharedStrings: readonly string[],
  maxCells: number,
  inflate: Inflater,
  workbookLimit = maxCells,
): SheetValues | Promise<SheetValues> {
  const e = entry(pkg, ref.part as string);
  if (!e) throw formatErrors.corrupt(`worksheet part ${ref.part} of sheet "${ref.name}" is missing`);
  let collector: ReturnType<typeof sheetCollector> | null = null;
  const streaming = streamPart(
    pkg,
    e,
    "worksheet",
    "row",
    (text, p) => {
      collector ??= sheetCollector(ref.name, p, sharedStrings, pkg.date1904, {
        maxCells,
        // Past the sheets read before it, the limit that ran out is the workbook's.
        onTooManyCells: () =>
          maxCells < workbookLimit
            ? formatErrors.tooManyCellsInWorkbook(workbookLimit)
            : formatErrors.tooManyCells(ref.name, maxCells),
      });
      collector.push(text);
    },
    () => formatErrors.rowTooLong(ref.name),
    inflate,
  );
  const finish = (): SheetValues => {
    const sheet = (collector as ReturnType<typeof sheetCollector> | null)?.finish() ?? {
      name: ref.name,
      values: [],
      firstRow: 1,
      firstColumn: 1,
    };
    return ref.visibility === "visible" ? sheet : { ...sheet, visibility: ref.visibility };
  };
  return streaming ? streaming.then(finish) : finish();
}

/** Opens the package and picks the sheets to read, refusing at once a package that declares too much. */
function prepare(bytes: Uint8Array, opts: ReadXlsxOptions): { pkg: Package; wanted: SheetRef[]; maxCells: number } {
  const maxCells = opts.maxCells ?? DEFAULT_XLSX_LIMITS.maxCells;
  const limit = opts.maxUncompressedBytes ?? DEFAULT_XLSX_LIMITS.maxUncompressedBytes;
  const pkg = openPackage(bytes, limit);
  const wanted = pkg.sheets.filter(
    (s) => s.part !== null && (opts.sheets === undefined || opts.sheets.includes(s.name)),
  );
  // The sizes the parts declare are known before anything is unpacked: a package that says it will not
  // fit is refused at once (a forged size is caught while unpacking, in inflateEntry).
  let declared = limit - pkg.budget.remaining;
  const ss = pkg.sharedStringsPart ? entry(pkg, pkg.sharedStringsPart) : undefined;
  if (ss && wanted.length > 0) declared += ss.uncompressedSize;
  for (const ref of wanted) declared += entry(pkg, ref.part as string)?.uncompressedSize ?? 0;
  if (declared > limit) throw formatErrors.tooBig(limit);
  return { pkg, wanted, maxCells };
}

/** Cells of a sheet's values grid (its used range), what it holds in memory. */
const areaOf = (s: SheetValues): number => s.values.length * (s.values[0]?.length ?? 0);

/** What a synchronous inflater gave back (it never returns a promise). */
function now<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error("internal: a synchronous read went asynchronous");
  return value;
}

/** Turns anything the parsing throws into the clerk's message; our own messages pass through. */
function asFormatError(err: unknown): WorkbookFormatError {
  if (err instanceof WorkbookFormatError) return err;
  if (err instanceof ZipFormatError) return formatErrors.corrupt(err.detail);
  return formatErrors.corrupt(err instanceof Error ? err.message : String(err));
}

/** Names of the worksheets, in tab order (chart sheets left out, as Office.js `worksheets` does). */
export function xlsxSheetNames(bytes: Uint8Array): string[] {
  try {
    return openPackage(bytes, DEFAULT_XLSX_LIMITS.maxUncompressedBytes)
      .sheets.filter((s) => s.part !== null)
      .map((s) => s.name);
  } catch (err) {
    throw asFormatError(err);
  }
}

/** Reads the worksheets' used-range values. Throws WorkbookFormatError with a message for the clerk. */
export function readXlsx(bytes: Uint8Array, opts: ReadXlsxOptions = {}): WorkbookInput {
  try {
    const { pkg, wanted, maxCells } = prepare(bytes, opts);
    const sharedStrings = wanted.length > 0 ? now(readSharedStrings(pkg, inflateEntry)) : [];
    // The cell limit holds over the whole workbook: many sheets each just under it would still exhaust memory.
    let left = maxCells;
    const sheets = wanted.map((ref) => {
      const sheet = now(readSheet(pkg, ref, sharedStrings, left, inflateEntry, maxCells));
      left -= areaOf(sheet);
      return sheet;
    });
    return { sheets, date1904: pkg.date1904 };
  } catch (err) {
    throw asFormatError(err);
  }
}

/**
 * readXlsx's values and errors, unpacking the big parts with the runtime's native inflater where there is
 * one (the pane's worker: the workbook's read is on the way to the first figures the manager sees).
 */
export async function readXlsxAsync(bytes: Uint8Array, opts: ReadXlsxAsyncOptions = {}): Promise<WorkbookInput> {
  const mode = opts.inflate ?? "auto";
  const native = mode === "native" || (mode === "auto" && hasNativeInflate());
  const inflate: Inflater = native ? inflateEntryNative : inflateEntry;
  try {
    const { pkg, wanted, maxCells } = prepare(bytes, opts);
    const sharedStrings = wanted.length > 0 ? await readSharedStrings(pkg, inflate) : [];
    const sheets: SheetValues[] = [];
    let left = maxCells;
    for (const ref of wanted) {
      const sheet = await readSheet(pkg, ref, sharedStrings, left, inflate, maxCells);
      left -= areaOf(sheet);
      sheets.push(sheet);
    }
    return { sheets, date1904: pkg.date1904 };
  } catch (err) {
    throw asFormatError(err);
  }
}
