import fc from "fast-check";
import { layoutSheet, type SheetDoc } from "../../src/core/output/sheet-doc";
import { fitColumnWidths, textWidth, valueWidth } from "../../src/xlsx-writer/widths";

describe("textWidth", () => {
  it("counts CJK and full-width characters as two", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("物业公司")).toBe(8);
    expect(textWidth("3号楼（东）")).toBe(11);
    expect(textWidth("ＡＢ")).toBe(4);
    expect(textWidth("첫")).toBe(2);
  });
  it("takes the longest line of a multi-line text", () => {
    expect(textWidth("短\n长一些的一行")).toBe(12);
  });
  it("lies between the length and twice the length (the writer's fast path relies on it)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (s) => {
        const w = textWidth(s);
        expect(w).toBeLessThanOrEqual(s.length * 2);
        if (!s.includes("\n")) expect(w).toBeGreaterThanOrEqual(Math.ceil(s.length / 2));
      }),
      { numRuns: 300 },
    );
  });
});

describe("valueWidth", () => {
  it("measures numbers as their formats show them", () => {
    expect(valueWidth(1234567.5, "money")).toBe("1,234,567.50".length);
    expect(valueWidth(0.9125, "percent")).toBe("91.3%".length);
    expect(valueWidth(12, "integer")).toBe(2);
    expect(valueWidth(-12, "integer")).toBe(3);
    expect(valueWidth(1234.5, "number")).toBe("1,234.5".length);
    expect(valueWidth(29_000_000, "datetime")).toBe("2026-10-01 09:00".length);
    expect(valueWidth(29_000_000, "date")).toBe(10);
    expect(valueWidth(null, "text")).toBe(0);
  });
});

describe("fitColumnWidths", () => {
  const doc = (rows: (string | number | null)[][], width?: number): SheetDoc => ({
    name: "S",
    title: "A very long title that must not widen column A at all, it overflows",
    tables: [
      {
        name: "T",
        columns: [
          { header: "名称", kind: "text" },
          { header: "金额", kind: "money", width },
        ],
        rows,
      },
    ],
    charts: [],
  });
  it("fits the widest cell, header (with its filter button) included, plus padding", () => {
    const d = doc([
      ["金辉物业服务有限公司", 5],
      ["短", 1234567.891],
    ]);
    expect(fitColumnWidths(d, layoutSheet(d))).toEqual([22, "1,234,567.89".length + 2]);
  });
  it("gives the same widths as measuring every cell", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.string({ maxLength: 12 }), fc.constant(null)),
            fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(null)),
          ),
          {
            maxLength: 30,
          },
        ),
        (rows) => {
          const d = doc(rows);
          const naive = [0, 1].map((j) =>
            Math.min(
              60,
              Math.max(
                6,
                2 +
                  Math.max(
                    textWidth(d.tables[0].columns[j].header) + 2,
                    ...rows.map((r) => valueWidth(r[j], d.tables[0].columns[j].kind)),
                  ),
              ),
            ),
          );
          expect(fitColumnWidths(d, layoutSheet(d))).toEqual(naive);
        },
      ),
      { numRuns: 200 },
    );
  });
  it("keeps a width hint as given", () => {
    const d = doc([["x", 1]], 30);
    expect(fitColumnWidths(d, layoutSheet(d))[1]).toBe(30);
  });
});
