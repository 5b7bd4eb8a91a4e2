import type { Ratio } from "../model";

/** A ratio with its working; no data (den = 0) is `null`, never 0 % or 100 % (DESIGN §4). */
export function ratio(num: number, den: number): Ratio {
  return { num, den, value: den === 0 ? null : num / den };
}
