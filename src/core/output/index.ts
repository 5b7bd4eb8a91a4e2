/**
 * Sheets as plain data (SheetDoc) and what they look like in Excel whichever writer puts them there: cell
 * text limits, number formats and totals, highlights, column widths and the A4 print plan.
 */
export * from "./sheet-doc";
export * from "./cell-text";
export * from "./writer-facts";
export * from "./highlight";
export * from "./text-width";
export * from "./print";
