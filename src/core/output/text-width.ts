/**
 * How wide text shows in Excel's character units, and how many lines it takes in a column: one measure
 * for the widths a writer sets, the rows a wrapped cell makes taller and the pages the print plan counts.
 */

/** Display width of a string: 2 for East Asian wide/full-width characters, 1 otherwise; longest line. */
export function textWidth(text: string): number {
  let widest = 0;
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      widest = Math.max(widest, w);
      w = 0;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      // Second half of a surrogate pair: counted with the first.
    } else if (
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0xd800 && c <= 0xdbff)
    ) {
      w += 2;
    } else {
      w += 1;
    }
  }
  return Math.max(widest, w);
}

/** Lines a text takes in a column `width` characters wide, with the cell's padding. */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(2, width - 1.5);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / room)), 0);
}
