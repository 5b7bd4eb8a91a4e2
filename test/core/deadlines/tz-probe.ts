/**
 * Run by timezone.test.ts in child processes under different TZ values: evaluates generated cases and
 * calendar operations and prints a digest. The core must print the same thing in every zone.
 */
import { createHash } from "node:crypto";
import { addWorkingDays, addWorkingMinutes, workingMinutesBetween } from "../../../src/core/calendar";
import { defaultDeadlineConfig, evaluateCompliance } from "../../../src/core/deadlines";
import { formatMinutes, toMinutes } from "../../../src/core/time";
import { generateCases } from "./generate";

const config = defaultDeadlineConfig();
const cases = generateCases(3000, 7);
const asOf = toMinutes({ year: 2026, month: 11, day: 15, hour: 12, minute: 0 });
const hash = createHash("sha256");
for (const e of evaluateCompliance(cases, config, asOf)) hash.update(JSON.stringify(e));
let ops = 0;
for (const c of cases) {
  hash.update(formatMinutes(addWorkingMinutes(config.calendar, c.receivedAt.at, 480)));
  hash.update(formatMinutes(addWorkingDays(config.calendar, c.receivedAt.at, 3)));
  hash.update(String(workingMinutesBetween(config.calendar, c.receivedAt.at, c.receivedAt.at + 4000)));
  ops += 3;
}
// A sample line makes a mismatch readable; the digest makes it complete.
const sample = evaluateCompliance(cases.slice(0, 1), config, asOf)[0];
console.log(JSON.stringify({ digest: hash.digest("hex"), ops, sample: { ...sample, dueAt: sample && formatMinutes(sample.dueAt ?? 0) } }));
