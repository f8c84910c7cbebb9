// Corpus (line-aligned) checks: the public surface of core/corpus.
export * from './types';
export { checkLinePair, checkLineRange, resolveLineRules } from './engine';
export type { LineRangeSource, LineRuleConfig, ResolvedLineRule } from './engine';
export { makeBatchChecker, checkBatch, decodeLines } from './batch';
export type { BatchInput, BatchOutput, BatchSettings } from './batch';
export { StatsSampler, statsFromRatios, logLengthRatio, lengthRatioZ } from './stats';
export { CORPUS_SAMPLE_LINES, learnCorpusStats } from './learn';
export type { LearnedCorpus } from './learn';
export { LangProfileBuilder, scoreLine } from './profile';
export { exportAlignedPairUnits } from './tmx-doc';
export { ConsistencyTable } from './consistency';
export { guessLineLang, majorityLang } from '../lang';
export { extractNumbers, compareNumbers } from './numbers';
export * from './tmx';
export * from './format';
