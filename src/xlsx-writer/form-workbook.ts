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
import { layoutForm, type FormCellStyle } from "../core/desk/form-layout";

const FONT = "等线";
const GREY: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Each style of the layout as ExcelJS font, fill and alignment. */
function styleOf(style: FormCellStyle): {
  font: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  alignment?: Partial<ExcelJS.Alignment>;
} {
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 11, ...extra });
  switch (style) {
    case "org":
      return { font: font({ size: 12 }), alignment: { horizontal: "center" } };
    case "title":
      return { font: font({ size: 18, bold: true }), alignment: { horizontal: "center", vertical: "middle" } };
    case "number-label":
      return { font: font(), alignment: { horizontal: "right" } };
    case "number":
      return { font: font({ bold: true }) };
    case "number-pending":
      return { font: font({ bold: true, color: { argb: "FFC00000" } }) };
    case "label":
      return { font: font({ bold: true }), fill: GREY, alignment: { vertical: "middle", wrapText: true } };
    case "value":
      return { font: font(), alignment: { vertical: "middle", wrapText: true } };
    case "box-head":
      return { font: font({ bold: true }), fill: GREY };
    case "box-body":
      return { font: font(), alignment: { vertical: "top", wrapText: true } };
    case "signature":
      return { font: font(), alignment: { vertical: "bottom" } };
    case "basis":
      return { font: font({ size: 9, color: { argb: "FF666666" } }) };
  }
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
  const layout = layoutForm(form);
  ws.columns = layout.widths.map((width) => ({ width }));
  for (const c of layout.cells) {
    const cell = ws.getRow(c.row).getCell(c.column);
    cell.value = c.value;
    const look = styleOf(c.style);
    cell.font = look.font;
    if (look.fill) cell.fill = look.fill;
    if (look.alignment) cell.alignment = look.alignment;
    if (c.border) for (let k = c.column; k <= (c.toColumn ?? c.column); k++) ws.getRow(c.row).getCell(k).border = thin;
    if (c.toColumn !== undefined) ws.mergeCells(c.row, c.column, c.row, c.toColumn);
  }
  for (const h of layout.heights) ws.getRow(h.row).height = h.height;
  ws.pageSetup.printArea = `A1:D${layout.lastRow}`;
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
