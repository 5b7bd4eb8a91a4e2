/**
 * The little XML an .xlsx needs, read by scanning text rather than building a tree: the sheet parts
 * are the bulk of the file (hundreds of MB for a big log) and only cells and their values matter.
 */

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function codePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\ufffd";
}

/** Resolves the XML escapes of text or attribute content. */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? NAMED[name] : codePoint(dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16)),
  );
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text of a string cell as Excel shows it: XML escapes resolved, line ends normalised as any XML parser
 * does, and Excel's own `_xHHHH_` escapes (used for control characters such as `_x000D_`) decoded.
 */
export function cellText(raw: string): string {
  let s = unescapeXml(raw);
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  if (s.indexOf("_x") >= 0) s = s.replace(OOXML_ESCAPE, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of a start tag's inside (`name="x" r:id='y'`), unescaped, by qualified name. */
export function attributes(tagInside: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tagInside.matchAll(ATTR)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** The namespace prefix (with its colon, or "") the part uses for its root element, e.g. "x:" for `<x:worksheet`. */
export function rootPrefix(text: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>/]`).exec(text);
  return m?.[1] ?? "";
}

/**
 * Text of all `<t>` runs of a string item (`<si>` or `<is>`), skipping phonetic runs (`<rPh>`), which
 * Excel does not show in the cell.
 */
export function runsText(inner: string, p: string): string {
  const t0 = `<${p}t>`;
  // Fast path: one plain run, as Excel writes most strings.
  if (inner.startsWith(t0)) {
    const end = inner.indexOf(`</${p}t>`);
    if (end === inner.length - p.length - 4 && inner.indexOf("<", t0.length) === end)
      return cellText(inner.slice(t0.length, end));
  }
  let s = inner;
  if (s.indexOf(`<${p}rPh`) >= 0) s = s.replace(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, "g"), "");
  let out = "";
  const re = new RegExp(`<${p}t(?:\\s[^>]*)?(?:/>|>([^<]*)</${p}t>)`, "g");
  for (const m of s.matchAll(re)) out += m[1] ?? "";
  return cellText(out);
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

/**
 * Splits a stream of UTF-8 chunks into pieces of text that end just after a closing tag, so every piece
 * holds whole elements (whole rows, whole shared strings). Only the unconsumed tail is kept between
 * chunks, so a 1 GB sheet part never exists as one string.
 */
export function elementSplitter(
  closeTag: string,
  onText: (text: string) => void,
  maxCarryChars: number,
  onCarryTooLong: () => Error,
): { push(chunk: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  // The last few characters of `carry`, kept apart: slicing the carry itself would flatten the whole
  // (possibly huge) concatenated string on every chunk, turning a long run without a closing tag quadratic.
  let carryTail = "";
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
      const fresh = decoder.decode(chunk);
      const i = fresh.lastIndexOf(closeTag);
      let cut = i >= 0 ? i + closeTag.length : -1; // index into fresh just past the last tag
      if (cut < 0 && carry.length > 0) {
        // The tag may straddle the chunk boundary: probe only the few characters around it.
        const overlap = carryTail.length;
        const at = (carryTail + fresh.slice(0, closeTag.length - 1)).lastIndexOf(closeTag);
        if (at >= 0) cut = at - overlap + closeTag.length;
      }
      if (cut < 0) {
        carry += fresh;
        carryTail = (carryTail + fresh).slice(-(closeTag.length - 1));
        if (carry.length > maxCarryChars) throw onCarryTooLong();
        return;
      }
      const text = carry + fresh.slice(0, cut);
      carry = fresh.slice(cut);
      carryTail = carry.slice(-(closeTag.length - 1));
      onText(text);
    },
    end() {
      const rest = carry + (pending ? decoder.decode(pending) : "");
      carry = "";
      carryTail = "";
      if (rest.length > 0) onText(rest);
    },
  };
}
