/** A SheetDoc rendered for Office.js lands exactly where layoutSheet puts it. */
import fc from "fast-check";
import { layoutSheet, type ColumnKind, type SheetDoc } from "../../../src/core/output/sheet-doc";
import { toExcelSerial } from "../../../src/core/time";
import { CHART_TYPES, cellValue, NUMBER_FORMATS, renderSheetDoc } from "../../../src/workbook/office/render";
import { RECEIVED, registerDoc, scorecardDoc } from "./docs";

describe("renderSheetDoc", () => {
  it("places title, figures, caption, header, data and totals at the layout's rows", () => {
    const doc = registerDoc(3);
    const layout = layoutSheet(doc);
    const r = renderSheetDoc(doc, false);
    const rowOf = (style: string) => r.blocks.filter((b) => b.style === style).map((b) => b.row);
    expect(rowOf("title")).toEqual([layout.titleRow]);
    expect(rowOf("subtitle")).toEqual(layout.subtitleRows);
    expect(rowOf("label")).toEqual(layout.figureRows);
    const t = layout.tables[0];
    expect(rowOf("caption")).toEqual([t.headerRow - 1]);
    expect(rowOf("header")).toEqual([t.headerRow]);
    expect(rowOf("data")).toEqual([t.firstDataRow]);
    expect(rowOf("totals")).toEqual([t.endRow - 1]);
    const data = r.blocks.find((b) => b.style === "data");
    expect(data?.formats).toEqual(["@", "yyyy-mm-dd hh:mm", "@", "@", "#,##0.0", "#,##0.00"]);
    expect(data?.values[0][1]).toBe(toExcelSerial(RECEIVED));
    expect(data?.values[1][4]).toBe("");
    // The print plan's pane: key figures stand above this table, so nothing is frozen.
    expect(r.freezeRows).toBe(0);
    expect(r.print.freezeRows).toBe(0);
    expect(r.widths).toEqual([{ column: 2, width: 40, wrap: false }]);
    expect(r.tables[0].highlights).toEqual([
      { column: 3, kind: "status" },
      { column: 4, kind: "late" },
    ]);
  });

  it("freezes a lone table's header under its title, as the print plan does", () => {
    const doc: SheetDoc = { ...registerDoc(3), figures: [] };
    const r = renderSheetDoc(doc, false);
    expect(r.freezeRows).toBe(layoutSheet(doc).tables[0].headerRow + 1);
    expect(r.freezeRows).toBeLessThanOrEqual(8);
  });

  it("keeps a table with no rows as a header and one blank row, and maps chart kinds", () => {
    const doc: SheetDoc = { ...scorecardDoc(), tables: [{ ...scorecardDoc().tables[0], rows: [] }] };
    const r = renderSheetDoc(doc, false);
    expect(r.blocks.some((b) => b.style === "data")).toBe(false);
    expect(r.tables[0].dataRows).toBe(1);
    expect(r.charts.map((c) => c.type)).toEqual([CHART_TYPES.column, CHART_TYPES.bar]);
    expect(r.charts[1]).toMatchObject({ percentAxis: true, categoryColumn: 0, series: [{ column: 3 }, { column: 1 }] });
    expect(() => renderSheetDoc({ ...doc, charts: [{ ...doc.charts[0], table: "nope" }] }, false)).toThrow(/nope/);
  });

  it("sends text as strings and never lets a string become a formula outside a text cell", () => {
    const kinds = Object.keys(NUMBER_FORMATS) as ColumnKind[];
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.constant(null)),
        fc.constantFrom(...kinds),
        (v, kind) => {
          const out = cellValue(v, kind, false);
          if (v === null) return out === "";
          if (kind === "text") return out === String(v);
          if (typeof v === "string") return out === (/^[=+\-@]/.test(v) ? `'${v}` : v);
          return typeof out === "number";
        },
      ),
      { numRuns: 300 },
    );
    expect(cellValue("=1+1", "number", false)).toBe("'=1+1");
    expect(cellValue(12, "text", false)).toBe("12");
  });
});
