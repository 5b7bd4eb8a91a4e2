/**
 * A streaming XML tokenizer for the parts of an .xlsx: start tags with their attributes, end tags and text,
 * with comments, processing instructions and a DOCTYPE skipped, CDATA kept as text, entities resolved and
 * element and attribute names resolved to their namespace URI (whatever prefix a writer chose).
 *
 * It is a pull scanner over text fed in pieces: `next()` reports one token through the scanner's own fields
 * (no object per token, since a big sheet has tens of millions of them) and NEED_MORE when the text ends
 * inside a construct, which is then kept and completed by the next `push`.
 */
import { unescapeXml } from "./xml-text";

export const NEED_MORE = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof NEED_MORE | typeof OPEN | typeof CLOSE | typeof TEXT;

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** XML's line-end normalisation, applied to raw text before its references are resolved (so `&#13;` stays). */
const lineEnds = (s: string): string => (s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n"));

/** The longest start or end tag (or declaration) carried from one piece of text to the next. */
const MAX_TAG_CHARS = 1 << 20;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** Namespace bindings in scope: prefix ("" for the default namespace) → URI. */
type Bindings = Map<string, string>;

const ROOT_BINDINGS: Bindings = new Map([["xml", XML_NS]]);

export class XmlScanner {
  private buf = "";
  private pos = 0;
  /** Where the search for the end of the construct at `pos` may start (it was searched up to there already). */
  private hint = 0;
  /** Element depth: 1 inside the root element (a field, not a getter: it is read for every token). */
  depth = 0;
  private bindings: Bindings = ROOT_BINDINGS;
  /** The default namespace in scope, kept apart from `bindings` as nearly every name is unprefixed. */
  private defaultNs: string | undefined = undefined;
  /** Bindings of the elements that declared some, innermost last, with the depth they were declared at. */
  private readonly scopes: { depth: number; outer: Bindings }[] = [];
  private ended = false;

  /** The element's qualified name, for OPEN and CLOSE. */
  nameStart = 0;
  nameEnd = 0;
  /** Start of the local name (after the prefix's colon). */
  localStart = 0;
  /** Namespace URI of the element (OPEN, CLOSE), undefined when it has none. */
  ns: string | undefined = undefined;
  /** OPEN of an empty element (`<c/>`): no CLOSE follows. */
  selfClosing = false;
  /** Attributes of the last OPEN as [nameStart, nameEnd, colon, valueStart, valueEnd] × attrCount. */
  private readonly attrs: number[] = [];
  attrCount = 0;
  /** Index of the unprefixed attribute `r`, and of `t`, of the last OPEN (-1: none): what a cell is read by. */
  rAttr = -1;
  tAttr = -1;
  // plainChild's literals, for the element name and prefix they were made for.
  private plainFor = "";
  private plainPrefix = "";
  private plainParent = "";
  private plainOpen = "";
  private plainClose = "";
  /** TEXT: its raw extent, and whether it is a CDATA section (taken literally). */
  textStart = 0;
  textEnd = 0;
  cdata = false;

  constructor(
    private readonly maxPendingChars: number,
    private readonly onPendingTooLong: (what: "text" | "tag") => Error,
  ) {}

  /** Adds text; the construct cut at the end of the previous text is completed by it. */
  push(text: string): void {
    const rest = this.buf.length - this.pos;
    this.buf = rest > 0 ? this.buf.slice(this.pos) + text : text;
    // Whatever construct was open had been searched to its end: resume the search a few characters back.
    this.hint = rest > 3 ? rest - 3 : 0;
    this.pos = 0;
  }

  /** No more text: a construct still open is what was left of a cut file; its text, if any, ends here. */
  end(): void {
    this.ended = true;
  }

  next(): Token {
    const buf = this.buf;
    for (;;) {
      const start = this.pos;
      if (start >= buf.length) return NEED_MORE;
      if (buf.charCodeAt(start) !== 60 /* < */) {
        let lt = buf.indexOf("<", Math.max(start, this.hint));
        if (lt < 0) {
          if (!this.ended) return this.more(start);
          lt = buf.length;
        }
        this.textStart = start;
        this.textEnd = lt;
        this.cdata = false;
        this.pos = lt;
        this.hint = 0;
        return TEXT;
      }
      const c1 = buf.charCodeAt(start + 1);
      if (c1 === 47 /* / */) {
        const gt = buf.indexOf(">", start + 2);
        if (gt < 0) return this.more(start, true);
        let e = start + 2;
        while (e < gt && !isSpace(buf.charCodeAt(e))) e++;
        this.setName(start + 2, e);
        this.ns = this.resolveElement();
        this.pos = gt + 1;
        this.hint = 0;
        if (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].depth === this.depth)
          this.setBindings((this.scopes.pop() as { outer: Bindings }).outer);
        if (this.depth > 0) this.depth--;
        return CLOSE;
      }
      if (c1 === 33 /* ! */) {
        if (buf.startsWith("<!--", start)) {
          const e = buf.indexOf("-->", Math.max(start + 4, this.hint));
          if (e < 0) return this.more(start);
          this.pos = e + 3;
          this.hint = 0;
          continue;
        }
        if (buf.startsWith("<![CDATA[", start)) {
          const e = buf.indexOf("]]>", Math.max(start + 9, this.hint));
          if (e < 0) return this.more(start);
          this.textStart = start + 9;
          this.textEnd = e;
          this.cdata = true;
          this.pos = e + 3;
          this.hint = 0;
          return TEXT;
        }
        if (buf.length - start < 9) return this.more(start, true);
        // A DOCTYPE (or another declaration): skipped, an internal subset in [ ] included.
        const gt = this.declarationEnd(start);
        if (gt < 0) return this.more(start, true);
        this.pos = gt + 1;
        this.hint = 0;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const e = buf.indexOf("?>", Math.max(start + 2, this.hint));
        if (e < 0) return this.more(start);
        this.pos = e + 2;
        this.hint = 0;
        continue;
      }
      if (start + 1 >= buf.length) return this.more(start, true);
      const t = this.startTag(start);
      if (t < 0) return this.more(start, true);
      this.pos = t;
      this.hint = 0;
      return OPEN;
    }
  }

  private more(start: number, tag = false): Token {
    this.pos = start;
    if (this.ended) {
      this.pos = this.buf.length; // a construct cut off by the end of the part: nothing more to read
      return NEED_MORE;
    }
    // A tag is parsed again from its start when more text comes, so it is held to a size no real tag nears;
    // text, comments and CDATA resume where their search stopped and may grow to the part's limit.
    const pending = this.buf.length - start;
    if (tag && pending > MAX_TAG_CHARS) throw this.onPendingTooLong("tag");
    if (pending > this.maxPendingChars) throw this.onPendingTooLong("text");
    return NEED_MORE;
  }

  private declarationEnd(start: number): number {
    const buf = this.buf;
    let bracket = false;
    for (let i = start + 2; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c === 91 /* [ */) bracket = true;
      else if (c === 93 /* ] */) bracket = false;
      else if (c === 62 /* > */ && !bracket) return i;
      else if (c === 34 || c === 39) {
        const q = buf.indexOf(c === 34 ? '"' : "'", i + 1);
        if (q < 0) return -1;
        i = q;
      }
    }
    return -1;
  }

  private setName(start: number, end: number): void {
    this.nameStart = start;
    this.nameEnd = end;
    // Searched within the name only: an unbounded indexOf would scan the rest of the text for every tag.
    let local = start;
    for (let i = start; i < end; i++) if (this.buf.charCodeAt(i) === 58 /* : */) local = i + 1;
    this.localStart = local;
  }

  private resolveElement(): string | undefined {
    if (this.localStart === this.nameStart) return this.defaultNs;
    return this.bindings.get(this.buf.slice(this.nameStart, this.localStart - 1));
  }

  /** Parses the start tag at `start`; the index just past it, or -1 when the text ends inside it. */
  private startTag(start: number): number {
    const buf = this.buf;
    const n = buf.length;
    let i = start + 1;
    while (i < n) {
      const c = buf.charCodeAt(i);
      if (isSpace(c) || c === 62 || c === 47) break;
      i++;
    }
    if (i >= n) return -1;
    const nameEnd = i;
    const attrs = this.attrs;
    let count = 0;
    let declares = false;
    let rAt = -1;
    let tAt = -1;
    let selfClosing = false;
    for (;;) {
      let c = buf.charCodeAt(i);
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= n) return -1;
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (i + 1 >= n) return -1;
        selfClosing = true;
        i += buf.charCodeAt(i + 1) === 62 ? 2 : 1;
        break;
      }
      const aStart = i;
      let colon = -1;
      while (i < n) {
        c = buf.charCodeAt(i);
        if (c === 61 || isSpace(c) || c === 62 || c === 47) break;
        if (c === 58 && colon < 0) colon = i;
        i++;
      }
      const aEnd = i;
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= n) return -1;
      if (c !== 61 /* = */) {
        // An attribute without a value is not XML; read past it rather than stop.
        if (aEnd === aStart) i++;
        continue;
      }
      c = buf.charCodeAt(++i);
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= n) return -1;
      let vStart: number;
      let vEnd: number;
      if (c === 34 || c === 39) {
        vStart = i + 1;
        vEnd = buf.indexOf(c === 34 ? '"' : "'", vStart);
        if (vEnd < 0) return -1;
        i = vEnd + 1;
      } else {
        // Unquoted: not XML either; the value runs to the next space or the tag's end.
        vStart = i;
        while (i < n && !isSpace(buf.charCodeAt(i)) && buf.charCodeAt(i) !== 62) i++;
        if (i >= n) return -1;
        vEnd = i;
      }
      const k = count * 5;
      attrs[k] = aStart;
      attrs[k + 1] = aEnd;
      attrs[k + 2] = colon;
      attrs[k + 3] = vStart;
      attrs[k + 4] = vEnd;
      if (aEnd - aStart === 1) {
        const ch = buf.charCodeAt(aStart);
        if (ch === 114 /* r */) rAt = count;
        else if (ch === 116 /* t */) tAt = count;
      }
      count++;
      // xmlns or xmlns:p
      if (
        buf.charCodeAt(aStart) === 120 &&
        buf.startsWith("xmlns", aStart) &&
        (aEnd === aStart + 5 || colon === aStart + 5)
      )
        declares = true;
    }
    this.attrCount = count;
    this.rAttr = rAt;
    this.tAttr = tAt;
    this.selfClosing = selfClosing;
    this.setName(start + 1, nameEnd);
    if (declares) this.declare();
    this.ns = this.resolveElement();
    if (!selfClosing) this.depth++;
    else if (declares) this.setBindings((this.scopes.pop() as { outer: Bindings }).outer);
    return i;
  }

  /** The namespace declarations of the current start tag open a scope (closed with the element). */
  private declare(): void {
    const outer = this.bindings;
    const inner = new Map(outer);
    for (let a = 0; a < this.attrCount; a++) {
      const k = a * 5;
      const s = this.attrs[k];
      const e = this.attrs[k + 1];
      if (!this.buf.startsWith("xmlns", s)) continue;
      if (e === s + 5) inner.set("", this.attrValue(a));
      else if (this.attrs[k + 2] === s + 5) inner.set(this.buf.slice(s + 6, e), this.attrValue(a));
    }
    // The scope belongs to the depth the element's content will have.
    this.scopes.push({ depth: this.selfClosing ? this.depth : this.depth + 1, outer });
    this.setBindings(inner);
  }

  private setBindings(b: Bindings): void {
    this.bindings = b;
    this.defaultNs = b.get("");
  }

  /** Index of the attribute with this local name and namespace (undefined: none, as unprefixed ones are), or -1. */
  attrIndex(local: string, ns?: string): number {
    const buf = this.buf;
    for (let a = 0; a < this.attrCount; a++) {
      const k = a * 5;
      const s = this.attrs[k];
      const e = this.attrs[k + 1];
      const colon = this.attrs[k + 2];
      const ls = colon >= 0 ? colon + 1 : s;
      if (e - ls !== local.length || !buf.startsWith(local, ls)) continue;
      if (colon < 0) {
        if (ns === undefined) return a;
        continue;
      }
      if (ns !== undefined && this.bindings.get(buf.slice(s, colon)) === ns) return a;
    }
    return -1;
  }

  /** Index of the first prefixed attribute with this local name, whatever its namespace, or -1. */
  prefixedAttrIndex(local: string): number {
    for (let a = 0; a < this.attrCount; a++) {
      const colon = this.attrs[a * 5 + 2];
      const e = this.attrs[a * 5 + 1];
      if (colon >= 0 && e - colon - 1 === local.length && this.buf.startsWith(local, colon + 1)) return a;
    }
    return -1;
  }

  /** An attribute's value as the document means it: references resolved, white space normalised. */
  attrValue(a: number): string {
    const s = this.attrs[a * 5 + 3];
    const e = this.attrs[a * 5 + 4];
    let plain = true;
    for (let i = s; i < e && plain; i++) {
      const c = this.buf.charCodeAt(i);
      plain = c !== 38 /* & */ && c !== 9 && c !== 10 && c !== 13;
    }
    const raw = this.buf.slice(s, e);
    return plain ? raw : unescapeXml(raw.replace(/\r\n|[\t\n\r]/g, " "));
  }

  /** The value of the unprefixed attribute `local`, or null. */
  attr(local: string): string | null {
    const a = this.attrIndex(local);
    return a < 0 ? null : this.attrValue(a);
  }

  /** Raw extent of an attribute's value (for reading a cell reference in place). */
  valueStart(a: number): number {
    return this.attrs[a * 5 + 3];
  }
  valueEnd(a: number): number {
    return this.attrs[a * 5 + 4];
  }

  /** The text being scanned and where the next token starts, for a fast path reading plain markup in place. */
  get source(): string {
    return this.buf;
  }
  get at(): number {
    return this.pos;
  }
  /** Moves past markup a fast path read whole (complete elements only, so the depth is unchanged). */
  skipTo(pos: number): void {
    this.pos = pos;
    this.hint = 0;
  }

  /** Whether the element just opened declared namespaces (its content may then bind prefixes differently). */
  declaredHere(): boolean {
    return this.scopes.length > 0 && this.scopes[this.scopes.length - 1].depth === this.depth && !this.selfClosing;
  }

  /** The prefix of the current element's name with its colon, or "". */
  prefix(): string {
    return this.buf.slice(this.nameStart, this.localStart);
  }

  /** Character at an index of the current text (for reading in place what `attrRaw` or a TEXT points at). */
  code(i: number): number {
    return this.buf.charCodeAt(i);
  }

  /** Whether the element's local name is `local`. */
  is(local: string): boolean {
    return this.nameEnd - this.localStart === local.length && this.buf.startsWith(local, this.localStart);
  }

  /**
   * The commonest content of an element just opened, read in one step: `<v>text</v>` and the element's end
   * tag, written plainly (same prefix, no attributes, no white space, no markup in the text). Returns the
   * text as the current TEXT (read it with `text()` or in place) and moves past the end tag; returns false,
   * having consumed nothing, for anything else (which the tokens then read), and when the element declared
   * namespaces of its own.
   */
  plainChild(child: string): boolean {
    if (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].depth === this.depth) return false;
    const buf = this.buf;
    const p = this.plainPrefix;
    const e = this.plainParent;
    if (
      this.plainFor !== child ||
      this.localStart - this.nameStart !== p.length ||
      this.nameEnd - this.localStart !== e.length ||
      !buf.startsWith(e, this.localStart) ||
      (p.length > 0 && !buf.startsWith(p, this.nameStart))
    ) {
      // Literals for this element's name and prefix, remade only when they (or the child asked for) change.
      const prefix = buf.slice(this.nameStart, this.localStart);
      const parent = buf.slice(this.localStart, this.nameEnd);
      this.plainOpen = `<${prefix}${child}>`;
      this.plainClose = `</${prefix}${child}></${prefix}${parent}>`;
      this.plainFor = child;
      this.plainPrefix = prefix;
      this.plainParent = parent;
    }
    const open = this.plainOpen;
    const start = this.pos;
    if (!buf.startsWith(open, start)) return false;
    const textStart = start + open.length;
    const lt = buf.indexOf("<", textStart);
    if (lt < 0 || !buf.startsWith(this.plainClose, lt)) return false;
    this.pos = lt + this.plainClose.length;
    this.depth--;
    this.textStart = textStart;
    this.textEnd = lt;
    this.cdata = false;
    return true;
  }

  /**
   * The current TEXT read in place as a whole number written in plain digits (white space around them
   * allowed), or -1 when it is anything else — for a shared-string index, without making a string of it.
   */
  textIndex(): number {
    const buf = this.buf;
    let i = this.textStart;
    const end = this.textEnd;
    while (i < end && isSpace(buf.charCodeAt(i))) i++;
    const first = i;
    let n = 0;
    for (; i < end; i++) {
      const c = buf.charCodeAt(i);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    if (i === first || i - first > 15) return -1;
    while (i < end && isSpace(buf.charCodeAt(i))) i++;
    return i === end ? n : -1;
  }

  /** The current TEXT as the document means it. */
  text(): string {
    const raw = this.buf.slice(this.textStart, this.textEnd);
    return this.cdata ? lineEnds(raw) : unescapeXml(lineEnds(raw));
  }

  /** The element's local name (for parts read rarely; the sheet compares in place with `is`). */
  localName(): string {
    return this.buf.slice(this.localStart, this.nameEnd);
  }
}
