export {
  DEFAULT_KEYWORD_RULES,
  compileRules,
  matchKeywords,
  memoByText,
  splitKeywords,
  subcategoryOf,
  type CompiledRules,
  type KeywordMatch,
  type KeywordRule,
} from "./keywords";
export { classifyCases, type ClassifyResult } from "./classify";
export {
  DEFAULT_REPEAT_WINDOW_DAYS,
  KEYWORD_SECTION,
  REPEAT_SECTION,
  classifySettingsDefaults,
  readClassifySettings,
  type ClassifySettings,
} from "./settings";
