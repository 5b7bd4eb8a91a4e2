import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");
const probe = path.join(__dirname, "tz-probe.ts");

function runUnder(tz: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", probe], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
    timeout: 60_000,
  }).trim();
}

describe("results do not depend on the machine's time zone", () => {
  it("identical under Asia/Shanghai, UTC and America/New_York (incl. DST changes)", () => {
    const outputs = ["Asia/Shanghai", "UTC", "America/New_York"].map(runUnder);
    const parsed = outputs.map((o) => JSON.parse(o) as { digest: string; ops: number });
    expect(parsed[0].ops).toBe(9000);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});
