// The per-line language guess lives in core/lang.ts with the document detector (one module, one set
// of stop words and tie-breaks); re-exported here for callers that import it from the corpus folder.
export { guessLineLang, guessLineLangDetail, majorityLang, type LangGuess } from '../lang';
