/**
 * Which Excel JavaScript API requirement sets the host offers, and what Casebook can do with them.
 * Pure: the caller passes `isSetSupported` (Office.context.requirements.isSetSupported inside Excel),
 * so the pane can show the result and tests can play any Excel version.
 */
import type { Words } from "../../core/messages";
import { SaidError } from "../phrases";
import { OFFICE_PHRASES } from "./messages";

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface Capabilities {
  /** Reading the clerk's sheets (getUsedRangeOrNullObject 1.4, getRangeByIndexes 1.7). */
  read: boolean;
  /** Writing owned output sheets with tables and charts (chart series 1.7, freezePanes 1.7). */
  writeOutputs: boolean;
  /** Highlights on grade/status/lateness columns. */
  conditionalFormats: boolean;
  suspendCalculation: boolean;
  suspendScreenUpdating: boolean;
  /** Drop-down lists in the clerk's template. */
  dataValidation: boolean;
  /** Filter buttons on the template's header row. */
  autoFilter: boolean;
  /** Landscape print and repeated header rows on output sheets. */
  pageLayout: boolean;
  /** Opening the report workbook in a new Excel window (Excel.createWorkbook). */
  createWorkbook: boolean;
  /** What the user should know, in both languages; empty when everything is available. */
  messages: Words[];
}

export const MIN_READ_SET = "1.7";
export const MIN_WRITE_SET = "1.7";

/**
 * Which Excel runs Casebook, said the same way here, in src/boot/boot-check.js (the ES5 page that an old
 * webview shows instead of the pane) and in README.md; a test keeps the three identical. The manifest asks
 * for ExcelApi 1.7, which retail Excel 2016 and 2019 offer; what rules a host out is its webview (Internet
 * Explorer 11 or Edge Legacy cannot parse the pane's bundles), and no manifest element can ask for one.
 */
export const SUPPORTED_HOSTS = {
  zh: "客服案件簿支持以下 Excel：使用 Microsoft Edge WebView2 显示加载项的 Windows 版 Excel（Microsoft 365 版本 2101 或更高、Excel 2021 或更高，以及装有 WebView2 运行时的 Excel 2016、2019 零售版）、Mac 版 Excel、Excel 网页版。Excel 2016、2019 批量许可版，以及仍用 Internet Explorer 或旧版 Edge 显示加载项的 Excel 不受支持。",
  en: "Casebook runs in Excel on Windows that shows add-ins with Microsoft Edge WebView2 (Microsoft 365 Version 2101 or later, Excel 2021 or later, and retail Excel 2016 or 2019 with the WebView2 Runtime installed), Excel for Mac and Excel on the web. Volume-licensed Excel 2016 and 2019, and any Excel that still shows add-ins with Internet Explorer or Edge Legacy, are not supported.",
} as const;

const upgrade = (): Words => ({
  zh: OFFICE_PHRASES.text("zh", "upgrade", SUPPORTED_HOSTS.zh),
  en: OFFICE_PHRASES.text("en", "upgrade", SUPPORTED_HOSTS.en),
});

export function capabilities(isSetSupported: IsSetSupported): Capabilities {
  const has = (version: string): boolean => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  const caps: Capabilities = {
    read: has(MIN_READ_SET),
    writeOutputs: has(MIN_WRITE_SET),
    conditionalFormats: has("1.6"),
    suspendCalculation: has("1.6"),
    suspendScreenUpdating: has("1.9"),
    dataValidation: has("1.8"),
    autoFilter: has("1.9"),
    pageLayout: has("1.9"),
    createWorkbook: has("1.8"),
    messages: [],
  };
  if (!caps.read || !caps.writeOutputs) caps.messages.push(upgrade());
  if (caps.read && !caps.createWorkbook) caps.messages.push(OFFICE_PHRASES.words("reportAsDownload"));
  if (caps.read && !caps.dataValidation) caps.messages.push(OFFICE_PHRASES.words("noDropDowns"));
  return caps;
}

/** Thrown when the host cannot run a command at all; the message is for the user. */
export class UnsupportedHostError extends SaidError {
  constructor() {
    super(upgrade());
    this.name = "UnsupportedHostError";
  }
}

/** The host's own check, for use inside Excel; false outside Office (tests pass their own). */
export function officeIsSetSupported(): IsSetSupported {
  return (name, version) => {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return office?.context?.requirements?.isSetSupported(name, version) ?? false;
  };
}
