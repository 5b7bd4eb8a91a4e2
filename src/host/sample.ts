/**
 * The bundled sample (assets/sample/case-log.xlsx) and the instant it is judged at. The sample runs to the
 * evening of 31 December 2026 (its last case is received at 19:15): judged then, every case has happened,
 * so a newcomer sees complete figures whatever today's date is. The CLI's demo and the pane's preview of
 * the sample use this instant; a pinned `?asOf=` or `--as-of` still wins.
 */
import { parseIsoMinutes, type LocalMinutes } from "../core/time";

export const SAMPLE_PATH = "assets/sample/case-log.xlsx";
export const SAMPLE_AS_OF_TEXT = "2026-12-31T20:00";
export const SAMPLE_AS_OF: LocalMinutes = parseIsoMinutes(SAMPLE_AS_OF_TEXT)!;
