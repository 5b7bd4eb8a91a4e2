/** The shared string table: each distinct text once, cells refer to it by index. */
import { NS, XML_HEADER, needsPreserve, xmlText } from "./xml";

export interface SharedStrings {
  index: Map<string, number>;
  list: string[];
  /** Number of cells referring to the table (Excel's `count`). */
  uses: number;
}

export function newSharedStrings(): SharedStrings {
  return { index: new Map(), list: [], uses: 0 };
}

export function stringIndex(sst: SharedStrings, text: string): number {
  sst.uses++;
  let i = sst.index.get(text);
  if (i === undefined) {
    i = sst.list.length;
    sst.list.push(text);
    sst.index.set(text, i);
  }
  return i;
}

export function sharedStringsXml(sst: SharedStrings): string {
  const items = new Array<string>(sst.list.length);
  for (let i = 0; i < sst.list.length; i++) {
    const t = sst.list[i];
    items[i] = needsPreserve(t) ? `<si><t xml:space="preserve">${xmlText(t)}</t></si>` : `<si><t>${xmlText(t)}</t></si>`;
  }
  return `${XML_HEADER}<sst xmlns="${NS.main}" count="${sst.uses}" uniqueCount="${sst.list.length}">${items.join("")}</sst>`;
}
