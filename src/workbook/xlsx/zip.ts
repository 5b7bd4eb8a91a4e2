/**
 * Just enough of the zip format to read an .xlsx from bytes, one entry at a time, without trusting the
 * sizes the archive claims: entries are inflated in a stream and the caller sees every chunk, so a
 * decompression limit stops a zip bomb after the limit, not after the bomb.
 *
 * Runs in Node and the browser (fflate only). Works on the central directory, so entries can be read in
 * any order (shared strings before the sheet that uses them).
 */
import { Inflate } from "fflate";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The bytes are not a readable zip archive; `detail` is for logs, the caller words the message. */
export class ZipFormatError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "ZipFormatError";
  }
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
// Zip64 fields are 64-bit; anything we can hold in memory fits in a double exactly.
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 2 ** 32;

function need(bytes: Uint8Array, offset: number, length: number, what: string): void {
  if (offset < 0 || offset + length > bytes.length)
    throw new ZipFormatError(`truncated: ${what} at ${offset} runs past the end`);
}

/** Lists the entries of the archive from its central directory. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (u32(bytes, i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end-of-central-directory record (truncated or not a zip)");
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && u32(bytes, loc) === SIG_EOCD64_LOCATOR) {
      const e64 = u64(bytes, loc + 8);
      need(bytes, e64, 56, "zip64 end record");
      if (u32(bytes, e64) !== SIG_EOCD64) throw new ZipFormatError("bad zip64 end record");
      count = u64(bytes, e64 + 32);
      cdSize = u64(bytes, e64 + 40);
      cdOffset = u64(bytes, e64 + 48);
    }
  }
  need(bytes, cdOffset, cdSize, "central directory");
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    need(bytes, p, 46, "central directory entry");
    if (u32(bytes, p) !== SIG_CENTRAL) throw new ZipFormatError(`bad central directory entry ${i}`);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localHeaderOffset = u32(bytes, p + 42);
    need(bytes, p + 46, nameLen + extraLen, "entry name");
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extra field (0x0001): present values replace the 0xffffffff placeholders, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(bytes, x);
      const len = u16(bytes, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= x + 4 + len) ((uncompressedSize = u64(bytes, q)), (q += 8));
        if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) ((compressedSize = u64(bytes, q)), (q += 8));
        if (localHeaderOffset === 0xffffffff && q + 8 <= x + 4 + len) localHeaderOffset = u64(bytes, q);
      }
      x += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where the entry's compressed data starts (after its local header). */
function dataStart(bytes: Uint8Array, e: ZipEntry): number {
  need(bytes, e.localHeaderOffset, 30, `local header of ${e.name}`);
  if (u32(bytes, e.localHeaderOffset) !== SIG_LOCAL) throw new ZipFormatError(`bad local header of ${e.name}`);
  const start = e.localHeaderOffset + 30 + u16(bytes, e.localHeaderOffset + 26) + u16(bytes, e.localHeaderOffset + 28);
  need(bytes, start, e.compressedSize, `data of ${e.name}`);
  return start;
}

// Deflate expands at most ~1032:1, so a 64 KB input chunk can never hand over more than ~66 MB at once.
const CHUNK = 1 << 16;

/** Hands the entry's output to `onChunk`, refusing what unpacks past its declared size or the budget. */
function checkedSink(
  e: ZipEntry,
  budget: { remaining: number },
  onOverLimit: () => Error,
  onChunk: (chunk: Uint8Array) => void,
): (chunk: Uint8Array) => void {
  let produced = 0;
  return (chunk) => {
    // Sizes in the central directory are what Excel wrote; unpacking past them is a forged header (a bomb
    // that declares a few bytes), stopped here rather than at the much larger budget.
    produced += chunk.length;
    if (produced > e.uncompressedSize)
      throw new ZipFormatError(
        `entry ${e.name} unpacks to more than the ${e.uncompressedSize} bytes its header declares`,
      );
    budget.remaining -= chunk.length;
    if (budget.remaining < 0) throw onOverLimit();
    onChunk(chunk);
  };
}

/** The entry's compressed bytes, after checks that apply whatever inflates them; null when stored. */
function deflated(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  if (e.flags & 1) throw new ZipFormatError(`entry ${e.name} is encrypted (zip password)`);
  const start = dataStart(bytes, e);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return null;
  if (e.method !== 8) throw new ZipFormatError(`entry ${e.name} uses unsupported compression method ${e.method}`);
  return data;
}

function stored(bytes: Uint8Array, e: ZipEntry, take: (chunk: Uint8Array) => void): void {
  const start = dataStart(bytes, e);
  for (let i = 0; i < e.compressedSize; i += CHUNK)
    take(bytes.subarray(start + i, start + Math.min(e.compressedSize, i + CHUNK)));
}

/**
 * Streams the entry's uncompressed bytes to `onChunk`. `budget.remaining` is decremented as bytes come
 * out; when it would go below zero, `onOverLimit` is thrown (the caller's error), before the next chunk
 * is handed over. Throws ZipFormatError for a damaged entry.
 */
export function inflateEntry(
  bytes: Uint8Array,
  e: ZipEntry,
  budget: { remaining: number },
  onOverLimit: () => Error,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const data = deflated(bytes, e);
  const take = checkedSink(e, budget, onOverLimit, onChunk);
  if (data === null) return stored(bytes, e, take);
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (chunk.length > 0) take(chunk);
    if (final) ended = true;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let i = 0; i < data.length; i += CHUNK) {
      const end = Math.min(data.length, i + CHUNK);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch (err) {
    if (err instanceof Error && (err as { code?: unknown }).code !== undefined && !(err instanceof ZipFormatError)) {
      // fflate's errors carry a numeric code (invalid block type, unexpected EOF …).
      throw new ZipFormatError(`entry ${e.name}: ${err.message}`);
    }
    throw err;
  }
  if (!ended) throw new ZipFormatError(`entry ${e.name}: deflate stream ended early`);
}

/** Whether this runtime inflates natively (browsers, Node ≥ 21.2 and 20's later releases). */
export function hasNativeInflate(): boolean {
  if (typeof DecompressionStream === "undefined") return false;
  try {
    new DecompressionStream("deflate-raw" as CompressionFormat);
    return true;
  } catch {
    return false;
  }
}

/**
 * As inflateEntry, with the runtime's own inflater (`DecompressionStream("deflate-raw")`, native code:
 * several times faster than fflate's JavaScript on a cold start, as in a worker reading one workbook).
 * The same checks, the same chunks' bytes, the same errors; a refused chunk cancels the stream, so a
 * bomb stops at the limit here too.
 */
export async function inflateEntryNative(
  bytes: Uint8Array,
  e: ZipEntry,
  budget: { remaining: number },
  onOverLimit: () => Error,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const data = deflated(bytes, e);
  const take = checkedSink(e, budget, onOverLimit, onChunk);
  if (data === null) return stored(bytes, e, take);
  const stream = new DecompressionStream("deflate-raw" as CompressionFormat);
  const writer = stream.writable.getWriter();
  // Fed in chunks, not awaited: the reader below drains the stream, and a failure surfaces there.
  const fed = (async () => {
    for (let i = 0; i < data.length; i += CHUNK)
      await writer.write(data.subarray(i, Math.min(data.length, i + CHUNK)) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  fed.catch(() => undefined);
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (err) {
        // The runtime's words (Chromium: "The compressed data was not valid"; Node: "unexpected end of file" …).
        throw new ZipFormatError(`entry ${e.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (next.done) break;
      if (next.value.length > 0) take(next.value);
    }
  } catch (err) {
    reader.cancel().catch(() => undefined);
    throw err;
  }
}
