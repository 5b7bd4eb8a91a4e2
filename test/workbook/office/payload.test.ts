/** The batch planning behind the sync counts. */
import fc from "fast-check";
import {
  DEFAULT_BYTES_PER_CELL,
  estimateBytesPerRow,
  jsonBytes,
  planReadBatch,
  readSyncBudget,
  writeSyncBudget,
  type ReadState,
} from "../../../src/workbook/office/payload";
import { packBatches } from "../../../src/workbook/office/write";

describe("payload sizes", () => {
  /** The JSON a host may send: every UTF-16 unit outside ASCII written as \uXXXX. */
  const escapedJson = (v: unknown): string =>
    JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

  it("counts the bytes of the escaped JSON, for any text (a CJK character is 6 bytes)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.double({ noNaN: true }))), (row) => {
        const escaped = escapedJson(row);
        return jsonBytes(row) === Buffer.byteLength(escaped, "utf8") && JSON.stringify(JSON.parse(escaped)) === JSON.stringify(row);
      }),
      { numRuns: 300 },
    );
    expect(jsonBytes([["投诉", 1.5, ""]])).toBe('[["\\u6295\\u8bc9",1.5,""]]'.length);
    expect(jsonBytes(["投"])).toBe(2 + 2 + 6);
    expect(jsonBytes(["😀"])).toBe(2 + 2 + 12);
  });

  it("estimates bytes per row from a sample, scaled to the sheet's width, with a floor", () => {
    expect(estimateBytesPerRow([["ab", 1]], 2)).toBe(jsonBytes([["ab", 1]]));
    expect(estimateBytesPerRow([["ab", 1]], 4)).toBe(Math.ceil((jsonBytes([["ab", 1]]) * 4) / 2));
    expect(estimateBytesPerRow(null, 10)).toBe(10 * DEFAULT_BYTES_PER_CELL);
    expect(estimateBytesPerRow([[""]], 100)).toBeGreaterThanOrEqual(300);
  });

  it("plans read batches that cover every row once, in order, each within the target", () => {
    const sheet = fc.record({
      rows: fc.integer({ min: 0, max: 5000 }),
      columns: fc.integer({ min: 1, max: 60 }),
      bytesPerRow: fc.integer({ min: 3, max: 4000 }),
    });
    fc.assert(
      fc.property(
        fc.array(sheet, { maxLength: 4 }),
        fc.integer({ min: 1000, max: 200_000 }),
        fc.integer({ min: 100, max: 50_000 }),
        (sheets, target, maxCells) => {
          const states: ReadState[] = sheets.map((s) => ({ ...s, done: 0 }));
          const seen = states.map(() => 0);
          for (let guard = 0; guard < 100_000; guard++) {
            const batch = planReadBatch(states, target, maxCells);
            if (batch.length === 0) break;
            const bytes = batch.reduce((n, c) => n + c.rowCount * states[c.sheet].bytesPerRow, 0);
            const cells = batch.reduce((n, c) => n + c.rowCount * states[c.sheet].columns, 0);
            const single = batch.length === 1 && batch[0].rowCount === 1;
            if (!single && (bytes > target || cells > maxCells)) return false;
            for (const c of batch) {
              if (c.offset !== seen[c.sheet]) return false;
              seen[c.sheet] += c.rowCount;
              states[c.sheet].done += c.rowCount;
            }
          }
          return seen.every((n, i) => n === sheets[i].rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("fills batches: a sheet of B bytes takes ceil(B / target) syncs", () => {
    const states: ReadState[] = [{ rows: 100_000, columns: 25, bytesPerRow: 300, done: 0 }];
    let syncs = 0;
    for (;;) {
      const b = planReadBatch(states, 3_000_000);
      if (b.length === 0) break;
      syncs++;
      for (const c of b) states[c.sheet].done += c.rowCount;
    }
    expect(syncs).toBe(Math.ceil((100_000 * 300) / 3_000_000));
  });

  it("states the budgets", () => {
    expect(readSyncBudget(0)).toBe(4);
    expect(readSyncBudget(30_000_000)).toBe(12);
    expect(writeSyncBudget(1000)).toBe(4);
  });

  it("packs write operations under the target, splitting only splittable ones, in order", () => {
    const log: string[] = [];
    const op = (id: string, bytes: number, splittable: boolean): Parameters<typeof packBatches>[0][number] => ({
      bytes,
      apply: () => log.push(id),
      split:
        splittable && bytes > 10
          ? (max: number) =>
              max >= 10
                ? [
                    op(`${id}a`, Math.min(max, bytes - 10), false),
                    op(`${id}b`, bytes - Math.min(max, bytes - 10), true),
                  ]
                : null
          : undefined,
    });
    const batches = packBatches(
      [op("x", 30, false), op("big", 200, true), op("y", 80, false), op("huge", 500, false)],
      100,
    );
    for (const b of batches) {
      const total = b.reduce((n, o) => n + o.bytes, 0);
      expect(total <= 100 || b.length === 1).toBe(true);
    }
    for (const b of batches) for (const o of b) o.apply({} as Excel.RequestContext, new Map());
    expect(log[0]).toBe("x");
    expect(log.filter((id) => id.startsWith("big")).length).toBeGreaterThan(1);
    expect(log.slice(-2)).toEqual(["y", "huge"]);
  });
});
