/**
 * Text as an .xlsx holds it: XML's escapes, Excel's own `_xHHHH_` escapes, and UTF-8 arriving in chunks
 * that may cut a character in two.
 */

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function codePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\ufffd";
}

/** Resolves the five named entities and character references (an unknown name is left as written). */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? NAMED[name] : codePoint(dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16)),
  );
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text of a string cell as Excel shows it, from the text the XML holds: Excel's own `_xHHHH_` escapes (used
 * for control characters such as `_x000D_`) decoded.
 */
export function excelText(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(OOXML_ESCAPE, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Length of the longest prefix of `b` that does not end inside a multi-byte UTF-8 character. */
function utf8Boundary(b: Uint8Array): number {
  const n = b.length;
  for (let back = 1; back <= 4 && back <= n; back++) {
    const byte = b[n - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** Decodes a stream of UTF-8 chunks into text pieces that never end inside a character. */
export function utf8Pieces(onText: (text: string) => void): { push(chunk: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder("utf-8");
  let pending: Uint8Array | null = null;
  return {
    push(bytes) {
      // Node's TextDecoder is several times slower in `stream` mode, so cut the chunk at the last whole
      // UTF-8 character ourselves and keep the few bytes of a split character for the next chunk.
      let chunk = bytes;
      if (pending) {
        chunk = new Uint8Array(pending.length + bytes.length);
        chunk.set(pending);
        chunk.set(bytes, pending.length);
        pending = null;
      }
      const whole = utf8Boundary(chunk);
      if (whole < chunk.length) {
        pending = chunk.slice(whole);
        chunk = chunk.subarray(0, whole);
      }
      if (chunk.length > 0) onText(decoder.decode(chunk));
    },
    end() {
      if (pending) onText(decoder.decode(pending));
      pending = null;
    },
  };
}
