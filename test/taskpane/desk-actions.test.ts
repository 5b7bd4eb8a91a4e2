/**
 * The desk's writes from the form to the host and back, through the real preview host on a year kept a sheet
 * per month (real .xlsx bytes): a case goes to its month's sheet; the first case of a month with no sheet
 * yet makes it from the latest month's header rows; a stamp on a cell taken meanwhile writes nothing and
 * says what is there, in the pane's language.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { emptyDraft, reviewDraft } from "../../src/core/desk";
import { parseIsoMinutes } from "../../src/core/time";
import { createPreviewHost } from "../../src/host/preview-host";
import { deskContext } from "../../src/taskpane/model/desk";
import { addCase, makeForm, stampStep } from "../../src/taskpane/model/desk-actions";
import { readXlsx } from "../../src/workbook/xlsx";
import { toSpec, yearByMonth } from "../fixtures/log-layouts";
import { xlsxRaw } from "../fixtures/xlsx-raw";

const asOf = parseIsoMinutes("2026-10-31T17:00")!;
const never = new AbortController().signal;

beforeAll(() => {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
});

function preview() {
  const bytes = xlsxRaw(toSpec(yearByMonth(["8月", "9月", "10月"])));
  return createPreviewHost({ sampleUrl: "log.xlsx", displayLanguage: "zh-CN", theme: "light", now: asOf, fetchBytes: async () => bytes });
}

it("adds a case to its month's sheet, making the sheet of a month that has none yet", async () => {
  const host = preview();
  const a = await host.analyze(asOf, () => undefined, never);
  expect(a.logSheets.map((s) => s.name)).toEqual(["8月", "9月", "10月"]);
  const draft = (id: string, at: string) =>
    reviewDraft({ ...emptyDraft(id, parseIsoMinutes(at)!), description: "3号楼渗水" }, deskContext(a, asOf));

  const added = await addCase(host, a, draft("M10-04", "2026-10-31T16:00"), "zh-CN");
  expect(added).toMatchObject({ intent: "success", key: "desk.new.added", params: { id: "M10-04", sheet: "10月", row: 6 } });
  const after = await host.analyze(asOf, () => undefined, never);
  expect(after.cases.find((c) => c.id === "M10-04")).toMatchObject({ sheet: "10月", row: 6, category: "repair" });

  // November has no sheet yet: 11月 is made after 10月 from its header rows, and the case goes there.
  const november = await addCase(host, after, draft("M11-01", "2026-11-02T09:00"), "zh-CN");
  expect(november).toMatchObject({
    intent: "success",
    key: "desk.new.addedNewSheet",
    params: { id: "M11-01", sheet: "11月", template: "10月", row: 3 },
  });
  // Read in November (a case received after the as-of instant is not counted).
  const next = await host.analyze(parseIsoMinutes("2026-11-05T09:00")!, () => undefined, never);
  expect(next.logSheets.map((s) => s.name)).toEqual(["8月", "9月", "10月", "11月"]);
  expect(next.cases.find((c) => c.id === "M11-01")).toMatchObject({ sheet: "11月", row: 3 });
  expect(next.cases.length).toBe(after.cases.length + 1);
  // A second November case finds the sheet there and only appends.
  const again = await addCase(host, next, draft("M11-02", "2026-11-03T09:00"), "zh-CN");
  expect(again).toMatchObject({ key: "desk.new.added", params: { sheet: "11月", row: 4 } });
});

it("a stamp on a cell filled since the log was read writes nothing and names the cell, in the pane's language", async () => {
  const bytes = xlsxRaw({
    sheets: [
      {
        name: "案件登记",
        rows: [
          ["编号", "受理时间", "类别", "事项内容", "责任单位", "完成时间", "回访时间"],
          ["K-1", "2026-10-30 09:00", "维修", "渗水", "物业公司", "", ""],
        ],
      },
    ],
  });
  const host = createPreviewHost({ sampleUrl: "log.xlsx", displayLanguage: "en-US", theme: "light", now: asOf, fetchBytes: async () => bytes });
  const a = await host.analyze(asOf, () => undefined, never);
  const c = a.cases.find((x) => x.id === "K-1")!;
  const at = parseIsoMinutes("2026-10-31T16:30")!;
  const done = await stampStep(host, a, c, { field: "completedAt", at }, "en-US");
  expect(done).toEqual([
    expect.objectContaining({ intent: "success", key: "desk.stamp.done", params: { id: "K-1", step: "Completed", time: "2026-10-31 16:30" } }),
  ]);
  // The same stale case again: its 完成时间 is taken now.
  const twice = await stampStep(host, a, c, { field: "completedAt", at: at + 10 }, "en-US");
  expect(twice).toEqual([
    expect.objectContaining({
      intent: "error",
      key: "desk.refused.conflict",
      params: expect.objectContaining({ cells: `完成时间 "2026-10-31 16:30"` }),
    }),
  ]);
  // 回访 with details the log has no column for: the time is recorded, the rest named as not recorded.
  const followUp = await stampStep(host, a, c, { field: "followUpAt", at, followUpBy: "李四", satisfaction: "satisfied" }, "zh-CN");
  expect(followUp).toEqual([
    expect.objectContaining({ intent: "success" }),
    expect.objectContaining({ key: "desk.stamp.missing", params: { columns: "满意度、回访人" } }),
  ]);
  // A month log without 完成时间: nothing recorded, and not called a success.
  const month = preview();
  const m = await month.analyze(asOf, () => undefined, never);
  const none = await stampStep(month, m, m.cases.find((x) => x.id === "M10-01")!, { field: "completedAt", at }, "zh-CN");
  expect(none).toEqual([
    expect.objectContaining({ intent: "warning", key: "desk.stamp.noColumn", params: { sheet: "10月", columns: "完成时间" } }),
  ]);
});

it("a 工作联系单: numbered into a blank 联系单号 once; a stale read shows the number there; without the column, 待登记", async () => {
  const log = (headers: string[], rows: string[][]) =>
    xlsxRaw({ sheets: [{ name: "案件登记", rows: [headers, ...rows] }, { name: "Settings", rows: [["分类", "项目", "值"], ["工作联系单", "编号格式", "LX{YYMM}-{NNN}"]] }] });
  const headers = ["编号", "受理时间", "类别", "事项内容", "责任单位", "联系单号"];
  const rows = [
    ["K-1", "2026-10-30 09:00", "投诉", "楼道垃圾无人清运", "物业公司", "LX2610-004"],
    ["K-2", "2026-10-31 09:00", "投诉", "电梯停运", "物业公司", ""],
  ];
  const host = createPreviewHost({ sampleUrl: "log.xlsx", displayLanguage: "zh-CN", theme: "light", now: asOf, fetchBytes: async () => log(headers, rows) });
  const a = await host.analyze(asOf, () => undefined, never);
  const k2 = a.cases.find((x) => x.id === "K-2")!;
  const made = await makeForm(host, a, k2, "contact", asOf, "zh-CN");
  expect(made.notices.map((n) => [n.intent, n.key])).toEqual([
    ["success", "desk.form.downloaded"],
    ["info", "desk.form.numbered"],
  ]);
  expect(made.notices[1].params).toEqual({ id: "K-2", no: "LX2610-005" });
  expect(made.file?.fileName).toBe("工作联系单-K-2.xlsx");
  const after = await host.analyze(asOf, () => undefined, never);
  expect(after.cases.find((x) => x.id === "K-2")!.contactFormNo).toBe("LX2610-005");
  // The stale case again: the cell holds a number now, which the form shows; nothing is written.
  const stale = await makeForm(host, a, k2, "contact", asOf, "zh-CN");
  expect(stale.notices[1]).toMatchObject({ intent: "info", key: "desk.form.taken", params: { no: "LX2610-005" } });
  expect(readXlsx(stale.file!.bytes).sheets[0].values.flat()).toContain("LX2610-005");
  // Other forms assign nothing.
  const complaint = await makeForm(host, after, after.cases.find((x) => x.id === "K-1")!, "complaint", asOf, "en-US");
  expect(complaint.notices.map((n) => n.key)).toEqual(["desk.form.downloaded"]);

  // A log without a 联系单号 column: the form shows the number as 待登记, the log is not written.
  const bare = createPreviewHost({
    sampleUrl: "log.xlsx",
    displayLanguage: "zh-CN",
    theme: "light",
    now: asOf,
    fetchBytes: async () => log(headers.slice(0, 5), rows.map((r) => r.slice(0, 5))),
  });
  const b = await bare.analyze(asOf, () => undefined, never);
  const pending = await makeForm(bare, b, b.cases.find((x) => x.id === "K-2")!, "contact", asOf, "zh-CN");
  expect(pending.notices[1]).toMatchObject({ intent: "warning", key: "desk.form.noColumn", params: { sheet: "案件登记", no: "LX2610-001" } });
  expect(readXlsx(pending.file!.bytes).sheets[0].values.flat()).toContain("LX2610-001（待登记）");
});
