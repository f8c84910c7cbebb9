// The one module the core loads lazily with require (so that esbuild evaluates its data only on first
// use): the language identifier's n-gram database (lang.ts). Declared for exactly that id, so the
// core's type check still refuses a require of anything else (fs, worker_threads, ...).
declare function require(id: 'eld/small'): unknown;
