// Language identification lives in core/lang.ts (one module for documents, lines and corpus sides);
// re-exported here for callers that import it from the corpus folder.
export { guessLineLang, identifyLang, majorityLang, nameLinesLang, type LangResult } from '../lang';
