/**
 * The ribbon's commands, apart from Office's globals: the outcome reaches the user (shown, and recorded in
 * the workbook for the pane) in one language, and a run too big for a command's five minutes is not
 * started but handed to the pane, the workbook unchanged. The workbook is the strict Excel fake.
 */
import { parseIsoMinutes } from "../../src/core/time";
import { createExcelHost } from "../../src/host/excel-host";
import { createExcelServices } from "../../src/host/excel-services";
import {
  COMMAND_ROW_LIMIT,
  completeCommand,
  createTemplateWork,
  writeOutputsWork,
  type CommandContext,
} from "../../src/commands/command-run";
import { readOutcome, type CommandOutcome } from "../../src/workbook/office/command-outcome";
import { caseLogRows } from "../workbook/office/case-log-data";
import { createStrictExcel, type StrictExcel } from "../workbook/office/strict-excel";

const now = parseIsoMinutes("2026-10-31T17:05")!;

function command(excel: StrictExcel, displayLanguage: string) {
  const shown: CommandOutcome[] = [];
  const ctx: CommandContext = {
    run: excel.run,
    displayLanguage,
    now: () => now,
    show: async (o) => void shown.push(o),
  };
  const services = createExcelServices(excel.run, excel.isSetSupported);
  const host = createExcelHost({ displayLanguage, theme: "light", services: async () => services });
  const writeOutputs = () =>
    completeCommand(ctx, "writeOutputs", () => writeOutputsWork({ inputSize: () => services.inputSize(), host }, now));
  return { shown, writeOutputs };
}

const sheetNames = (excel: StrictExcel) => excel.model.sheets.map((s) => s.name);

describe("the ribbon's 写入登记簿", () => {
  it("writes the registers and reports it, shown and recorded", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(300) }] });
    const { shown, writeOutputs } = command(excel, "zh-CN");
    const outcome = await writeOutputs();
    expect(outcome).toMatchObject({ ok: true, lang: "zh-CN", title: "登记簿已生成", at: "2026-10-31T17:05" });
    expect(sheetNames(excel)).toEqual(expect.arrayContaining(["案件登记", "CB-投诉登记簿"]));
    expect(shown).toEqual([outcome]);
    expect(await readOutcome(excel.run)).toEqual(outcome);
  });

  it.each([
    ["zh-CN", /共 50,002 行（2 张工作表）.*未开始.*KPI 面板.*生成登记簿、合规表和考核表/],
    ["en-US", /50,002 rows \(2 sheets\).*nothing was started.*KPI pane.*Write registers, compliance and scorecards/],
  ])("hands a log too big for five minutes to the pane (%s), changing nothing", async (lang, says) => {
    // Two log sheets whose rows together pass the limit: the estimate adds the rows of every sheet read.
    const half = COMMAND_ROW_LIMIT / 2;
    const excel = createStrictExcel({
      sheets: [
        { name: "2025年", rows: caseLogRows(half) },
        { name: "2026年", rows: caseLogRows(half, 2) },
      ],
    });
    const before = JSON.stringify(excel.model.sheets.map((s) => [s.name, s.values.length]));
    const { shown, writeOutputs } = command(excel, lang);
    const outcome = await writeOutputs();
    expect(outcome.ok).toBe(false);
    expect(outcome.toPane).toBe(true);
    expect(outcome.lines.join(" ")).toMatch(says);
    // One language per outcome: no Chinese in the English one, no Latin sentence in the Chinese one.
    if (lang === "en-US") expect(outcome.lines.join("") + outcome.title).not.toMatch(/[\u4e00-\u9fff]/);
    else expect(outcome.lines.join("")).not.toMatch(/[a-z]{4,} [a-z]{4,}/);
    expect(JSON.stringify(excel.model.sheets.map((s) => [s.name, s.values.length]))).toBe(before);
    expect(shown).toEqual([outcome]);
    expect(await readOutcome(excel.run)).toEqual(outcome);
  });

  it("a log just within the limit is run", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(COMMAND_ROW_LIMIT - 1) }] });
    const { writeOutputs } = command(excel, "en-US");
    expect(await writeOutputs()).toMatchObject({ ok: true, title: "Registers written" });
    expect(sheetNames(excel)).toContain("CB-Complaints register");
  }, 120_000);

  it("a failure is reported in the user's language and recorded, the workbook untouched", async () => {
    const excel = createStrictExcel({
      sheets: [{ name: "案件登记", rows: caseLogRows(50) }],
      structureProtected: true,
    });
    const { shown, writeOutputs } = command(excel, "en-US");
    const outcome = await writeOutputs();
    expect(outcome).toMatchObject({ ok: false, title: "The registers were not written" });
    expect(outcome.lines[0]).toMatch(/structure is protected/);
    expect(outcome.lines[0]).not.toMatch(/[\u4e00-\u9fff]{2}/);
    expect(sheetNames(excel)).toEqual(["案件登记"]);
    expect(shown).toEqual([outcome]);
    expect(await readOutcome(excel.run)).toEqual(outcome);
  });
});

describe("the ribbon's 新建案件登记表", () => {
  function createTemplate(excel: StrictExcel, displayLanguage: string) {
    const shown: CommandOutcome[] = [];
    const ctx: CommandContext = {
      run: excel.run,
      displayLanguage,
      now: () => now,
      show: async (o) => void shown.push(o),
    };
    const services = createExcelServices(excel.run, excel.isSetSupported);
    const host = createExcelHost({ displayLanguage, theme: "light", services: async () => services });
    return completeCommand(ctx, "createTemplate", () => createTemplateWork(host, displayLanguage));
  }
  const alerts = (excel: StrictExcel) =>
    excel
      .sheet("案件登记")
      .log.filter((l) => l.startsWith("dataValidation.errorAlert@"))
      .map((l) => JSON.parse(l.slice(l.indexOf("=") + 1)) as { title: string; message: string });

  it.each([
    ["en-US", "Case log created", "Please choose a value from the drop-down list.", /\p{Script=Han}/u],
    ["zh-CN", "登记表已新建", "请从下拉列表中选择。", /[A-Za-z]/],
  ])("in %s: the log's alerts and the outcome in that language only", async (lang, title, message, other) => {
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }] });
    const outcome = await createTemplate(excel, lang);
    expect(outcome).toMatchObject({ ok: true, lang, title, lines: [] });
    const shown = alerts(excel);
    expect(shown.length).toBeGreaterThan(5);
    for (const a of shown) {
      expect(a.message).toBe(message);
      expect(a.title).not.toMatch(other);
    }
  });

  it.each([
    ["en-US", "The new case log will have no drop-down lists (needs a newer Excel)."],
    ["zh-CN", "新建的案件登记表不含下拉列表（需要较新的 Excel）。"],
  ])("on an older Excel (%s): made, and the outcome says what was left out", async (lang, line) => {
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }], apiVersion: "1.7" });
    const outcome = await createTemplate(excel, lang);
    expect(outcome).toMatchObject({ ok: true, lines: [line] });
    expect(excel.sheet("案件登记").validations).toEqual([]);
    expect(await readOutcome(excel.run)).toEqual(outcome);
  });

  it.each([
    ["en-US", "The case log was not created", 'Sheet "案件登记" already exists; nothing was changed.'],
    ["zh-CN", "未能新建案件登记表", "工作表“案件登记”已存在，未做更改。"],
  ])("refused (%s): why, in that language only", async (lang, title, line) => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(3) }] });
    expect(await createTemplate(excel, lang)).toMatchObject({ ok: false, title, lines: [line] });
  });
});
