/**
 * Privacy of the shared report (issue 5 §4): no phone number of the log — in the phone column or written
 * into free text, however spaced — appears in any cell of a default report; full names are shortened.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/core/model";
import type { SheetDoc } from "../../../src/core/output/sheet-doc";
import { buildReport } from "../../../src/core/report";
import { analysis, LOG, PHONES } from "./fixture";
import { allText, column, sheet } from "./helpers";

/**
 * Whether a phone's digits can still be read in a text: full-width digits made ASCII, every character that
 * is neither a letter nor a digit (spaces, dashes, dots, brackets …) dropped, a country code allowed in front.
 */
const readable = (digits: string, text: string): boolean =>
  new RegExp(`(?<!\\d)(?:0086|86)?${digits}(?!\\d)`).test(text.normalize("NFKC").replace(/[^\p{L}\p{N}*]/gu, ""));

function leaked(docs: readonly SheetDoc[], phones: readonly string[]): string[] {
  const text = allText(docs);
  return phones.filter((p) => text.some((t) => readable(p, t)));
}

describe("the fixture log", () => {
  const a = analysis();
  const periods = [
    { month: "2026-10" },
    { month: "2026-09" },
    { month: "2025-10" },
    { year: 2026 },
    { year: 2025 },
  ] as const;

  test.each(periods)("%o: no phone of the log in a masked report, in either language", (period) => {
    for (const lang of ["zh", "en"] as const) expect(leaked(buildReport(a, period, { lang }), PHONES)).toEqual([]);
  });

  test("the same reports unmasked show the numbers of their cases", () => {
    const docs = buildReport(a, { year: 2026 }, { lang: "zh", masked: false });
    // C9 (2025) and the rejected row 13 are not in the 2026 registers.
    expect(leaked(docs, PHONES).sort()).toEqual(
      PHONES.filter((p) => p !== "13933334444" && p !== "13955556666").sort(),
    );
  });
});

const SURNAMES = ["王", "李", "张", "刘", "陈", "欧阳"];
const GIVEN = ["小明", "华", "丽", "建国", "娜娜", "强"];
const mobile = fc.tuple(fc.constantFrom("13", "15", "18", "19"), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b);
const landline = fc
  .tuple(fc.constantFrom("010", "021", "0532", "0755"), fc.stringMatching(/^[2-8]\d{6,7}$/))
  .map(([a, b]) => `${a}-${b}`);
/** Ways clerks write a number into a description: how the groups are joined, and what goes around. */
const JOINS = ["", " ", "-", ".", " - ", "—", "——", "_", "·", "－", "\u3000"];
/** A number as a clerk might type it into a description: mobiles grouped 3-4-4, landlines area-number. */
const spell = (phone: string, style: number): string => {
  const d = phone.replace(/\D/g, "");
  const j = JOINS[style % JOINS.length];
  const wide = (s: string) =>
    style >= JOINS.length ? s.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : s;
  if (d.length === 11 && d[0] === "1")
    return wide((style % 3 === 2 ? "+86 " : "") + `${d.slice(0, 3)}${j}${d.slice(3, 7)}${j}${d.slice(7)}`);
  const area = d[1] === "1" || d[1] === "2" ? 3 : 4;
  return wide(style % 4 === 3 ? `(${d.slice(0, area)})${d.slice(area)}` : `${d.slice(0, area)}${j}${d.slice(area)}`);
};

const caseRow = fc.record({
  surname: fc.constantFrom(...SURNAMES),
  given: fc.constantFrom(...GIVEN),
  phone: fc.oneof(mobile, landline),
  day: fc.integer({ min: 0, max: 90 }),
  category: fc.constantFrom("投诉", "维修", "日常", "建议", ""),
  mention: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 * JOINS.length - 1 })), { nil: null }),
  inNotes: fc.boolean(),
});

