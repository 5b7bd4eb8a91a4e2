/**
 * A log kept over several sheets is the same log: the same rows split across N sheets (a year by month, a log
 * continued on a second sheet) give the same analysis as in one sheet — cases, deadlines, scorecards — ids
 * aside (a log without 编号 takes its ids from the sheet), rows and sheets aside.
 */
import fc from "fast-check";
import type { Analysis } from "../../../src/core/analysis";
import type { CellValue, WorkbookInput } from "../../../src/core/model";
import { analyze } from "../../../src/core/pipeline";
import { toExcelSerial, toMinutes } from "../../../src/core/time";
import { said } from "../../support/said";

const HEADER_WITH_ID = [
  "编号",
  "受理时间",
  "来源渠道",
  "小区",
  "房号",
  "类别",
  "事项内容",
  "责任单位",
  "物业公司",
  "送达时间",
  "完成时间",
  "回访时间",
  "满意度",
];
const HEADER_SEQ = ["序号", ...HEADER_WITH_ID.slice(1)];

const at = (day: number, minute: number): number =>
  toExcelSerial(toMinutes({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }) + day * 1440 + minute);

const caseRow = fc.record({
  day: fc.integer({ min: 0, max: 360 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  channel: fc.constantFrom("电话", "来访", "物业转交", "400热线", "抖音", ""),
  unit: fc.constantFrom("1-1-101", "2-1-302", "3-2-501"),
  category: fc.constantFrom("投诉", "维修", "日常", "建议", "", "报修"),
  responsible: fc.constantFrom("物业公司", "工程部", "设计部", ""),
  notifyAfter: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
  doneAfter: fc.option(fc.integer({ min: 0, max: 20000 }), { nil: null }),
  followAfter: fc.option(fc.integer({ min: 0, max: 8000 }), { nil: null }),
  satisfaction: fc.constantFrom("满意", "基本满意", "不满意", "", "★★★★"),
  bad: fc.constantFrom(false, false, false, true),
});
type Row = typeof caseRow extends fc.Arbitrary<infer T> ? T : never;

function cells(r: Row, i: number, withId: boolean): CellValue[] {
  const received = at(r.day, r.minute);
  const after = (m: number | null): CellValue => (m === null ? "" : received + m / 1440);
  return [
    withId ? `K-${i}` : i + 1,
    r.bad ? "10月32日" : received,
    r.channel,
    "和园",
    r.unit,
    r.category,
    "卫生间渗水",
    r.responsible,
    "和园物业",
    after(r.notifyAfter),
    after(r.doneAfter),
    r.doneAfter === null ? "" : after(r.followAfter === null ? null : r.doneAfter + r.followAfter),
    r.satisfaction,
  ];
}

function workbook(rows: Row[], cuts: number[], withId: boolean): WorkbookInput {
  const header = withId ? HEADER_WITH_ID : HEADER_SEQ;
  const all = rows.map((r, i) => cells(r, i, withId));
  const bounds = [0, ...cuts, all.length];
  return {
    date1904: false,
    sheets: bounds.slice(1).map((end, k) => ({
      name: bounds.length === 2 ? "案件登记" : `${k + 1}月`,
      values: [header, ...all.slice(bounds[k], end)],
      firstRow: 1,
      firstColumn: 1,
    })),
  };
}

/** The analysis with what may differ between layouts taken out: ids (by position), rows, sheets, warnings. */
function comparable(a: Analysis) {
  const index = new Map(a.cases.map((c, i) => [c.id, i]));
  return {
    cases: a.cases.map(({ id: _id, row: _row, sheet: _sheet, invalid, ...rest }) => ({
      ...rest,
      invalid: Object.keys(invalid).sort(),
    })),
    compliance: a.compliance.map(({ caseId, reason, ...rest }) => ({
      ...rest,
      case: index.get(caseId),
      reason: reason && said(reason).replace(/(“[^”]*”)?第 \d+ 行 /g, ""),
    })),
    scorecards: a.scorecards,
    rejected: a.rejected.map((r) => said(r.reason).replace(/^(“[^”]*”)?第 \d+ 行 /, "")),
    unconfirmed: a.unconfirmed.map((id) => index.get(id)),
  };
}

describe("a log split over sheets", () => {
  it("gives the same analysis as the same rows in one sheet, ids aside", () => {
    const asOf = toMinutes({ year: 2026, month: 12, day: 31, hour: 17, minute: 0 });
    fc.assert(
      fc.property(
        fc.array(caseRow, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 12 }),
        fc.boolean(),
        fc.infiniteStream(fc.nat()),
        (rows, n, withId, randoms) => {
          const cuts = [...new Set(Array.from({ length: n - 1 }, () => randoms.next().value % (rows.length + 1)))].sort(
            (x, y) => x - y,
          );
          const one = analyze(workbook(rows, [], withId), { asOf });
          const many = analyze(workbook(rows, cuts, withId), { asOf });
          expect(many.cases).toHaveLength(one.cases.length);
          expect(comparable(many)).toEqual(comparable(one));
          if (withId) expect(many.cases.map((c) => c.id)).toEqual(one.cases.map((c) => c.id));
        },
      ),
      { numRuns: 60 },
    );
  });
});
