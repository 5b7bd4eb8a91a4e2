/**
 * What the clerk is told when a file cannot be read, per language. One place, so the CLI, the pane and the
 * tests all show the same words; the error carries both and each shows the user's.
 */
import { WorkbookFormatError } from "../port";
import { phrases } from "../phrases";

/** Each reason a file is not read, in Chinese. */
const ZH = {
  empty: () => "文件是空的（0 字节），不是 Excel 工作簿。",
  xls: () => "这是旧版 Excel 97-2003 工作簿（.xls），无法直接读取。请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再试。",
  encrypted: () =>
    "此工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx 再试。",
  otherOle: () => "这是旧版 Office 文件（不是 .xlsx 工作簿）。请在 Excel 中另存为 .xlsx 后再试。",
  csv: () => "这是文本文件（如 CSV），不是 Excel 工作簿。请在 Excel 中打开后“另存为” Excel 工作簿（.xlsx）再试。",
  notXlsx: () => "这不是 Excel 工作簿（.xlsx）文件，无法读取。",
  zipNotWorkbook: (what: string) => `这是压缩文件（${what}），但不是 Excel 工作簿（.xlsx）。`,
  xlsb: () => "这是 Excel 二进制工作簿（.xlsb），无法读取。请在 Excel 中另存为 .xlsx 后再试。",
  ods: () => "这是 OpenDocument 表格（.ods，WPS/LibreOffice），无法读取。请另存为 Excel 工作簿（.xlsx）后再试。",
  corrupt: () =>
    "文件已损坏或不完整（可能下载或复制未完成），无法读取。请重新获取文件，或在 Excel 中打开并另存后再试。",
  tooBig: (limit: number) =>
    `文件解压后超过 ${formatBytes(limit)} 的上限（maxUncompressedBytes），为防止异常文件拖垮程序已停止读取。`,
  tooManyCells: (sheet: string, limit: number) =>
    `工作表“${sheet}”的单元格数超过 ${limit.toLocaleString("en-US")} 个的上限（maxCells），已停止读取。`,
  tooManyCellsInWorkbook: (limit: number) =>
    `工作簿各工作表的单元格合计超过 ${limit.toLocaleString("en-US")} 个的上限（maxCells），已停止读取。`,
  cellTooLong: (sheet: string) =>
    `工作表“${sheet}”中有一个单元格的内容过大（超过 ${ROW_TEXT_LIMIT_MB} MB），无法读取。`,
  outsideSheet: (sheet: string, cell: string) =>
    `工作表“${sheet}”中的单元格 ${cell} 超出 Excel 的表格范围（最多 1,048,576 行、16,384 列），文件可能已损坏。请在 Excel 中打开并另存后再试。`,
};

const EN: typeof ZH = {
  empty: () => "The file is empty (0 bytes); it is not an Excel workbook.",
  xls: () =>
    "This is an old Excel 97-2003 workbook (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.",
  encrypted: () =>
    "This workbook is password-protected (encrypted). Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save as .xlsx and try again.",
  otherOle: () => "This is an old-style Office file, not an .xlsx workbook. Save it as .xlsx in Excel and try again.",
  csv: () =>
    "This is a text file (such as CSV), not an Excel workbook. Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.",
  notXlsx: () => "This is not an Excel workbook (.xlsx) file.",
  zipNotWorkbook: (what) => `This is a zip-based file (${what}) but not an Excel workbook (.xlsx).`,
  xlsb: () => "This is an Excel Binary Workbook (.xlsb). Save it as .xlsx in Excel and try again.",
  ods: () => "This is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) and try again.",
  corrupt: () =>
    "The file is damaged or incomplete (perhaps a download or copy did not finish). Get the file again, or open and re-save it in Excel.",
  tooBig: (limit) =>
    `The file unpacks to more than the limit of ${formatBytes(limit)} (maxUncompressedBytes); reading was stopped to protect the program from a malformed file.`,
  tooManyCells: (sheet, limit) =>
    `Sheet "${sheet}" has more than ${limit.toLocaleString("en-US")} cells, the limit (maxCells); reading was stopped.`,
  tooManyCellsInWorkbook: (limit) =>
    `The workbook's sheets together hold more than ${limit.toLocaleString("en-US")} cells, the limit (maxCells); reading was stopped.`,
  cellTooLong: (sheet) =>
    `A single cell of sheet "${sheet}" holds more than ${ROW_TEXT_LIMIT_MB} MB of data; it cannot be read.`,
  outsideSheet: (sheet, cell) =>
    `Sheet "${sheet}" has a cell ${cell} outside Excel's grid (at most 1,048,576 rows and 16,384 columns); the file may be damaged. Open and re-save it in Excel and try again.`,
};

export const FORMAT_PHRASES = phrases(ZH, EN);

type Id = keyof typeof ZH;
const err =
  <K extends Id>(id: K) =>
  (...params: Parameters<(typeof ZH)[K]>): WorkbookFormatError =>
    new WorkbookFormatError(FORMAT_PHRASES.words(id, ...params));

/** The error for each reason, as the reader throws it. */
export const formatErrors = {
  empty: err("empty"),
  xls: err("xls"),
  encrypted: err("encrypted"),
  otherOle: err("otherOle"),
  csv: err("csv"),
  notXlsx: err("notXlsx"),
  zipNotWorkbook: err("zipNotWorkbook"),
  xlsb: err("xlsb"),
  ods: err("ods"),
  // The parser's detail is a developer's English: the English line keeps it, the Chinese says what to do.
  corrupt: (detail: string): WorkbookFormatError =>
    new WorkbookFormatError({
      zh: FORMAT_PHRASES.text("zh", "corrupt"),
      en: `${FORMAT_PHRASES.text("en", "corrupt")} (${detail})`,
    }),
  tooBig: err("tooBig"),
  tooManyCells: err("tooManyCells"),
  tooManyCellsInWorkbook: err("tooManyCellsInWorkbook"),
  cellTooLong: err("cellTooLong"),
  outsideSheet: err("outsideSheet"),
};

export const ROW_TEXT_LIMIT_MB = 128;

function formatBytes(n: number): string {
  if (n >= 1 << 30) return `${+(n / (1 << 30)).toFixed(2)} GB`;
  if (n >= 1 << 20) return `${+(n / (1 << 20)).toFixed(1)} MB`;
  return `${n} B`;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** UTF-16LE bytes of an ASCII name, as OLE2 directory entries store stream names. */
function utf16le(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Looks like text a clerk might have exported: decodes as UTF-8 (or is GBK-ish) and has no NUL bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  return control === 0;
}

/**
 * Says why bytes that are not a zip cannot be a workbook. OLE2 files are either an .xls or an encrypted
 * OOXML package (Office wraps an encrypted .xlsx in OLE2 with an EncryptionInfo stream).
 */
export function nonZipError(bytes: Uint8Array): WorkbookFormatError {
  if (bytes.length === 0) return formatErrors.empty();
  if (startsWith(bytes, OLE2_MAGIC)) {
    if (contains(bytes, utf16le("EncryptionInfo")) || contains(bytes, utf16le("EncryptedPackage")))
      return formatErrors.encrypted();
    if (contains(bytes, utf16le("Workbook")) || contains(bytes, utf16le("Book"))) return formatErrors.xls();
    return formatErrors.otherOle();
  }
  if (looksLikeText(bytes)) return formatErrors.csv();
  return formatErrors.notXlsx();
}

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  (bytes[2] === 3 || bytes[2] === 5) &&
  (bytes[3] === 4 || bytes[3] === 6);
