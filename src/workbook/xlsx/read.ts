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
import { sheetCollector, SPREADSHEET_NS } from "./sheet-xml";
import { NEED_MORE, OPEN, TEXT, XmlScanner } from "./xml-scan";
import { excelText, utf8Pieces } from "./xml-text";
import { hasNativeInflate, inflateEntry, inflateEntryNative, listZipEntries, ZipEntry, ZipFormatError } from "./zip";

export interface ReadXlsxOptions {
  /** Read only these sheets (by exact name); all worksheets when omitted. */
  sheets?: readonly string[];
  /**
   * Most cells the workbook's sheets may hold together, counted as the `<c>` elements read (empty cells between
   * them cost nothing: a mostly empty sheet is given sparsely).
   */
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

/** Streams a big part (a sheet, shared strings) as pieces of text, never cut inside a character. */
function streamPart(
  pkg: Package,
  e: ZipEntry,
  onText: (text: string) => void,
  inflate: Inflater,
): void | Promise<void> {
  const pieces = utf8Pieces(onText);
  const streaming = inflate(
    pkg.bytes,
    e,
    pkg.budget,
    () => formatErrors.tooBig(pkg.limit),
    (chunk) => pieces.push(chunk),
  );
  return streaming ? streaming.then(() => pieces.end()) : pieces.end();
}

/** Every start tag of a small part (workbook, rels), read as XML. */
function eachElement(text: string, onOpen: (scan: XmlScanner) => void): void {
  const scan = new XmlScanner(Infinity, () => new Error("unreachable"));
  scan.push(text);
  scan.end();
  for (let k = scan.next(); k !== NEED_MORE; k = scan.next()) if (k === OPEN) onOpen(scan);
}

const PACKAGE_RELS_NS: ReadonlySet<string | undefined> = new Set([
  "http://schemas.openxmlformats.org/package/2006/relationships",
  undefined,
]);
/** The namespace of `r:id` on a workbook's `<sheet>` (transitional, strict). */
const DOCUMENT_RELS_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

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
  eachElement(text, (scan) => {
    if (!PACKAGE_RELS_NS.has(scan.ns) || !scan.is("Relationship")) return;
    const id = scan.attr("Id");
    if (id)
      rels.set(id, {
        type: scan.attr("Type") ?? "",
        target: scan.attr("Target") ?? "",
        external: scan.attr("TargetMode") === "External",
      });
  });
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
  let date1904 = false;
  eachElement(workbookXml, (scan) => {
    if (!SPREADSHEET_NS.has(scan.ns)) return;
    if (scan.is("workbookPr")) {
      const flag = scan.attr("date1904")?.trim();
      date1904 = flag === "1" || flag === "true";
      return;
    }
    if (!scan.is("sheet")) return;
    let idAt = -1;
    for (const ns of DOCUMENT_RELS_NS) if (idAt < 0) idAt = scan.attrIndex("id", ns);
    // A writer that bound its prefix to another URI still means the relationship id.
    if (idAt < 0) idAt = scan.prefixedAttrIndex("id");
    const rel = idAt >= 0 ? rels.get(scan.attrValue(idAt)) : undefined;
    const isWorksheet = rel !== undefined && !rel.external && rel.type.endsWith("/worksheet");
    const state = scan.attr("state");
    const visibility: SheetVisibility =
      state === "veryHidden" ? "veryHidden" : state === "hidden" ? "hidden" : "visible";
    sheets.push({
      name: scan.attr("name") ?? "",
      visibility,
      part: isWorksheet ? resolveTarget(workbookPart, rel.target) : null,
    });
  });
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
  const scan = new XmlScanner(ROW_TEXT_LIMIT_MB * 2 ** 20, () =>
    formatErrors.corrupt("a shared string is larger than the row limit"),
  );
  // Depth of the <si> being read and of a phonetic run in it (<rPh>, not shown in the cell); 0: outside.
  let itemDepth = 0;
  let phoneticDepth = 0;
  let inT = false;
  let text = "";
  const step = (): void => {
    for (let k = scan.next(); k !== NEED_MORE; k = scan.next()) {
      if (k === TEXT) {
        if (inT) text += scan.text();
        continue;
      }
      if (!SPREADSHEET_NS.has(scan.ns)) continue;
      const level = k === OPEN && !scan.selfClosing ? scan.depth : scan.depth + 1;
      if (k === OPEN) {
        if (itemDepth === 0) {
          if (!scan.is("si")) continue;
          if (scan.selfClosing) out.push("");
          else if (scan.plainChild("t"))
            out.push(excelText(scan.text())); // `<si><t>…</t></si>`, the commonest
          else {
            itemDepth = level;
            text = "";
          }
        } else if (phoneticDepth === 0) {
          if (scan.is("t")) inT = !scan.selfClosing;
          else if (scan.is("rPh") && !scan.selfClosing) phoneticDepth = level;
        }
      } else if (level === itemDepth) {
        out.push(excelText(text));
        itemDepth = phoneticDepth = 0;
        inT = false;
      } else if (level === phoneticDepth) phoneticDepth = 0;
      else if (inT && scan.is("t")) inT = false;
    }
  };
  const streaming = streamPart(
    pkg,
    e,
    (piece) => {
      scan.push(piece);
      step();
    },
    inflate,
  );
  const finish = (): string[] => {
    scan.end();
    step();
    return out;
  };
  return streaming ? streaming.then(finish) : finish();
}

/** One worksheet's values, streamed through the inflater, and the `<c>` elements it took of the cell limit. */
function readSheet(
  pkg: Package,
  ref: SheetRef,
  sharedStrings: readonly string[],
  maxCells: number,
  inflate: Inflater,
  workbookLimit = maxCells,
): { sheet: SheetValues; cells: number } | Promise<{ sheet: SheetValues; cells: number }> {
  const e = entry(pkg, ref.part as string);
  if (!e) throw formatErrors.corrupt(`worksheet part ${ref.part} of sheet "${ref.name}" is missing`);
  const collector = sheetCollector(ref.name, sharedStrings, pkg.date1904, {
    maxCells,
    // Past the sheets read before it, the limit that ran out is the workbook's.
    onTooManyCells: () =>
      maxCells < workbookLimit
        ? formatErrors.tooManyCellsInWorkbook(workbookLimit)
        : formatErrors.tooManyCells(ref.name, maxCells),
    maxPendingChars: ROW_TEXT_LIMIT_MB * 2 ** 20,
    onPendingTooLong: (what) =>
      what === "tag"
        ? formatErrors.corrupt(`sheet "${ref.name}" has a tag longer than 1 MB`)
        : formatErrors.cellTooLong(ref.name),
    onOutsideSheet: (cell) => formatErrors.outsideSheet(ref.name, cell),
  });
  const streaming = streamPart(pkg, e, (text) => collector.push(text), inflate);
  const finish = (): { sheet: SheetValues; cells: number } => {
    const sheet = collector.finish();
    return {
      sheet: ref.visibility === "visible" ? sheet : { ...sheet, visibility: ref.visibility },
      cells: collector.cellsRead,
    };
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
      const { sheet, cells } = now(readSheet(pkg, ref, sharedStrings, left, inflateEntry, maxCells));
      left -= cells;
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
      const { sheet, cells } = await readSheet(pkg, ref, sharedStrings, left, inflate, maxCells);
      left -= cells;
      sheets.push(sheet);
    }
    return { sheets, date1904: pkg.date1904 };
  } catch (err) {
    throw asFormatError(err);
  }
}
