#!/usr/bin/env node
// `npm run casebook -- …`: the CLI as one bundled file, so a run does not pay for compiling TypeScript on
// the fly (≈1.3 s with tsx). The bundle (build/cli.cjs) is remade with esbuild whenever a source is newer.
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "build", "cli.cjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const stale = () =>
  !existsSync(bundle) ||
  Math.max(newestSource(join(root, "src")), statSync(join(root, "package-lock.json")).mtimeMs) > statSync(bundle).mtimeMs;

if (stale()) {
  // Written beside and renamed into place, so a run started meanwhile never loads half a file.
  const result = await build({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    write: false,
    logLevel: "warning",
    // main.ts finds the bundled sample relative to the repository, as when run from source.
    define: { __dirname: JSON.stringify(join(root, "src", "cli")) },
  });
  mkdirSync(dirname(bundle), { recursive: true });
  const temp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, bundle);
}
createRequire(import.meta.url)(bundle);
