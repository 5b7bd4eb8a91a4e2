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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const addinUrl = require("../scripts/addin-url.js") as {
  normaliseAddinUrl(raw: string): string | Error;
  manifestFor(xml: string, base: string): string;
};

/** Every http(s) address the manifest names, without its XML escapes. */
function addresses(xml: string): string[] {
  return [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0].replace(/&amp;/g, "&"));
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

  it("has a ribbon button of its own for the clerk's desk: a pane of its own, opened on the desk view", () => {
    const panes = [...manifest.matchAll(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>([^<]+)<\/TaskpaneId>\s*<SourceLocation resid="([^"]+)"\/>/g)];
    expect(panes.map((m) => [m[1], m[2]])).toEqual([
      ["Casebook.Pane", "Taskpane.Url"],
      ["Casebook.Desk", "Desk.Url"],
    ]);
    expect(manifest).toContain('<bt:Url id="Desk.Url" DefaultValue="https://localhost:3000/taskpane.html?view=desk"/>');
    expect(manifest).toMatch(/<bt:String id="OpenDesk.Label" DefaultValue="受理台">\s*<bt:Override Locale="en-US" Value="Clerk desk"\/>/);
  });

  it("ships icons at the sizes Office asks for", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(root, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
  });

  describe("for a company's own address (ADDIN_URL)", () => {
    const base = "https://addins.example.com/tools/casebook/";

    it("names that address only, and still validates", () => {
      const xml = addinUrl.manifestFor(manifest, base);
      const named = addresses(xml).filter((a) => !/^http:\/\/(schemas\.microsoft\.com|www\.w3\.org)\//.test(a));
      expect(named.length).toBeGreaterThan(8);
      expect(named.filter((a) => !a.startsWith(base) && a !== "https://addins.example.com")).toEqual([]);
      expect(xml).toContain("<AppDomain>https://addins.example.com</AppDomain>");
      expect(xml).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
      expect(xml).toContain(`<bt:Url id="Commands.Url" DefaultValue="${base}commands.html"/>`);
      const run = validate(xml);
      expect(run.output).toContain("is valid against");
      expect(run.output).toContain("every asset it names exists");
      expect(run.status).toBe(0);
    });

    it("is normalised, and refused unless it is a plain https address", () => {
      expect(addinUrl.normaliseAddinUrl("https://Host.example.com/casebook")).toBe("https://host.example.com/casebook/");
      expect(addinUrl.normaliseAddinUrl("https://host.example.com")).toBe("https://host.example.com/");
      for (const bad of ["http://host/casebook/", "host/casebook", "https://host/x/?a=1", "https://u:p@host/"]) {
        expect(addinUrl.normaliseAddinUrl(bad)).toBeInstanceOf(Error);
      }
    });

    it("is what the production build copies to dist/manifest.xml, and the build validates it", async () => {
      const saved = process.env.ADDIN_URL;
      process.env.ADDIN_URL = "https://addins.example.com/tools/casebook";
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const configure = require("../webpack.config.js") as (e: unknown, a: unknown) => Promise<{ plugins: object[] }>;
        const config = await configure({}, { mode: "production" });
        const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as {
          patterns: { from: string; to: string; transform?: (content: Buffer) => string }[];
        };
        const pattern = copy.patterns.find((p) => p.to === "manifest.xml");
        const written = pattern?.transform?.(Buffer.from(manifest)) ?? "";
        expect(written).toBe(addinUrl.manifestFor(manifest, base));
        expect(config.plugins.some((p) => p.constructor.name === "ManifestCheckPlugin")).toBe(true);
        process.env.ADDIN_URL = "http://addins.example.com/";
        await expect(configure({}, { mode: "production" })).rejects.toThrow(/must be https/);
      } finally {
        if (saved === undefined) delete process.env.ADDIN_URL;
        else process.env.ADDIN_URL = saved;
      }
    });

    it("leaves the localhost manifest as it is without ADDIN_URL", async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const configure = require("../webpack.config.js") as (e: unknown, a: unknown) => Promise<{ plugins: object[] }>;
      const config = await configure({}, { mode: "production" });
      const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as {
        patterns: { to: string; transform?: unknown }[];
      };
      expect(copy.patterns.find((p) => p.to === "manifest.xml")?.transform).toBeUndefined();
      expect(addresses(manifest).filter((a) => a.startsWith("https://") && !a.startsWith("https://localhost:3000"))).toEqual([]);
    });
  });
});

