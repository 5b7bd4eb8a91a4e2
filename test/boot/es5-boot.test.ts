/**
 * The first script of every page must parse in every webview Office may use, Internet Explorer 11's
 * included (browsers-used-by-office-web-add-ins.md: "Trident+ doesn't support JavaScript versions later
 * than ES5"), and must say the same about supported Excel as the add-in's other messages and the README.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SUPPORTED_HOSTS } from "../../src/workbook/office/requirements";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const es5 = require("../../scripts/es5-check.js") as {
  ES5_SCRIPTS: string[];
  es5Error(source: string): string | null;
  checkEs5Scripts(files?: string[]): string[];
  Es5BootPlugin: new (files?: string[]) => { files: string[]; apply(compiler: unknown): void };
};

const ROOT = join(__dirname, "../..");
const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");

describe("the ES5 boot scripts", () => {
  it("parse as ES5 (acorn, ecmaVersion 5)", () => {
    expect(es5.ES5_SCRIPTS).toEqual(expect.arrayContaining(["src/boot/boot-check.js", "src/boot/dialog.js"]));
    expect(es5.checkEs5Scripts()).toEqual([]);
  });

  it.each([
    ["const", "const x = 1;"],
    ["an arrow function", "var f = () => 1;"],
    ["optional chaining", "var a = window.x?.y;"],
    ["logical assignment", "var a; a ??= 1;"],
    ["catch without binding", "try { f(); } catch { }"],
    ["a template literal", "var s = `x`;"],
    ["a trailing comma in a call", "f(1, 2,);"],
  ])("are refused with %s", (_what, line) => {
    expect(es5.es5Error(line)).not.toBeNull();
    // The same line in the real script fails the check the build runs.
    const dir = mkdtempSync(join(tmpdir(), "es5-"));
    const file = join(dir, "boot-check.js");
    writeFileSync(file, read("src/boot/boot-check.js").replace('"use strict";', `"use strict";\n  ${line}`));
    expect(es5.checkEs5Scripts([file])[0]).toMatch(/is not ES5/);
  });

  it("fail the webpack build when one is not ES5", async () => {
    const dir = mkdtempSync(join(tmpdir(), "es5-"));
    const bad = join(dir, "dialog.js");
    writeFileSync(bad, read("src/boot/dialog.js").replace("var out = {};", "let out = {};"));
    const run = (files?: string[]) => {
      const compilation = { errors: [] as Error[], fileDependencies: new Set<string>() };
      new es5.Es5BootPlugin(files).apply({
        hooks: { thisCompilation: { tap: (_name: string, fn: (c: typeof compilation) => void) => fn(compilation) } },
      });
      return compilation;
    };
    expect(run().errors).toEqual([]);
    expect(run([bad]).errors.map((e) => e.message)).toEqual([expect.stringMatching(/dialog\.js is not ES5/)]);
    // The build uses it, on every boot script.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = await (require("../../webpack.config.js") as (e: unknown, a: unknown) => Promise<{ plugins: unknown[] }>)(
      {},
      { mode: "production" },
    );
    const plugin = config.plugins.find((p) => p instanceof es5.Es5BootPlugin) as { files: string[] } | undefined;
    expect(plugin?.files).toEqual(es5.ES5_SCRIPTS);
  });

  it("name boot-check.js in the first <script> of every page", () => {
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html", "src/commands/dialog.html"]) {
      const first = /<script\b[^>]*>(?:<\/script>)?/.exec(read(page))?.[0];
      expect({ page, first }).toEqual({ page, first: '<script src="boot-check.js"></script>' });
    }
  });

  it("state the supported Excel versions exactly as requirements.ts and the README do", () => {
    const boot = read("src/boot/boot-check.js");
    const readme = read("README.md");
    for (const text of [SUPPORTED_HOSTS.zh, SUPPORTED_HOSTS.en]) {
      expect(boot).toContain(JSON.stringify(text));
      expect(readme).toContain(text);
    }
  });
});