test("property: random logs, numbers written anywhere, never leak into a masked report", () => {
  fc.assert(
    fc.property(fc.array(caseRow, { minLength: 1, maxLength: 8 }), (cases) => {
      const rows = cases.map((c, i) => {
        const date = new Date(Date.UTC(2026, 8, 1) + c.day * 86_400_000).toISOString().slice(0, 10);
        const other = c.mention === null ? null : cases[c.mention[0] % cases.length];
        const text = other === null ? "" : `联系人 ${spell(other.phone, c.mention![1])} 请回电`;
        const row: Record<string, CellValue> = {
          编号: `P${i + 1}`,
          受理时间: `${date} 10:00`,
          客户姓名: c.surname + c.given,
          联系电话: c.phone,
          小区: "阳光花园",
          类别: c.category,
          事项内容: c.inNotes ? "漏水" : `漏水，${text}`,
          备注: c.inNotes ? text : "",
        };
        return row;
      });
      const a = analysis(rows as (typeof LOG)[number][]);
      const phones = cases.map((c) => c.phone.replace(/\D/g, ""));
      for (const period of [{ month: "2026-10" }, { year: 2026 }]) {
        const docs = buildReport(a, period, { lang: "zh" });
        expect(leaked(docs, phones)).toEqual([]);
        // Full names are shortened to the surname.
        const names = ["投诉登记簿", "维修登记簿", "日常登记簿", "建议登记簿"].flatMap((n) =>
          column(sheet(docs, n).tables[0], "客户姓名"),
        );
        for (const name of names) expect(String(name)).toMatch(/^(王|李|张|刘|陈|欧阳)\*+$/);
      }
    }),
    { numRuns: 20 },
  );
});

test("a phone cell with two numbers: each is found again in free text", () => {
  const a = analysis([
    {
      编号: "M1",
      受理时间: "2026-10-03 09:00",
      客户姓名: "王小明",
      联系电话: "13812345678 0532-88889999",
      类别: "投诉",
      事项内容: "请打 0532 8888 9999 或 138-1234-5678",
    },
    {
      编号: "M2",
      受理时间: "2026-10-04 09:00",
      客户姓名: "李华",
      联系电话: "+86 139 8765 4321",
      类别: "维修",
      事项内容: "转告 13987654321，座机 053288889999",
    },
  ]);
  const docs = buildReport(a, { month: "2026-10" }, { lang: "zh" });
  expect(leaked(docs, ["13812345678", "053288889999", "13987654321"])).toEqual([]);
  expect(column(sheet(docs, "维修登记簿").tables[0], "事项内容")).toEqual(["转告 139****4321，座机 0532****9999"]);
});

test.each([
  ["138.1234.5678", "138.****.5678"],
  ["138 - 1234 - 5678", "138 - **** - 5678"],
  ["138—1234—5678", "138—****—5678"],
  ["138——1234——5678", "138——****——5678"],
  ["138_1234_5678", "138_****_5678"],
  ["138·1234·5678", "138·****·5678"],
  ["+86 138 1234 5678", "+86 138 **** 5678"],
  ["+86-13812345678", "+86-138****5678"],
  ["(+86)13812345678", "(+86)138****5678"],
  // Full-width digits: the log reader already gives them as ASCII.
  ["１３８１２３４５６７８", "138****5678"],
  ["(0532)87654321", "(0532)****4321"],
  ["（0532）87654321", "（0532）****4321"],
  ["0532-8765-4321", "0532-****-4321"],
  ["0532—87654321", "0532—****4321"],
  ["0532.87654321", "0532.****4321"],
  ["+86 532 8765 4321", "+86 532 **** 4321"],
  ["010 87654321", "010 ****4321"],
])(
  "%s in 事项内容 and 备注, listed in the phone column or not: masked as the phone column is (%s)",
  (written, masked) => {
    const digits = written
      .normalize("NFKC")
      .replace(/\D/g, "")
      .replace(/^86(?=\d{10})/, "");
    const national = digits.length === 11 && digits[0] === "1" ? digits : digits[0] === "0" ? digits : `0${digits}`;
    for (const listed of [true, false]) {
      const a = analysis([
        {
          编号: "W1",
          受理时间: "2026-10-03 09:00",
          客户姓名: "王小明",
          联系电话: listed ? national : "13900000000",
          类别: "维修",
          事项内容: `业主电话 ${written}，请回电`,
          备注: `另：${written}`,
        },
      ]);
      const docs = buildReport(a, { month: "2026-10" }, { lang: "zh" });
      expect(leaked(docs, [national])).toEqual([]);
      const register = sheet(docs, "维修登记簿").tables[0];
      expect(column(register, "事项内容")).toEqual([`业主电话 ${masked}，请回电`]);
      expect(column(register, "备注")).toEqual([`另：${masked}`]);
    }
  },
);
