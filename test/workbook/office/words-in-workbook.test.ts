/**
 * What the Office layer writes into the workbook in words, under the strict fake: a new case log's drop-down
 * alerts and the notes on the marks of Casebook's sheets are in the language of the user who made them, and
 * only in it. The log's header cells and its choices stay the log's Chinese ones: the reader and the desk
 * look for those.
 */
import { analyze } from "../../../src/core/pipeline";
import { defaultDeadlineConfig } from "../../../src/core/deadlines";
import { buildForm } from "../../../src/core/desk";
import { buildWorkbookSheets } from "../../../src/core/report";
import { CASE_LOG_COLUMNS } from "../../../src/core/parse/columns";
import { parseIsoMinutes } from "../../../src/core/time";
import { createExcelServices } from "../../../src/host/excel-services";
import {
  capabilities,
  caseLogTemplateSpec,
  createOfficeWorkbookPort,
  createTemplateSheet,
  writeFormSheet,
} from "../../../src/workbook/office";
import { OWNED_MARK } from "../../../src/workbook/office/write";
import { caseLogRows } from "./case-log-data";
import { createStrictExcel, type StrictExcel } from "./strict-excel";

const HAN = /\p{Script=Han}/u;
const asOf = parseIsoMinutes("2026-10-31T17:00")!;

/** The drop-down alerts the template set, as Excel was asked to show them. */
function alerts(excel: StrictExcel, sheet = "案件登记"): { title: string; message: string; style: string }[] {
  const prefix = "dataValidation.errorAlert@";
  return excel
    .sheet(sheet)
    .log.filter((l) => l.startsWith(prefix))
    .map((l) => JSON.parse(l.slice(l.indexOf("=") + 1)) as { title: string; message: string; style: string });
}

const blank = () => createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }] });

describe("a new case log's drop-down alerts", () => {
  const spec = { ...caseLogTemplateSpec(["安居物业"], undefined, ["海景花园"]), rows: 20 };

  it("made by an English user: English only, titled with the columns' English names", async () => {
    const excel = blank();
    expect((await createTemplateSheet(excel.run, spec, capabilities(excel.isSetSupported), "en")).created).toBe(true);
    const shown = alerts(excel);
    expect(shown).toHaveLength(excel.sheet("案件登记").validations.length);
    expect(shown.length).toBeGreaterThan(5);
    for (const a of shown) {
      expect(a.message).toBe("Please choose a value from the drop-down list.");
      expect(`${a.title} ${a.message}`).not.toMatch(HAN);
      expect(a.style).toBe("Warning");
    }
    const english = new Set(CASE_LOG_COLUMNS.map((c) => c.en));
    expect(shown.every((a) => english.has(a.title))).toBe(true);
    expect(shown.map((a) => a.title)).toContain(CASE_LOG_COLUMNS.find((c) => c.zh === "类别")!.en);
    // The log itself is the log the reader reads: Chinese headers and choices.
    expect(excel.sheet("案件登记").values[0]).toEqual(spec.headers);
    expect(
      excel.sheet("案件登记").validations.some((v) => JSON.stringify(v.rule).includes("投诉,维修,日常,建议")),
    ).toBe(true);
  });

  it("made by a Chinese user: Chinese only, titled with the headers", async () => {
    const excel = blank();
    await createTemplateSheet(excel.run, spec, capabilities(excel.isSetSupported), "zh");
    const shown = alerts(excel);
    expect(shown.length).toBeGreaterThan(5);
    for (const a of shown) {
      expect(a.message).toBe("请从下拉列表中选择。");
      expect(`${a.title}${a.message}`).not.toMatch(/[A-Za-z]/);
      expect(spec.headers).toContain(a.title);
    }
  });

  it.each([
    ["en-US", /^[^\p{Script=Han}]+$/u],
    ["zh-CN", /^[^A-Za-z]+$/],
  ] as const)("the pane's and the ribbon's 新建案件登记表 in %s gives that language's alerts", async (lang, only) => {
    const excel = blank();
    await createExcelServices(excel.run, excel.isSetSupported).createTemplate(lang);
    const shown = alerts(excel);
    expect(shown.length).toBeGreaterThan(5);
    for (const a of shown) expect(`${a.title}${a.message}`).toMatch(only);
  });

  it("a refusal says why in both languages' own words, for whoever shows it", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(2) }] });
    const services = createExcelServices(excel.run, excel.isSetSupported);
    await expect(services.createTemplate("en-US")).rejects.toMatchObject({
      name: "CommandRefusedError",
      said: {
        zh: "工作表“案件登记”已存在，未做更改。",
        en: 'Sheet "案件登记" already exists; nothing was changed.',
      },
    });
  });
});

describe("the note on the mark of a sheet Casebook wrote", () => {
  const log = () => createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(40) }] });

  it.each([
    ["en", "Created by Casebook; replaced on every run.", HAN],
    ["zh", "客服案件簿创建并维护此工作表，重新运行时会替换。", /[A-Za-z]/],
  ] as const)("registers written in %s: the note in that language", async (lang, note, other) => {
    const excel = log();
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const docs = buildWorkbookSheets(analyze(await port.readSheets(), { asOf }), lang);
    await port.writeOwnedSheets(docs, lang);
    const marks = excel.model.sheets.flatMap((s) => s.names.filter((n) => n.name === OWNED_MARK));
    expect(marks).toHaveLength(docs.length);
    for (const m of marks) {
      expect(m.comment).toBe(note);
      expect(m.comment).not.toMatch(other);
    }
    // Only the mark is left: the staging mark (and its note) went in the swap.
    expect(excel.model.sheets.flatMap((s) => s.names.map((n) => n.name)).filter((n) => n !== OWNED_MARK)).toEqual([]);
  });

  it.each([
    ["en", "Created by Casebook; replaced on every run."],
    ["zh", "客服案件簿创建并维护此工作表，重新运行时会替换。"],
  ] as const)("a form written in %s: the note in that language", async (lang, note) => {
    const excel = log();
    const port = createOfficeWorkbookPort(excel.run, excel.isSetSupported);
    const c = analyze(await port.readSheets(), { asOf }).cases[0];
    const form = buildForm("contact", c, { lang, deadlines: defaultDeadlineConfig(), now: asOf });
    expect((await writeFormSheet(excel.run, form, capabilities(excel.isSetSupported))).ok).toBe(true);
    expect(excel.sheet(form.sheetName).names.find((n) => n.name === OWNED_MARK)?.comment).toBe(note);
  });
});
