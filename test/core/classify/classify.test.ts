import { DEFAULT_KEYWORD_RULES, classifyCases } from "../../../src/core/classify";
import type { Community } from "../../../src/core/model";
import { makeParsedCase } from "./make-case";
import { say, type Message } from "../../../src/core/messages";

const zhTexts = (ms: readonly Message[]): string[] => ms.map((m) => say(m, "zh"));

const communities: Community[] = [
  { name: "春华苑", propertyCompany: "甲物业", households: 500, handoverDate: null, row: 2 },
  { name: "夏荷园", propertyCompany: "乙物业", households: 400, handoverDate: null, row: 3 },
];

describe("classifyCases", () => {
  it("keeps the clerk's category, source column, whatever the description says", () => {
    const { cases, unconfirmed } = classifyCases(
      [makeParsedCase({ id: "1", category: "suggestion", description: "投诉卫生间漏水" })],
      communities,
      DEFAULT_KEYWORD_RULES,
    );
    expect(cases[0]).toMatchObject({ category: "suggestion", categorySource: "column" });
    expect(unconfirmed).toEqual([]);
  });

  it("classifies a blank category by keywords, source keyword", () => {
    const { cases } = classifyCases(
      [
        makeParsedCase({ id: "1", description: "3号楼2单元501卫生间顶棚渗水，要求尽快维修" }),
        makeParsedCase({ id: "2", description: "对物业处理态度差表示不满" }),
      ],
      communities,
      DEFAULT_KEYWORD_RULES,
    );
    expect(cases.map((c) => [c.category, c.categorySource])).toEqual([
      ["repair", "keyword"],
      ["complaint", "keyword"],
    ]);
  });

  it("files a case no rule matches as 日常 and lists it for the clerk to confirm", () => {
    const { cases, unconfirmed } = classifyCases(
      [makeParsedCase({ id: "A-7", description: "来电，已记录" }), makeParsedCase({ id: "A-8", description: "" })],
      communities,
      DEFAULT_KEYWORD_RULES,
    );
    expect(cases.map((c) => [c.category, c.categorySource])).toEqual([
      ["routine", "keyword"],
      ["routine", "keyword"],
    ]);
    expect(unconfirmed).toEqual(["A-7", "A-8"]);
  });

  it("takes the property company from the row, else from the Communities sheet (full-width and spaces ignored)", () => {
    const { cases, warnings: messages } = classifyCases(
      [
        makeParsedCase({ id: "1", community: "春华苑", propertyCompany: "丙物业" }),
        makeParsedCase({ id: "2", community: " 夏荷园 " }),
        makeParsedCase({ id: "3", community: "春华苑", propertyCompany: "  " }),
      ],
      communities,
      DEFAULT_KEYWORD_RULES,
    );
    expect(cases.map((c) => c.propertyCompany)).toEqual(["丙物业", "乙物业", "甲物业"]);
    expect(zhTexts(messages)).toEqual([]);
  });

  it("warns once per unknown community and never throws", () => {
    const { cases, warnings: messages } = classifyCases(
      [
        makeParsedCase({ id: "1", community: "冬雪城" }),
        makeParsedCase({ id: "2", community: "冬雪城" }),
        makeParsedCase({ id: "3", community: "秋实苑", propertyCompany: "甲物业" }),
        makeParsedCase({ id: "4", community: "" }),
      ],
      communities,
      DEFAULT_KEYWORD_RULES,
    );
    expect(cases.map((c) => c.propertyCompany)).toEqual([null, null, "甲物业", null]);
    expect(zhTexts(messages)).toHaveLength(2);
    expect(zhTexts(messages)[0]).toContain("冬雪城");
    expect(zhTexts(messages)[0]).toContain("2 个案件的物业公司无法确定");
    expect(zhTexts(messages)[1]).toContain("秋实苑");
    expect(zhTexts(messages)[1]).toContain("户数未知");
  });

  it("says once that there is no Communities sheet instead of warning per community", () => {
    const { warnings: messages } = classifyCases(
      [makeParsedCase({ id: "1", community: "春华苑" }), makeParsedCase({ id: "2", community: "夏荷园" })],
      [],
      DEFAULT_KEYWORD_RULES,
    );
    expect(zhTexts(messages)).toHaveLength(1);
    expect(zhTexts(messages)[0]).toContain("没有小区表，2 个案件");
  });

  it("leaves its input untouched and keeps the log's order", () => {
    const parsed = [makeParsedCase({ id: "b", description: "漏水", community: "春华苑" }), makeParsedCase({ id: "a" })];
    const before = JSON.stringify(parsed);
    const { cases } = classifyCases(parsed, communities, DEFAULT_KEYWORD_RULES);
    expect(JSON.stringify(parsed)).toBe(before);
    expect(cases.map((c) => c.id)).toEqual(["b", "a"]);
  });
});
