/**
 * `casebook form` end to end: a real process on real files, the output rendered by LibreOffice. Each of the
 * three forms prints on exactly one A4 page holding the case's 编号 and 事项内容 (a long description too), the
 * input is never written, and a blank 联系单号 shows the number the desk would assign, marked 待登记.
 * The LibreOffice part is skipped with a notice when `soffice` is not installed (CI installs it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { excelJsBytes } from "../workbook/xlsx/helpers";

const root = join(__dirname, "..", "..");
const sample = join(root, "assets", "sample", "case-log.xlsx");
const entry = join(root, "scripts", "casebook.mjs");
const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const canRender = has("soffice") && has("pdftotext") && has("pdfinfo");
if (!canRender) console.warn("form.test: soffice/poppler not found; the one-page render checks are skipped");

function casebook(args: string[]) {
  const run = spawnSync("node", [entry, ...args], {
    cwd: root,
    encoding: "utf8",
    // A Chinese environment: an error line's language is --lang, else the environment's.
    env: { ...process.env, TZ: "America/New_York", LC_ALL: "", LC_MESSAGES: "", LANG: "zh_CN.UTF-8" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "casebook-form-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** LibreOffice's PDF of an .xlsx: its page count and text. */
function render(xlsx: string): { pages: number; text: string } {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
  return { pages, text: execFileSync("pdftotext", [pdf, "-"]).toString() };
}

const LONG =
  "业主反映：自今年入住以来，卫生间顶棚多次渗水，墙面霉斑明显，已向物业公司多次反映但一直未处理；" +
  "要求尽快查明漏点、修复防水并赔偿损失的吊顶与衣柜。".repeat(6);

async function smallLog(): Promise<string> {
  const file = join(dir, "log.xlsx");
  const bytes = await excelJsBytes((wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet("案件登记");
    ws.addRow([
      "编号",
      "受理时间",
      "来源渠道",
      "客户姓名",
      "联系电话",
      "小区",
      "房号",
      "类别",
      "事项内容",
      "责任单位",
      "物业公司",
      "联系单号",
    ]);
    ws.addRow([
      "KF2610-021",
      "2026-10-08 09:00",
      "电话",
      "张伟",
      "13800138000",
      "海景花园",
      "3-2-501",
      "投诉",
      "楼道垃圾无人清运",
      "物业公司",
      "安居物业",
      "LXD-2026-0007",
    ]);
    ws.addRow([
      "KF2610-022",
      "2026-10-09 16:30",
      "电话",
      "王小明",
      "13812345678",
      "海景花园",
      "5-1-101",
      "投诉",
      LONG,
      "物业公司",
      "安居物业",
      "",
    ]);
  });
  writeFileSync(file, bytes);
  return file;
}

describe("casebook form", () => {
  it.each(["complaint", "contact", "follow-up"])(
    "%s: one printed page with the case's 编号 and 事项内容; the input untouched",
    async (kind) => {
      const log = await smallLog();
      const before = sha(log);
      const out = join(dir, `${kind}.xlsx`);
      const r = casebook([
        "form",
        log,
        "--case",
        "KF2610-022",
        "--kind",
        kind,
        "--out",
        out,
        "--as-of",
        "2026-10-10T09:00",
      ]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(out);
      expect(sha(log)).toBe(before);
      if (!canRender) return;
      const { pages, text } = render(out);
      expect(pages).toBe(1);
      const flat = text.replace(/\s+/g, "");
      expect(flat).toContain("KF2610-022");
      expect(flat).toContain(LONG.replace(/\s+/g, ""));
      if (kind === "contact") {
        // Blank on the log: the next number of the Settings pattern (default LXD-{YYYY}-{NNNN}), to be recorded.
        expect(flat).toContain("LXD-2026-0008（待登记）");
        expect(flat).toContain("138****5678");
        expect(flat).not.toContain("13812345678");
      }
    },
  );

  it("on the sample: the 工作联系单 of a case in English, one page", () => {
    const out = join(dir, "sample-contact.xlsx");
    const r = casebook([
      "form",
      sample,
      "--case",
      "2026-0341",
      "--kind",
      "contact",
      "--lang",
      "en",
      "--out",
      out,
      "--as-of",
      "2026-10-31T17:00",
    ]);
    expect(r.status).toBe(0);
    if (!canRender) return;
    const { pages, text } = render(out);
    expect(pages).toBe(1);
    expect(text).toContain("Work Contact Form");
    expect(text).toContain("2026-0341");
  });

  it.each([
    [["form", "x.xlsx", "--kind", "contact"], /--case/],
    [
      ["form", "x.xlsx", "--case", "A", "--kind", "memo"],
      /--kind 只能是 complaint、contact 或 follow-up，不能是“memo”/,
    ],
    [["form", sample, "--case", "A", "--kind", "contact", "--out", sample], /就是读取的案件登记表/],
    // This command only reads the log: not even --force writes over it.
    [["form", sample, "--case", "A", "--kind", "contact", "--out", sample, "--force"], /不能是输入文件本身/],
  ])("%j: one line and exit code 2", (args, message) => {
    const r = casebook(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("an unknown case number: one line in the chosen language, exit code 2", async () => {
    const log = await smallLog();
    const zh = casebook(["form", log, "--case", "KF2610-999", "--kind", "contact"]);
    expect(zh.status).toBe(2);
    expect(zh.stderr.trim().split("\n")).toHaveLength(1);
    expect(zh.stderr).toContain("没有编号为“KF2610-999”的案件");
    const en = casebook(["form", log, "--case", "KF2610-999", "--kind", "contact", "--lang", "en"]);
    expect(en.stderr).toContain('no case numbered "KF2610-999"');
  });
});
