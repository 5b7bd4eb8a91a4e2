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

/** A locale for the environment; the CLI speaks English when it starts with "en", Chinese otherwise. */
const LOCALE = {
  zh: { LC_ALL: "", LC_MESSAGES: "", LANG: "zh_CN.UTF-8" },
  en: { LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" },
};

function casebook(args: string[], tz = "America/New_York", locale: Record<string, string> = LOCALE.zh) {
  // What `npm run casebook --` runs.
  const run = spawnSync("node", [entry, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TZ: tz, ...locale },
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
    ["a missing file", () => ["analyze", join(dir, "nope.xlsx"), "--json"], /找不到文件/],
    [
      "a CSV file",
      () => {
        const f = join(dir, "log.csv");
        writeFileSync(f, "编号,受理时间\nA1,2026-10-03 14:20\n");
        return ["analyze", f, "--json"];
      },
      /CSV/,
    ],
    ["a bad --as-of", () => ["analyze", sample, "--json", "--as-of", "yesterday"], /--as-of/],
    ["an unknown command", () => ["frobnicate"], /没有“frobnicate”这个命令/],
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
    expect(run.stderr).toMatch(/header-too-deep\.xlsx：工作表“案件登记”没有找到表头行：第 1–200 行中/);
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
    expect(run.stderr).toBe(`casebook：${f}：找不到案件登记表\n`);
  });
});

