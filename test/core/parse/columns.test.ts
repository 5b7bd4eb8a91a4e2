import {
  buildHeaderIndex,
  CASE_LOG_COLUMNS,
  COMMUNITY_COLUMNS,
  INSPECTION_COLUMNS,
  matchHeader,
  normalizeHeader,
  SETTINGS_COLUMNS,
  columnLetter,
} from "../../../src/core/parse";
import type { ColumnDef } from "../../../src/core/parse";

describe("normalizeHeader", () => {
  it.each([
    ["质保金扣留（元）", "质保金扣留"],
    ["质保金扣留(元)", "质保金扣留"],
    ["质保金扣留 【元】", "质保金扣留"],
    [" 受 理\u3000时 间 ", "受理时间"],
    ["Case No.", "caseno"],
    ["ＣＡＳＥ　ＮＯ", "caseno"],
    ["Follow-up", "followup"],
    ["编号*", "编号"],
    ["(编号)", "编号"],
    ["受理时间\n(必填)", "受理时间"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeHeader(text)).toBe(expected);
  });
});

describe("column definitions", () => {
  it("list the case log in DESIGN §2 order, with 编号 and 受理时间 required", () => {
    expect(CASE_LOG_COLUMNS.map((c) => c.zh)).toEqual([
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
      "质保金扣留",
      "状态",
      "备注",
      "送达方式",
      "回访意见",
      "回访人",
      "维修单位",
    ]);
    expect(CASE_LOG_COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual(["id", "receivedAt"]);
  });

  it.each<[string, readonly ColumnDef[]]>([
    ["case log", CASE_LOG_COLUMNS],
    ["settings", SETTINGS_COLUMNS],
    ["communities", COMMUNITY_COLUMNS],
    ["inspections", INSPECTION_COLUMNS],
  ])("%s: every name (zh, en, alias) leads to its own column, none shadowed by another", (_, defs) => {
    const index = buildHeaderIndex(defs);
    for (const d of defs)
      for (const name of [d.zh, d.en, ...d.aliases])
        expect([name, matchHeader(name, index)?.key]).toEqual([name, d.key]);
  });

  it("matches bilingual headers by either half, and nothing for unknown text", () => {
    const index = buildHeaderIndex(CASE_LOG_COLUMNS);
    expect(matchHeader("联系单号 Contact form no", index)?.key).toBe("contactFormNo");
    expect(matchHeader("Unit 房号", index)?.key).toBe("unit");
    expect(matchHeader("经办人", index)).toBeNull();
    expect(matchHeader("x".repeat(500), index)).toBeNull();
  });

  it("names columns by their Excel letters", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });
});
