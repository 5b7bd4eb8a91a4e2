#!/usr/bin/env bash
# The README's test command. Type-checks, then runs every test under a zone with daylight saving
# (America/New_York) — the core must not depend on the machine's zone — and the core again under China's.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit -p tsconfig.json
npx office-addin-lint check --files "src/**/*.{ts,tsx}"
node scripts/validate-manifest.mjs manifest.xml
# The browser tests drive the production build: build it fresh so they never test a stale one.
npx webpack --mode production >/dev/null
TZ=America/New_York npx jest --ci "$@"
if [ $# -eq 0 ]; then
  TZ=Asia/Shanghai npx jest --ci test/core
fi
