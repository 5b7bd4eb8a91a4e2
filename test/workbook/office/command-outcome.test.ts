/** A ribbon command's outcome: kept in the workbook's settings for the pane, and shown by the dialog page. */
import {
  OUTCOME_SETTING,
  outcomeDialogUrl,
  readOutcome,
  recordOutcome,
  takeOutcome,
  type CommandOutcome,
} from "../../../src/workbook/office/command-outcome";
import { createStrictExcel } from "./strict-excel";

const outcome: CommandOutcome = {
  command: "writeOutputs",
  ok: false,
  lang: "zh-CN",
  at: "2026-10-31T17:05",
  title: "未能生成登记簿",
  lines: ["工作簿结构受保护（审阅 → 保护工作簿），无法添加或删除工作表，未写入任何内容。"],
};

describe("command outcome", () => {
  it("is kept in the workbook's settings, where another runtime (the pane) reads it back", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Log", rows: [["x"]] }] });
    expect(await readOutcome(excel.run)).toBeNull();
    await recordOutcome(excel.run, outcome);
    expect(JSON.parse(excel.model.settings.get(OUTCOME_SETTING) as string)).toEqual(outcome);
    // A second runtime: a new Excel.run on the same workbook.
    expect(await readOutcome(excel.run)).toEqual(outcome);
    await recordOutcome(excel.run, { ...outcome, ok: true, title: "登记簿已生成", lines: [] });
    expect((await readOutcome(excel.run))?.ok).toBe(true);
    excel.model.settings.set(OUTCOME_SETTING, "not json");
    expect(await readOutcome(excel.run)).toBeNull();
  });

  it("is taken by the pane once: later openings find nothing new, a later command's outcome is new again", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Log", rows: [["x"]] }] });
    expect(await takeOutcome(excel.run)).toBeNull();
    await recordOutcome(excel.run, outcome);
    expect(await takeOutcome(excel.run)).toEqual(outcome);
    expect(await takeOutcome(excel.run)).toBeNull();
    expect(await readOutcome(excel.run)).toEqual({ ...outcome, shown: true });
    await recordOutcome(excel.run, { ...outcome, ok: true, title: "登记簿已生成", lines: [] });
    expect((await takeOutcome(excel.run))?.title).toBe("登记簿已生成");
  });

  it("opens the dialog page next to the function file, in one language", () => {
    const url = new URL(outcomeDialogUrl("https://addins.example.com/casebook/commands.html?_host_Info=x#y", outcome));
    expect(url.origin + url.pathname).toBe("https://addins.example.com/casebook/dialog.html");
    expect(url.hash).toBe("");
    expect(url.searchParams.get("lang")).toBe("zh-CN");
    expect(url.searchParams.get("t")).toBe(outcome.title);
    expect(url.searchParams.getAll("m")).toEqual(outcome.lines);
  });
});
