/**
 * The CLI end to end, as a user runs it (`npm run --silent casebook -- …`): real process, real files.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { writeWorkbook } from "../../src/xlsx-writer";
import { readXlsx } from "../../src/workbook/xlsx";

const root = join(__dirname, "..", "..");
const sample = join(root, "assets", "sample", "case-log.xlsx");
const entry = join(root, "scripts", "casebook.mjs");

function casebook(args: string[], tz = "America/New_York") {
  // What `npm run casebook --` runs.
  const run = spawnSync("node", [entry, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TZ: tz },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("casebook analyze --json", () => {
  const asOf = "2026-10-31T17:00";
  let first: ReturnType<typeof casebook>;
  beforeAll(() => {
    first = casebook(["analyze", sample, "--json", "--as-of", asOf]);
  });

  it("prints only the JSON document of DESIGN §5 for the sample year", () => {
    expect(first.status).toBe(0);
    const doc = JSON.parse(first.stdout);
    expect(Object.keys(doc)).toEqual(["asOf", "cases", "rejected", "duplicates", "compliance", "scorecards", "warnings"]);
    expect(doc.asOf).toBe(asOf);
    expect(doc.cases.length).toBeGreaterThan(5000);
    expect(doc.cases.length).toBeLessThan(6500);
    const c = doc.cases[0];
    expect(Object.keys(c)).toEqual([
      "id",
      "row",
      "receivedAt",
      "category",
      "categorySource",
      "responsible",
      "propertyCompany",
      "community",
      "channel",
    ]);
    expect(c.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    for (const e of doc.compliance.slice(0, 200)) {
      expect(["met", "breached", "open", "due-soon", "overdue", "not-applicable", "unknown"]).toContain(e.status);
    }
    expect(doc.scorecards.monthly.length).toBeGreaterThan(0);
    expect(doc.scorecards.yearly.length).toBeGreaterThan(0);
  });

  it("accounts for every data row of the log: a case or a rejected row", () => {
    const doc = JSON.parse(first.stdout);
    const caseRows = new Set<number>(doc.cases.map((c: { row: number }) => c.row));
    const rejectedRows = new Set<number>(doc.rejected.map((r: { row: number }) => r.row));
    for (const r of rejectedRows) expect(caseRows.has(r)).toBe(false);
    // Every non-blank row under the header row of the sample's log, found independently of the reader.
    const log = readXlsx(new Uint8Array(readFileSync(sample))).sheets.find((s) => s.name === "案件登记")!;
    const headerIndex = log.values.findIndex((r) => r.includes("编号") && r.includes("受理时间"));
    const dataRows = log.values
      .map((r, i) => ({ row: log.firstRow + i, blank: r.every((v) => v === "" || v === null) }))
      .filter((r, i) => i > headerIndex && !r.blank)
      .map((r) => r.row);
    expect([...caseRows, ...rejectedRows].sort((a, b) => a - b)).toEqual(dataRows);
    expect(doc.rejected.some((r: { reason: string }) => /合计/.test(r.reason))).toBe(true);
    expect(doc.duplicates.length).toBeGreaterThan(0);
  });

  it("gives the same document whatever the machine's time zone", () => {
    for (const tz of ["Asia/Shanghai", "UTC"]) {
      const other = casebook(["analyze", sample, "--json", "--as-of", asOf], tz);
      expect(other.status).toBe(0);
      expect(other.stdout).toBe(first.stdout);
    }
  });
});

describe("casebook errors", () => {
  const dir = mkdtempSync(join(tmpdir(), "casebook-cli-"));

  it.each([
    ["a missing file", () => ["analyze", join(dir, "nope.xlsx"), "--json"], /找不到文件|not found/i],
    [
      "a CSV file",
      () => {
        const f = join(dir, "log.csv");
        writeFileSync(f, "编号,受理时间\nA1,2026-10-03 14:20\n");
        return ["analyze", f, "--json"];
      },
      /csv/i,
    ],
    ["a bad --as-of", () => ["analyze", sample, "--json", "--as-of", "yesterday"], /--as-of/],
    ["an unknown command", () => ["frobnicate"], /unknown command/],
  ])("%s: one line, exit code 2", (_name, args, message) => {
    const run = casebook(args());
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("a workbook without a case log: one line, exit code 2", async () => {
    const f = join(dir, "no-log.xlsx");
    const bytes = await writeWorkbook(
      [{ name: "Sheet1", title: "购物清单", tables: [], charts: [] }],
      { lang: "zh" },
    );
    writeFileSync(f, bytes);
    const run = casebook(["analyze", f, "--json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/找不到案件登记表|no case log/);
  });
});
