/** The readers of the input sheets (DESIGN §2): sheet values in, records and accounted-for rejections out. */
export * from "./cells";
export * from "./columns";
export * from "./enums";
export * from "./header";
export * from "./rows";
export * from "./case-log";
export * from "./month-sheets";
export * from "./new-case-sheet";
export * from "./value-map";
export * from "./settings";
export * from "./communities";
export * from "./inspections";
export * from "./pauses";
export * from "./after-as-of";
export * from "./faults";
