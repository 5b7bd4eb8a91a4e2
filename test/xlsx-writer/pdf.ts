/**
 * Just enough of a PDF reader to check how LibreOffice printed a workbook: each page's size, the font
 * sizes its text is set in (the Tf operator's size is the size on paper: LibreOffice applies the print
 * scale to the fonts, not through a transformation matrix), and its text through poppler's pdftotext.
 * Reads the uncompressed object table LibreOffice writes (no object streams).
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { constants as zlibConstants, inflateSync } from "zlib";

export interface PdfPage {
  /** Points. */
  width: number;
  height: number;
  /** Every text-showing operation's font size in points, in the page's own content (charts' forms not included). */
  textSizes: number[];
  /** The page's text, as pdftotext lays it out. */
  text: string;
}

function objects(pdf: Buffer): Map<number, { dict: string; start: number }> {
  const out = new Map<number, { dict: string; start: number }>();
  const latin = pdf.toString("latin1");
  const re = /(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(stream\r?\n|endobj)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(latin)) !== null) {
    out.set(Number(m[1]), { dict: m[2], start: m[3].startsWith("stream") ? m.index + m[0].length : -1 });
  }
  return out;
}

function streamOf(pdf: Buffer, obj: { dict: string; start: number }): Buffer {
  // /Length may be an indirect object: read to "endstream" instead, and let inflate ignore the end of line.
  const raw = pdf.subarray(obj.start, pdf.indexOf("endstream", obj.start));
  return /FlateDecode/.test(obj.dict) ? inflateSync(raw, { finishFlush: zlibConstants.Z_SYNC_FLUSH }) : raw;
}

export function readPdf(path: string): PdfPage[] {
  const pdf = readFileSync(path);
  const objs = objects(pdf);
  const pagesRoot = [...objs.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict));
  if (!pagesRoot) throw new Error(`${path}: no page tree`);
  const kids = (dict: string): number[] =>
    [...(/\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1]));
  const pageIds: number[] = [];
  const walk = (id: number): void => {
    const o = objs.get(id);
    if (!o) return;
    if (/\/Type\s*\/Pages\b/.test(o.dict)) kids(o.dict).forEach(walk);
    else pageIds.push(id);
  };
  kids(pagesRoot.dict).forEach(walk);
  const texts = execFileSync("pdftotext", ["-layout", path, "-"], { maxBuffer: 256 * 1024 ** 2 })
    .toString()
    .split("\f");
  return pageIds.map((id, i) => {
    const dict = objs.get(id)!.dict;
    const box = (/\/MediaBox\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "").trim().split(/\s+/).map(Number);
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(dict);
    const ids = contents?.[1]
      ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1]))
      : contents?.[2]
        ? [Number(contents[2])]
        : [];
    const textSizes: number[] = [];
    for (const c of ids) {
      const ops = streamOf(pdf, objs.get(c)!).toString("latin1");
      // "/F1 7.215 Tf" then one or more Tj/TJ until the next Tf.
      for (const m of ops.matchAll(/\/\S+\s+([\d.]+)\s+Tf([\s\S]*?)(?=\/\S+\s+[\d.]+\s+Tf|$)/g)) {
        const shows = (m[2].match(/T[jJ]\b/g) ?? []).length;
        for (let k = 0; k < shows; k++) textSizes.push(Number(m[1]));
      }
    }
    return { width: box[2] - box[0], height: box[3] - box[1], textSizes, text: texts[i] ?? "" };
  });
}

/** The size most of a page's text is set in. */
export function bodySize(page: PdfPage): number {
  const counts = new Map<number, number>();
  for (const s of page.textSizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? NaN;
}
