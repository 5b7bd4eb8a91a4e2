/** A form as an .xlsx download; the writer (and ExcelJS) load only when a form is made. */
import type { FormDoc } from "../core/desk";

export async function formFile(
  form: FormDoc,
  fileName: string,
): Promise<{ kind: "download"; bytes: Uint8Array; fileName: string }> {
  const { writeFormWorkbook } = await import(/* webpackChunkName: "form-file" */ "../xlsx-writer/form-workbook");
  return { kind: "download", bytes: await writeFormWorkbook(form), fileName };
}
