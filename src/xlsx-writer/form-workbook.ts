/**
 * One of the manual's forms (../core/desk/forms) as an .xlsx workbook of one sheet, laid out as a paper form
 * on one A4 portrait page: title, form number, the case's fields two to a row in a ruled grid, boxes to write
 * in, signature lines with dates. Printing is set to fit one page, so an overlong description shrinks the
 * page rather than spilling onto a second.
 *
 * ExcelJS writes it: a form is a few dozen cells, and what it needs (merged cells, borders, page setup) is
 * what ExcelJS does well; the register writer (./write-workbook) stays for the big sheets.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { FormDoc } from "../core/desk/forms";

/** Label, value, label, value: in Excel's character widths, summing to A4's printable width at 0.5" margins. */
const WIDTHS = [15, 30, 15, 30];
const LINE_HEIGHT = 20;
const FONT = "等线";

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Printed lines a text needs in a cell `width` characters wide (a CJK character takes two). */
function linesFor(text: string, width: number): number {
  let lines = 0;
  for (const line of text.split("\n")) {
    let w = 0;
    for (const ch of line) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
    lines += Math.max(1, Math.ceil(w / width));
  }
  return lines;
}

export function addFormSheet(wb: ExcelJS.Workbook, form: FormDoc): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(form.sheetName, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 11, ...extra });
  let r = 1;

  const orgAt = r++;
  const org = ws.getRow(orgAt);
  ws.mergeCells(orgAt, 1, orgAt, 4);
  org.getCell(1).value = form.org;
  org.getCell(1).font = font({ size: 12 });
  org.getCell(1).alignment = { horizontal: "center" };

  const titleAt = r++;
  const title = ws.getRow(titleAt);
  ws.mergeCells(titleAt, 1, titleAt, 4);
  title.getCell(1).value = form.title;
  title.getCell(1).font = font({ size: 18, bold: true });
  title.getCell(1).alignment = { horizontal: "center", vertical: "middle" };
  title.height = 34;

  const num = ws.getRow(r++);
  num.getCell(3).value = `${form.number.label}${/[\u4e00-\u9fff]/.test(form.title) ? "：" : ": "}`;
  num.getCell(3).alignment = { horizontal: "right" };
  num.getCell(4).value = form.number.value;
  num.getCell(4).font = font({ bold: true, color: form.number.pending ? { argb: "FFC00000" } : undefined });
  num.getCell(3).font = font();
  r++;

  // The case's fields, two to a row; a full-width field takes the whole row.
  const fields = [...form.fields];
  while (fields.length > 0) {
    const rowAt = r++;
    const row = ws.getRow(rowAt);
    const a = fields.shift()!;
    const pair = a.full ? null : fields[0]?.full ? null : (fields.shift() ?? null);
    const put = (col: number, label: string, value: string) => {
      row.getCell(col).value = label;
      row.getCell(col).font = font({ bold: true });
      row.getCell(col).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
      row.getCell(col + 1).value = value;
      row.getCell(col + 1).font = font();
      for (const c of [col, col + 1]) {
        row.getCell(c).border = thin;
        row.getCell(c).alignment = { vertical: "middle", wrapText: true };
      }
    };
    put(1, a.label, a.value);
    if (a.full) ws.mergeCells(rowAt, 2, rowAt, 4);
    else put(3, pair?.label ?? "", pair?.value ?? "");
    const width = a.full ? WIDTHS[1] + WIDTHS[2] + WIDTHS[3] : WIDTHS[1];
    const need = Math.max(linesFor(a.value, width), pair ? linesFor(pair.value, WIDTHS[3]) : 1);
    row.height = Math.max(LINE_HEIGHT, need * 15 + 6);
  }

  // Boxes: a label row, then the box itself, merged across the page, tall enough for its lines.
  for (const box of form.boxes) {
    const headAt = r++;
    const head = ws.getRow(headAt);
    ws.mergeCells(headAt, 1, headAt, 4);
    head.getCell(1).value = box.label;
    head.getCell(1).font = font({ bold: true });
    head.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    for (let c = 1; c <= 4; c++) head.getCell(c).border = thin;
    const bodyAt = r++;
    const body = ws.getRow(bodyAt);
    ws.mergeCells(bodyAt, 1, bodyAt, 4);
    body.getCell(1).value = box.text;
    body.getCell(1).font = font();
    body.getCell(1).alignment = { vertical: "top", wrapText: true };
    for (let c = 1; c <= 4; c++) body.getCell(c).border = thin;
    const lines = Math.max(
      box.lines,
      linesFor(
        box.text,
        WIDTHS.reduce((s, w) => s + w, 0),
      ),
    );
    body.height = lines * 18 + 8;
  }
  r++;

  // Signatures, two to a row: "受理人：________  日期：________".
  const zh = /[\u4e00-\u9fff]/.test(form.title);
  const date = zh ? "日期" : "Date";
  const colon = zh ? "：" : ": ";
  for (let i = 0; i < form.signatures.length; i += 2) {
    const rowAt = r++;
    const row = ws.getRow(rowAt);
    row.height = 30;
    for (const [k, col] of [
      [i, 1],
      [i + 1, 3],
    ] as const) {
      const who = form.signatures[k];
      if (who === undefined) continue;
      ws.mergeCells(rowAt, col, rowAt, col + 1);
      row.getCell(col).value = `${who}${colon}＿＿＿＿＿＿\u3000${date}${colon}＿＿＿＿＿`;
      row.getCell(col).font = font();
      row.getCell(col).alignment = { vertical: "bottom" };
    }
  }
  r++;
  const basisAt = r;
  const basis = ws.getRow(basisAt);
  ws.mergeCells(basisAt, 1, basisAt, 4);
  basis.getCell(1).value = form.basis;
  basis.getCell(1).font = font({ size: 9, color: { argb: "FF666666" } });
  ws.pageSetup.printArea = `A1:D${r}`;
  return ws;
}

/**
 * The form as .xlsx bytes. The package names Casebook as its application (ExcelJS writes "Microsoft Excel"),
 * as every workbook Casebook writes does: that is how the CLI knows it may write over an earlier one.
 */
export async function writeFormWorkbook(form: FormDoc): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Casebook";
  addFormSheet(wb, form);
  const files = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const app = files["docProps/app.xml"];
  if (app !== undefined)
    files["docProps/app.xml"] = strToU8(
      strFromU8(app).replace(/<Application>[^<]*<\/Application>/, "<Application>Casebook</Application>"),
    );
  return zipSync(files, { level: 6 });
}
