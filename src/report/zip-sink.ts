/**
 * The package as a streaming zip: each part is deflated as its XML is produced, in text chunks of about
 * 64k characters, so a large register never needs one giant string or byte array (fflate, sync).
 */
import { Zip, ZipDeflate } from "fflate";

const CHUNK_CHARS = 1 << 16;
// A fixed timestamp keeps the bytes of a report reproducible (zip times are local wall-clock fields).
const MTIME = new Date(Date.UTC(2020, 0, 1, 12));

export interface ZipSink {
  /** Writes one part; `produce` emits its text in order. */
  part(path: string, produce: (emit: (xml: string) => void) => void): void;
  /** Ends the archive and returns its bytes. */
  finish(): Uint8Array;
}

export function createZipSink(level: 0 | 1 | 6 | 9): ZipSink {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const encoder = new TextEncoder();
  return {
    part(path, produce) {
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
      const size = out.reduce((n, c) => n + c.length, 0);
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of out) {
        bytes.set(c, at);
        at += c.length;
      }
      return bytes;
    },
  };
}
