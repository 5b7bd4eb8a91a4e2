/**
 * Cells a file holds without a value to read (CellFault: a formula saved without its result, a shared string
 * that is not there) → the reason a clerk reads, naming the cell. Office.js never gives one: Excel calculates
 * and resolves every cell before it hands values over, so only a file written by another program has them.
 */
import { msg, type Message } from "../messages";
import type { CellFault, WorkbookInput } from "../model";
import { COMMUNITY_SHEET_NAMES } from "./communities";
import { columnLetter, findSheetByName } from "./header";
import { INSPECTION_SHEET_NAMES } from "./inspections";
import { PAUSE_SHEET_NAMES } from "./pauses";
import { SETTINGS_SHEET_NAMES } from "./settings";

/** "B3": where the fault is, as Excel names the cell. */
export const faultCell = (f: CellFault): string => `${columnLetter(f.column)}${f.row}`;

/** The reason, for `第 3 行 编号：…`. */
export function faultReason(f: CellFault): Message {
  const cell = faultCell(f);
  switch (f.kind) {
    case "formula-without-value":
      return msg("cell.formula-without-value", { cell });
    case "shared-string-missing":
      return msg("cell.shared-string-missing", { cell, index: f.raw ?? "", count: f.count ?? 0 });
    case "shared-string-invalid":
      return f.raw === undefined || f.raw.trim() === ""
        ? msg("cell.shared-string-unnumbered", { cell })
        : msg("cell.shared-string-invalid", { cell, index: f.raw });
  }
}

/** A sheet's faults by Excel row, or null when it has none (as every sheet read through Office.js). */
export function faultsByRow(faults: readonly CellFault[] | undefined): Map<number, CellFault[]> | null {
  if (!faults || faults.length === 0) return null;
  const out = new Map<number, CellFault[]>();
  for (const f of faults) {
    const list = out.get(f.row);
    if (list) list.push(f);
    else out.set(f.row, [f]);
  }
  return out;
}

/** Faults the log accounted for on one sheet, by family, with the first cell of each as the example. */
export interface FaultTally {
  formulas: number;
  formulaExample: string;
  strings: number;
  stringExample: string;
}

export const emptyTally = (): FaultTally => ({ formulas: 0, formulaExample: "", strings: 0, stringExample: "" });

export function tally(t: FaultTally, f: CellFault): void {
  if (f.kind === "formula-without-value") {
    if (t.formulas++ === 0) t.formulaExample = faultCell(f);
  } else if (t.strings++ === 0) t.stringExample = faultCell(f);
}

/**
 * One note for each of the other sheets Casebook reads (设置, 小区, 巡检, 暂停记录) that holds cells without a
 * value: there they are read as blank (a setting falls back to its default, a row is read without the cell),
 * and the clerk is told which cell and how to mend the file.
 */
export function inputSheetFaultWarnings(input: WorkbookInput): Message[] {
  const out: Message[] = [];
  const seen = new Set<string>();
  for (const names of [SETTINGS_SHEET_NAMES, COMMUNITY_SHEET_NAMES, INSPECTION_SHEET_NAMES, PAUSE_SHEET_NAMES]) {
    const sheet = findSheetByName(input, names);
    if (!sheet || seen.has(sheet.name) || !sheet.faults || sheet.faults.length === 0) continue;
    seen.add(sheet.name);
    out.push(
      msg("input.unreadable-cells", {
        sheet: sheet.name,
        count: sheet.faults.length,
        example: faultCell(sheet.faults[0]),
      }),
    );
  }
  return out;
}
