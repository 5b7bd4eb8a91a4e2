import type { CellValue } from "../../../src/core/model";
import { findCaseLogSheet, readCaseLog, TOTALS_REASON } from "../../../src/core/parse";
import { cellText } from "../../../src/core/parse/cells";
import { at, HEADER, logBook, workbook } from "./grid";
import { say, type Message } from "../../../src/core/messages";
import { said } from "../../support/said";

const zhTexts = (ms: readonly Message[]): string[] => ms.map((m) => say(m, "zh"));

/** Every non-blank row is a case or rejected — checked in every test that reads a log. */
function accounted(r: ReturnType<typeof readCaseLog>): void {
  expect(r.cases.length + new Set(r.rejected.map((x) => x.row)).size).toBe(r.dataRows);
}

describe("finding the header row", () => {
  it("finds it under a title row and blank rows, and reports Excel row numbers", () => {
    const r = readCaseLog(
      workbook({
        案件登记: [
          ["2026年客服中心案件登记表"],
          ["制表：客服中心", "", ""],
          [],
          ["", ""],
          ["编号", "受理时间"],
          ["A1", "2026-10-03 14:20"],
        ],
      }),
    );
    expect(r.headerRow).toBe(5);
    expect(r.cases.map((c) => [c.id, c.row, at(c.receivedAt)])).toEqual([["A1", 6, "2026-10-03T14:20"]]);
    accounted(r);
  });

  it("uses the sheet's firstRow / firstColumn offsets (a used range starting at B3)", () => {
    const input = workbook(
      {
        案件登记: [
          ["编号", "受理时间"],
          ["A1", 46298],
          ["A1", 46299],
        ],
      },
      { firstRow: 3, firstColumn: 2 },
    );
    const r = readCaseLog(input);
    expect(r.headerRow).toBe(3);
    expect(r.cases[0].row).toBe(4);
    expect(r.duplicates).toEqual([{ id: "A1", rows: [4, 5], sheets: ["案件登记", "案件登记"] }]);
    expect(r.columns).toEqual([
      { key: "id", header: "编号", column: 2 },
      { key: "receivedAt", header: "受理时间", column: 3 },
    ]);
  });

  it.each<[string, CellValue[]]>([
    ["canonical Chinese", ["编号", "受理时间", "来源渠道", "质保金扣留(元)"]],
    ["English", ["Case No", "Received", "Channel", "Warranty withheld"]],
    ["English variants and case", ["case id", "RECEIVED AT", "channel", "Warranty Withheld (CNY)"]],
    ["synonyms", ["案件编号", "受理日期", "来源", "质保金"]],
    ["other synonyms", ["单号", "登记时间", "渠道", "扣留质保金"]],
    [
      "full-width and spaces",
      ["編号".replace("編", "编").split("").join(" "), "受理时间\u3000", "来源渠道", "质保金扣留（元）"],
    ],
    ["full-width Latin", ["Ｃａｓｅ　Ｎｏ", "Ｒｅｃｅｉｖｅｄ", "Ｃｈａｎｎｅｌ", "质保金扣留（元）"]],
    ["bilingual", ["编号 Case No", "受理时间\nReceived", "Channel 来源渠道", "质保金扣留(元) Warranty withheld"]],
    ["required marks", ["编号*", "*受理时间", "来源渠道", "质保金扣留【元】"]],
  ])("matches headers: %s", (_, header) => {
    const r = readCaseLog(logBook([["A1", "2026-10-03 14:20", "电话", "1,000"]], header));
    expect(zhTexts(r.warnings)).toEqual([]);
    expect(r.columns.map((c) => c.key)).toEqual(["id", "receivedAt", "channel", "warrantyWithheld"]);
    expect(r.cases[0]).toMatchObject({ id: "A1", channel: "phone", warrantyWithheld: 1000 });
  });

  it("keeps unknown columns out of the way and lists them", () => {
    const r = readCaseLog(logBook([["A1", "x", "2026-10-03", "y"]], ["编号", "经办人", "受理时间", "楼层"]));
    expect(r.unknownColumns).toEqual(["经办人", "楼层"]);
    expect(r.cases).toHaveLength(1);
  });

  it("reads the first of two columns naming the same field, preferring the canonical name, and warns", () => {
    const r = readCaseLog(logBook([["A1", "2026-10-01", "2026-10-03 09:00"]], ["编号", "来电时间", "受理时间"]));
    expect(at(r.cases[0].receivedAt)).toBe("2026-10-03T09:00");
    expect(zhTexts(r.warnings)).toEqual(["第 B 列“来电时间”与第 C 列“受理时间”都是“受理时间”，只读取第 C 列。"]);
  });

  it("a whole date-time in the time column of a 受理日期 + 受理时间 pair stands for itself", () => {
    const r = readCaseLog(logBook([["A1", "2026-10-01", "2026-10-03 09:00"]], ["编号", "受理日期", "受理时间"]));
    expect(at(r.cases[0].receivedAt)).toBe("2026-10-03T09:00");
    expect(r.warnings).toEqual([]);
  });

  it.each([
    [["编号", "来源渠道"], "“受理时间”"],
    [["受理时间", "来源渠道"], "“编号”"],
  ])("a log without a required column cannot be read: a warning names it (%j)", (header, named) => {
    const r = readCaseLog(logBook([["A1", "电话"]], header));
    expect(r.cases).toEqual([]);
    expect(r.dataRows).toBe(0);
    expect(zhTexts(r.warnings)).toHaveLength(1);
    expect(zhTexts(r.warnings)[0]).toContain(named);
    expect(zhTexts(r.warnings)[0]).toContain("表头在第 2 行");
  });

  it("a log of data rows without a header row: the warning says no header was found and which names it needs, never that a data row is the header", () => {
    // Row 1's 责任单位 value 物业公司 is also the name of the 物业公司 column.
    const row = (id: string, day: number): CellValue[] => [
      id,
      46296 + day,
      "电话",
      "张伟",
      "和园",
      "维修",
      "物业公司",
      "和园物业",
    ];
    const r = readCaseLog(workbook({ 案件登记: [row("K-001", 1), row("K-002", 2), row("K-003", 3)] }));
    expect(r.sheetName).toBe("案件登记");
    expect([r.cases.length, r.rejected.length, r.headerRow]).toEqual([0, 0, null]);
    expect(zhTexts(r.warnings)).toEqual([
      "工作表“案件登记”没有找到表头行：第 1–3 行中没有一行写有必需的列名 “编号”、“受理时间”，无法读取案件。" +
        "请在数据上方加一行表头，写明这两列，其他列如 来源渠道、客户姓名、联系电话、小区、房号、类别、事项内容 等。",
    ]);
  });

  it("counts the rows it searched from the sheet's first row, and says so for an empty log sheet", () => {
    const data = [["K-001", 46297, "物业公司"]];
    const offset = readCaseLog(workbook({ 案件登记: data }, { firstRow: 4 }));
    expect(zhTexts(offset.warnings)[0]).toContain("没有找到表头行：第 4 行中没有一行");
    expect(zhTexts(offset.warnings)[0]).not.toContain("表头在第");
    const long = readCaseLog(workbook({ 案件登记: Array.from({ length: 300 }, () => data[0]) }));
    expect(zhTexts(long.warnings)[0]).toContain("第 1–200 行中");
    expect(long.unreadable).toBe(long.warnings[0]);
    const empty = readCaseLog(workbook({ 案件登记: [] }));
    expect(zhTexts(empty.warnings)).toEqual([
      "工作表“案件登记”是空的，没有表头行，无法读取案件。表头行须写明列名 “编号”、“受理时间”，" +
        "其他列如 来源渠道、客户姓名、联系电话、小区、房号、类别、事项内容 等。",
    ]);
  });

  it("a text-only row naming known columns is still a header lacking the required ones, even among extra columns", () => {
    const r = readCaseLog(
      workbook({
        案件登记: [
          ["编号", "来源渠道", "经办人"],
          ["K-001", "电话", "李"],
        ],
      }),
    );
    expect(r.headerRow).toBe(1);
    expect(zhTexts(r.warnings)).toEqual(["工作表“案件登记”缺少必需的列 “受理时间”（表头在第 1 行），无法读取案件。"]);
  });

  it("says so when no case log exists at all", () => {
    const r = readCaseLog(workbook({ Sheet1: [["hello"]] }));
    expect(r.sheetName).toBeNull();
    expect(zhTexts(r.warnings)[0]).toMatch(/^未找到案件登记表/);
  });
});

