/**
 * @jest-environment jsdom
 *
 * How office.js is loaded (README, "Deploy to your organisation"): from Microsoft's CDN inside Office, as
 * Microsoft advises; the packaged copy only in the browser preview, after the tiles are shown; and not at
 * all by the bundle in a webview boot-check.js has turned away. The pages allow exactly that origin.
 */
import { readFileSync } from "fs";
import { join } from "path";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

function loadOn(search: string, boot?: { unsupported: boolean }): HTMLScriptElement[] {
  window.history.replaceState(null, "", `/taskpane.html${search}`);
  document.head.innerHTML = "";
  window.casebookBoot = boot;
  jest.isolateModules(() => {
    require("../../src/taskpane/office-loader");
  });
  return [...document.head.querySelectorAll("script")];
}

describe("office.js", () => {
  it("comes from Microsoft's CDN inside Office", () => {
    const scripts = loadOn("?_host_Info=Excel$Win32$16.01$zh-CN$$$$0");
    expect(scripts.map((s) => s.src)).toEqual([CDN]);
    expect(window.casebookOfficeSource).toBe("cdn");
  });

  it("comes from the packaged copy in the preview, once the tiles are shown", () => {
    const scripts = loadOn("?preview");
    expect(scripts).toEqual([]);
    window.dispatchEvent(new Event("casebook:ready"));
    expect([...document.head.querySelectorAll("script")].map((s) => s.getAttribute("src"))).toEqual([
      "office-js/office.js",
    ]);
  });

  it("is left to boot-check.js in a webview too old for the pane", async () => {
    const scripts = loadOn("?_host_Info=Excel$Win32$16.01$zh-CN$$$$0", { unsupported: true });
    expect(scripts).toEqual([]);
    await expect(window.casebookOffice).resolves.toBe("none");
  });

  it("is the one outside origin the pages' Content-Security-Policy allows", () => {
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const html = readFileSync(join(__dirname, "../..", page), "utf8");
      expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    }
    const boot = readFileSync(join(__dirname, "../../src/boot/boot-check.js"), "utf8");
    expect(boot).toContain(JSON.stringify(CDN));
  });
});
