// Shared by `bitext check` and `bitext fix`: read the workspace config, expand PATH arguments (files
// or folders), pair each file as pairing.ts says, and analyze each pair once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import { ConfigError, parseConfig, resolveConfig, type BitextConfig } from '../core/config';
import { findCounterpart } from '../core/pairing';
import { diskFs } from '../node/disk';
import type { DecodedText } from '../core/text';
import { FileError, readTextFile } from './files';
import type { CliIO } from './io';

export const CONFIG_FILE = 'bitext.config.json';

/** Reads `bitext.config.json` in the working folder, if there is one. Throws ConfigError. */
export function loadConfig(cwd: string): BitextConfig {
  const p = join(cwd, CONFIG_FILE);
  if (!existsSync(p)) return resolveConfig({});
  try {
    return parseConfig(readFileSync(p, 'utf8'));
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(`${CONFIG_FILE}: ${e.message}`);
    throw e;
  }
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);
const TEXT_NAME = /\.(txt|text|md|vi|en|[a-z]{2,3})$/i;

/** Files named by the arguments: files as given, folders walked (text-like names only, sorted). */
export function expandPaths(cwd: string, args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
      const p = join(abs, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && TEXT_NAME.test(name) && name !== CONFIG_FILE) files.push(p);
    }
  };
  for (const a of args) {
    const abs = resolve(cwd, a);
    if (!existsSync(abs)) missing.push(a);
    else if (statSync(abs).isDirectory()) walk(abs);
    else files.push(abs);
  }
  return { files: [...new Set(files)], missing };
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

/** Pairs and analyzes every file once (a pair's counterpart given too is not analyzed again). */
export function analyzePaths(io: CliIO, paths: string[], config: BitextConfig, streamLineAligned = false): AnalyzeResult {
  const { files, missing } = expandPaths(io.cwd, paths);
  const errors = missing.map((m) => `${m}: no such file or folder`);
  const done = new Set<string>();
  const results: PathAnalysis[] = [];
  const lineAligned: { a: string; b: string }[] = [];
  const fs = diskFs();
  const rel = (p: string) => relative(io.cwd, p) || p;
  for (const file of files) {
    if (done.has(file)) continue;
    done.add(file);
    const docs = new Map<string, DocRead>();
    try {
      const a = readTextFile(io.cwd, file);
      docs.set(rel(file), a);
      const plan = findCounterpart(file, a.text, fs, { pairs: config.pairs, root: io.cwd, lineAligned: config.lineAligned });
      if (plan.form === 'line-aligned' && plan.counterpart && streamLineAligned) {
        const cp = resolve(io.cwd, plan.counterpart);
        done.add(cp);
        lineAligned.push({ a: file, b: cp });
        continue;
      }
      let b: DocRead | undefined;
      if (plan.counterpart) {
        const cp = resolve(io.cwd, plan.counterpart);
        b = readTextFile(io.cwd, cp);
        docs.set(rel(cp), b);
        done.add(cp);
      }
      const analysis = analyze(
        { form: plan.form, a: { uri: rel(file), text: a.text }, b: b ? { uri: rel(b.path), text: b.text } : undefined, note: plan.note },
        config,
      );
      results.push({ analysis, docs });
    } catch (e) {
      if (e instanceof FileError) errors.push(e.message);
      else errors.push(`${rel(file)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { results, lineAligned, errors };
}
