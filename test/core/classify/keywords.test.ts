import fc from "fast-check";
import {
  DEFAULT_KEYWORD_RULES,
  compileRules,
  matchKeywords,
  splitKeywords,
  type KeywordRule,
} from "../../../src/core/classify";
import { memoByText } from "../../../src/core/classify/keywords";

const compiled = compileRules(DEFAULT_KEYWORD_RULES);
const categoryOf = (text: string) => matchKeywords(compiled, text).rule?.category ?? null;
const subOf = (text: string) => matchKeywords(compiled, text).subcategory;

describe("default keyword rules", () => {
  it.each([
    ["卫生间顶棚漏水", "repair"],
    ["外墙渗水", "repair"],
    ["要求维修入户门", "repair"],
    ["楼道扶手损坏", "repair"],
    ["投诉保安", "complaint"],
    ["对处理结果不满", "complaint"],
    ["前台工作人员态度差", "complaint"],
    ["建议增加健身器材", "suggestion"],
    ["希望延长开放时间", "suggestion"],
    ["咨询办理流程", "routine"],
    ["询问交房时间", "routine"],
  ])("classifies the issue's examples: %s → %s", (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    ["4号楼3单元楼道声控灯不亮", "repair", "公共设施"],
    ["7号楼1单元601阳台栏杆松动，存在安全隐患", "repair", "公共设施"],
    ["厨房烟道设计不合理，油烟倒灌", "complaint", "规划设计"],
    ["销售人员宣传的小区配套幼儿园未建设", "complaint", "销售承诺"],
    ["建议在3号楼前增设快递柜", "suggestion", "配套设施"],
    ["咨询房屋保修期限及范围", "routine", "保修政策"],
    ["小区主干道积水严重，物业未及时处理", "complaint", "公共设施"],
    ["5号楼2单元201地暖一路不热，要求排查", "repair", "暖通燃气"],
  ])("classifies the sample year's descriptions: %s → %s / %s", (text, category, sub) => {
    expect(categoryOf(text)).toBe(category);
    expect(subOf(text)).toBe(sub);
  });

  it("lets an explicit complaint word win over the topic, and still names the problem type", () => {
    expect(matchKeywords(compiled, "投诉：卫生间漏水一个月无人处理")).toMatchObject({
      rule: { category: "complaint" },
      subcategory: "渗漏",
    });
    expect(subOf("楼道垃圾三天没有清运")).toBe("保洁");
    expect(categoryOf("楼道垃圾三天没有清运")).toBe("complaint");
  });

  it("keeps an enquiry about a defect with the defect, and an enquiry about fees an enquiry", () => {
    expect(categoryOf("询问漏水维修进度")).toBe("repair");
    expect(categoryOf("咨询物业费收费标准")).toBe("routine");
    expect(subOf("咨询物业费收费标准")).toBe("收费");
  });

  it("finds nothing in a description without keywords", () => {
    expect(matchKeywords(compiled, "来电，已记录")).toEqual({ rule: null, subcategory: null });
    expect(matchKeywords(compiled, "")).toEqual({ rule: null, subcategory: null });
  });

  it("matches full-width digits and letters of any case", () => {
    expect(categoryOf("已打１２３４５热线")).toBe("complaint");
    const english = compileRules([{ category: "repair", keywords: ["Leak"], priority: 1 }]);
    expect(matchKeywords(english, "roof LEAKS again").rule?.category).toBe("repair");
  });

  it("tries rules by priority, not by list order", () => {
    const rules: KeywordRule[] = [
      { category: "routine", keywords: ["门"], priority: 30 },
      { category: "repair", keywords: ["门锁"], priority: 10, subcategory: "门窗" },
    ];
    expect(matchKeywords(compileRules(rules), "门锁坏了").rule?.category).toBe("repair");
    expect(matchKeywords(compileRules(rules.map((r) => ({ ...r, priority: 40 - r.priority }))), "门锁坏了").rule?.category).toBe(
      "routine",
    );
  });

  it("gives every default rule keywords, and increasing priorities", () => {
    for (const r of DEFAULT_KEYWORD_RULES) expect(r.keywords.length).toBeGreaterThan(0);
    const p = DEFAULT_KEYWORD_RULES.map((r) => r.priority);
    expect([...p].sort((a, b) => a - b)).toEqual(p);
  });

  it("splits keywords on the separators a clerk types", () => {
    expect(splitKeywords("漏水、渗水,滴水，返潮; 发霉 / 水渍")).toEqual(["漏水", "渗水", "滴水", "返潮", "发霉", "水渍"]);
  });

  it("agrees with the plain definition (first rule by priority containing a keyword) on random text", () => {
    const pieces = ["漏", "水", "投诉", "建议", "门", "锁", "垃圾", "咨询", "希望", "x", "维", "修", "电梯", "。"];
    const rules: KeywordRule[] = [
      { category: "repair", keywords: ["门锁", "漏水"], priority: 20, subcategory: "门窗" },
      { category: "complaint", keywords: ["投诉"], priority: 10 },
      { category: "suggestion", keywords: ["建议", "希望"], priority: 30 },
      { category: "repair", keywords: ["维修", "电梯"], priority: 25, subcategory: "其他" },
      { category: "complaint", keywords: ["垃圾"], priority: 25, subcategory: "保洁" },
    ];
    const c = compileRules(rules);
    const sorted = rules.map((r, i) => ({ r, i })).sort((a, b) => a.r.priority - b.r.priority || a.i - b.i).map((x) => x.r);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const has = (r: KeywordRule) => r.keywords.some((k) => text.includes(k));
        const first = sorted.find(has) ?? null;
        const firstSub = sorted.find((r) => r.subcategory !== undefined && has(r)) ?? null;
        const got = matchKeywords(c, text);
        expect(got.rule).toBe(first);
        expect(got.subcategory).toBe(firstSub?.subcategory ?? null);
      }),
      { numRuns: 300 },
    );
  });
});

describe("memoByText", () => {
  it("answers as the function itself, null answers included, for any stream of texts", () => {
    const f = (t: string) => (t.length % 3 === 0 ? null : t.length);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom("", "漏水", "abc"), fc.string({ maxLength: 4 })), { maxLength: 80 }), (texts) => {
        const memo = memoByText(f);
        expect(texts.map(memo)).toEqual(texts.map(f));
      }),
      { numRuns: 200 },
    );
  });

  it("computes each distinct text once while texts repeat", () => {
    const seen: string[] = [];
    const memo = memoByText((t) => {
      seen.push(t);
      return null;
    });
    for (let i = 0; i < 20_000; i++) memo(`描述${i % 300}`);
    expect(seen.length).toBe(300);
  });

  it("keeps answering right after stepping aside for texts that never repeat", () => {
    let calls = 0;
    const memo = memoByText((t) => {
      calls++;
      return t.length;
    });
    const texts = Array.from({ length: 10_000 }, (_, i) => `第${i}次来电`);
    expect(texts.map(memo)).toEqual(texts.map((t) => t.length));
    expect(calls).toBe(10_000);
    // Past the trial nothing is remembered: a repeat is computed again, and still answered right.
    expect(memo(texts[0])).toBe(texts[0].length);
    expect(calls).toBe(10_001);
  });
});
