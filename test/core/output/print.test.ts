/**
 * The print plan against its promises, on random sheets: a readable scale, a print area that fits the
 * page at that scale, no short block (key figures, a table that fits a page, a chart) cut by a break,
 * the repeated rows a table's header, a frozen pane no taller than a lone table's header, and no page
 * that holds only a title.
 */
import fc from "fast-check";
import {
  A4,
  MAX_FROZEN_ROWS,
  MIN_SCALE,
  planPrint,
  POINTS_PER_WIDTH_UNIT,
  ROW_POINTS,
} from "../../../src/core/output/print";
import { layoutSheet, type SheetDoc, type TableBlock } from "../../../src/core/output/sheet-doc";

const tableArb = (i: number): fc.Arbitrary<TableBlock> =>
  fc.record({
    name: fc.constant(`T${i}_x`),
    caption: fc.option(fc.constant("caption"), { nil: undefined }),
    columns: fc.array(fc.constant({ header: "h", kind: "integer" as const }), { minLength: 1, maxLength: 30 }),
    rows: fc.nat({ max: 150 }).map((n) => Array.from({ length: n }, () => [1])),
  });

const docArb: fc.Arbitrary<{ doc: SheetDoc; widths: number[]; below: boolean }> = fc
  .record({
    figures: fc.nat({ max: 25 }),
    subtitles: fc.nat({ max: 5 }),
    tables: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => tableArb(i)))),
    charts: fc.nat({ max: 3 }),
    landscape: fc.boolean(),
    widths: fc.array(fc.integer({ min: 6, max: 60 }), { maxLength: 30 }),
    below: fc.boolean(),
  })
  .map(({ figures, subtitles, tables, charts, landscape, widths, below }) => ({
    doc: {
      name: "S",
      title: "T",
      subtitle: Array.from({ length: subtitles }, () => "a"),
      figures: Array.from({ length: figures }, () => ({ label: "f", value: 1, kind: "integer" as const })),
      tables,
      charts:
        tables.length === 0
          ? []
          : Array.from({ length: charts }, () => ({
              kind: "column" as const,
              title: "c",
              table: tables[0].name,
              categoryColumn: 0,
              seriesColumns: [0],
            })),
      ...(landscape ? {} : { landscape: false }),
    },
    widths,
    below,
  }));

