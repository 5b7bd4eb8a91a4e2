/**
 * Properties of the readers on arbitrary grids (issue 2): never throw; every non-blank row under the header is
 * a case or rejected ("nothing lost"), and nothing is counted twice.
 */
import fc from "fast-check";
import type { CellValue, WorkbookInput } from "../../../src/core/model";
import {
  CASE_LOG_COLUMNS,
  EXCEL_ERRORS,
  normalizeHeader,
  readCaseLog,
  readCommunities,
  readInspections,
  readSettingsEntries,
} from "../../../src/core/parse";
import { said } from "../../support/said";

const words = [
  "电话",
  "来访",
  "物业转交",
  "投诉",
  "维修",
  "日常",
  "建议",
  "工程部",
  "物业公司",
  "是",
  "否",
  "通过",
  "不通过",
  "满意",
  "基本满意",
  "上门",
  "合计",
  "小计",
  "Total",
  "编号",
  "受理时间",
  "海景花园",
  "3-2-501",
];
const dateTexts = [
  "2026-10-03 14:20",
  "2026/10/3 14:20",
  "2026.10.3",
  "2026年10月3日 14时20分",
  "2026年10月3日14:20",
  "10月3日",
  "10-03 14:20",
  "10月32日",
  "2026-02-30",
  "25:00",
  "２０２６－１０－０３",
  "20261003",
  "2026-10-03 24:00",
];

/** Any cell Office.js can give, and then some: serials, junk numbers, date texts, CJK, emoji, errors, blanks, booleans. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constantFrom<CellValue>("", "", " ", "\u3000", null), weight: 4 },
  { arbitrary: fc.double({ min: 40000, max: 50000, noNaN: true }), weight: 2 },
  { arbitrary: fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constant(Infinity)), weight: 1 },
  { arbitrary: fc.constantFrom(...dateTexts), weight: 2 },
  { arbitrary: fc.constantFrom(...words), weight: 2 },
  { arbitrary: fc.constantFrom(...EXCEL_ERRORS), weight: 1 },
  { arbitrary: fc.constantFrom("A1", "A2", "A3", " A1 ", "Ａ１"), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
);
const row = fc.array(cell, { maxLength: 12 });
const headerNames = CASE_LOG_COLUMNS.flatMap((c) => [c.zh, c.en, ...c.aliases]);
/** A valid header: 编号 and 受理时间 (in some spelling) among other known and unknown headers, in any order. */
const header: fc.Arbitrary<CellValue[]> = fc
  .tuple(
    fc.constantFrom("编号", "Case No", "案件编号", "编号 Case No"),
    fc.constantFrom("受理时间", "Received", "受理日期", "受理时间（必填）"),
    fc.array(fc.oneof(fc.constantFrom(...headerNames), fc.constantFrom("经办人", "", "楼层")), { maxLength: 10 }),
  )
  .chain(([id, rec, rest]) => fc.shuffledSubarray([id, rec, ...rest], { minLength: rest.length + 2 }));
const namesOf = (key: string): string[] =>
  CASE_LOG_COLUMNS.filter((c) => c.key === key).flatMap((c) => [c.zh, c.en, ...c.aliases].map(normalizeHeader));
const ID_NAMES = namesOf("id");
const RECEIVED_NAMES = namesOf("receivedAt");
const titles = fc.array(
  fc.array(fc.constantFrom<CellValue>("2026年客服中心案件登记表", "", null, "制表人：张三", 2026), { maxLength: 3 }),
  { maxLength: 4 },
);

const nonBlank = (r: CellValue[] | undefined): boolean =>
  Array.isArray(r) &&
  r.some((v) =>
    typeof v === "number"
      ? Number.isFinite(v)
      : typeof v === "boolean"
        ? true
        : typeof v === "string" && v.trim() !== "",
  );

function book(name: string, values: CellValue[][], date1904: boolean, firstRow: number): WorkbookInput {
  return { date1904, sheets: [{ name, values, firstRow, firstColumn: 1 }] };
}

