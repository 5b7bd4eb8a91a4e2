import fc from "fast-check";
import { needsPreserve, xmlText } from "../../src/xlsx-writer/xml";
import { parseXml } from "./package-helpers";

/** How OOXML readers decode cell text: _xHHHH_ is the character U+HHHH. */
const decodeOoxml = (s: string): string =>
  s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe("xmlText", () => {
  it("escapes markup characters", () => {
    expect(xmlText(`a<b & "c">d`)).toBe("a&lt;b &amp; &quot;c&quot;&gt;d");
  });
  it("writes characters XML cannot carry as _xHHHH_, and protects a literal _xHHHH_", () => {
    expect(xmlText("a\u0001b\u001fc")).toBe("a_x0001_b_x001F_c");
    expect(xmlText("_x0041_")).toBe("_x005F_x0041_");
    expect(xmlText("tab\there\nnew")).toBe("tab\there\nnew");
    expect(xmlText("😀")).toBe("😀");
    expect(xmlText("\ud800x")).toBe("_xD800_x");
  });
  it("always yields well-formed XML that decodes back to the original text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              "\u0000",
              "\u0008",
              "\u000b",
              "\ufffe",
              "\ud800",
              "\udc00",
              "😀",
              "_x0041_",
              "_x005F_",
              "&amp;",
              "<t>",
              "\r\n",
            ),
          ),
          { maxLength: 8 },
        ),
        (pieces) => {
          const text = pieces.join("");
          const doc = parseXml(`<t>${xmlText(text)}</t>`);
          // The XML parser normalises CR LF to LF, as every reader does.
          expect(decodeOoxml(doc.documentElement.textContent ?? "")).toBe(text.replace(/\r\n?/g, "\n"));
        },
      ),
      { numRuns: 400 },
    );
  });
  it("asks for xml:space=preserve only when blanks or line breaks would be lost", () => {
    expect(needsPreserve("plain")).toBe(false);
    expect(needsPreserve(" lead")).toBe(true);
    expect(needsPreserve("trail ")).toBe(true);
    expect(needsPreserve("two\nlines")).toBe(true);
    expect(needsPreserve("")).toBe(false);
  });
});
