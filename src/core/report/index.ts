/** The report model: monthly and year-end reports, and the sheets Casebook owns in the clerk's workbook. */
export { buildReport, headlineKpis, reportFileName, type Headline, type ReportOptions } from "./report";
export { buildWorkbookSheets } from "./workbook-sheets";
export { OWNED_SHEET_PREFIX } from "./text";
/** A report is asked for by period; the period itself is shared with the figures (../shared/period). */
export { resolvePeriod, type ReportPeriod, type ResolvedPeriod } from "../shared/period";
export { makeMasker, type Masker } from "./mask";
export {
  buildCompanyPack,
  companyPackFileName,
  packCompanies,
  REPLY_DAYS,
  type CompanyPackOptions,
} from "./company-pack";
