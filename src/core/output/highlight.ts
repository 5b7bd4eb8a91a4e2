/**
 * The conditional formats of highlighted columns (SheetDoc `highlight`), as Excel formulas both writers
 * apply: grades A green … D red; deadline statuses overdue/breached red, due-soon amber, met green; lateness
 * above zero red. Status and grade columns may hold the codes or their zh/en labels (src/core/labels), so
 * each rule accepts all of them.
 */
import type { Highlight } from "./sheet-doc";
import { GRADE_LABELS, STATUS_LABELS } from "../labels";
import type { ComplianceStatus, Grade } from "../model";
import type { Tone } from "./writer-facts";

export interface HighlightRule {
  tone: Tone;
  /** Formula relative to the top-left cell of the range; null for the `> 0` rule. */
  formula: string | null;
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function statusTerms(status: ComplianceStatus): string[] {
  const l = STATUS_LABELS[status];
  return [status, l.zh, l.en];
}

function gradeTerms(grade: Grade): string[] {
  const l = GRADE_LABELS[grade];
  return [l.zh, l.en];
}

/** Excel compares text case-insensitively, so one equality per term covers "Overdue" and "overdue". */
const equalsAny = (cell: string, terms: readonly string[]): string =>
  `OR(${[...new Set(terms)].map((t) => `TRIM(${cell})=${quote(t)}`).join(",")})`;

/**
 * The rules for one highlighted column, highest priority first. `cell` is the range's top-left cell
 * (relative, e.g. "D6"). Where two rules could both match (合格 is inside 不合格), the earlier one wins.
 */
export function highlightRules(kind: Highlight, cell: string): HighlightRule[] {
  switch (kind) {
    case "late":
      return [{ tone: "red", formula: null }];
    case "status":
      return [
        { tone: "red", formula: equalsAny(cell, [...statusTerms("overdue"), ...statusTerms("breached")]) },
        { tone: "amber", formula: equalsAny(cell, [...statusTerms("due-soon"), "due soon"]) },
        { tone: "green", formula: equalsAny(cell, statusTerms("met")) },
      ];
    case "grade": {
      // "A", "A 优秀", "优秀", "Excellent" all read as grade A.
      const grade = (g: Grade, tone: Tone): HighlightRule => ({
        tone,
        formula: `OR(LEFT(TRIM(${cell}),1)=${quote(g)},${gradeTerms(g)
          .map((t) => `ISNUMBER(SEARCH(${quote(t)},${cell}))`)
          .join(",")})`,
      });
      // D before C: 不合格 contains 合格.
      return [grade("D", "red"), grade("A", "green"), grade("B", "lightGreen"), grade("C", "amber")];
    }
  }
}
