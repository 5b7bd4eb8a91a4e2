import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function validate(xml: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  const file = join(dir, "manifest.xml");
  writeFileSync(file, xml);
  const run = spawnSync("node", [join(root, "scripts/validate-manifest.mjs"), file], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("validates against Microsoft's schemas offline", () => {
    const run = validate(manifest);
    expect(run.output).toContain("is valid against");
    expect(run.status).toBe(0);
  });

  it.each([
    ["a missing required element", manifest.replace(/<ProviderName>.*<\/ProviderName>/, "")],
    ["an element out of order", manifest.replace("<Version>1.0.0.0</Version>", "").replace("</ProviderName>", "</ProviderName><Version>1.0.0.0</Version>")],
    ["a malformed id", manifest.replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>")],
    ["broken XML", manifest.replace("</OfficeApp>", "")],
  ])("catches %s", (_name, broken) => {
    const run = validate(broken);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/schema validation failed|parser error|fails to validate/);
  });

  it("is zh-CN by default with an en-US override, and asks for ExcelApi 1.7", () => {
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="[^"]*客服[^"]*">\s*<Override Locale="en-US"/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  });

  it("ships icons at the sizes Office asks for", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(root, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
  });
});
