/** The add-in's other workbook commands: template, settings, navigation, the report hand-off, capabilities. */
import { SETTINGS_SHEET_HEADERS } from "../../../src/core/settings";
import type { SettingsDefault } from "../../../src/core/model";
import {
  capabilities,
  SUPPORTED_HOSTS,
  createSettingsSheet,
  createTemplateSheet,
  openReportWorkbook,
  selectCaseRow,
  toBase64,
} from "../../../src/workbook/office";
import { createExcelServices } from "../../../src/host/excel-services";
import { caseLogRows, LOG_HEADERS } from "./case-log-data";
import { createStrictExcel } from "./strict-excel";

const LISTS = {
  类别: ["投诉", "维修", "日常", "建议"],
  来源渠道: ["电话", "来访", "信函", "传真", "意见箱", "物业转交", "销售转交", "巡检"],
  满意度: ["满意", "基本满意", "不满意"],
  物业公司: Array.from({ length: 40 }, (_, i) => `第${i + 1}物业服务有限公司`),
};

describe("createTemplateSheet", () => {
  const spec = {
    sheetName: "案件登记",
    headers: LOG_HEADERS,
    lists: LISTS,
    dateHeaders: ["受理时间", "完成时间"],
    textHeaders: ["编号", "联系电话", "房号"],
    rows: 300,
  };

  it("makes a new log with headers, lists, date and text formats, a frozen and filtered header", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }] });
    const result = await createTemplateSheet(excel.run, spec, capabilities(excel.isSetSupported), "zh");
    expect(result.created).toBe(true);
    const s = excel.sheet("案件登记");
    expect(s.values[0]).toEqual(LOG_HEADERS);
    expect(s.frozenRows).toBe(1);
    expect(s.autoFilter).toBe("案件登记!A1:Y301");
    expect(excel.cell("案件登记", "B2").format).toBe("yyyy-mm-dd hh:mm");
    expect(excel.cell("案件登记", "G300").format).toBe("@");
    expect(s.validations.map((v) => v.address)).toEqual(["案件登记!C2:C301", "案件登记!H2:H301", "案件登记!V2:V301"]);
    expect(s.validations[1].rule).toEqual({ list: { inCellDropDown: true, source: "投诉,维修,日常,建议" } });
    // 40 company names are longer than Excel's 255-character list: said, not silently cut.
    expect(result.messages.map((m) => m.zh).join()).toMatch(/“物业公司”的选项过长/);
    expect(result.messages.map((m) => m.en).join()).toMatch(/The choices for "物业公司" are too long/);
    expect(excel.model.activeSheet).toBe("案件登记");
    expect(excel.stats.syncs).toBe(2);
  });

  it("prepares 5000 rows by default in one write under 4 MB", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }] });
    await createTemplateSheet(excel.run, { ...spec, rows: undefined }, capabilities(excel.isSetSupported), "zh");
    expect(excel.cell("案件登记", "B5001").format).toBe("yyyy-mm-dd hh:mm");
    expect(excel.stats.syncs).toBe(2);
    expect(excel.stats.maxPayloadBytes).toBeLessThan(4_000_000);
  });

  it("never overwrites an existing sheet", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "案件登记", rows: caseLogRows(3) }] });
    const before = JSON.stringify(excel.model.sheets);
    const result = await createTemplateSheet(excel.run, spec, capabilities(excel.isSetSupported), "zh");
    expect(result).toMatchObject({ created: false });
    expect(result.messages[0]).toEqual({
      zh: "工作表“案件登记”已存在，未做更改。",
      en: 'Sheet "案件登记" already exists; nothing was changed.',
    });
    expect(JSON.stringify(excel.model.sheets)).toBe(before);
  });

  it("says so, changing nothing, when the workbook's structure is protected", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }], structureProtected: true });
    const result = await createTemplateSheet(excel.run, spec, capabilities(excel.isSetSupported), "zh");
    expect(result.created).toBe(false);
    expect(result.messages[0].zh).toMatch(/^工作簿结构受保护/);
    expect(result.messages[0].en).toMatch(/^The workbook's structure is protected/);
    expect((await createSettingsSheet(excel.run, [])).messages[0].en).toMatch(/structure is protected/);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("works without lists and filter on an older Excel, and says so", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }], apiVersion: "1.7" });
    const result = await createTemplateSheet(excel.run, spec, capabilities(excel.isSetSupported), "zh");
    expect(result.created).toBe(true);
    expect(excel.sheet("案件登记").validations).toEqual([]);
    expect(excel.sheet("案件登记").autoFilter).toBeNull();
    expect(result.messages.map((m) => m.en).join()).toMatch(/filter/);
    expect(result.messages.map((m) => m.zh).join()).toMatch(/自动筛选/);
  });
});

