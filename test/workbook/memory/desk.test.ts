/**
 * The desk's writes on the preview's in-memory workbook: a new case lands after the last used row and reads
 * back as the same case; a stamp fills blank cells only, and writes nothing when one is taken or the row
 * holds another case.
 */
import { analyze } from "../../../src/core/pipeline";
import { defaultDeadlineConfig } from "../../../src/core/deadlines";
import { emptyDraft, reviewDraft, type DeskContext } from "../../../src/core/desk";
import type { CellValue, WorkbookInput } from "../../../src/core/model";
import { parseIsoMinutes } from "../../../src/core/time";
import { appendCaseInMemory, stampCaseInMemory } from "../../../src/workbook/memory/desk";

const config = defaultDeadlineConfig();
const at = (iso: string): number => parseIsoMinutes(iso)!;
const HEADER = ["编号", "受理时间", "小区", "房号", "类别", "事项内容", "责任单位", "送达时间", "完成时间", "状态", "备注"];

function workbook(): WorkbookInput {
  const values: CellValue[][] = [
    HEADER,
    ["K-001", "2026-10-01 09:00", "海景花园", "1-1-101", "维修", "漏水", "物业公司", "", "", "", "我的备注"],
    ["K-002", "2026-10-02 09:00", "海景花园", "1-1-102", "投诉", "噪音", "物业公司", "2026-10-02 10:00", "", "处理中", ""],
    ["", "", "", "", "", "", "", "", "", "", ""],
  ];
  return { date1904: false, sheets: [{ name: "案件登记", values, firstRow: 1, firstColumn: 1 }] };
}

const place = { sheetName: "案件登记", headerRow: 1 };

it("appends a new case after the last used row, and it reads back as the case the desk reviewed", () => {
  const wb = workbook();
  const before = analyze(wb, { asOf: at("2026-10-21T10:00") });
  const ctx: DeskContext = {
    cases: before.cases,
    communities: [],
    keywordRules: before.keywordRules,
    repeatWindowDays: 30,
    deadlines: config,
    now: at("2026-10-21T10:00"),
  };
  const review = reviewDraft(
    { ...emptyDraft("K-003", at("2026-10-21T09:45")), community: "海景花园", unit: "2-1-301", description: "卫生间漏水" },
    ctx,
  );
  expect(appendCaseInMemory(wb, place, review.record, config)).toEqual({ ok: true, sheet: "案件登记", row: 4 });
  const after = analyze(wb, { asOf: at("2026-10-21T10:00") });
  const c = after.cases.find((x) => x.id === "K-003")!;
  expect(c).toMatchObject({ row: 4, unit: "2-1-301", category: "repair", receivedAt: { at: at("2026-10-21T09:45") } });
  expect(wb.sheets[0].values[3].slice(0, 2)).toEqual(["K-003", "2026-10-21 09:45"]);
  expect(wb.sheets[0].values[3][9]).toBe("待处理");
  // Nothing above it moved.
  expect(wb.sheets[0].values.slice(0, 3)).toEqual(workbook().sheets[0].values.slice(0, 3));
  expect(appendCaseInMemory(wb, { ...place, sheetName: "9月" }, review.record, config)).toEqual({
    ok: false,
    reason: "no-sheet",
  });
});

it("stamps a step into blank cells, and writes nothing over a taken cell or on a row that holds another case", () => {
  const wb = workbook();
  const a = analyze(wb, { asOf: at("2026-10-21T10:00") });
  const k1 = a.cases.find((c) => c.id === "K-001")!;
  const k2 = a.cases.find((c) => c.id === "K-002")!;
  expect(stampCaseInMemory(wb, place, k1, { field: "notifiedAt", at: at("2026-10-21T10:05") }, config)).toEqual({
    ok: true,
    sheet: "案件登记",
    row: 2,
    missing: [],
    written: 2,
  });
  expect(wb.sheets[0].values[1]).toEqual([
    "K-001", "2026-10-01 09:00", "海景花园", "1-1-101", "维修", "漏水", "物业公司", "2026-10-21 10:05", "", "处理中", "我的备注",
  ]);
  // K-002's 送达时间 is there already: nothing at all is written (not even 完成 or 状态).
  const before = JSON.stringify(wb);
  const r = stampCaseInMemory(wb, place, k2, { field: "notifiedAt", at: at("2026-10-21T10:05") }, config);
  expect(r).toEqual({ ok: false, reason: "conflict", conflicts: [{ header: "送达时间", value: "2026-10-02 10:00" }] });
  expect(JSON.stringify(wb)).toBe(before);
  // The row now holds another case (the log was sorted since it was read).
  const moved = { ...k1, row: 3 };
  expect(stampCaseInMemory(wb, place, moved, { field: "completedAt", at: at("2026-10-21T10:05") }, config)).toEqual({
    ok: false,
    reason: "moved",
    found: "K-002",
  });
  expect(JSON.stringify(wb)).toBe(before);
});
