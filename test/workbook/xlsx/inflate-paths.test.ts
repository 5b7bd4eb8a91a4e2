/**
 * readXlsxAsync unpacks with the runtime's native inflater (DecompressionStream, in Node 20 as in the
 * pane's worker) or with fflate; both must give readXlsx's values and refuse what it refuses.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { SAMPLE_PATH } from "../../../scripts/make-sample";
import { WorkbookFormatError } from "../../../src/workbook/port";
import { readXlsx, readXlsxAsync } from "../../../src/workbook/xlsx/read";
import { hasNativeInflate, listZipEntries } from "../../../src/workbook/xlsx/zip";
import { rawXlsxBytes } from "./helpers";

const PATHS = ["native", "fflate"] as const;

async function outcome(run: () => unknown): Promise<{ ok: unknown } | { error: string }> {
  try {
    return { ok: await run() };
  } catch (err) {
    if (err instanceof WorkbookFormatError) return { error: `${err.said.zh} / ${err.said.en}` };
    throw new Error(`expected values or a WorkbookFormatError, got ${String(err)}`);
  }
}

/** Rewrites the uncompressed size the central directory declares for `name` (a forged header). */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const dv = new DataView(out.buffer);
  const decoder = new TextDecoder();
  for (let p = 0; p + 46 <= out.length; p++) {
    if (dv.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = dv.getUint16(p + 28, true);
    if (decoder.decode(out.subarray(p + 46, p + 46 + nameLen)) === name) {
      dv.setUint32(p + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central directory entry ${name}`);
}

describe("readXlsxAsync: native and fflate inflaters", () => {
  it("this Node has the native inflater (so the native path below really runs)", () => {
    expect(hasNativeInflate()).toBe(true);
  });

  it("give readXlsx's exact grids on the bundled sample year", async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
    const expected = readXlsx(bytes);
    expect(expected.sheets[0].values.length).toBeGreaterThan(2_800);
    for (const inflate of PATHS) expect(await readXlsxAsync(bytes, { inflate })).toEqual(expected);
    expect(await readXlsxAsync(bytes)).toEqual(expected);
  });

  it("give the same values on stored (uncompressed) parts", async () => {
    const files = {
      "_rels/.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/workbook.xml": strToU8('<workbook xmlns:r="x"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>'),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>渗水</t></is></c><c><v>2.5</v></c></row>'.repeat(5_000)}</sheetData></worksheet>`),
    };
    const bytes = zipSync(files, { level: 0 });
    expect(listZipEntries(bytes).every((e) => e.method === 0)).toBe(true);
    const expected = readXlsx(bytes);
    expect(expected.sheets[0].values).toHaveLength(5_000);
    for (const inflate of PATHS) expect(await readXlsxAsync(bytes, { inflate })).toEqual(expected);
  });

  it("give the same values for any cell text, whatever the chunks' boundaries cut (multi-byte characters, escapes)", async () => {
    const text = fc.string({ unit: fc.constantFrom("a", "渗", "水", "&", "<", ">", '"', " ", "\n", "😀", "_x000D_", "é"), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 400 }), fc.nat({ max: 3_000 }), async (rows, pad) => {
        const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
        // Padding rows shift where the inflaters' chunks end relative to the cells.
        const xml =
          '<row r="1"><c r="A1" t="inlineStr"><is><t>' +
          "x".repeat(pad) +
          "</t></is></c></row>" +
          rows
            .map((r, i) => `<row r="${i + 2}">${r.map((v) => (typeof v === "number" ? `<c><v>${v}</v></c>` : `<c t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`)).join("")}</row>`)
            .join("");
        const bytes = rawXlsxBytes({ sheets: [{ name: "案件登记", xml: xml.repeat(3) }] });
        const expected = readXlsx(bytes);
        for (const inflate of PATHS) expect(await readXlsxAsync(bytes, { inflate })).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it("stop a zip bomb at maxUncompressedBytes with readXlsx's message", async () => {
    const row = '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>';
    const bomb = rawXlsxBytes({ sheets: [{ name: "S", xml: row.repeat(500_000) }] });
    const limits = { maxUncompressedBytes: 5 * 2 ** 20 };
    const expected = await outcome(() => readXlsx(bomb, limits));
    expect(expected).toEqual({ error: expect.stringMatching(/maxUncompressedBytes/) });
    for (const inflate of PATHS) expect(await outcome(() => readXlsxAsync(bomb, { ...limits, inflate }))).toEqual(expected);
  });

  it("stop a part that unpacks past the size its header declares", async () => {
    const sheet = `<row r="1">${Array.from({ length: 400 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v></c>`).join("")}</row>`;
    const forged = declareSize(rawXlsxBytes({ sheets: [{ name: "S", xml: sheet }] }), "xl/worksheets/sheet1.xml", 100);
    const expected = await outcome(() => readXlsx(forged));
    expect(expected).toEqual({ error: expect.stringMatching(/more than the 100 bytes its header declares/) });
    for (const inflate of PATHS) expect(await outcome(() => readXlsxAsync(forged, { inflate }))).toEqual(expected);
  });

  it("refuse damaged compressed data and truncated files as readXlsx does", async () => {
    const sheet = `<row r="1">${Array.from({ length: 400 }, (_, i) => `<c r="A${i + 1}"><v>${i * 7919}</v></c>`).join("")}</row>`;
    const bytes = rawXlsxBytes({ sheets: [{ name: "S", xml: sheet }] });
    const damaged = bytes.slice();
    const at = bytes.length >> 1;
    for (let i = 0; i < 64; i++) damaged[at + i] = (i * 37 + 11) & 0xff;
    expect(await outcome(() => readXlsx(damaged))).toHaveProperty("error");
    for (const inflate of PATHS) expect(await outcome(() => readXlsxAsync(damaged, { inflate }))).toHaveProperty("error");
    for (const keep of [0.3, 0.9, 0.999]) {
      const cut = bytes.subarray(0, Math.floor(bytes.length * keep));
      const expected = await outcome(() => readXlsx(cut));
      for (const inflate of PATHS) expect(await outcome(() => readXlsxAsync(cut, { inflate }))).toEqual(expected);
    }
  });

  it("on mutated files: values equal to readXlsx's when both read it, a WorkbookFormatError otherwise", async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>3号楼${i}单元卫生间渗水</t></is></c><c r="B${i + 1}"><v>${46000 + i / 3}</v></c></row>`).join("");
    const bytes = rawXlsxBytes({ sheets: [{ name: "S", xml: rows }] });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), async (edits) => {
        const m = bytes.slice();
        for (const [at, b] of edits) m[at] = b;
        const sync = await outcome(() => readXlsx(m));
        const native = await outcome(() => readXlsxAsync(m, { inflate: "native" }));
        const js = await outcome(() => readXlsxAsync(m, { inflate: "fflate" }));
        expect(js).toEqual(sync);
        // zlib and fflate may disagree on what counts as damage (zlib also checks distances and trailing
        // bytes); when both read the file they must read the same values.
        if ("ok" in native && "ok" in sync) expect(native).toEqual(sync);
      }),
      { numRuns: 120 },
    );
  });
});
