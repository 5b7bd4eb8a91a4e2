import { execFileSync, spawnSync } from "child_process";
import fc from "fast-check";
import { unzipSync, strFromU8 } from "fflate";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { nodeDeflateRaw } from "../../src/xlsx-writer/node-deflate";
import { createZipSink, crc32 } from "../../src/xlsx-writer/zip-sink";

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("crc32", () => {
  it("matches the standard check value and continues across chunks", () => {
    expect(crc32(encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(encode("456789"), crc32(encode("123")))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe("createZipSink", () => {
  const big = (n: number): string => Array.from({ length: n }, (_, i) => `<row r="${i}">第${i}行</row>`).join("");

  it.each([
    ["fflate", undefined],
    ["native deflate", nodeDeflateRaw],
  ])("round-trips small and large parts with %s", (_, deflateRaw) => {
    const zip = createZipSink(1, deflateRaw);
    const large = big(150_000); // several 1 MB pieces on the native path
    zip.part("a/small.xml", (emit) => emit("<x>小</x>"));
    zip.part("b/large.xml", (emit) => {
      for (let i = 0; i < large.length; i += 5000) emit(large.slice(i, i + 5000));
    });
    const bytes = zip.finish();
    const files = unzipSync(bytes);
    expect(strFromU8(files["a/small.xml"])).toBe("<x>小</x>");
    expect(strFromU8(files["b/large.xml"])).toBe(large);
    // An independent zip tool checks every CRC and size.
    if (spawnSync("sh", ["-c", "command -v unzip"]).status === 0) {
      const dir = mkdtempSync(join(tmpdir(), "casebook-zip-"));
      try {
        writeFileSync(join(dir, "t.zip"), bytes);
        expect(execFileSync("unzip", ["-t", join(dir, "t.zip")]).toString()).toMatch(/No errors detected/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe("createZipSink with emits bigger than its piece buffer", () => {
  // A chart or drawing part is produced as one string: several MB in a single emit must come out whole.
  it.each([
    ["fflate", undefined],
    ["native deflate", nodeDeflateRaw],
  ])("keeps every byte of one huge emit (%s)", (_, deflateRaw) => {
    const huge = Array.from({ length: 60_000 }, (_, i) => `<c:pt idx="${i}"><c:v>物业公司${i}</c:v></c:pt>`).join("");
    expect(new TextEncoder().encode(huge).length).toBeGreaterThan(3 * (1 << 20));
    const zip = createZipSink(1, deflateRaw);
    zip.part("xl/charts/chart1.xml", (emit) => emit(huge));
    zip.part("after.xml", (emit) => emit("<a/>"));
    const files = unzipSync(zip.finish());
    expect(strFromU8(files["xl/charts/chart1.xml"])).toBe(huge);
    expect(strFromU8(files["after.xml"])).toBe("<a/>");
  });

  it("round-trips any text emitted in any pieces (native deflate)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 50 }), fc.nat(1_500_000)), { maxLength: 8 }),
        (emits) => {
          // Numbers stand for long runs of a 3-byte character, so pieces fill up at odd offsets.
          const texts = emits.map((e) => (typeof e === "number" ? "页".repeat(e) : e));
          const zip = createZipSink(1, nodeDeflateRaw);
          zip.part("p.xml", (emit) => texts.forEach(emit));
          expect(strFromU8(unzipSync(zip.finish())["p.xml"])).toBe(texts.join(""));
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("crc32 (slice-by-8) against the bytewise definition", () => {
  const bytewise = (data: Uint8Array): number => {
    let c = ~0;
    for (const b of data) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return ~c >>> 0;
  };
  it("agrees on any input, whole or split anywhere", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(100), (data, cut) => {
        const at = Math.min(cut, data.length);
        expect(crc32(data)).toBe(bytewise(data));
        expect(crc32(data.subarray(at), crc32(data.subarray(0, at)))).toBe(bytewise(data));
      }),
      { numRuns: 300 },
    );
  });
});
