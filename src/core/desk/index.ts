/** The clerk's desk (受理台): numbering, new-case review, steps, today's work and the manual's forms. */
export * from "./numbering";
export * from "./phone";
export * from "./text";
export * from "./steps";
export * from "./today";
export * from "./draft";
export * from "./forms";
export * from "./form-layout";
export * from "./settings";
export * from "./row";
