/**
 * Issue 8's corpus of difficult workbooks (test/fixtures, written by `npm run fixtures` from
 * test/fixtures/corpus.ts): each file's exact outcome — the cases and rejected rows it gives, or the specific
 * error a clerk reads — through the real reader and pipeline, and a few through the CLI as a user runs it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../src/core/analysis";
import { analyze } from "../../src/core/pipeline";
import { parseIsoMinutes } from "../../src/core/time";
import { WorkbookFormatError } from "../../src/workbook/port";
import { readXlsx } from "../../src/workbook/xlsx";
import { CORPUS } from "../fixtures/corpus";

const dir = join(__dirname, "..", "fixtures");
const asOf = parseIsoMinutes("2026-10-31T17:00")!;
/** Small enough that the 4 GiB bomb is refused within a second or two. */
const LIMITS = { maxUncompressedBytes: 64 * 2 ** 20 };

const bytesOf = (file: string) => new Uint8Array(readFileSync(join(dir, file)));
const run = (file: string): Analysis => analyze(readXlsx(bytesOf(file), LIMITS), { asOf });
const rejectedRows = (a: Analysis) => new Set(a.rejected.map((r) => r.row)).size;

describe("the corpus files are current", () => {
  it.each(CORPUS.map((f) => [f.file, f]))("%s is what corpus.ts builds", (_file, f) => {
    expect(Buffer.from(f.build()).equals(Buffer.from(bytesOf(f.file)))).toBe(true);
  });
});

describe("workbooks that read: exact cases and rejected rows", () => {
  it.each([
    // file, cases, rejected rows, rejections, duplicates
    ["merged-title-header.xlsx", 4, 0, 0, 0],
    ["two-row-header.xlsx", 2, 1, 2, 0],
    ["hidden-filtered.xlsx", 8, 0, 0, 0],
    ["formulas-errors.xlsx", 2, 9, 18, 0],
    ["text-dates.xlsx", 16, 7, 7, 0],
    ["dates-out-of-range.xlsx", 5, 7, 7, 0],
    ["date-1904.xlsx", 4, 0, 0, 0],
    ["long-text.xlsx", 1, 0, 0, 0],
    ["unicode.xlsx", 5, 0, 0, 0],
    ["id-spaces.xlsx", 2, 4, 4, 1],
    ["row-limit.xlsx", 2, 0, 0, 0],
  ])("%s: %i cases, %i rejected rows", (file, cases, rows, rejections, duplicates) => {
    const a = run(file);
    expect(a.logSheet).toBe("案件登记");
    expect(a.cases.length).toBe(cases);
    expect(rejectedRows(a)).toBe(rows);
    expect(a.rejected.length).toBe(rejections);
    expect(a.duplicates.length).toBe(duplicates);
    for (const r of a.rejected) expect(r.reason).toMatch(new RegExp(`^第 ${r.row} 行 `));
  });

  it("formula errors are named in the clerk's words", () => {
    const a = run("formulas-errors.xlsx");
    expect(a.rejected.some((r) => r.reason.includes("单元格为错误值 #DIV/0!"))).toBe(true);
    expect(a.cellIssues.length).toBe(23);
  });

  it("ids that differ only by spaces or full-width forms are one id", () => {
    const a = run("id-spaces.xlsx");
    expect(a.duplicates[0].id).toBe("A-001");
    expect(a.duplicates[0].rows.length).toBe(5);
    expect(a.rejected.every((r) => r.reason.includes("编号重复"))).toBe(true);
  });

  it("the last row Excel has is read, with its own row number", () => {
    expect(run("row-limit.xlsx").cases.map((c) => c.row)).toEqual([2, 1_048_576]);
  });

  it("text over Excel's 32,767 characters, emoji and rare CJK survive as text", () => {
    expect(run("long-text.xlsx").cases[0].description.length).toBeGreaterThan(32_767);
    const cases = run("unicode.xlsx").cases;
    expect(cases.map((c) => c.customer)).toEqual(expect.arrayContaining(["𠮷野", "王𡈽", "محمد"]));
    expect(cases.map((c) => c.description)).toContain("😀 楼上漏水 👍🏽 一家👨‍👩‍👧 都受影响");
  });
});

describe("workbooks with nothing to read: a warning, no cases", () => {
  it.each([
    ["empty-workbook.xlsx", null, /未找到案件登记表/],
    ["no-header.xlsx", "案件登记", /缺少必需的列 “编号”/],
    ["header-only.xlsx", "案件登记", /表头下没有数据行/],
  ])("%s", (file, sheet, warning) => {
    const a = run(file);
    expect(a.logSheet).toBe(sheet);
    expect(a.cases).toEqual([]);
    expect(a.warnings.join("\n")).toMatch(warning);
  });
});

describe("files that are not a readable workbook: the specific error", () => {
  it.each([
    ["legacy.xls", /旧版 Excel 97-2003 工作簿（\.xls）/],
    ["case-log.csv", /文本文件（如 CSV）/],
    ["password-protected.xlsx", /设置了打开密码/],
    ["corrupt-truncated.xlsx", /文件已损坏或不完整/],
    ["corrupt-data.xlsx", /文件已损坏或不完整/],
    ["zip-bomb.xlsx", /超过 64 MB 的上限（maxUncompressedBytes）/],
    ["zip-bomb-lying.xlsx", /超过 64 MB 的上限（maxUncompressedBytes）/],
  ])("%s", (file, message) => {
    let error: unknown;
    try {
      readXlsx(bytesOf(file), LIMITS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookFormatError);
    expect((error as Error).message).toMatch(message);
  });

  it.each([["legacy.xls"], ["password-protected.xlsx"], ["corrupt-truncated.xlsx"]])(
    "%s through the CLI: one line, exit code 2, no stack trace",
    (file) => {
      const cli = spawnSync("node", [join(__dirname, "../../scripts/casebook.mjs"), "analyze", join(dir, file), "--json"], {
        encoding: "utf8",
      });
      expect(cli.status).toBe(2);
      expect(cli.stdout).toBe("");
      expect(cli.stderr.trim().split("\n")).toHaveLength(1);
      expect(cli.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
