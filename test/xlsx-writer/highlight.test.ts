/**
 * The conditional-format formulas are evaluated here by a small interpreter of the functions they use
 * (OR, TRIM, LEFT, ISNUMBER, SEARCH, text =), with Excel's semantics (case-insensitive comparison,
 * SEARCH → #VALUE! when absent), so the tests say which colour a real cell value gets.
 */
import { GRADE_LABELS, STATUS_LABELS } from "../../src/core/labels";
import { highlightRules, conditionalFormattingXml } from "../../src/xlsx-writer/highlight";
import type { Tone } from "../../src/xlsx-writer/styles";
import { all, parseXml } from "./package-helpers";

type V = string | number | boolean | Error;

function evaluate(formula: string, cell: string, value: string): V {
  let pos = 0;
  const peek = (): string => formula[pos];
  const expect1 = (ch: string): void => {
    if (formula[pos] !== ch) throw new Error(`expected ${ch} at ${pos} in ${formula}`);
    pos++;
  };
  function primary(): V {
    if (peek() === '"') {
      pos++;
      let s = "";
      for (;;) {
        if (formula[pos] === '"' && formula[pos + 1] === '"') {
          s += '"';
          pos += 2;
        } else if (formula[pos] === '"') {
          pos++;
          return s;
        } else s += formula[pos++];
      }
    }
    const m = /^(?:\d+|[A-Z]+[0-9]*)/.exec(formula.slice(pos));
    if (!m) throw new Error(`unexpected ${formula.slice(pos)}`);
    pos += m[0].length;
    if (m[0] === cell) return value;
    if (/^\d+$/.test(m[0])) return Number(m[0]);
    expect1("(");
    const args: V[] = [];
    while (peek() !== ")") {
      args.push(comparison());
      if (peek() === ",") pos++;
    }
    expect1(")");
    const text = (v: V): string => String(v);
    switch (m[0]) {
      case "OR":
        return args.some((a) => a === true);
      case "TRIM":
        return text(args[0]).trim().replace(/ +/g, " ");
      case "LEFT":
        return text(args[0]).slice(0, Number(args[1]));
      case "ISNUMBER":
        return typeof args[0] === "number";
      case "SEARCH": {
        const i = text(args[1]).toLowerCase().indexOf(text(args[0]).toLowerCase());
        return i < 0 ? new Error("#VALUE!") : i + 1;
      }
    }
    throw new Error(`unknown function ${m[0]}`);
  }
  function comparison(): V {
    const left = primary();
    if (peek() === "=") {
      pos++;
      const right = primary();
      return String(left).toLowerCase() === String(right).toLowerCase();
    }
    return left;
  }
  const result = comparison();
  if (pos !== formula.length) throw new Error(`trailing input in ${formula}`);
  return result;
}

/** The tone Excel shows: the first (highest-priority) matching rule. */
function toneOf(kind: "grade" | "status", value: string): Tone | null {
  for (const rule of highlightRules(kind, "E6"))
    if (rule.formula && evaluate(rule.formula, "E6", value) === true) return rule.tone;
  return null;
}

describe("status highlight", () => {
  it.each<[string, Tone | null]>([
    ["overdue", "red"],
    ["breached", "red"],
    [STATUS_LABELS.overdue.zh, "red"],
    [STATUS_LABELS.breached.zh, "red"],
    ["Overdue", "red"],
    [" Breached ", "red"],
    ["due-soon", "amber"],
    [STATUS_LABELS["due-soon"].zh, "amber"],
    ["Due soon", "amber"],
    ["met", "green"],
    [STATUS_LABELS.met.zh, "green"],
    ["Met", "green"],
    ["open", null],
    [STATUS_LABELS.open.zh, null],
    [STATUS_LABELS.unknown.zh, null],
    ["", null],
  ])("%j → %s", (value, tone) => {
    expect(toneOf("status", value)).toBe(tone);
  });
});

describe("grade highlight", () => {
  it.each<[string, Tone | null]>([
    ["A", "green"],
    ["A 优秀", "green"],
    [GRADE_LABELS.A.zh, "green"],
    ["Excellent", "green"],
    ["B", "lightGreen"],
    ["良好", "lightGreen"],
    ["C", "amber"],
    [GRADE_LABELS.C.zh, "amber"],
    ["D", "red"],
    [GRADE_LABELS.D.zh, "red"],
    ["D 不合格", "red"],
    ["Fail", "red"],
    ["", null],
    ["无数据", null],
  ])("%j → %s", (value, tone) => {
    expect(toneOf("grade", value)).toBe(tone);
  });
});

describe("conditionalFormattingXml", () => {
  it("numbers the rules from the given priority and stops at the first match", () => {
    const doc = parseXml(conditionalFormattingXml("grade", "E6:E9", "E6", 5));
    const rules = all(doc, "cfRule");
    expect(rules.map((r) => r.getAttribute("priority"))).toEqual(["5", "6", "7", "8"]);
    expect(rules.every((r) => r.getAttribute("stopIfTrue") === "1")).toBe(true);
    expect(doc.documentElement.getAttribute("sqref")).toBe("E6:E9");
  });
  it("colours lateness above zero", () => {
    const rule = all(parseXml(conditionalFormattingXml("late", "F6:F9", "F6", 1)), "cfRule")[0];
    expect([rule.getAttribute("type"), rule.getAttribute("operator")]).toEqual(["cellIs", "greaterThan"]);
  });
});
