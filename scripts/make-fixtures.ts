/** `npm run fixtures`: writes the corpus of difficult workbooks (test/fixtures/corpus.ts) into test/fixtures/. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS } from "../test/fixtures/corpus";

const dir = join(__dirname, "..", "test", "fixtures");
let total = 0;
for (const f of CORPUS) {
  const bytes = f.build();
  writeFileSync(join(dir, f.file), bytes);
  total += bytes.length;
  process.stdout.write(`${f.file.padEnd(26)} ${String(bytes.length).padStart(8)} B  ${f.about}\n`);
}
process.stdout.write(`${CORPUS.length} files, ${total} bytes\n`);