describe("case-log reader on any grid", () => {
  it("accounts for every non-blank row under a valid header, once, and never throws", () => {
    fc.assert(
      fc.property(
        titles,
        header,
        fc.array(row, { maxLength: 40 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 1000 }),
        (top, head, rows, date1904, firstRow) => {
          const values = [...top, head, ...rows];
          const r = readCaseLog(book("案件登记", values, date1904, firstRow));
          const headerIndex = top.length;
          expect(r.headerRow).toBe(firstRow + headerIndex);
          // Header lines straight under the header (编号 over Case No) are part of it; every other non-blank row is data.
          const idAt = (r.columns.find((c) => c.key === "id")?.column ?? 0) - 1;
          const recAt = (r.columns.find((c) => c.key === "receivedAt")?.column ?? 0) - 1;
          const headerNameOf = (v: CellValue | undefined, names: string[]): boolean =>
            typeof v === "string" && names.includes(normalizeHeader(v));
          let start = headerIndex + 1;
          // A second header line (处理情况 over 完成时间 | 备注) is consumed only when each of its cells became a column.
          const under = values[start];
          const subHeader =
            nonBlank(under) &&
            under.every(
              (v, i) =>
                !nonBlank([v]) ||
                r.columns.some((c) => c.column === i + 1 && c.header === String(v).trim().replace(/\s+/g, " ")),
            );
          if (subHeader) start++;
          while (
            start < values.length &&
            nonBlank(values[start]) &&
            headerNameOf(values[start][idAt], ID_NAMES) &&
            headerNameOf(values[start][recAt], RECEIVED_NAMES)
          )
            start++;
          const expectedRows = values
            .slice(start)
            .map((v, i) => (nonBlank(v) ? firstRow + start + i : null))
            .filter((x): x is number => x !== null);
          expect(r.dataRows).toBe(expectedRows.length);

          const caseRows = r.cases.map((c) => c.row);
          const rejectedRows = [...new Set(r.rejected.map((x) => x.row))];
          expect(new Set(caseRows).size).toBe(caseRows.length);
          expect(caseRows.filter((x) => rejectedRows.includes(x))).toEqual([]);
          expect([...caseRows, ...rejectedRows].sort((a, b) => a - b)).toEqual(expectedRows);

          // Case ids are unique; each duplicate's later rows are rejected as such.
          expect(new Set(r.cases.map((c) => c.id)).size).toBe(r.cases.length);
          const dupRejections = r.rejected.filter((x) => said(x.reason).includes("编号重复"));
          expect(dupRejections.length).toBe(r.duplicates.reduce((n, d) => n + d.rows.length - 1, 0));
          // Bad optional cells belong to kept cases, and each invalid field is explained in cellIssues, or, for a
          // word no mapping knows, once in unknownValues (the case keeping the clerk's text).
          const issues = new Set(r.cellIssues.map((i) => said(i.reason)));
          for (const i of r.cellIssues) expect(caseRows).toContain(i.row);
          for (const c of r.cases)
            for (const [field, reason] of Object.entries(c.invalid)) {
              const word = (c.unmapped as Record<string, string> | undefined)?.[field];
              if (word === undefined) expect(issues.has(said(reason))).toBe(true);
              else expect(r.unknownValues.some((u) => u.field === field && u.count > 0)).toBe(true);
            }
          expect(r.unknownValues.reduce((n, u) => n + u.count, 0)).toBe(
            r.cases.reduce((n, c) => n + Object.keys(c.unmapped ?? {}).length, 0),
          );
          for (const x of r.rejected) expect(said(x.reason).startsWith(`第 ${x.row} 行 `)).toBe(true);
        },
      ),
      {
        numRuns: 300,
        // Found by CI: a lone 电话 under an unknown 经办人 header is a second header line, not a case.
        examples: [[[], ["经办人", "受理日期", "案件编号"], [["电话"]], false, 1]],
      },
    );
  });

  it("never throws on a grid with no valid header, and still balances", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.boolean(), (values, date1904) => {
        const r = readCaseLog(book("案件登记", values, date1904, 1));
        expect(r.cases.length + new Set(r.rejected.map((x) => x.row)).size).toBe(r.dataRows);
      }),
      { numRuns: 200 },
    );
  });

  it("survives malformed input objects and huge cells", () => {
    const bad = [
      { date1904: false, sheets: [] },
      {
        date1904: false,
        sheets: [
          {
            name: "案件登记",
            values: [null, undefined, "x", ["编号", "受理时间"], 5, ["A1", 46298]],
            firstRow: 1,
            firstColumn: 1,
          },
        ],
      },
      { date1904: false, sheets: null },
      {
        date1904: false,
        sheets: [
          {
            name: "案件登记",
            values: [
              ["编号", "受理时间"],
              ["A1".repeat(500_000), "2026-10-03".repeat(100_000)],
            ],
            firstRow: NaN,
            firstColumn: 1,
          },
        ],
      },
    ] as unknown as WorkbookInput[];
    for (const input of bad) {
      const r = readCaseLog(input);
      expect(r.cases.length + new Set(r.rejected.map((x) => x.row)).size).toBe(r.dataRows);
      expect(() => readSettingsEntries(input)).not.toThrow();
      expect(() => readCommunities(input)).not.toThrow();
      expect(() => readInspections(input)).not.toThrow();
    }
    const huge = readCaseLog(bad[3]);
    expect(huge.rejected[0].value.length).toBeLessThanOrEqual(201);
    expect(said(huge.rejected[0].reason).length).toBeLessThan(120);
  });
});

describe("other readers on any grid", () => {
  it("communities and inspections account for every non-blank row under their header; settings never throws", () => {
    const sheetHeader = fc.shuffledSubarray<CellValue>(
      [
        "日期",
        "小区",
        "物业公司",
        "户数",
        "交付日期",
        "检查项目",
        "问题描述",
        "扣分",
        "整改期限",
        "整改完成时间",
        "项目 Key",
        "值 Value",
      ],
      { minLength: 12 },
    );
    fc.assert(
      fc.property(sheetHeader, fc.array(row, { maxLength: 25 }), fc.boolean(), (head, rows, date1904) => {
        const values = [head, ...rows];
        const expected = rows.filter(nonBlank).length;
        const input: WorkbookInput = {
          date1904,
          sheets: ["小区", "巡检", "设置"].map((name) => ({ name, values, firstRow: 1, firstColumn: 1 })),
        };
        const c = readCommunities(input);
        expect(c.communities.length + new Set(c.rejected.map((x) => x.row)).size).toBe(expected);
        const i = readInspections(input, { communities: c.communities });
        expect(i.inspections.length + new Set(i.rejected.map((x) => x.row)).size).toBe(expected);
        expect(readSettingsEntries(input).entries).toHaveLength(expected);
      }),
      { numRuns: 200 },
    );
  });
});