describe("finding the case-log sheet", () => {
  const log: CellValue[][] = [
    ["编号", "受理时间"],
    ["A1", 46298],
    ["A2", 46299],
  ];
  it("by name, in Chinese or English", () => {
    expect(findCaseLogSheet(workbook({ 小区: [["小区"]], "Case Log": log }))?.name).toBe("Case Log");
    expect(findCaseLogSheet(workbook({ 其他: log, "2026年案件登记": [["编号", "受理时间"]] }))?.name).toBe(
      "2026年案件登记",
    );
  });
  it("else by its headers, skipping the add-in's own registers and preferring the fuller sheet", () => {
    expect(
      findCaseLogSheet(workbook({ 投诉登记簿: [...log, ["A3", 46300]], 说明: [["x"]], 客服台账: log }))?.name,
    ).toBe("客服台账");
    expect(findCaseLogSheet(workbook({ 筛选: log.slice(0, 2), 台账: log }))?.name).toBe("台账");
    expect(findCaseLogSheet(workbook({ 说明: [["x"]] }))).toBeNull();
  });
});

describe("rows", () => {
  it("skips blank rows silently, counts the rest", () => {
    const r = readCaseLog(logBook([["A1", 46298], [], ["", "  ", null], ["\u3000"], ["A2", 46299]]));
    expect(r.cases.map((c) => c.row)).toEqual([3, 7]);
    expect(r.dataRows).toBe(2);
    expect(said(r.rejected)).toEqual([]);
  });

  it("rejects a totals row, wherever its marker sits in the first columns", () => {
    const r = readCaseLog(
      logBook([
        ["A1", 46298],
        ["合计", "", "", "", "", "", ""],
        ["", "小计：2 件"],
        ["Total", 2],
        ["总 计", null],
      ]),
    );
    expect(r.cases).toHaveLength(1);
    expect(said(r.rejected)).toEqual([
      { row: 4, sheet: "案件登记", column: "编号", value: "合计", reason: `第 4 行 编号：${said(TOTALS_REASON)}` },
      {
        row: 5,
        sheet: "案件登记",
        column: "受理时间",
        value: "小计：2 件",
        reason: `第 5 行 受理时间：${said(TOTALS_REASON)}`,
      },
      { row: 6, sheet: "案件登记", column: "编号", value: "Total", reason: `第 6 行 编号：${said(TOTALS_REASON)}` },
      { row: 7, sheet: "案件登记", column: "编号", value: "总 计", reason: `第 7 行 编号：${said(TOTALS_REASON)}` },
    ]);
    accounted(r);
  });

  // The labels of totals rows in clerks' logs and Excel's own (汇总 is what Chinese Excel writes in a
  // table's totals row, with a cached SUBTOTAL beside it), with and without a period in front.
  const TOTALS_LABELS = [
    "汇总",
    "总数",
    "本月合计",
    "本月小计",
    "全年合计",
    "本年累计",
    "本页小计",
    "当日合计",
    "本季度汇总",
    "年度汇总",
    "月度合计",
    "上月合计",
    "总合计",
    "共计：12 件",
    "总和",
    "平均",
    "平均值",
    "合　计",
    "汇 总：",
    "ＴＯＴＡＬ",
    "Grand Total",
    "Subtotal:",
    "Sum",
    "Average",
  ];
  it.each(TOTALS_LABELS)("rejects a totals row labelled %s (never a case dated from its figure)", (labelText) => {
    const r = readCaseLog(
      logBook([
        ["A1", 46298],
        [labelText, 8],
        ["", labelText, 8],
      ]),
    );
    expect(r.cases.map((c) => c.id)).toEqual(["A1"]);
    expect(said(r.rejected)).toEqual([
      {
        row: 4,
        sheet: "案件登记",
        column: "编号",
        value: cellText(labelText),
        reason: `第 4 行 编号：${said(TOTALS_REASON)}`,
      },
      {
        row: 5,
        sheet: "案件登记",
        column: "受理时间",
        value: cellText(labelText),
        reason: `第 5 行 受理时间：${said(TOTALS_REASON)}`,
      },
    ]);
    accounted(r);
  });

  it.each(["总部-01", "本部2026001", "SUM-2026-01", "Sumitomo-1", "AVG3", "平安-7", "计划-01", "T-001", "月-01"])(
    "keeps the id %s as a case (it only looks like a totals label)",
    (id) => {
      const r = readCaseLog(logBook([[id, 46298]]));
      expect(r.cases.map((c) => c.id)).toEqual([id]);
      expect(said(r.rejected)).toEqual([]);
    },
  );

  it("does not take a description starting with 合计 for a totals row", () => {
    const r = readCaseLog(
      logBook(
        [["事项内容", "A1", 46298]].map(() => ["合计三处渗水", "A1", 46298]),
        ["事项内容", "编号", "受理时间"],
      ),
    );
    expect(r.cases[0]).toMatchObject({ id: "A1", description: "合计三处渗水" });
  });

  it("reports each duplicate 编号 with all its rows; the first stays the case (ids compared after trimming, full-width too)", () => {
    const r = readCaseLog(
      logBook([
        ["A001", 46298],
        ["B1", 46298],
        [" A001\u3000", 46299],
        ["Ａ００１", 46300],
        ["B1", "bad"],
      ]),
    );
    expect(r.cases.map((c) => [c.id, c.row])).toEqual([
      ["A001", 3],
      ["B1", 4],
    ]);
    expect(r.duplicates).toEqual([
      { id: "A001", rows: [3, 5, 6], sheets: ["案件登记", "案件登记", "案件登记"] },
      { id: "B1", rows: [4, 7], sheets: ["案件登记", "案件登记"] },
    ]);
    expect(r.rejected.map((x) => said(x.reason))).toEqual([
      "第 5 行 编号：编号重复（首次出现在第 3 行）",
      "第 6 行 编号：编号重复（首次出现在第 3 行）",
      "第 7 行 受理时间：'bad' 不是有效日期（应为日期，如 2026-10-03 14:20）",
      "第 7 行 编号：编号重复（首次出现在第 4 行）",
    ]);
    accounted(r);
  });

  it("gives every problem of a row its own rejection, with the Excel row and the clerk's header", () => {
    const r = readCaseLog(
      logBook(
        [
          ["", "10月32日"],
          ["#N/A", "#VALUE!"],
          ["A3", ""],
          ["A4", true],
        ],
        ["Case No", "Received"],
      ),
    );
    expect(said(r.rejected)).toEqual([
      {
        row: 3,
        sheet: "案件登记",
        column: "Case No",
        value: "",
        reason: "第 3 行 Case No：编号为空，每个案件都要有编号",
      },
      {
        row: 3,
        sheet: "案件登记",
        column: "Received",
        value: "10月32日",
        reason: "第 3 行 Received：'10月32日' 不是有效日期（2026年10月只有 31 天）",
      },
      { row: 4, sheet: "案件登记", column: "Case No", value: "#N/A", reason: "第 4 行 Case No：单元格为错误值 #N/A" },
      {
        row: 4,
        sheet: "案件登记",
        column: "Received",
        value: "#VALUE!",
        reason: "第 4 行 Received：单元格为错误值 #VALUE!",
      },
      {
        row: 5,
        sheet: "案件登记",
        column: "Received",
        value: "",
        reason: "第 5 行 Received：受理时间为空，应为日期时间（如 2026-10-03 14:20）",
      },
      {
        row: 6,
        sheet: "案件登记",
        column: "Received",
        value: "TRUE",
        reason: "第 6 行 Received：'TRUE' 不是有效日期（应为日期，如 2026-10-03 14:20）",
      },
    ]);
    expect(r.cases).toEqual([]);
    expect(r.dataRows).toBe(4);
  });

  it("rejects the example of the issue with its exact wording", () => {
    const rows: CellValue[][] = Array.from({ length: 12 }, (_, i) => [`A${i}`, 46298 + i]);
    rows.push(["A99", "10月32日"]); // Excel row 15
    const r = readCaseLog(logBook(rows, ["编号", "受理时间"]));
    expect(said(r.rejected[0].reason).startsWith("第 15 行 受理时间：'10月32日' 不是有效日期")).toBe(true);
  });

  it("takes a second header line straight under the first as part of the header (编号 over Case No)", () => {
    const r = readCaseLog(
      logBook(
        [
          ["Case No", "Received"],
          ["A1", 46298],
        ],
        ["编号", "受理时间"],
      ),
    );
    expect(r.headerRow).toBe(2);
    expect(r.dataRows).toBe(1);
    expect(said(r.rejected)).toEqual([]);
    expect(r.cases.map((c) => c.row)).toEqual([4]);
  });

  it("rejects a repeated header row (a pasted second page)", () => {
    const r = readCaseLog(
      logBook(
        [
          ["A1", 46298],
          ["编号", "受理时间"],
          ["A2", 46299],
          ["Case ID", "Received at"],
        ],
        ["编号", "受理时间"],
      ),
    );
    expect(said(r.rejected)).toEqual([
      { row: 4, sheet: "案件登记", column: "编号", value: "编号", reason: "第 4 行 编号：重复的表头行，不计为案件" },
      { row: 6, sheet: "案件登记", column: "编号", value: "Case ID", reason: "第 6 行 编号：重复的表头行，不计为案件" },
    ]);
  });

  it("a row holding only an unknown column's value is rejected, not lost", () => {
    const r = readCaseLog(logBook([["", "", "备忘"]], ["编号", "受理时间", "经办人"]));
    expect(r.dataRows).toBe(1);
    expect(r.rejected.map((x) => x.column)).toEqual(["编号", "受理时间"]);
  });
});