describe("createSettingsSheet", () => {
  const defaults: SettingsDefault[] = [
    { section: "工作时间", key: "周一至周五", value: "08:30-12:00,13:00-17:00", source: "§5.2" },
    { section: "时限", key: "notify-property", value: "8", source: "§5.7.1", note: "小时 hours" },
    { section: "节假日", key: "2026-10-01", value: "=国庆", source: "中心设定 center setting" },
  ];
  it("writes the defaults as text under the five headers, once", async () => {
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }] });
    expect((await createSettingsSheet(excel.run, defaults)).created).toBe(true);
    const s = excel.sheet("设置");
    expect(s.values[0]).toEqual([...SETTINGS_SHEET_HEADERS]);
    expect(s.values[1]).toEqual(["工作时间", "周一至周五", "08:30-12:00,13:00-17:00", "§5.2", ""]);
    expect(excel.cell("设置", "C3")).toEqual({ value: "8", format: "@", formula: false });
    expect(excel.cell("设置", "C4")).toEqual({ value: "=国庆", format: "@", formula: false });
    expect(s.frozenRows).toBe(1);
    expect((await createSettingsSheet(excel.run, defaults)).created).toBe(false);
    expect(excel.model.sheets.filter((x) => x.name === "设置")).toHaveLength(1);
  });
});

describe("selectCaseRow", () => {
  it("activates the log and selects the case's row", async () => {
    const excel = createStrictExcel({
      sheets: [
        { name: "Other", rows: [["x"]] },
        { name: "案件登记", rows: caseLogRows(20) },
      ],
    });
    expect(await selectCaseRow(excel.run, "案件登记", 12)).toBe("selected");
    expect(excel.model.activeSheet).toBe("案件登记");
    expect(excel.model.selection).toBe("案件登记!A12:XFD12");
    expect(await selectCaseRow(excel.run, "gone", 2)).toBe("missing");
    await expect(selectCaseRow(excel.run, "案件登记", 0)).rejects.toMatchObject({
      said: { zh: "0 不是 Excel 的行号。", en: "0 is not an Excel row number." },
    });
  });
});

describe("selectCaseRow on a hidden sheet", () => {
  it.each(["Hidden", "VeryHidden"] as const)(
    "answers %s with a message saying to unhide the sheet, touching nothing",
    async (visibility) => {
      const excel = createStrictExcel({
        sheets: [
          { name: "Other", rows: [["x"]] },
          { name: "案件登记", rows: caseLogRows(20), visibility },
        ],
      });
      expect(await selectCaseRow(excel.run, "案件登记", 12)).toBe("hidden");
      expect(excel.model.activeSheet).toBe("Other");
      const services = createExcelServices(excel.run, excel.isSetSupported);
      await expect(services.selectRow("案件登记", 12)).rejects.toMatchObject({
        name: "CommandRefusedError",
        said: {
          zh: expect.stringMatching(/^第 12 行在隐藏的工作表“案件登记”上，请先取消隐藏/),
          en: expect.stringMatching(/^Row 12 is on the hidden sheet "案件登记"; unhide/),
        },
      });
    },
  );
});

