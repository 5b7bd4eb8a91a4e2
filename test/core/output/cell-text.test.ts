import fc from "fast-check";
import { clipCellText, clipSheetText, MAX_CELL_CHARS } from "../../../src/core/output/cell-text";
import type { SheetDoc } from "../../../src/core/output/sheet-doc";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

describe("clipCellText", () => {
  it("keeps text up to the limit as it is", () => {
    const full = "注".repeat(MAX_CELL_CHARS);
    expect(clipCellText(full)).toBe(full);
    expect(clipCellText("")).toBe("");
    expect(clipCellText('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
  });

  it("cuts one unit over the limit to 32,766 units and the mark", () => {
    const clipped = clipCellText("王".repeat(MAX_CELL_CHARS + 1));
    expect(clipped).toBe("王".repeat(MAX_CELL_CHARS - 1) + "…");
    expect(clipped.length).toBe(MAX_CELL_CHARS);
  });

  it("counts UTF-16 code units, as Excel does: 20,000 emoji are 40,000 units and are clipped", () => {
    const clipped = clipCellText("😀".repeat(20_000));
    expect(clipped.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(clipped).toBe("😀".repeat((MAX_CELL_CHARS - 1) / 2) + "…");
  });

  it("never leaves half a surrogate pair before the mark", () => {
    const text = "a".repeat(MAX_CELL_CHARS - 2) + "😀" + "b".repeat(10);
    expect(clipCellText(text)).toBe("a".repeat(MAX_CELL_CHARS - 2) + "…");
  });

  it("property: fits the cell, is a prefix of the text plus the mark, and is whole characters", () => {
    const piece = fc.constantFrom("a", "漏", "😀", "𠀀", "\n", "=");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: MAX_CELL_CHARS - 6, max: MAX_CELL_CHARS + 6 }), (pieces, units) => {
        let text = "";
        for (let i = 0; text.length < units; i++) text += pieces[i % pieces.length];
        const clipped = clipCellText(text);
        expect(clipped.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
        if (text.length <= MAX_CELL_CHARS) {
          expect(clipped).toBe(text);
          return;
        }
        expect(clipped.endsWith("…")).toBe(true);
        const kept = clipped.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect(isHigh(kept.charCodeAt(kept.length - 1))).toBe(false);
        // Only a split pair is dropped: at most one unit less than the room there is.
        expect(kept.length).toBeGreaterThanOrEqual(MAX_CELL_CHARS - 2);
      }),
      { numRuns: 100 },
    );
  });
});

describe("clipSheetText", () => {
  const long = "长".repeat(MAX_CELL_CHARS + 100);
  const clipped = "长".repeat(MAX_CELL_CHARS - 1) + "…";
  const doc: SheetDoc = {
    name: "S",
    title: long,
    subtitle: ["2026-10", long],
    figures: [
      { label: long, value: long, kind: "text", note: long },
      { label: "案件数", value: 12, kind: "integer" },
    ],
    tables: [
      {
        name: "T",
        caption: long,
        columns: [
          { header: long, kind: "text" },
          { header: "n", kind: "integer" },
        ],
        rows: [
          [long, 1],
          ["short", 2],
        ],
        totals: true,
      },
    ],
    charts: [{ kind: "column", title: "c", table: "T", categoryColumn: 0, seriesColumns: [1] }],
  };

  it("clips every text that lands in a cell and nothing else", () => {
    const out = clipSheetText(doc);
    expect(out).toEqual({
      ...doc,
      title: clipped,
      subtitle: ["2026-10", clipped],
      figures: [{ label: clipped, value: clipped, kind: "text", note: clipped }, doc.figures?.[1]],
      tables: [
        {
          ...doc.tables[0],
          caption: clipped,
          columns: [{ header: clipped, kind: "text" }, doc.tables[0].columns[1]],
          rows: [[clipped, 1], ["short", 2]],
        },
      ],
    });
  });

  it("leaves the doc it was given as it was, and rows that fit are not copied", () => {
    const before = JSON.stringify(doc);
    const out = clipSheetText(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(out.tables[0].rows[1]).toBe(doc.tables[0].rows[1]);
  });
});
