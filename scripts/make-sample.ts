/**
 * `npm run sample`: writes the bundled sample year, assets/sample/case-log.xlsx — a 2026 case log of a
 * mid-size center (3 property companies, 8 communities, about 3,000 cases), deterministic (seeded; same
 * bytes on every run and machine).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { makeCases, makeInspections } from "./sample/cases";
import { createRng } from "./sample/rng";
import { sampleWorkbookBytes } from "./sample/workbook";

export const SAMPLE_PATH = join(__dirname, "..", "assets", "sample", "case-log.xlsx");
const SEED = 20260101;

/** The sample workbook's bytes (a fresh generator per call, so calls are independent). */
export async function buildSample(): Promise<Uint8Array> {
  const rng = createRng(SEED);
  const cases = makeCases(rng);
  const inspections = makeInspections(rng);
  return sampleWorkbookBytes(cases, inspections);
}

if (require.main === module) {
  buildSample()
    .then((bytes) => {
      mkdirSync(dirname(SAMPLE_PATH), { recursive: true });
      writeFileSync(SAMPLE_PATH, bytes);
      process.stdout.write(`wrote ${SAMPLE_PATH} (${bytes.length} bytes)\n`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
