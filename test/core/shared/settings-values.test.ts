import {
  fold,
  isSection,
  keyCell,
  plain,
  readShare,
  readYesNo,
  splitList,
  valueCell,
} from "../../../src/core/shared/settings-values";

describe("reading what a clerk types into Settings", () => {
  it("compares sections, keys and words with full-width forms, spaces and case folded", () => {
    expect(fold(" Ｗｏｒｋｉｎｇ  Hours ")).toBe("workinghours");
    expect(fold("节假日　闭馆")).toBe("节假日闭馆");
    expect(plain("　３０ 天 ")).toBe("30 天");
  });

  it("names a section by its Chinese name, its English name, or both", () => {
    for (const cell of ["分类关键词", "Category keywords", "分类关键词 Category keywords", "ＣＡＴＥＧＯＲＹ KEYWORDS"])
      expect(isSection(cell, "分类关键词", "Category keywords")).toBe(true);
    expect(isSection("重复投诉", "分类关键词", "Category keywords")).toBe(false);
    expect(isSection("Category keywords 分类关键词", "分类关键词", "Category keywords")).toBe(false);
  });

  it("reports a key in column B and a value in column C of 设置", () => {
    expect([keyCell(12), valueCell(12)]).toEqual(["设置!B12", "设置!C12"]);
  });

  it("reads yes and no in the center's words and in English, and nothing else", () => {
    expect(["是", "启用", "YES", " On "].map(readYesNo)).toEqual([true, true, true, true]);
    expect(["否", "停用", "no", "0"].map(readYesNo)).toEqual([false, false, false, false]);
    expect(["也许", "", "2"].map(readYesNo)).toEqual([null, null, null]);
  });

  it("splits a list at commas, 、, semicolons, | and / in either width, dropping empty items", () => {
    expect(splitList("书面，联系单、 邮件;微信 ｜短信/ 传真,,")).toEqual([
      "书面",
      "联系单",
      "邮件",
      "微信",
      "短信",
      "传真",
    ]);
    expect(splitList("  ")).toEqual([]);
  });

  it("reads a share with or without a percent sign, and says which it was", () => {
    expect(readShare("75%")).toEqual({ value: 75, percent: true });
    expect(readShare("７５ ％")).toEqual({ value: 75, percent: true });
    expect(readShare("0.75")).toEqual({ value: 0.75, percent: false });
    expect(["", "七成", "75%%", "-5", "1e2", "0x10"].map(readShare)).toEqual([null, null, null, null, null, null]);
  });
});