describe("the year of dates written without one", () => {
  it("is the year most 受理时间 cells carry", () => {
    const r = readCaseLog(
      logBook(
        [
          ["A1", "2025-12-30"],
          ["A2", 46298],
          ["A3", "2026/1/4"],
          ["A4", "10月3日"],
        ],
        ["编号", "受理时间"],
      ),
    );
    expect(at(r.cases[3].receivedAt)).toBe("2026-10-03T00:00");
    expect(r.defaultYear).toBe(2026);
    expect(zhTexts(r.warnings)).toEqual(["1 个受理时间没有写年份，按 2026 年计（表中多数受理时间的年份）。"]);
  });

  it("else a year in the title rows, else in the sheet name", () => {
    const title = readCaseLog(
      workbook({ 案件登记: [["2025年客服中心案件登记表"], ["编号", "受理时间"], ["A1", "10月3日 9:00"]] }),
    );
    expect(at(title.cases[0].receivedAt)).toBe("2025-10-03T09:00");
    expect(zhTexts(title.warnings)[0]).toContain("第 1 行标题中的年份");
    const named = readCaseLog(
      workbook({
        "案件登记 2024": [
          ["编号", "受理时间"],
          ["A1", "10月3日"],
        ],
      }),
    );
    expect(at(named.cases[0].receivedAt)).toBe("2024-10-03T00:00");
    const none = readCaseLog(
      workbook({
        案件登记: [
          ["编号", "受理时间"],
          ["A1", "10月3日"],
        ],
      }),
    );
    expect(said(none.rejected[0].reason)).toBe("第 2 行 受理时间：'10月3日' 没有写年份，表中也无法推断年份");
  });

  it("can be given by the caller", () => {
    const r = readCaseLog(logBook([["A1", "10月3日"]], ["编号", "受理时间"]), { defaultYear: 2027 });
    expect(at(r.cases[0].receivedAt)).toBe("2027-10-03T00:00");
  });

  it("for an optional date, is its case's year — the next one when that would precede the case", () => {
    const r = readCaseLog(
      logBook(
        [
          ["A1", "2025-12-28 10:00", "1月5日"],
          ["A2", "2026-03-01", "3月9日"],
        ],
        ["编号", "受理时间", "完成时间"],
      ),
    );
    expect(r.cases.map((c) => at(c.completedAt))).toEqual(["2026-01-05T00:00", "2026-03-09T00:00"]);
  });
});

