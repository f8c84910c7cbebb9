// The modules the core loads lazily with require (so that esbuild evaluates its data only on first
// use): the language identifier and its n-gram database, byte map and average scores (lang.ts). Declared for exactly those ids, so the
// core's type check still refuses a require of anything else (fs, worker_threads, ...).
declare function require(id: 'eld/small' | 'eld/ngrams-small' | 'eld/dictionary' | 'eld/avg-score'): unknown;
