/** Reading a generated .xlsx the way an independent consumer would: unzip, parse XML, follow relationships. */
import { unzipSync, strFromU8 } from "fflate";
import { JSDOM } from "jsdom";
import { SaxesParser } from "saxes";

const { DOMParser } = new JSDOM("").window;

export function unzipParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** Parses XML strictly: a malformed part fails the test. */
export function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const err = doc.getElementsByTagName("parsererror")[0];
  if (err) throw new Error(`XML parse error: ${err.textContent}`);
  return doc;
}

/** Elements by qualified name (prefix:local as written), in document order. */
export const all = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagName(tag));
export const one = (node: Document | Element, tag: string): Element => {
  const found = all(node, tag);
  if (found.length === 0) throw new Error(`no <${tag}>`);
  return found[0];
};
export const childNames = (el: Element): string[] => Array.from(el.children).map((c) => c.tagName);

/** Resolves a relationship target against the part that owns the .rels. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = ownerPart.includes("/") ? ownerPart.slice(0, ownerPart.lastIndexOf("/")).split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== ".") base.push(seg);
  }
  return base.join("/");
}

export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
}

export function relsOf(parts: Map<string, string>, part: string): Rel[] {
  const text = parts.get(relsPathOf(part));
  if (text === undefined) return [];
  return all(parseXml(text), "Relationship").map((r) => ({
    id: r.getAttribute("Id") ?? "",
    type: (r.getAttribute("Type") ?? "").split("/").pop() ?? "",
    target: resolveTarget(part, r.getAttribute("Target") ?? ""),
  }));
}

/**
 * Checks a part is well-formed XML with namespaces (saxes, a conforming streaming parser: fast enough for
 * parts of many MB, where the DOM parser takes minutes). Throws naming the fault.
 */
export function checkWellFormed(text: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let fault: Error | null = null;
  parser.on("error", (e) => {
    fault ??= e;
  });
  parser.write(text).close();
  if (fault) throw fault;
}