describe("planPrint", () => {
  it("keeps its promises on any sheet", () => {
    fc.assert(
      fc.property(docArb, ({ doc, widths, below }) => {
        const layout = layoutSheet(doc, { chartsBelow: below });
        const plan = planPrint(doc, layout, widths, 9);
        expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE * 100);
        expect(plan.scale).toBeLessThanOrEqual(100);
        if (doc.landscape === false) expect(plan.landscape).toBe(false);
        // The print area's columns fit the page width at the scale (charts beside at their own width).
        const page = plan.landscape ? A4.landscape : A4.portrait;
        const beside = layout.charts.some((c) => c.column > 0 && c.column < plan.printColumns);
        let units = 0;
        const end = beside ? Math.min(...layout.charts.map((c) => c.column)) : plan.printColumns;
        for (let c = 0; c < end; c++) units += widths[c] ?? 9;
        const points = units * POINTS_PER_WIDTH_UNIT + (beside ? 384 : 0);
        if (plan.printColumns > 1) expect((points * plan.scale) / 100).toBeLessThanOrEqual(page.width);
        // Breaks go down the sheet, never inside a chart or a table that fits on one page.
        const pageRows = page.height / ROW_POINTS / (plan.scale / 100);
        const sorted = [...plan.breaksBefore].sort((a, b) => a - b);
        expect(plan.breaksBefore).toEqual(sorted);
        for (const ch of layout.charts.filter((c) => c.column < plan.printColumns))
          for (const b of plan.breaksBefore) expect(b > ch.row && b < ch.row + ch.heightRows).toBe(false);
        for (const t of layout.tables) {
          const first = t.table.caption === undefined ? t.headerRow : t.headerRow - 1;
          if (t.endRow - first < pageRows * 0.8)
            for (const b of plan.breaksBefore) expect(b > first && b < t.endRow).toBe(false);
        }
        if (plan.repeatRows)
          expect(
            layout.tables.some((t) => t.headerRow === plan.repeatRows![0] && t.headerRow === plan.repeatRows![1]),
          ).toBe(true);
        if (plan.freezeRows > 0) {
          expect(plan.freezeRows).toBeLessThanOrEqual(MAX_FROZEN_ROWS);
          expect(layout.figureRows).toHaveLength(0);
          expect(layout.tables.map((t) => t.headerRow + 1)).toEqual([plan.freezeRows]);
        }
        // A title without key figures shares its page with the first table.
        const opening = layout.tables[0];
        if (opening && layout.figureRows.length === 0) {
          const first = opening.table.caption === undefined ? opening.headerRow : opening.headerRow - 1;
          for (const b of plan.breaksBefore) expect(b).toBeGreaterThan(first);
        }
        expect(plan.printRows).toBeGreaterThanOrEqual(Math.max(...layout.tables.map((t) => t.endRow), 1));
      }),
    );
  });

  it("prints a register's leading columns at 70 % or more when all of them would not fit", () => {
    const doc: SheetDoc = {
      name: "R",
      title: "登记簿",
      tables: [
        {
          name: "Reg",
          columns: Array.from({ length: 40 }, () => ({ header: "h", kind: "text" as const })),
          rows: Array.from({ length: 500 }, () => ["x"]),
        },
      ],
      charts: [],
    };
    const layout = layoutSheet(doc);
    const plan = planPrint(
      doc,
      layout,
      Array.from({ length: 40 }, () => 16),
      9,
    );
    expect(plan.landscape).toBe(true);
    // 16 units × 7 pt = 112 pt a column: 784 pt × 0.98 / 0.7 allows 9 of them.
    expect(plan.printColumns).toBe(9);
    expect(plan.scale).toBeGreaterThanOrEqual(70);
    expect(plan.repeatRows).toEqual([layout.tables[0].headerRow, layout.tables[0].headerRow]);
    expect(plan.freezeRows).toBe(layout.tables[0].headerRow + 1);
    expect(plan.breaksBefore).toEqual([]);
  });

  it("prints a ledger's title with its first table, both tables whole where they fit, the long one's header repeated", () => {
    // The warranty ledger's shape: four lines under the title, a by-unit table that fits a page alone but not
    // with the title at 100 %, then the cases, longer than a page.
    const columns = (n: number) => Array.from({ length: n }, () => ({ header: "h", kind: "integer" as const }));
    const doc: SheetDoc = {
      name: "质保金台账",
      title: "质保金台账 2026年",
      subtitle: ["统计期间", "数据截至", "说明", "规则"],
      tables: [
        {
          name: "Units",
          caption: "按责任单位",
          columns: columns(4),
          rows: Array.from({ length: 24 }, () => [1]),
          totals: true,
        },
        {
          name: "Cases",
          caption: "案件",
          columns: columns(7),
          rows: Array.from({ length: 78 }, () => [1]),
          totals: true,
        },
      ],
      charts: [],
    };
    const layout = layoutSheet(doc);
    const widths = [16, 10, 12, 14, 16, 16, 14];
    const plan = planPrint(doc, layout, widths, 9);
    const [units, cases] = layout.tables;
    expect(plan.landscape).toBe(true);
    // At 100 % the title and the table need 501 pt of the 458 the plan fills; at 91 % they fit together.
    expect(plan.scale).toBe(91);
    expect(plan.breaksBefore).toEqual([cases.headerRow - 1]);
    expect(plan.repeatRows).toEqual([cases.headerRow, cases.headerRow]);
    expect(units.endRow).toBeLessThan(cases.headerRow);
  });

  it("starts the first table under a bare title when even the smallest scale cannot keep them on one page", () => {
    const doc: SheetDoc = {
      name: "S",
      title: "T",
      subtitle: ["a", "b", "c", "d", "e"],
      tables: [
        { name: "A", columns: [{ header: "h", kind: "integer" }], rows: Array.from({ length: 57 }, () => [1]) },
        { name: "B", columns: [{ header: "h", kind: "integer" }], rows: Array.from({ length: 5 }, () => [1]) },
      ],
      charts: [],
      landscape: false,
    };
    const layout = layoutSheet(doc);
    // The width asks for 72 %. The table (870 pt) fits the page's 941 pt alone; with the title and its lines
    // it needs 981 pt, more than the 968 pt of a page at 70 %.
    const plan = planPrint(doc, layout, [104], 9);
    expect(plan.scale).toBe(72);
    expect(plan.breaksBefore.every((b) => b > layout.tables[0].headerRow)).toBe(true);
    expect(plan.repeatRows).toEqual([layout.tables[0].headerRow, layout.tables[0].headerRow]);
  });
});
