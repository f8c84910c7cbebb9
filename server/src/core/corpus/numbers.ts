// Number extraction and matching live in rules/support/numbers.ts (one module for the pair rule and
// the corpus rule); re-exported here for callers that import them from the corpus folder.
export { compareNumbers, extractNumbers, readings, type NumberMismatch, type NumberToken, type ExtractOptions } from '../rules/support/numbers';
