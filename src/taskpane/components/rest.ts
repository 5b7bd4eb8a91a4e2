/**
 * What the pane shows below the tiles, in a chunk of its own: the first screen (header, filters, tiles)
 * need not wait for the late list, the charts and the data issues to load.
 */
export { Charts } from "./Charts";
export { DataIssues } from "./DataIssues";
export { LateList } from "./LateList";
