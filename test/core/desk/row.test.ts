/**
 * What the desk writes is what the reader reads: a new case's row under the log's header (in any column
 * order) parses back to the case the desk showed, and a stamp fills blank cells only.
 */
import fc from "fast-check";
import { caseRowValues, emptyDraft, planStamp, reviewDraft, type DeskContext } from "../../../src/core/desk";
import { defaultDeadlineConfig } from "../../../src/core/deadlines";
import { CASE_LOG_COLUMNS, readCaseLog } from "../../../src/core/parse";
import { classifyCases } from "../../../src/core/classify";
import type { CellValue } from "../../../src/core/model";
import { CHANNELS, RESPONSIBLES } from "../../../src/core/model";
import { toMinutes } from "../../../src/core/time";
import { at, makeCase } from "../deadlines/make-case";

const config = defaultDeadlineConfig();
const ctx: DeskContext = {
  cases: [],
  communities: [],
  keywordRules: [],
  repeatWindowDays: 30,
  deadlines: config,
  now: at("2027-01-01T00:00"),
};

describe("caseRowValues", () => {
  it("a new case's row, under the header in any order, reads back as that case", () => {
    const minute = fc.integer({
      min: toMinutes({ year: 2025, month: 1, day: 1, hour: 0, minute: 0 }),
      max: toMinutes({ year: 2026, month: 12, day: 31, hour: 23, minute: 59 }),
    });
    const text = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => s.trim() === s && !/^[=+\-@']/.test(s) && !/^-?\d+(\.\d+)?$/.test(s));
    const draftArb = fc.record({
      id: fc.stringMatching(/^[A-Z]{2}\d{4}-\d{3}$/),
      receivedAt: minute,
      channel: fc.constantFrom(...CHANNELS),
      customer: text,
      community: text,
      unit: fc.stringMatching(/^\d-\d-\d{3}$/),
      category: fc.constantFrom("complaint" as const, "repair" as const, "routine" as const, "suggestion" as const),
      description: text,
      responsible: fc.constantFrom(...RESPONSIBLES),
      major: fc.boolean(),
    });
    fc.assert(
      fc.property(draftArb, fc.func(fc.integer()), (d, order) => {
        const record = reviewDraft({ ...emptyDraft(d.id, d.receivedAt), ...d, phone: "13812345678" }, ctx).record;
        const headers = CASE_LOG_COLUMNS.map((c) => c.zh).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
        const row = caseRowValues(record, headers, config);
        const log = readCaseLog({
          date1904: false,
          sheets: [{ name: "案件登记", values: [headers, row], firstRow: 1, firstColumn: 1 }],
        });
        expect(log.rejected).toEqual([]);
        expect(log.cellIssues).toEqual([]);
        const back = classifyCases(log.cases, [], []).cases[0];
        expect({ ...back, row: 0, sheet: record.sheet, categorySource: record.categorySource }).toEqual({ ...record, status: "待处理" });
      }),
      { numRuns: 200 },
    );
  });
});

describe("planStamp", () => {
  const headers: CellValue[] = [
    "编号",
    "受理时间",
    "类别",
    "责任单位",
    "送达时间",
    "联系单号",
    "回访时间",
    "回访方式",
    "满意度",
    "回访意见",
    "回访人",
    "状态",
  ];
  const c = makeCase({
    id: "A-1",
    receivedAt: "2026-10-08T09:00",
    notifiedAt: "2026-10-08T10:00",
    completedAt: "2026-10-10T10:00",
  });

  it("a follow-up fills its time, method, answer, the customer's words and who called, and a blank 状态", () => {
    const row: CellValue[] = ["A-1", 46303.375, "投诉", "物业公司", 46303.4, "LXD-1", "", "", "", "", "", ""];
    const plan = planStamp(
      c,
      {
        field: "followUpAt",
        at: at("2026-10-11T15:00"),
        followUpMethod: "phone",
        satisfaction: "basic",
        followUpNotes: " 还行 ",
        followUpBy: "李娜",
      },
      headers,
      row,
      config,
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.writes.map((w) => [w.header, w.value])).toEqual([
      ["回访时间", "2026-10-11 15:00"],
      ["回访方式", "电话"],
      ["满意度", "基本满意"],
      ["回访意见", "还行"],
      ["回访人", "李娜"],
      ["状态", "已回访"],
    ]);
  });

  it("writes nothing when any cell it would fill is taken, and names what is there; a missing column is said", () => {
    const row: CellValue[] = ["A-1", 46303.375, "投诉", "物业公司", 46303.4, "LXD-1", "", "", "满意", "", "", ""];
    const plan = planStamp(
      c,
      { field: "followUpAt", at: at("2026-10-11T15:00"), satisfaction: "basic" },
      headers,
      row,
      config,
    );
    expect(plan).toEqual({ writes: [], conflicts: [{ header: "满意度", value: "满意" }], missingColumns: [] });
    const narrow = planStamp(c, { field: "designIssuedAt", at: at("2026-10-11T15:00") }, headers, row, config);
    expect(narrow.missingColumns).toEqual(["设计出图时间"]);
    expect(narrow.writes).toEqual([]);
  });
});
