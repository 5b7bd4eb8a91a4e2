/**
 * The package as a zip, written part by part as the XML is produced, in text chunks of about 64k
 * characters, so a large register never needs one giant string.
 *
 * Deflate is fflate's (pure JS, streaming) unless the caller supplies a native raw-deflate: in Node,
 * zlib.deflateRawSync is several times faster than fflate on a 90 MB register, and src/report must not
 * import Node modules itself (it runs in the browser too).
 */
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";

const CHUNK_CHARS = 1 << 16;
// A fixed timestamp keeps the bytes of a report reproducible (zip times are local wall-clock fields).
const MTIME = new Date(Date.UTC(2020, 0, 1, 12));
// Parts smaller than this are not worth a native call.
const NATIVE_MIN_BYTES = 1 << 20;

/** Raw DEFLATE (RFC 1951, no zlib header) of the whole input. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array<ArrayBufferLike>;

export interface ZipSink {
  /** Writes one part; `produce` emits its text in order. */
  part(path: string, produce: (emit: (xml: string) => void) => void): void;
  /** Ends the archive and returns its bytes. */
  finish(): Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (zip's), continued from `crc` (start with 0). */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
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

  /** Collects the part's bytes, then hands them to the native deflate as one stored-size entry. */
  function nativePart(path: string, produce: (emit: (xml: string) => void) => void): boolean {
    if (!deflateRaw) return false;
    const chunks: Uint8Array[] = [];
    let buffer = "";
    produce((xml) => {
      buffer += xml;
      if (buffer.length >= CHUNK_CHARS) {
        chunks.push(encoder.encode(buffer));
        buffer = "";
      }
    });
    chunks.push(encoder.encode(buffer));
    const data = concat(chunks);
    if (data.length < NATIVE_MIN_BYTES) {
      const file = new ZipDeflate(path, { level });
      file.mtime = MTIME;
      zip.add(file);
      file.push(data, true);
      return true;
    }
    const file: ZipInputFile = { filename: path, size: data.length, crc: crc32(data), compression: 8, mtime: MTIME };
    zip.add(file);
    // fflate's handler type wants an ArrayBuffer-backed array; a Node Buffer is one at run time.
    (file.ondata as NonNullable<ZipInputFile["ondata"]>)(null, deflateRaw(data) as Uint8Array<ArrayBuffer>, true);
    return true;
  }

  return {
    part(path, produce) {
      if (nativePart(path, produce)) return;
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
