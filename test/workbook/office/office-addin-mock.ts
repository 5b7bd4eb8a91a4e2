/**
 * Loads Microsoft's office-addin-mock. In this install its dependency chain (office-addin-manifest →
 * @microsoft/app-manifest → ajv-draft-04) resolves the hoisted ajv 6 where ajv 8 is needed, so a plain
 * require fails before the mock is reached. The mock only uses office-addin-manifest's `OfficeApp`
 * enum, so that one import is routed to the real enum module; the mock itself runs unchanged.
 */
import Module from "module";

type MockModule = typeof import("office-addin-mock");

declare const jest:
  { doMock(name: string, factory: () => unknown): void; requireActual(name: string): unknown } | undefined;

export function loadOfficeAddinMock(): MockModule {
  try {
    return require("office-addin-mock") as MockModule;
  } catch {
    if (typeof jest !== "undefined") {
      const j = jest;
      j.doMock("office-addin-manifest", () => j.requireActual("office-addin-manifest/lib/officeApp"));
    } else {
      const key = require.resolve("office-addin-manifest");
      const m = new Module(key);
      m.exports = require("office-addin-manifest/lib/officeApp");
      m.loaded = true;
      require.cache[key] = m;
    }
    return require("office-addin-mock") as MockModule;
  }
}