describe("casebook speaks the user's language on every error line", () => {
  const dir = mkdtempSync(join(tmpdir(), "casebook-lang-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const csv = join(dir, "log.csv");
  writeFileSync(csv, "编号,受理时间\nA1,2026-10-03 14:20\n");

  // [what, args, the Chinese line, the English line]; paths and typed values are shown as given.
  const cases: [string, () => string[], string, string][] = [
    [
      "an unknown option",
      () => ["analyze", sample, "--jsn"],
      "casebook：没有 --jsn 这个选项（用法见 casebook --help）",
      "casebook: unknown option --jsn (see casebook --help)",
    ],
    [
      "an option without its value",
      () => ["report", sample, "--month"],
      "casebook：--month 需要一个值（用法见 casebook --help）",
      "casebook: --month needs a value (see casebook --help)",
    ],
    [
      "a missing file",
      () => ["analyze", join(dir, "nope.xlsx"), "--json"],
      `casebook：找不到文件：${join(dir, "nope.xlsx")}`,
      `casebook: File not found: ${join(dir, "nope.xlsx")}`,
    ],
    [
      "a folder for the log",
      () => ["analyze", dir, "--json"],
      `casebook：这是文件夹，不是 Excel 文件：${dir}`,
      `casebook: This is a folder, not an Excel file: ${dir}`,
    ],
    [
      "a bad --as-of",
      () => ["analyze", sample, "--json", "--as-of", "yesterday"],
      "casebook：--as-of“yesterday”不是 2026-10-31T17:00 这样的日期时间（用法见 casebook --help）",
      "casebook: --as-of 'yesterday' is not a date-time like 2026-10-31T17:00 (see casebook --help)",
    ],
    [
      "a bad --month",
      () => ["report", sample, "--month", "2026-13"],
      "casebook：--month“2026-13”不是 2026-10 这样的月份（用法见 casebook --help）",
      "casebook: --month '2026-13' is not like 2026-10 (see casebook --help)",
    ],
    [
      "an unknown command",
      () => ["frobnicate"],
      "casebook：没有“frobnicate”这个命令（用法见 casebook --help）",
      "casebook: unknown command 'frobnicate' (see casebook --help)",
    ],
    [
      "an unreadable workbook",
      () => ["analyze", csv, "--json"],
      `casebook：${csv}：这是文本文件（如 CSV），不是 Excel 工作簿。请在 Excel 中打开后“另存为” Excel 工作簿（.xlsx）再试。`,
      `casebook: ${csv}: This is a text file (such as CSV), not an Excel workbook. Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
    ],
    [
      "a log whose header is not found",
      () => ["analyze", join(root, "test", "fixtures", "header-too-deep.xlsx"), "--json"],
      `casebook：${join(root, "test", "fixtures", "header-too-deep.xlsx")}：工作表“案件登记”没有找到表头行`,
      `casebook: ${join(root, "test", "fixtures", "header-too-deep.xlsx")}: `,
    ],
  ];

  const expectLine = (r: ReturnType<typeof casebook>, line: string) => {
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr.startsWith(line)).toBe(true);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
  };

  it.each(cases)("%s: from the environment (LANG), zh by default", (_what, args, zh, en) => {
    expectLine(casebook(args(), undefined, LOCALE.zh), zh);
    expectLine(casebook(args(), undefined, LOCALE.en), en);
    expectLine(casebook(args(), undefined, { LC_ALL: "", LC_MESSAGES: "", LANG: "" }), zh);
    expectLine(casebook(args(), undefined, { LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" }), zh);
  });

  it.each(cases)("%s: --lang on the command line wins over the environment", (_what, args, zh, en) => {
    expectLine(casebook([...args(), "--lang", "en"], undefined, LOCALE.zh), en);
    expectLine(casebook(["--lang=zh", ...args()], undefined, LOCALE.en), zh);
  });

  it("reads LC_ALL before LC_MESSAGES before LANG", () => {
    const args = ["frobnicate"];
    const en = "casebook: unknown command 'frobnicate' (see casebook --help)\n";
    const zh = "casebook：没有“frobnicate”这个命令（用法见 casebook --help）\n";
    expect(casebook(args, undefined, { LC_ALL: "en_GB.UTF-8", LC_MESSAGES: "zh_CN", LANG: "zh_CN" }).stderr).toBe(en);
    expect(casebook(args, undefined, { LC_ALL: "zh_CN.UTF-8", LC_MESSAGES: "", LANG: "en_US" }).stderr).toBe(zh);
    expect(casebook(args, undefined, { LC_ALL: "", LC_MESSAGES: "en_US.UTF-8", LANG: "zh_CN" }).stderr).toBe(en);
  });

  it("a wrong --lang is said in the environment's language", () => {
    const args = ["analyze", sample, "--json", "--lang", "fr"];
    expect(casebook(args, undefined, LOCALE.en).stderr).toBe(
      "casebook: --lang must be zh or en, not 'fr' (see casebook --help)\n",
    );
    expect(casebook(args, undefined, LOCALE.zh).stderr).toBe(
      "casebook：--lang 只能是 zh 或 en，不能是“fr”（用法见 casebook --help）\n",
    );
  });

  it("--help is in the chosen language, and only in it", () => {
    const zh = casebook(["--help"], undefined, LOCALE.zh);
    const en = casebook(["--help"], undefined, LOCALE.en);
    expect(zh.status).toBe(0);
    expect(en.status).toBe(0);
    expect(zh.stdout.startsWith("用法：\n  casebook analyze <案件登记表.xlsx> --json")).toBe(true);
    expect(en.stdout.startsWith("usage:\n  casebook analyze <log.xlsx> --json")).toBe(true);
    expect(casebook(["help", "--lang", "en"], undefined, LOCALE.zh).stdout).toBe(en.stdout);
    expect(casebook(["-h", "--lang", "zh"], undefined, LOCALE.en).stdout).toBe(zh.stdout);
    expect(casebook(["--lang", "en"], undefined, LOCALE.zh).stdout).toBe(en.stdout);
    // Option names and values are typed as shown; every other word is the language's own.
    expect(en.stdout).not.toMatch(/\p{Script=Han}/u);
    const zhWords = zh.stdout.replace(
      /--?[a-z-]+|Y{4}[-\w:]*|\b(?:casebook|analyze|report|form|demo|complaint|contact|follow-up|zh|en|JSON|xlsx)\b/g,
      "",
    );
    expect(zhWords).not.toMatch(/[A-Za-z]{3,}/);
    // Full-width punctuation after Chinese words (a file name's dot aside).
    expect(zh.stdout).not.toMatch(/\p{Script=Han}[,;:!?]|[,;:!?] \p{Script=Han}/u);
  });
});

describe("casebook on paths that are not workbook files", () => {
  const dir = mkdtempSync(join(tmpdir(), "casebook-paths-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A hang or a runaway read would be killed by the timeout and fail on the status, not pass.
  const run = (args: string[], locale: Record<string, string>) => {
    const env = { ...process.env, ...locale };
    const r = spawnSync("node", [entry, ...args], { cwd: root, encoding: "utf8", timeout: 60_000, env });
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
      [/这是命名管道，不是 Excel 文件/, /This is a named pipe, not an Excel file/],
    ],
    ["/dev/zero", () => "/dev/zero", [/这是设备/, /This is a device/]],
    ["/dev/null", () => "/dev/null", [/这是设备/, /This is a device/]],
    ["a folder", () => dir, [/这是文件夹/, /This is a folder/]],
    [
      "a unix socket",
      () => {
        const f = join(dir, "sock");
        execFileSync("python3", ["-c", `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(f)})`]);
        return f;
      },
      [/这是套接字/, /This is a socket/],
    ],
    [
      "a file larger than 1 GB (sparse)",
      () => {
        const f = join(dir, "huge.xlsx");
        writeFileSync(f, "");
        truncateSync(f, 1024 ** 3 + 1);
        return f;
      },
      [/文件超过 1 GB/, /larger than 1 GB/],
    ],
    ["a file under /proc that claims 0 bytes", () => "/proc/self/status", [/这是文本文件/, /This is a text file/]],
  ])("%s: one line, exit code 2, in the user's language", (_name, path, [zh, en]) => {
    const file = path();
    for (const command of [
      ["analyze", file, "--json"],
      ["report", file, "--month", "2026-10", "--out", join(dir, "r.xlsx")],
    ]) {
      for (const [locale, message, other] of [
        [LOCALE.zh, zh, /[A-Za-z]{4,} [A-Za-z]{2,}/],
        [LOCALE.en, en, /\p{Script=Han}/u],
      ] as const) {
        const r = run(command, locale);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe("");
        expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(r.stderr).toMatch(message);
        expect(r.stderr.replace(file, "")).not.toMatch(other);
      }
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
    ["a path under /proc", () => "/proc/casebook-report.xlsx", [/无法写入/, /Cannot write/]],
    [
      "a path under a folder of /proc nothing can be made in",
      () => "/proc/self/casebook/r.xlsx",
      [/无法写入/, /Cannot write/],
    ],
    [
      "a path below a file",
      () => {
        writeFileSync(join(dir, "notes.txt"), "x");
        return join(dir, "notes.txt", "sub", "r.xlsx");
      },
      [/不是文件夹/, /not a folder/],
    ],
    ["a device", () => "/dev/null", [/不是普通文件/, /not a regular file/]],
    ["the input itself", () => log, [/就是读取的案件登记表/, /is the case log being read/]],
    [
      "the input through another path",
      () => join(dir, ".", "sub", "..", "log.xlsx"),
      [/就是读取的案件登记表/, /is the case log being read/],
    ],
    [
      "a file that is not a Casebook report",
      () => {
        writeFileSync(join(dir, "budget.xlsx"), readFileSync(sample));
        return join(dir, "budget.xlsx");
      },
      [/已存在且不是客服案件簿生成的报告/, /not a report Casebook wrote/],
    ],
    [
      "a text file",
      () => {
        writeFileSync(join(dir, "todo.txt"), "买菜\n");
        return join(dir, "todo.txt");
      },
      [/不是客服案件簿生成的报告/, /not a report Casebook wrote/],
    ],
  ])("%s: one line, exit code 2, nothing written, in either language", (_name, out, [zh, en]) => {
    const target = out();
    const before = existsSync(target) && statSync(target).isFile() ? readFileSync(target) : null;
    for (const [more, message, other] of [
      [[], zh, /[A-Za-z]{4,} [A-Za-z]{2,}/],
      [["--lang", "en"], en, /\p{Script=Han}/u],
    ] as const) {
      const r = report(target, ...more);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.replace(target, "")).not.toMatch(other);
    }
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
    // The line saying what was written is in the report's language, its punctuation that language's.
    expect(r.stdout).toMatch(new RegExp(`^${join(folder, "客服中心月报-2026-10.xlsx")}（\\d+ KB）\n$`));
    const en = report(join(dir, "reports-en") + "/", "--lang", "en");
    expect(en.stdout).toMatch(/^\S+reports-en\/\S+\.xlsx \(\d+ KB\)\n$/);
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
