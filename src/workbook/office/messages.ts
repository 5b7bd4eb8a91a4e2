/**
 * What the Office layer says to the user, per language: why a command refused or stopped, what an older Excel
 * leaves out, and the few words it writes into the workbook itself (the template's drop-down alert, the notes
 * on the names that mark Casebook's sheets), which are in the language of the user who made them.
 * Chinese uses full-width punctuation and the center's words; English plain ASCII punctuation. A sheet's or a
 * table's name is shown as the workbook has it.
 */
import { phrases } from "../phrases";

const ZH = {
  upgrade: (hosts: string) => `此版本的 Excel 缺少客服案件簿所需的功能。${hosts}`,
  reportAsDownload: () => "报表将以文件下载方式提供。",
  noDropDowns: () => "新建的案件登记表不含下拉列表（需要较新的 Excel）。",
  sheetExists: (sheet: string) => `工作表“${sheet}”已存在，未做更改。`,
  choicesTooLong: (column: string) => `“${column}”的选项过长，未设下拉列表。`,
  noFilter: () => "此版本的 Excel 不支持自动筛选，请手动开启。",
  chooseFromList: () => "请从下拉列表中选择。",
  downloadInstead: () => "报表将作为文件下载，请在 Excel 中打开。",
  noWorkbookNoDownload: () => "此环境既不能新建工作簿也不能下载文件，请使用命令行生成报表。",
  newWorkbookFailed: (reason: string) => `无法新建工作簿（${reason}）。`,
  sheetMissing: (sheet: string) => `工作表“${sheet}”不存在。`,
  rowOnHiddenSheet: (row: number, sheet: string) =>
    `第 ${row} 行在隐藏的工作表“${sheet}”上，请先取消隐藏该工作表（右键单击工作表标签 → 取消隐藏）。`,
  notARow: (row: number) => `${row} 不是 Excel 的行号。`,
  rowTooLarge: (sheet: string, row: number) =>
    `工作表“${sheet}”第 ${row} 行内容过多，超出 Excel 单次传输的上限，请拆分该行的长文本后重试。`,
  noValues: (sheet: string, row: number) =>
    `Excel 未返回工作表“${sheet}”第 ${row} 行起的数据（一次读取的单元格过多）。`,
  tableNameTaken: (table: string) => `表格名称“${table}”已被其他工作表使用，未写入任何内容。`,
  workbookProtected: () =>
    "工作簿结构受保护（审阅 → 保护工作簿），无法添加或删除工作表，未写入任何内容。请撤销工作簿保护后重试。",
  veryHidden: (sheet: string) =>
    `工作表“${sheet}”被设为深度隐藏，无法替换，未写入任何内容。请让设置者将其取消隐藏后重试。`,
  sheetProtected: (sheet: string) =>
    `工作表“${sheet}”受保护，客服案件簿不会替换受保护的工作表，未写入任何内容。请先撤销工作表保护（审阅 → 撤销工作表保护），或将其改名保留。`,
  stagedNote: () => "客服案件簿正在生成此工作表；若运行中断，下次运行时删除。",
  ownedNote: () => "客服案件簿创建并维护此工作表，重新运行时会替换。",
};

const EN: typeof ZH = {
  upgrade: (hosts) => `This version of Excel lacks features Casebook needs. ${hosts}`,
  reportAsDownload: () => "The report will be offered as a download.",
  noDropDowns: () => "The new case log will have no drop-down lists (needs a newer Excel).",
  sheetExists: (sheet) => `Sheet "${sheet}" already exists; nothing was changed.`,
  choicesTooLong: (column) => `The choices for "${column}" are too long for a drop-down list; none was set.`,
  noFilter: () => "This Excel cannot add the filter; turn it on by hand.",
  chooseFromList: () => "Please choose a value from the drop-down list.",
  downloadInstead: () => "The report is offered as a download; open it in Excel.",
  noWorkbookNoDownload: () =>
    "This host can neither open a new workbook nor download a file; make the report with the command line.",
  newWorkbookFailed: (reason) => `Could not open a new workbook (${reason}).`,
  sheetMissing: (sheet) => `Sheet "${sheet}" no longer exists.`,
  rowOnHiddenSheet: (row, sheet) =>
    `Row ${row} is on the hidden sheet "${sheet}"; unhide the sheet first (right-click a sheet tab → Unhide).`,
  notARow: (row) => `${row} is not an Excel row number.`,
  rowTooLarge: (sheet, row) =>
    `Row ${row} of sheet "${sheet}" holds more than Excel can send at once; split its long texts and try again.`,
  noValues: (sheet, row) => `Excel returned no values for rows ${row}… of "${sheet}" (too many cells in one read).`,
  tableNameTaken: (table) => `Table name "${table}" is used on another sheet; nothing was written.`,
  workbookProtected: () =>
    "The workbook's structure is protected (Review → Protect Workbook), so sheets cannot be added or removed; nothing was written. Unprotect the workbook and try again.",
  veryHidden: (sheet) =>
    `Sheet "${sheet}" is very hidden and cannot be replaced; nothing was written. Ask whoever hid it to make it visible, then try again.`,
  sheetProtected: (sheet) =>
    `Sheet "${sheet}" is protected; Casebook does not replace a protected sheet and wrote nothing. Unprotect it (Review → Unprotect Sheet), or rename it to keep it.`,
  stagedNote: () => "Being written by Casebook; removed by the next run if this one was cut off.",
  ownedNote: () => "Created by Casebook; replaced on every run.",
};

export const OFFICE_PHRASES = phrases(ZH, EN);
