import { readClassifySettings } from "../../../src/core/classify";
import { readApplicability } from "../../../src/core/deadlines";
import { CATEGORY_LABELS } from "../../../src/core/labels";
import { CATEGORIES, type Category } from "../../../src/core/model";
import { CATEGORY_SPEC, parseEnumCell } from "../../../src/core/parse";
import { CATEGORY_WORDS, categoryOfWord } from "../../../src/core/shared/category-words";

const every = CATEGORY_WORDS.flatMap(([category, words]) => words.map((word) => [word, category] as const));

describe("the category words: one table for the log, the keyword rules and the deadline rules", () => {
  it("names every category, with its code and its labels among its words", () => {
    expect(CATEGORY_WORDS.map(([c]) => c).sort()).toEqual([...CATEGORIES].sort());
    for (const c of CATEGORIES) {
      for (const w of [c, CATEGORY_LABELS[c].zh, CATEGORY_LABELS[c].en]) expect(categoryOfWord(w)).toBe(c);
    }
  });

  it("gives each word one category, full-width and spaced forms alike", () => {
    for (const [word, category] of every) expect(categoryOfWord(` ${word.toUpperCase()} `)).toBe(category);
    expect(categoryOfWord("ｒｅｐａｉｒ")).toBe("repair");
    expect(["", "投诉建议", "维修/门窗", "其他"].map(categoryOfWord)).toEqual([null, null, null, null]);
  });

  it.each(every)(
    "%s reads as the same category in the log's 类别, a keyword rule and a deadline rule",
    (word, category) => {
      const log = parseEnumCell(word, CATEGORY_SPEC);
      expect(log).toEqual({ kind: "ok", value: category });

      const rules = readClassifySettings([{ row: 2, section: "分类关键词", key: `${word}/其他`, value: "某词" }]);
      expect(rules.errors).toEqual([]);
      expect(rules.rules).toEqual([expect.objectContaining({ category: category as Category, subcategory: "其他" })]);

      const applies = readApplicability(`类别=${word}`);
      expect(applies).toEqual(expect.objectContaining({ categories: [category] }));
    },
  );
});
