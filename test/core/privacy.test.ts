import fc from "fast-check";
import { maskName, maskPhone, maskText, phoneDigits } from "../../src/core/privacy";

describe("maskPhone", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["138 1234 5678", "138 **** 5678"],
    ["138-1234-5678", "138-****-5678"],
    ["+86 13812345678", "+86 138****5678"],
    ["0532-12345678", "0532-****5678"],
    ["010-87654321", "010-****4321"],
    ["(0532)12345678", "(0532)****5678"],
    ["0532 8765432", "0532 ***5432"],
    ["400-123-4567", "400-***-4567"],
    ["87654321", "****4321"],
    ["13812345678/0532-12345678", "138****5678/0532-****5678"],
    ["13812345678，13987654321", "138****5678，139****4321"],
    ["手机13812345678 座机0532-12345678", "手机138****5678 座机0532-****5678"],
    ["", ""],
    ["无", "无"],
    ["123", "123"],
  ])("%s → %s", (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it("leaves no run of more than four original digits of any 11-digit mobile", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), fc.constantFrom("", " ", "-"), (mobile, sep) => {
        const written = `${mobile.slice(0, 3)}${sep}${mobile.slice(3, 7)}${sep}${mobile.slice(7)}`;
        const masked = maskPhone(`电话：${written}。`);
        expect(masked).toBe(`电话：${mobile.slice(0, 3)}${sep}****${sep}${mobile.slice(7)}。`);
        expect(masked.replace(/\D/g, "")).not.toContain(mobile.slice(3, 7) + mobile.slice(7));
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the length and the non-digit characters of the cell", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const masked = maskPhone(s);
        expect(masked.length).toBe(s.length);
        expect(masked.replace(/[\d*]/g, "")).toBe(s.replace(/[\d*]/g, ""));
      }),
      { numRuns: 300 },
    );
  });
});

describe("phoneDigits", () => {
  it("normalises each number of a cell", () => {
    expect(phoneDigits("+86 138-1234-5678；0532 12345678")).toEqual(["13812345678", "053212345678"]);
  });
});

describe("maskText", () => {
  const phones = ["13812345678", "0532-12345678"];
  it("masks the log's numbers however they are written in free text", () => {
    expect(maskText("客户来电 138 1234 5678 要求回电", phones)).toBe("客户来电 138 **** 5678 要求回电");
    expect(maskText("请拨0532-1234-5678或053212345678", phones)).toBe("请拨0532-****-5678或0532****5678");
  });
  it("masks other mobile numbers, leaves dates, amounts and longer digit strings", () => {
    expect(maskText("联系人13912345678，2026-10-03 维修费 1200 元", [])).toBe("联系人139****5678，2026-10-03 维修费 1200 元");
    expect(maskText("单号 9913812345678000", phones)).toBe("单号 9913812345678000");
  });
  it("never lets a listed number through, whatever the separators", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^1[3-9]\d{9}$/),
        fc.array(fc.constantFrom("", " ", "-", "."), { minLength: 10, maxLength: 10 }),
        fc.string({ maxLength: 8 }).map((s) => s.replace(/\d/g, "")),
        (mobile, seps, around) => {
          const written = mobile.split("").map((d, i) => d + (seps[i] ?? "")).join("");
          const masked = maskText(`${around}${written}${around}`, [mobile]);
          expect(masked.replace(/\D/g, "")).not.toContain(mobile);
          expect(masked).toContain("*");
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("maskName", () => {
  it.each([
    ["王小明", "王**"],
    ["王明", "王*"],
    ["欧阳娜娜", "欧阳**"],
    ["王先生", "王先生"],
    ["李女士", "李女士"],
    ["张阿姨", "张阿姨"],
    ["老王", "老王"],
    ["王小明先生", "王**先生"],
    ["王小明/李华", "王**/李*"],
    ["王小明、李女士", "王**、李女士"],
    ["John Smith", "J."],
    ["john", "J."],
    ["Mr. Smith", "Mr. Smith"],
    ["王**", "王**"],
    ["", ""],
    ["王", "王"],
  ])("%s → %s", (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });
  it("never keeps more than the surname of a plain Chinese full name", () => {
    fc.assert(
      fc.property(fc.constantFrom("王", "李", "张", "刘", "陈"), fc.stringMatching(/^[明华伟芳娜秀英敏静丽强磊军洋]{1,2}$/), (surname, given) => {
        expect(maskName(surname + given)).toBe(surname + "*".repeat(given.length));
      }),
      { numRuns: 100 },
    );
  });
});
