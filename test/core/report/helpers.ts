/** Lookups into SheetDocs for the report tests. */
import type { SheetDoc, TableBlock, TableCell } from "../../../src/core/output/sheet-doc";

export function sheet(docs: readonly SheetDoc[], name: string): SheetDoc {
  const doc = docs.find((d) => d.name === name);
  if (!doc) throw new Error(`no sheet "${name}" among ${docs.map((d) => d.name).join(", ")}`);
  return doc;
}

export function table(doc: SheetDoc, name: string): TableBlock {
  const t = doc.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table "${name}" on "${doc.name}" (${doc.tables.map((x) => x.name).join(", ")})`);
  return t;
}

/** The cells of one column, by header. */
export function column(t: TableBlock, header: string): TableCell[] {
  const j = t.columns.findIndex((c) => c.header === header);
  if (j < 0) throw new Error(`no column "${header}" in ${t.name}: ${t.columns.map((c) => c.header).join("|")}`);
  return t.rows.map((r) => r[j]);
}

/** The row whose first cell (or the given column) is `key`, as header → cell. */
export function row(t: TableBlock, key: TableCell, keyColumn = 0): Record<string, TableCell> {
  const r = t.rows.find((x) => x[keyColumn] === key);
  if (!r) throw new Error(`no row "${key}" in ${t.name}`);
  return Object.fromEntries(t.columns.map((c, j) => [c.header, r[j]]));
}

export function figure(doc: SheetDoc, label: string) {
  const f = doc.figures?.find((x) => x.label === label);
  if (!f)
    throw new Error(`no figure "${label}" on "${doc.name}": ${(doc.figures ?? []).map((x) => x.label).join(", ")}`);
  return f;
}

/** Every piece of text a writer would put into the workbook. */
export function allText(docs: readonly SheetDoc[]): string[] {
  const out: string[] = [];
  for (const d of docs) {
    out.push(d.name, d.title, ...(d.subtitle ?? []));
    for (const f of d.figures ?? []) out.push(f.label, f.note ?? "", typeof f.value === "string" ? f.value : "");
    for (const t of d.tables) {
      out.push(t.name, t.caption ?? "", ...t.columns.map((c) => c.header));
      for (const r of t.rows) for (const c of r) if (typeof c === "string") out.push(c);
    }
    for (const c of d.charts) out.push(c.title);
  }
  return out;
}
