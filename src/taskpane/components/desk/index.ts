/** The clerk's desk view, in a chunk of its own: the KPI view never waits for it. */
export { Desk } from "./Desk";
