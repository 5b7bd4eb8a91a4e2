/** `<conditionalFormatting>` of highlighted columns, from the rules both writers share (core/output/highlight). */
import type { Highlight } from "../core/output/sheet-doc";
import { highlightRules } from "../core/output/highlight";
import { DXF } from "./styles";
import { xmlText } from "./xml";

export { highlightRules };

/**
 * `<conditionalFormatting>` for one range; priorities continue from `priority` (unique per sheet).
 * Grade letters are matched only as the first character, so "B" never colours "Bad".
 */
export function conditionalFormattingXml(kind: Highlight, sqref: string, topLeft: string, priority: number): string {
  const rules = highlightRules(kind, topLeft).map((r, i) => {
    const p = priority + i;
    if (r.formula === null) {
      return `<cfRule type="cellIs" dxfId="${DXF[r.tone]}" priority="${p}" operator="greaterThan"><formula>0</formula></cfRule>`;
    }
    return `<cfRule type="expression" dxfId="${DXF[r.tone]}" priority="${p}" stopIfTrue="1"><formula>${xmlText(r.formula)}</formula></cfRule>`;
  });
  return `<conditionalFormatting sqref="${sqref}">${rules.join("")}</conditionalFormatting>`;
}
