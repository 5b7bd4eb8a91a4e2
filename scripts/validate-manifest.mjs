#!/usr/bin/env node
// Validates an add-in manifest offline against Microsoft's XSDs (../shared/schemas/manifest, via xmllint),
// and checks that every icon it names exists in assets/. Where the schemas are absent, falls back to
// `office-addin-manifest validate`, which asks Microsoft's online service.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = resolve(process.argv[2] ?? join(root, "manifest.xml"));
const schemaDir = process.env.CASEBOOK_MANIFEST_SCHEMAS ?? resolve(root, "..", "shared", "schemas", "manifest");
const schema = join(schemaDir, "OfficeAppManifestV1_1.xsd");

function fail(message) {
  console.error(`manifest: ${message}`);
  process.exit(1);
}

if (!existsSync(manifest)) fail(`${manifest} not found`);

if (existsSync(schema)) {
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
  if (run.error) fail(`xmllint is not installed (Debian: apt-get install libxml2-utils): ${run.error.message}`);
  if (run.status !== 0) fail(`schema validation failed:\n${run.stderr.trim()}`);
  console.log(`manifest: ${manifest} is valid against ${schema}`);
} else {
  console.log("manifest: offline schemas not found; validating with office-addin-manifest (online service)");
  try {
    execFileSync("npx", ["office-addin-manifest", "validate", manifest], { stdio: "inherit" });
  } catch {
    fail("office-addin-manifest validate failed");
  }
}

// Icons and pages are served from assets/ and the build; a missing icon only shows up inside Excel, so check here.
const xml = readFileSync(manifest, "utf8");
// The address the pages are served from (localhost for development, ADDIN_URL in a company's build).
const base = /<SourceLocation DefaultValue="([^"]*\/)taskpane\.html"/.exec(xml)?.[1];
if (!base) fail("no <SourceLocation> naming taskpane.html");
const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const missing = [...xml.matchAll(new RegExp(`${escaped}(assets/[^"]+)`, "g"))]
  .map((m) => m[1])
  .filter((p, i, all) => all.indexOf(p) === i && !existsSync(join(root, p)));
if (missing.length > 0) fail(`files named by the manifest are missing: ${missing.join(", ")}`);
console.log("manifest: every asset it names exists");
