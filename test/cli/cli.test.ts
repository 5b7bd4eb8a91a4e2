/**
 * The CLI end to end, as a user runs it (`npm run --silent casebook -- …`): real process, real files.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
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
    expect(Object.keys(doc)).toEqual([
      "asOf",
      "cases",
      "rejected",
      "duplicates",
      "compliance",
      "scorecards",
      "figures",
      "months",
      "warnings",
      "warningIds",
    ]);
    expect(doc.asOf).toBe(asOf);
    // Each month of the log with its close (月结): the 5th of the next month at 24:00.
    expect(doc.months.find((m: { month: string }) => m.month === "2026-09")).toEqual({
      month: "2026-09",
      state: asOf >= "2026-10-06T00:00" ? "closed" : "open",
      closesAt: "2026-10-06T00:00",
    });
    // Every entry explains itself, in both languages.
    for (const e of doc.compliance.slice(0, 50)) {
      expect(e.explain.steps[0]).toMatchObject({ step: "rule", rule: e.rule });
      expect(e.explain.text.zh.startsWith(e.explain.steps[0].name.zh)).toBe(true);
      expect(e.explain.text.en).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/);
    }
    expect(doc.cases.length).toBeGreaterThan(5000);
    expect(doc.cases.length).toBeLessThan(6500);
    const c = doc.cases[0];
    // DESIGN §5's fields in order; deliveryKind follows when the clerk wrote one.
    expect(Object.keys(c).filter((k) => k !== "deliveryKind")).toEqual([
      "id",
      "sheet",
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
    expect(c.sheet).toBe("案件登记");
    expect(doc.rejected.every((r: { sheet: string }) => r.sheet === "案件登记")).toBe(true);
    for (const e of doc.compliance.slice(0, 200)) {
      expect(["met", "breached", "open", "due-soon", "overdue", "not-applicable", "unknown", "paused"]).toContain(
        e.status,
      );
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

  it.each([
    ["analyze", "--json"],
    ["report", "--month", "2026-10", "--out", join(dir, "deep.xlsx")],
  ])("a log whose header is below the rows searched (%s): one line naming them, exit code 2", (command, ...more) => {
    const run = casebook([command, join(root, "test", "fixtures", "header-too-deep.xlsx"), ...more]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/header-too-deep\.xlsx: 工作表“案件登记”没有找到表头行：第 1–200 行中/);
  });

  it("a log whose header is under 40 rows of notes: read", () => {
    const run = casebook(["analyze", join(root, "test", "fixtures", "header-under-notes.xlsx"), "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).cases.map((c: { id: string }) => c.id)).toEqual(["N-001", "N-002"]);
  });

  it("a workbook without a case log: one line, exit code 2", async () => {
    const f = join(dir, "no-log.xlsx");
    const bytes = await writeWorkbook([{ name: "Sheet1", title: "购物清单", tables: [], charts: [] }], { lang: "zh" });
    writeFileSync(f, bytes);
    const run = casebook(["analyze", f, "--json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/找不到案件登记表|no case log/);
  });
});

describe("casebook on paths that are not workbook files", () => {
  const dir = mkdtempSync(join(tmpdir(), "casebook-paths-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A hang or a runaway read would be killed by the timeout and fail on the status, not pass.
  const run = (args: string[]) => {
    const r = spawnSync("node", [entry, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it.each([
    [
      "a named pipe nobody writes to",
      () => {
        const f = join(dir, "pipe.xlsx");
        execFileSync("mkfifo", [f]);
        return f;
      },
      /命名管道.*named pipe/,
    ],
    ["/dev/zero", () => "/dev/zero", /设备.*device/],
    ["/dev/null", () => "/dev/null", /设备.*device/],
    ["a folder", () => dir, /文件夹.*folder/],
    [
      "a unix socket",
      () => {
        const f = join(dir, "sock");
        execFileSync("python3", ["-c", `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(f)})`]);
        return f;
      },
      /套接字.*socket/,
    ],
    [
      "a file larger than 1 GB (sparse)",
      () => {
        const f = join(dir, "huge.xlsx");
        writeFileSync(f, "");
        truncateSync(f, 1024 ** 3 + 1);
        return f;
      },
      /超过 1 GB.*larger than 1 GB/,
    ],
    ["a file under /proc that claims 0 bytes", () => "/proc/self/status", /文本文件.*text file/],
  ])("%s: one line, exit code 2", (_name, path, message) => {
    const file = path();
    for (const command of [
      ["analyze", file, "--json"],
      ["report", file, "--month", "2026-10", "--out", join(dir, "r.xlsx")],
    ]) {
      const r = run(command);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe("casebook report --out", () => {
  const dir = mkdtempSync(join(tmpdir(), "casebook-out-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const log = join(dir, "log.xlsx");
  const logBytes = readFileSync(sample);
  writeFileSync(log, logBytes);
  const report = (out: string, ...more: string[]) =>
    casebook(["report", log, "--month", "2026-10", "--as-of", "2026-10-31T17:00", "--out", out, ...more]);
  const isReport = (f: string) =>
    readXlsx(new Uint8Array(readFileSync(f))).sheets.length > 0 &&
    unzipSync(readFileSync(f), { filter: (e) => e.name === "docProps/app.xml" })["docProps/app.xml"] !== undefined;

  it.each([
    ["a path under /proc", () => "/proc/casebook-report.xlsx", /无法写入.*Cannot write/],
    [
      "a path under a folder of /proc nothing can be made in",
      () => "/proc/self/casebook/r.xlsx",
      /无法写入.*Cannot write/,
    ],
    [
      "a path below a file",
      () => {
        writeFileSync(join(dir, "notes.txt"), "x");
        return join(dir, "notes.txt", "sub", "r.xlsx");
      },
      /不是文件夹.*not a folder/,
    ],
    ["a device", () => "/dev/null", /不是普通文件.*not a regular file/],
    ["the input itself", () => log, /就是读取的案件登记表.*is the case log being read/],
    ["the input through another path", () => join(dir, ".", "sub", "..", "log.xlsx"), /就是读取的案件登记表/],
    [
      "a file that is not a Casebook report",
      () => {
        writeFileSync(join(dir, "budget.xlsx"), readFileSync(sample));
        return join(dir, "budget.xlsx");
      },
      /不是 Casebook 生成的报告.*not a report Casebook wrote/,
    ],
    [
      "a text file",
      () => {
        writeFileSync(join(dir, "todo.txt"), "买菜\n");
        return join(dir, "todo.txt");
      },
      /不是 Casebook 生成的报告/,
    ],
  ])("%s: one line, exit code 2, nothing written", (_name, out, message) => {
    const target = out();
    const before = existsSync(target) && statSync(target).isFile() ? readFileSync(target) : null;
    const r = report(target);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    if (before !== null) expect(readFileSync(target).equals(before)).toBe(true);
    expect(readFileSync(log).equals(logBytes)).toBe(true);
  });

  it("into an existing folder: the report under its default name", () => {
    const folder = join(dir, "reports");
    mkdirSync(folder);
    const r = report(folder);
    expect(r.status).toBe(0);
    expect(readdirSync(folder)).toEqual(["客服中心月报-2026-10.xlsx"]);
    expect(isReport(join(folder, "客服中心月报-2026-10.xlsx"))).toBe(true);
  });

  it("into a folder not made yet (trailing slash): made, report under its default name", () => {
    const r = report(join(dir, "new", "deeper") + "/");
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, "new", "deeper"))).toEqual(["客服中心月报-2026-10.xlsx"]);
  });

  it("over an earlier Casebook report: replaced without --force; over another file only with --force", () => {
    const out = join(dir, "again.xlsx");
    expect(report(out).status).toBe(0);
    const first = statSync(out).mtimeMs;
    expect(report(out).status).toBe(0);
    expect(statSync(out).mtimeMs).toBeGreaterThanOrEqual(first);
    const other = join(dir, "other.xlsx");
    writeFileSync(other, "not mine");
    expect(report(other).status).toBe(2);
    expect(readFileSync(other, "utf8")).toBe("not mine");
    expect(report(other, "--force").status).toBe(0);
    expect(isReport(other)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("casebook with its output piped into a reader that stops early", () => {
  it("exits quietly, without a stack trace", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `set -o pipefail; node ${JSON.stringify(entry)} analyze ${JSON.stringify(sample)} --json --as-of 2026-10-31T17:00 | head -c 100 >/dev/null`,
      ],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("the terminal summary speaks one language", () => {
  // Names from the log itself (the property companies) are the clerk's words in either language.
  const companies = /青岛[\u4e00-\u9fff]+有限公司/g;
  const summary = (lang: string) => casebook(["analyze", sample, "--as-of", "2026-12-31T20:00", "--lang", lang]);

  it("in Chinese: Chinese words and full-width punctuation, no English word", () => {
    const r = summary("zh");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^案件 \d+ 件，拒收行 \d+ 行，重复编号 \d+ 个，提示 \d+ 条$/m);
    expect(r.stdout).toContain("时限合规（截至 2026-12-31 20:00）：");
    expect(r.stdout).toMatch(/8小时内书面送达物业[　]*\s+\d+\.\d%\s+（\d+\/\d+，当前逾期 \d+ 件，仅口头送达 \d+ 件）/);
    const text = r.stdout.replace(/\d:\d\d/g, "");
    expect(text).not.toMatch(/[A-Za-z]{2,}/);
    expect(text).not.toMatch(/[,:;()]/);
  });

  it("in English: no Chinese outside the log's own names", () => {
    const r = summary("en");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cases: \d+ {3}rejected rows: \d+/m);
    expect(r.stdout).toContain("Deadline compliance (as of 2026-12-31 20:00):");
    expect(r.stdout.replace(companies, "")).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });
});

describe("now is the center's", () => {
  it("without --as-of, analyze judges at now on the clock of the Settings' time zone, whatever the machine's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "casebook-zone-"));
    try {
      const file = join(dir, "log.xlsx");
      const table = (name: string, headers: string[], rows: (string | number)[][]) => ({
        name,
        columns: headers.map((header) => ({ header, kind: "text" as const })),
        rows,
      });
      const bytes = await writeWorkbook(
        [
          {
            name: "案件登记",
            title: "",
            tables: [table("Log", ["编号", "受理时间", "类别"], [["Z-1", "2026-10-03 09:00", "投诉"]])],
            charts: [],
          },
          {
            name: "设置",
            title: "",
            tables: [table("Settings", ["分类", "项目", "值"], [["中心", "时区", "Pacific/Kiritimati"]])],
            charts: [],
          },
        ],
        { lang: "zh" },
      );
      writeFileSync(file, bytes);
      const before = Date.now();
      const run = casebook(["analyze", file, "--json"], "UTC");
      expect(run.status).toBe(0);
      // Kiritimati is UTC+14 all year: its wall clock, not the machine's (UTC) nor China's (UTC+8).
      const asOf = Date.parse(`${JSON.parse(run.stdout).asOf}:00Z`) - 14 * 3600_000;
      expect(asOf).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000 - 60_000);
      expect(asOf).toBeLessThanOrEqual(Date.now() + 60_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
