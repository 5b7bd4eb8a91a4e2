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

/** Streams the shared strings part to `emit`. */
export function writeSharedStringsXml(sst: SharedStrings, emit: (xml: string) => void): void {
  emit(`${XML_HEADER}<sst xmlns="${NS.main}" count="${sst.uses}" uniqueCount="${sst.list.length}">`);
  for (const t of sst.list)
    emit(needsPreserve(t) ? `<si><t xml:space="preserve">${xmlText(t)}</t></si>` : `<si><t>${xmlText(t)}</t></si>`);
  emit("</sst>");
}
