/**
 * The tiles' numbers written out, matching Intl.NumberFormat for the pane's two languages (both group by
 * thousands with "," and write "." and "%"); test/taskpane/numbers.test.ts compares both. Like the date
 * texts, they keep Intl's locale-data load off the first paint. Anything else returns null: the caller asks Intl.
 */

/** A safe integer, grouped by thousands (`maximumFractionDigits: 0` of an integer). */
export function integerText(n: number): string | null {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return null;
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? `-${digits}` : digits;
}

/** A fraction from 0 to 1 as a percentage with at most one decimal (`style: "percent", maximumFractionDigits: 1`). */
export function percentText(fraction: number): string | null {
  if (!(fraction >= 0 && fraction <= 1)) return null;
  const tenths = fraction * 1000;
  // Intl rounds the double's exact decimal half away from zero; within a hair of a half the product above
  // may have rounded the other way, so those few values are left to Intl.
  if (Math.abs(tenths - Math.floor(tenths) - 0.5) < 1e-6) return null;
  const r = Math.round(tenths);
  const whole = Math.floor(r / 10);
  const tenth = r % 10;
  return `${whole}${tenth === 0 ? "" : `.${tenth}`}%`;
}
