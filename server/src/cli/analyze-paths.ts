// Shared by `bitext check` and `bitext fix`: read the workspace config, expand PATH arguments (files
// or folders), pair each file as pairing.ts says, and analyze each pair once.
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Dictionary } from '../core/align';
import { analyze, type Analysis, type AnalyzeInput } from '../core/analyze';
import { ConfigError, resolveConfig, type BitextConfig } from '../core/config';
import type { FileSystem } from '../core/fs';
import { findCounterpart } from '../core/pairing';
import { originalLanguageFor } from '../core/roles';
import { diskFs, SHAPE_READ_LIMIT } from '../node/disk';
import { CONFIG_FILE, readConfigFile, readLinksFile } from '../node/config-file';
import type { DecodedText } from '../core/text';
import { FileError, readTextFile } from './files';
import { commandScope } from './confine';
import type { CliIO } from './io';
import { analyzeMany } from './corpus/doc-pool';
import { Progress } from './corpus/progress';
import { formatDocSummary } from './corpus/summary';

export { CONFIG_FILE };

/** Reads `bitext.config.json` in the working folder, if there is one. Throws ConfigError (its message names the file). */
export function loadConfig(cwd: string): BitextConfig {
  const file = readConfigFile(cwd);
  if (file.problem !== undefined) throw new ConfigError(file.problem);
  return resolveConfig(file.settings);
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);
const TEXT_NAME = /\.(txt|text|md|vi|en|[a-z]{2,3})$/i;

/**
 * Files named by the arguments: files as given, folders walked (text-like names only, sorted). An entry
 * of a walked folder that cannot be followed (a dangling symlink, a symlink loop, no permission) is
 * skipped and named in `skipped`; the walk goes on.
 */
export function expandPaths(cwd: string, args: string[]): { files: string[]; missing: string[]; skipped: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  const visited = new Set<string>();
  const walk = (abs: string) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch (error) {
      skipped.push(`${relative(cwd, abs) || abs}: skipped (${whyNot(error)})`);
      return;
    }
    if (visited.has(real)) {
      skipped.push(`${relative(cwd, abs) || abs}: skipped (a symlink loop: the folder ${relative(cwd, real) || real} is already being read)`);
      return;
    }
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch (error) {
      skipped.push(`${relative(cwd, abs) || abs}: skipped (${whyNot(error)})`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
      const entryPath = join(abs, name);
      let stats;
      try {
        stats = statSync(entryPath);
      } catch (error) {
        skipped.push(`${relative(cwd, entryPath) || entryPath}: skipped (${whyNot(error)})`);
        continue;
      }
      if (stats.isDirectory()) walk(entryPath);
      else if (stats.isFile() && TEXT_NAME.test(name) && name !== CONFIG_FILE) files.push(entryPath);
    }
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (!existsSync(abs)) missing.push(arg);
    else if (statSync(abs).isDirectory()) walk(abs);
    else files.push(abs);
  }
  return { files: [...new Set(files)], missing, skipped };
}

function whyNot(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'a symlink to nothing';
  if (code === 'ELOOP') return 'a symlink loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String(error);
}

export interface DocRead extends DecodedText {
  path: string;
}

export interface PathAnalysis {
  analysis: Analysis;
  /** The documents read for it, by uri (the path relative to the working folder, as findings name them). */
  docs: Map<string, DocRead>;
}

export interface AnalyzeResult {
  results: PathAnalysis[];
  /** Line-aligned corpora found (absolute paths): streamed by the corpus runner, not analyzed here. */
  lineAligned: { a: string; b: string }[];
  /** Messages for files that could not be read or paired (exit code 2). */
  errors: string[];
}

/**
 * The disk view for one run over many files: folder listings and file tests remembered (pairing asks
 * for the same folder once per file; a folder of 4,000 files would otherwise be listed 4,000 times).
 */
function cachedFs(inner: FileSystem): FileSystem {
  const lists = new Map<string, string[]>();
  const files = new Map<string, boolean>();
  return {
    isFile(path) {
      let hit = files.get(path);
      if (hit === undefined) files.set(path, (hit = inner.isFile(path)));
      return hit;
    },
    listDir(dir) {
      let hit = lists.get(dir);
      if (!hit) lists.set(dir, (hit = inner.listDir(dir)));
      return hit;
    },
    readText: (path) => inner.readText(path),
    lineShape: inner.lineShape && ((path) => inner.lineShape!(path)),
  };
}

/** One pair (or lone file) read and paired, ready for `analyze()`. */
export interface PairJob {
  input: AnalyzeInput;
  docs: Map<string, DocRead>;
}

