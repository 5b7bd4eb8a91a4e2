/** The report model (issue 5): monthly and year-end reports, and the sheets Casebook owns in the clerk's workbook. */
export { buildReport, headlineKpis, reportFileName, type Headline, type ReportOptions } from "./report";
export { buildWorkbookSheets } from "./workbook-sheets";
export { OWNED_SHEET_PREFIX } from "./text";
export { resolvePeriod, type ReportPeriod, type ResolvedPeriod } from "./period";
export { makeMasker, type Masker } from "./mask";
export {
  buildCompanyPack,
  companyPackFileName,
  packCompanies,
  REPLY_DAYS,
  type CompanyPackOptions,
} from "./company-pack";
