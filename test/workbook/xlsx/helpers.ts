/** Builds .xlsx bytes for the tests: with ExcelJS (as Excel-like files are), or from raw parts for what ExcelJS never writes. */
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";

export async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface RawSheet {
  name: string;
  /** Inner XML of <sheetData>, or a whole worksheet part when it starts with "<?xml" or "<". */
  xml: string;
}

/** A minimal package from raw parts: workbook, rels, optional shared strings, sheets. */
export function rawXlsxBytes(opts: { sheets: RawSheet[]; sharedStrings?: string; workbookPr?: string; extra?: Record<string, string> }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
  };
  const rels = opts.sheets.map(
    (_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (opts.sharedStrings !== undefined) {
    rels.push('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>');
    files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${opts.sharedStrings}</sst>`);
  }
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${opts.workbookPr ?? ""}<sheets>${opts.sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  opts.sheets.forEach((s, i) => {
    const whole = s.xml.startsWith("<?xml") || s.xml.startsWith("<x:") || s.xml.startsWith("<worksheet");
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(whole ? s.xml : `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${s.xml}</sheetData></worksheet>`);
  });
  for (const [name, text] of Object.entries(opts.extra ?? {})) files[name] = strToU8(text);
  return zipSync(files);
}
