import { execFileSync, spawnSync } from "child_process";
import { unzipSync, strFromU8 } from "fflate";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { deflateRawSync } from "zlib";
import { createZipSink, crc32 } from "../../src/report/zip-sink";

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
    ["native deflate", (b: Uint8Array) => deflateRawSync(b, { level: 1 })],
  ])("round-trips small and large parts with %s", (_, deflateRaw) => {
    const zip = createZipSink(1, deflateRaw);
    const large = big(60_000); // > 1 MB: the native path when given
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
