/** The desk's phone check: mobile, or landline with area code; anything else flagged, never refused. */
import fc from "fast-check";
import { checkPhone, phoneDoubtText } from "../../../src/core/desk";

describe("checkPhone", () => {
  it.each([
    ["13812345678", "mobile", "13812345678"],
    ["138 1234 5678", "mobile", "13812345678"],
    ["+86 138-1234-5678", "mobile", "13812345678"],
    ["0086 13812345678", "mobile", "13812345678"],
    ["１３８１２３４５６７８", "mobile", "13812345678"],
    ["0532-88886666", "landline", "053288886666"],
    ["(0532) 8888666", "landline", "05328888666"],
    ["（010）12345678", "landline", "01012345678"],
    ["021-12345678转808", "landline", "02112345678"],
    ["", "none", ""],
  ])("%j is %s", (text, kind, digits) => {
    expect(checkPhone(text)).toEqual({ kind, digits });
  });

  it.each([
    ["88886666", "no-area-code"],
    ["400-123-4567", "service-line"],
    ["12812345678", "not-a-number"],
    ["1381234567", "not-a-number"],
    ["138123456789", "not-a-number"],
    ["王先生", "not-a-number"],
  ])("%j is doubtful (%s), with a sentence in each language", (text, doubt) => {
    const r = checkPhone(text);
    expect(r.kind).toBe("doubtful");
    expect(r.doubt).toBe(doubt);
    expect(phoneDoubtText(r.doubt!, "zh")).toMatch(/[。]$/);
    expect(phoneDoubtText(r.doubt!, "en")).toMatch(/^[A-Z][^。，]*\.$/);
  });

  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const mobile = fc
    .tuple(fc.integer({ min: 3, max: 9 }), fc.array(digit, { minLength: 9, maxLength: 9 }))
    .map(([n, rest]) => `1${n}${rest.join("")}`);
  const landline = fc.oneof(
    fc
      .tuple(
        fc.constantFrom("010", "020", "021", "025"),
        fc.integer({ min: 1, max: 9 }),
        fc.array(digit, { minLength: 7, maxLength: 7 }),
      )
      .map(([area, first, rest]) => [area, `${first}${rest.join("")}`] as const),
    fc
      .tuple(
        fc.constantFrom("0532", "0755", "0371", "0898"),
        fc.integer({ min: 1, max: 9 }),
        fc.array(digit, { minLength: 6, maxLength: 7 }),
      )
      .map(([area, first, rest]) => [area, `${first}${rest.join("")}`] as const),
  );
  const sep = fc.constantFrom("", " ", "-", "－");

  it("a mobile or landline number is recognised however the clerk spaces it", () => {
    fc.assert(
      fc.property(mobile, sep, sep, (m, a, b) => {
        expect(checkPhone(`${m.slice(0, 3)}${a}${m.slice(3, 7)}${b}${m.slice(7)}`)).toEqual({
          kind: "mobile",
          digits: m,
        });
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(landline, sep, fc.boolean(), ([area, local], s, brackets) => {
        const text = brackets ? `(${area})${s}${local}` : `${area}${s}${local}`;
        expect(checkPhone(text)).toEqual({ kind: "landline", digits: area + local });
      }),
      { numRuns: 200 },
    );
  });

  it("never refuses: every input gets one of the four kinds, a doubt only when doubtful", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = checkPhone(s);
        expect(["none", "mobile", "landline", "doubtful"]).toContain(r.kind);
        expect(r.doubt !== undefined).toBe(r.kind === "doubtful");
      }),
      { numRuns: 300 },
    );
  });
});