describe("openReportWorkbook", () => {
  const bytes = new Uint8Array([80, 75, 3, 4, 0, 255, 10]);
  it("opens the report as a new workbook on ExcelApi 1.8", async () => {
    const opened: string[] = [];
    const excel = createStrictExcel({ apiVersion: "1.8" });
    const result = await openReportWorkbook(bytes, {
      isSetSupported: excel.isSetSupported,
      createWorkbook: async (b64) => void opened.push(b64),
      canDownload: true,
    });
    expect(result).toEqual({ kind: "opened" });
    expect(opened).toEqual([Buffer.from(bytes).toString("base64")]);
  });
  it("offers a download on older Excel or when opening fails, and says so when neither works", async () => {
    const old = createStrictExcel({ apiVersion: "1.7" });
    expect(
      (
        await openReportWorkbook(bytes, {
          isSetSupported: old.isSetSupported,
          createWorkbook: async () => undefined,
          canDownload: true,
        })
      ).kind,
    ).toBe("download");
    const failing = await openReportWorkbook(bytes, {
      isSetSupported: () => true,
      createWorkbook: async () => {
        throw new Error("blocked");
      },
      canDownload: true,
    });
    expect(failing.kind).toBe("download");
    expect(failing.kind === "download" && failing.message).toEqual({
      zh: "无法新建工作簿（blocked）。报表将作为文件下载，请在 Excel 中打开。",
      en: "Could not open a new workbook (blocked). The report is offered as a download; open it in Excel.",
    });
    const neither = await openReportWorkbook(bytes, { isSetSupported: old.isSetSupported, canDownload: false });
    expect(neither.kind).toBe("unavailable");
  });
  it("encodes base64 exactly as Node does", () => {
    for (let n = 0; n < 12; n++) {
      const b = Uint8Array.from({ length: n * 7 + (n % 3) }, (_, i) => (i * 37 + n) & 255);
      expect(toBase64(b)).toBe(Buffer.from(b).toString("base64"));
    }
  });
});

describe("capabilities", () => {
  it("maps requirement sets to features, with a clear message on old Excel", () => {
    const modern = capabilities(createStrictExcel({ apiVersion: "1.12" }).isSetSupported);
    expect(modern).toMatchObject({
      read: true,
      writeOutputs: true,
      createWorkbook: true,
      autoFilter: true,
      messages: [],
    });
    const old = capabilities(createStrictExcel({ apiVersion: "1.5" }).isSetSupported);
    expect(old).toMatchObject({ read: false, writeOutputs: false, conditionalFormats: false });
    expect(old.messages[0].en).toContain(SUPPORTED_HOSTS.en);
    expect(old.messages[0].zh).toContain(SUPPORTED_HOSTS.zh);
    expect(old.messages[0].zh).not.toContain(SUPPORTED_HOSTS.en);
    const throwing = capabilities(() => {
      throw new Error("no Office");
    });
    expect(throwing.read).toBe(false);
  });
});

describe("caseLogTemplateSpec", () => {
  it("builds the template from the reader's columns, and the reader's header list reads it back", async () => {
    const { caseLogTemplateSpec } = await import("../../../src/workbook/office");
    const { CASE_LOG_COLUMNS } = await import("../../../src/core/parse/columns");
    const spec = caseLogTemplateSpec(["和园物业", " 和园物业 ", "金管家物业", ""]);
    expect(spec.headers).toEqual(CASE_LOG_COLUMNS.map((c) => c.zh));
    expect(spec.lists?.["物业公司"]).toEqual(["和园物业", "金管家物业"]);
    expect(spec.lists?.["类别"]).toEqual(["投诉", "维修", "日常", "建议"]);
    expect(spec.dateHeaders).toContain("受理时间");
    expect(spec.textHeaders).toEqual(expect.arrayContaining(["编号", "联系电话", "房号"]));
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1", rows: [] }] });
    expect(
      (await createTemplateSheet(excel.run, { ...spec, rows: 50 }, capabilities(excel.isSetSupported), "zh")).messages,
    ).toEqual([]);
    // One drop-down per coded column: 来源渠道, 类别, 责任单位, 物业公司, 重大质量问题, 验证结果, 回访方式, 满意度, 状态, 送达方式.
    expect(excel.sheet("案件登记").validations).toHaveLength(10);
    const { findCaseLogSheet } = await import("../../../src/core/parse");
    const { createOfficeWorkbookPort } = await import("../../../src/workbook/office");
    const input = await createOfficeWorkbookPort(excel.run, excel.isSetSupported).readSheets();
    expect(findCaseLogSheet(input)?.name).toBe("案件登记");
  });
});