/** Reads and pairs every file once (a pair's counterpart given too is not taken again). */
export function planPaths(
  invocation: CliIO,
  paths: string[],
  config: BitextConfig,
  streamLineAligned = false,
): { jobs: PairJob[]; lineAligned: { a: string; b: string }[]; errors: string[] } {
  const lineAligned: { a: string; b: string }[] = [];
  const errors: string[] = [];
  const jobs = [...planJobs(invocation, paths, config, streamLineAligned, lineAligned, errors)];
  return { jobs, lineAligned, errors };
}

/** planPaths as a generator: each pair as soon as it is read and paired. */
export function* planJobs(
  invocation: CliIO,
  paths: string[],
  config: BitextConfig,
  streamLineAligned: boolean,
  lineAligned: { a: string; b: string }[],
  errors: string[],
): Generator<PairJob> {
  const { files, missing, skipped } = expandPaths(invocation.cwd, paths);
  for (const name of missing) errors.push(`${name}: no such file or folder`);
  for (const skip of skipped) invocation.stderr.write(`note: ${skip}\n`);
  const done = new Set<string>();
  const scope = commandScope(invocation.cwd, paths);
  const disk = cachedFs(diskFs({ maxReadBytes: SHAPE_READ_LIMIT }));
  const links = readLinksFile(invocation.cwd);
  if (links.problem) errors.push(links.problem);
  const rel = (p: string) => relative(invocation.cwd, p) || p;
  for (const file of files) {
    if (done.has(file)) continue;
    done.add(file);
    const docs = new Map<string, DocRead>();
    let job: PairJob | undefined;
    try {
      const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      if (size > SHAPE_READ_LIMIT) {
        // Too big to read whole just to pair it: paired from its start, its shape and its
        // counterpart's streamed. A line-aligned pair streams at any size; a document must fit in
        // one string.
        const plan = findCounterpart(file, startOf(file), disk, { pairs: config.pairs, root: invocation.cwd, lineAligned: config.lineAligned, textIsSample: true });
        const refused = plan.counterpart && scope.refuse(file, resolve(invocation.cwd, plan.counterpart), plan.form);
        if (!refused && plan.form === 'line-aligned' && plan.counterpart && streamLineAligned) {
          const counterpartPath = resolve(invocation.cwd, plan.counterpart);
          done.add(counterpartPath);
          lineAligned.push({ a: file, b: counterpartPath });
          continue;
        }
        if (size > DOCUMENT_MAX_BYTES) {
          errors.push(
            `${rel(file)}: ${Math.round(size / 1048576).toLocaleString('en-US')} MB is too large to check as one document (at most ${DOCUMENT_MAX_BYTES / 1048576} MB); ` +
              `a line-aligned corpus (two files with the same number of lines, one segment a line) is streamed at any size: bitext corpus check A B`,
          );
          continue;
        }
      }
      const docA = readTextFile(invocation.cwd, rel(file));
      docs.set(rel(file), docA);
      let plan = findCounterpart(file, docA.text, disk, { pairs: config.pairs, root: invocation.cwd, lineAligned: config.lineAligned });
      const refused = plan.counterpart && scope.refuse(file, resolve(invocation.cwd, plan.counterpart), plan.form);
      if (refused) {
        errors.push(`${rel(file)}: ${refused}`);
        plan = { form: 'lone', path: file, note: `Not paired: ${refused}.` };
      }
      if (plan.form === 'line-aligned' && plan.counterpart && streamLineAligned) {
        const counterpartPath = resolve(invocation.cwd, plan.counterpart);
        done.add(counterpartPath);
        lineAligned.push({ a: file, b: counterpartPath });
        continue;
      }
      let docB: DocRead | undefined;
      if (plan.counterpart) {
        const counterpartPath = resolve(invocation.cwd, plan.counterpart);
        const cpSize = statSync(counterpartPath, { throwIfNoEntry: false })?.size ?? 0;
        if (cpSize > DOCUMENT_MAX_BYTES) {
          throw new FileError(`${rel(counterpartPath)}: ${Math.round(cpSize / 1048576).toLocaleString('en-US')} MB is too large to check as one document (at most ${DOCUMENT_MAX_BYTES / 1048576} MB), and ${rel(file)} is not line-aligned with it`);
        }
        docB = readTextFile(invocation.cwd, rel(counterpartPath));
        docs.set(rel(counterpartPath), docB);
        done.add(counterpartPath);
      }
      const uris = docB ? [rel(file), rel(docB.path)] : [rel(file)];
      const original = originalLanguageFor(config.originalLanguage, uris, invocation.cwd);
      const input: AnalyzeInput = { form: plan.form, a: { uri: rel(file), text: docA.text }, b: docB ? { uri: rel(docB.path), text: docB.text } : undefined, note: plan.note, original, links: links.links };
      job = { input, docs };
    } catch (error) {
      if (error instanceof FileError) errors.push(error.message);
      else errors.push(`${rel(file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (job) yield job;
  }
}

/** A document is one string: V8 holds at most 2^29 - 24 UTF-16 units; bigger files are refused by size. */
export const DOCUMENT_MAX_BYTES = 512 * 1024 * 1024;

/** The first MiB of a file as text (for pairing a file too big to read whole). */
function startOf(path: string): string {
  const descriptor = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const bytesRead = readSync(descriptor, buf, 0, buf.length, 0);
    return new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(0, bytesRead));
  } finally {
    closeSync(descriptor);
  }
}

/** From this many document pairs on, `analyzePathsParallel` uses worker threads, progress and a summary. */
export const PARALLEL_MIN_PAIRS = 16;

export interface ParallelOptions {
  /** Worker threads (default: all cores; 0: this thread). */
  workers?: number;
  /** Progress and summary on stderr for many pairs (default true). */
  report?: boolean;
  /** The user's bilingual dictionary (`--dict`, the config's `dictionary`), given to every alignment. */
  dictionary?: Dictionary;
}

/**
 * Pairs and analyzes every file once; many document pairs are spread over worker threads (each pair
 * analyzed in a worker; results in file order), a progress line on stderr and a summary table at the
 * end (findings per rule, pairs, pairs/s). The Analysis results carry no `pair` (alignment) then.
 */
export async function analyzePathsParallel(
  invocation: CliIO,
  paths: string[],
  config: BitextConfig,
  streamLineAligned = false,
  opts: ParallelOptions = {},
): Promise<AnalyzeResult & { workers: number }> {
  const startedAt = performance.now();
  const lineAligned: { a: string; b: string }[] = [];
  const errors: string[] = [];
  const jobs: PairJob[] = [];
  const gen = planJobs(invocation, paths, config, streamLineAligned, lineAligned, errors);
  // A few pairs: analyzed here, as before (no threads, no progress, no summary).
  // (gen.next(), not for-of: leaving a for-of would close the generator)
  for (let step = gen.next(); !step.done; step = jobs.length < PARALLEL_MIN_PAIRS ? gen.next() : { done: true, value: undefined }) jobs.push(step.value);
  if (jobs.length < PARALLEL_MIN_PAIRS && opts.workers === undefined) {
    const results: PathAnalysis[] = [];
    for (const job of jobs) {
      try {
        results.push({ analysis: analyze(opts.dictionary ? { ...job.input, dictionary: opts.dictionary } : job.input, config), docs: job.docs });
      } catch (error) {
        errors.push(`${job.input.a.uri}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { results, lineAligned, errors, workers: 0 };
  }
  const report = opts.report !== false && jobs.length >= PARALLEL_MIN_PAIRS;
  const progress = new Progress(invocation.stderr, report, 'pairs');
  let done = 0;
  let findings = 0;
  let pairingMs = 0;
  // Reading and pairing the next files (main thread) overlaps the analysis (worker threads).
  const first = jobs.length;
  function* inputs(): Generator<AnalyzeInput> {
    for (const j of jobs.slice(0, first)) yield j.input;
    for (;;) {
      const pairingStart = performance.now();
      const step = gen.next();
      pairingMs += performance.now() - pairingStart;
      if (step.done) return;
      jobs.push(step.value);
      yield step.value.input;
    }
  }
  const { results: out, workers } = await analyzeMany(
    inputs(),
    config,
    opts.workers ?? Math.max(1, availableParallelism()),
    (_, result) => {
      done++;
      findings += result.analysis?.findings.length ?? 0;
      progress.update(done, findings);
    },
    opts.dictionary,
  );
  progress.done();
  const results: PathAnalysis[] = [];
  out.forEach((result, index) => {
    if (result.analysis) results.push({ analysis: result.analysis, docs: jobs[index].docs });
    else errors.push(`${jobs[index].input.a.uri}: ${result.error}`);
  });
  if (report) {
    const byRule = new Map<string, number>();
    for (const result of results) for (const finding of result.analysis.findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    const files = jobs.reduce((n, j) => n + j.docs.size, 0);
    const seconds = (performance.now() - startedAt) / 1000;
    invocation.stderr.write(formatDocSummary({ pairs: jobs.length, files, seconds, pairingSeconds: pairingMs / 1000, workers, findingsByRule: byRule }));
  }
  return { results, lineAligned, errors, workers };
}
