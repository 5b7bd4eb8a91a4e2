/**
 * The package as a zip, written part by part as the XML is produced, in text chunks of about 64k
 * characters, so a large register never needs one giant string.
 *
 * Deflate is fflate's (pure JS, streaming) unless the caller supplies a native raw deflate: in Node,
 * zlib is about twice as fast as fflate on a 90 MB register, and src/xlsx-writer must not import Node
 * modules itself (it runs in the browser too).
 */
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";

const CHUNK_CHARS = 1 << 16;
// A fixed timestamp keeps the bytes of a report reproducible (zip times are local wall-clock fields).
const MTIME = new Date(Date.UTC(2020, 0, 1, 12));

/**
 * Raw DEFLATE (RFC 1951) of one piece of a part. Pieces are compressed independently and concatenated:
 * every piece but the last must end on a byte boundary without the final-block bit (zlib's Z_FULL_FLUSH),
 * the last one finishes the stream (Z_FINISH). In Node: `nodeDeflateRaw` (./node-deflate).
 */
export type DeflateRaw = (piece: Uint8Array, final: boolean) => Uint8Array<ArrayBufferLike>;

// Pieces for the native deflate: large enough that restarting the window costs nothing measurable.
const NATIVE_PIECE_BYTES = 1 << 20;

export interface ZipSink {
  /** Writes one part; `produce` emits its text in order. */
  part(path: string, produce: (emit: (xml: string) => void) => void): void;
  /** Ends the archive and returns its bytes. */
  finish(): Uint8Array;
}

// Slice-by-8 tables: eight bytes per step instead of one (the CRC of a 90 MB register is on the clock).
const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  return t;
})();

/** CRC-32 (zip's), continued from `crc` (start with 0). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLES;
  let c = ~crc;
  let i = 0;
  const end8 = data.length - (data.length % 8);
  for (; i < end8; i += 8) {
    const lo = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function createZipSink(level: 0 | 1 | 6 | 9, deflateRaw?: DeflateRaw): ZipSink {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const encoder = new TextEncoder();

  /**
   * Streams a part through the native deflate in ~1 MB pieces, CRC and size counted on the way; fflate's
   * zip only frames the entry (compression 8 = deflate) and takes the pieces as they come.
   */
  function nativePart(path: string, produce: (emit: (xml: string) => void) => void, deflate: DeflateRaw): void {
    const file: ZipInputFile = { filename: path, size: 0, crc: 0, compression: 8, mtime: MTIME };
    zip.add(file);
    const send = file.ondata as NonNullable<ZipInputFile["ondata"]>;
    let crc = 0;
    let size = 0;
    // Text is encoded straight into one reusable piece buffer; a 64k-character chunk needs at most 3
    // bytes per UTF-16 unit.
    const piece = new Uint8Array(NATIVE_PIECE_BYTES + 3 * CHUNK_CHARS);
    let used = 0;
    const flush = (final: boolean): void => {
      const bytes = piece.subarray(0, used);
      crc = crc32(bytes, crc);
      size += used;
      if (final) {
        // The entry's CRC and size must be right before its last chunk is handed over.
        file.crc = crc;
        file.size = size;
      }
      // The deflate's output is a new array, so the piece buffer can be reused. fflate's handler type
      // wants an ArrayBuffer-backed array; a Node Buffer is one at run time.
      send(null, deflate(bytes, final) as Uint8Array<ArrayBuffer>, final);
      used = 0;
    };
    // A text may be longer than the room left (a part emitted as one big string): encodeInto then stops
    // early, and what it did not read goes into the next piece.
    const put = (text: string): void => {
      let rest = text;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, piece.subarray(used));
        used += written;
        if (used >= NATIVE_PIECE_BYTES || read < rest.length) flush(false);
        if (read >= rest.length) return;
        rest = rest.slice(read);
      }
    };
    let buffer = "";
    produce((xml) => {
      buffer += xml;
      if (buffer.length >= CHUNK_CHARS) {
        put(buffer);
        buffer = "";
      }
    });
    put(buffer);
    flush(true);
  }

  return {
    part(path, produce) {
      if (deflateRaw) {
        nativePart(path, produce, deflateRaw);
        return;
      }
      const file = new ZipDeflate(path, { level });
      file.mtime = MTIME;
      zip.add(file);
      let buffer = "";
      produce((xml) => {
        buffer += xml;
        if (buffer.length >= CHUNK_CHARS) {
          file.push(encoder.encode(buffer));
          buffer = "";
        }
      });
      file.push(encoder.encode(buffer), true);
    },
    finish() {
      zip.end();
      if (failure) throw failure;
      return concat(out);
    },
  };
}