describe("optional cells", () => {
  const FULL: CellValue[] = [
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
    "重大质量问题",
    "送达时间",
    "联系单号",
    "约定完成时间",
    "设计出图时间",
    "完成时间",
    "回复时间",
    "验证结果",
    "回访时间",
    "回访方式",
    "满意度",
    "质保金扣留(元)",
    "状态",
    "备注",
    "回访意见",
    "回访人",
  ];

  it("reads a full row of DESIGN §2 into a ParsedCase", () => {
    const r = readCaseLog(
      logBook(
        [
          [
            "KF-2026-0001",
            46298.5972222222,
            "物业转交",
            "张三",
            13812345678,
            "海景花园",
            "3-2-501",
            "维修",
            "卫生间顶棚渗水，要求尽快维修。",
            "工程部",
            "安居物业",
            "是",
            "2026-10-03 16:00",
            "LXD-2026-0001",
            "2026-10-10",
            "2026/10/5 9:00",
            "2026年10月8日 17时30分",
            "10月4日",
            "通过",
            "2026-10-09 10:00",
            "上门",
            4,
            "500元",
            "已办结",
            "业主已签字",
            "维修及时，师傅态度好",
            "李娜",
          ],
        ],
        FULL,
      ),
    );
    expect(zhTexts(r.warnings)).toEqual([
      "1 个其他日期没有写年份，按所在案件受理时间的年份计（早于受理时间的算下一年）。",
    ]);
    expect(said(r.cellIssues)).toEqual([]);
    const c = r.cases[0];
    expect({
      ...c,
      receivedAt: at(c.receivedAt),
      notifiedAt: at(c.notifiedAt),
      agreedAt: at(c.agreedAt),
      designIssuedAt: at(c.designIssuedAt),
      completedAt: at(c.completedAt),
      repliedAt: at(c.repliedAt),
      followUpAt: at(c.followUpAt),
    }).toEqual({
      id: "KF-2026-0001",
      row: 3,
      sheet: "案件登记",
      receivedAt: "2026-10-03T14:20",
      channel: "property-referral",
      customer: "张三",
      phone: "13812345678",
      community: "海景花园",
      unit: "3-2-501",
      category: "repair",
      description: "卫生间顶棚渗水，要求尽快维修。",
      responsible: "engineering",
      propertyCompany: "安居物业",
      major: true,
      notifiedAt: "2026-10-03T16:00",
      contactFormNo: "LXD-2026-0001",
      agreedAt: "2026-10-10T00:00",
      designIssuedAt: "2026-10-05T09:00",
      completedAt: "2026-10-08T17:30",
      repliedAt: "2026-10-04T00:00",
      verification: "passed",
      followUpAt: "2026-10-09T10:00",
      followUpMethod: "visit",
      satisfaction: "satisfied",
      followUpNotes: "维修及时，师傅态度好",
      followUpBy: "李娜",
      warrantyWithheld: 500,
      status: "已办结",
      notes: "业主已签字",
      invalid: {},
    });
    expect(c.agreedAt?.dateOnly).toBe(true);
    expect(c.receivedAt.dateOnly).toBe(false);
  });

  it("keeps the case when an optional cell is bad: the reason goes to case.invalid and cellIssues", () => {
    const r = readCaseLog(
      logBook(
        [
          [
            "A1",
            "2026-10-03 14:20",
            "飞鸽传书",
            "",
            "",
            "",
            "",
            "杂项",
            "",
            "保安部",
            "#N/A",
            "也许",
            "2026-02-30",
            "",
            "",
            "",
            "#REF!",
            "",
            "待定",
            "",
            "邮寄",
            6,
            "-5",
            "",
            "",
          ],
        ],
        FULL,
      ),
    );
    expect(r.cases).toHaveLength(1);
    const c = r.cases[0];
    expect(c).toMatchObject({
      channel: null,
      category: null,
      responsible: null,
      propertyCompany: null,
      major: false,
      notifiedAt: null,
      completedAt: null,
      verification: null,
      followUpMethod: null,
      satisfaction: null,
      warrantyWithheld: null,
    });
    expect(said(c.invalid)).toEqual({
      channel:
        "第 3 行 来源渠道：'飞鸽传书' 不是已知的来源渠道（应为 电话/来访/信函/传真/意见箱/物业转交/销售转交/巡检/网络/微信/12345政府热线转办）",
      category: "第 3 行 类别：'杂项' 不是已知的类别（应为 投诉/维修/日常/建议）",
      responsible: "第 3 行 责任单位：'保安部' 不是已知的责任单位（应为 物业公司/工程部/销售部/设计部/维修单位）",
      major: "第 3 行 重大质量问题：'也许' 不是已知的重大质量问题（应为 是/否）",
      notifiedAt: "第 3 行 送达时间：'2026-02-30' 不是有效日期（2026年2月只有 28 天）",
      completedAt: "第 3 行 完成时间：单元格为错误值 #REF!",
      verification: "第 3 行 验证结果：'待定' 不是已知的验证结果（应为 通过/不通过）",
      followUpMethod: "第 3 行 回访方式：'邮寄' 不是已知的回访方式（应为 电话/上门/短信/微信）",
      satisfaction: "第 3 行 满意度：'6' 不是已知的满意度（应为 满意/基本满意/不满意 或 1–5）",
      warrantyWithheld: "第 3 行 质保金扣留(元)：'-5' 不是有效金额（不能为负数）",
    });
    // The #N/A in 物业公司 is not a field that can be "invalid" (it is looked up from 小区), but the clerk hears of it.
    // Words no mapping knows are not cell issues: each is counted once in unknownValues, the case keeping the word.
    expect(r.cellIssues.map((i) => i.column)).toEqual([
      "物业公司",
      "重大质量问题",
      "送达时间",
      "完成时间",
      "质保金扣留(元)",
    ]);
    expect(c.unmapped).toEqual({
      channel: "飞鸽传书",
      category: "杂项",
      responsible: "保安部",
      verification: "待定",
      followUpMethod: "邮寄",
      satisfaction: "6",
    });
    expect(r.unknownValues.map((u) => [u.column, u.value, u.count])).toEqual([
      ["来源渠道", "飞鸽传书", 1],
      ["类别", "杂项", 1],
      ["责任单位", "保安部", 1],
      ["验证结果", "待定", 1],
      ["回访方式", "邮寄", 1],
      ["满意度", "6", 1],
    ]);
    expect(r.cellIssues.every((i) => i.caseId === "A1" && i.row === 3)).toBe(true);
    expect(said(r.cellIssues.find((i) => i.column === "物业公司")?.reason)).toBe(
      "第 3 行 物业公司：单元格为错误值 #N/A",
    );
  });

  it("flags a date before the case was received, keeping it as written", () => {
    const r = readCaseLog(
      logBook([
        ["A1", "2026-10-03 14:20", "", "", "", "2026-10-03 10:00"],
        ["A2", "2026-10-03 14:20", "", "", "", "2026-10-03"],
      ]),
    );
    expect(at(r.cases[0].completedAt)).toBe("2026-10-03T10:00");
    expect(said(r.cases[0].invalid)).toEqual({});
    expect(r.cellIssues.map((i) => said(i.reason))).toEqual([
      "第 3 行 完成时间：'2026-10-03 10:00' 早于受理时间 2026-10-03 14:20",
    ]);
  });

  it.each<[CellValue, string | null]>([
    ["电话", "phone"],
    ["来电", "phone"],
    ["热线", "phone"],
    ["Phone", "phone"],
    ["来访", "visit"],
    ["上门", "visit"],
    ["walk-in", "visit"],
    ["信函", "letter"],
    ["来信", "letter"],
    ["邮件", "letter"],
    ["传真", "fax"],
    ["FAX", "fax"],
    ["意见箱", "suggestion-box"],
    ["Suggestion box", "suggestion-box"],
    ["物业转交", "property-referral"],
    ["物业公司转交", "property-referral"],
    ["物业联系单", "property-referral"],
    ["Property referral", "property-referral"],
    ["销售转交", "sales-referral"],
    ["sales referral", "sales-referral"],
    ["巡检", "inspection"],
    ["巡查", "inspection"],
    [" 电 话 ", "phone"],
  ])("channel %j → %s", (word, code) => {
    const r = readCaseLog(logBook([["A1", 46298, word]]));
    expect(r.cases[0].channel).toBe(code);
  });

  it.each<[CellValue, string]>([
    ["投诉", "complaint"],
    ["Complaint", "complaint"],
    ["维修", "repair"],
    ["报修", "repair"],
    ["repair", "repair"],
    ["日常", "routine"],
    ["咨询", "routine"],
    ["Routine", "routine"],
    ["enquiry", "routine"],
    ["建议", "suggestion"],
    ["Suggestion", "suggestion"],
  ])("category %j → %s", (word, code) => {
    expect(readCaseLog(logBook([["A1", 46298, "", word]])).cases[0].category).toBe(code);
  });

  it("leaves a blank category for the keyword classifier", () => {
    const c = readCaseLog(logBook([["A1", 46298, "", ""]])).cases[0];
    expect(c.category).toBeNull();
    expect(said(c.invalid)).toEqual({});
  });

  it.each<[CellValue, string]>([
    ["物业公司", "property"],
    ["物业", "property"],
    ["工程部", "engineering"],
    ["销售部", "sales"],
    ["设计部", "design"],
    ["维修单位", "contractor"],
    ["施工单位", "contractor"],
    ["维修队", "contractor"],
    ["Engineering", "engineering"],
    ["Repair contractor", "contractor"],
  ])("responsible %j → %s", (word, code) => {
    expect(readCaseLog(logBook([["A1", 46298, "", "", word]])).cases[0].responsible).toBe(code);
  });

  it.each<[CellValue, boolean]>([
    ["是", true],
    ["否", false],
    ["Y", true],
    ["n", false],
    ["yes", true],
    ["No", false],
    ["TRUE", true],
    ["false", false],
    [1, true],
    [0, false],
    ["1", true],
    ["√", true],
    [true, true],
    [false, false],
    ["", false],
    [null, false],
  ])("major %j → %s", (word, value) => {
    const r = readCaseLog(logBook([["A1", 46298, word]], ["编号", "受理时间", "重大质量问题"]));
    expect(r.cases[0].major).toBe(value);
    expect(said(r.cases[0].invalid)).toEqual({});
  });

  it.each<[CellValue, string]>([
    ["通过", "passed"],
    ["合格", "passed"],
    ["Passed", "passed"],
    ["不通过", "failed"],
    ["不合格", "failed"],
    ["fail", "failed"],
  ])("verification %j → %s", (word, code) => {
    expect(readCaseLog(logBook([["A1", 46298, word]], ["编号", "受理时间", "验证结果"])).cases[0].verification).toBe(
      code,
    );
  });

  it.each<[CellValue, string]>([
    ["满意", "satisfied"],
    ["基本满意", "basic"],
    ["不满意", "unsatisfied"],
    ["Satisfied", "satisfied"],
    ["dissatisfied", "unsatisfied"],
    [5, "satisfied"],
    [4, "satisfied"],
    [3, "basic"],
    [2, "unsatisfied"],
    [1, "unsatisfied"],
    ["5", "satisfied"],
    ["３", "basic"],
    ["4分", "satisfied"],
  ])("satisfaction %j → %s (5, 4 满意; 3 基本满意; 1–2 不满意)", (word, code) => {
    expect(readCaseLog(logBook([["A1", 46298, "", "", "", "", word]])).cases[0].satisfaction).toBe(code);
  });

  it.each<[CellValue, string]>([
    ["电话", "phone"],
    ["电话回访", "phone"],
    ["上门", "visit"],
    ["Visit", "visit"],
  ])("follow-up method %j → %s", (word, code) => {
    expect(readCaseLog(logBook([["A1", 46298, word]], ["编号", "受理时间", "回访方式"])).cases[0].followUpMethod).toBe(
      code,
    );
  });

  it.each<[CellValue, number | null]>([
    [500, 500],
    ["1,200", 1200],
    ["￥300", 300],
    ["300元", 300],
    [0, 0],
    ["abc", null],
  ])("warranty withheld %j → %s", (v, n) => {
    expect(
      readCaseLog(logBook([["A1", 46298, v]], ["编号", "受理时间", "质保金扣留（元）"])).cases[0].warrantyWithheld,
    ).toBe(n);
  });

  it("writes numbers in text columns as Excel shows them, and full-width digits half-width", () => {
    const c = readCaseLog(
      logBook([[1001, 46298, 13812345678, "３号楼２单元５０１"]], ["编号", "受理时间", "联系电话", "房号"]),
    ).cases[0];
    expect(c).toMatchObject({ id: "1001", phone: "13812345678", unit: "3号楼2单元501" });
  });
});

describe("1904 workbooks", () => {
  it("read serials in the 1904 system", () => {
    const r = readCaseLog(
      logBook([["A1", 46298.5972222222 - 1462, "", "", "", 46300 - 1462]], HEADER, { date1904: true }),
    );
    expect(at(r.cases[0].receivedAt)).toBe("2026-10-03T14:20");
    expect(at(r.cases[0].completedAt)).toBe("2026-10-05T00:00");
  });
});
