// `bitext corpus check A B`: every line pair of a line-aligned corpus through the line-pair rules,
// findings to stdout (text, JSONL or SARIF), progress and a summary table on stderr.
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatJsonl, formatText, sarifFooter, sarifHeader, sarifResult, type FindingPlace } from '../../core/corpus/format';
import type { LineRuleConfig } from '../../core/corpus/engine';
import { linePairRules } from '../../core/rules/corpus/index';
import type { CliIO } from '../io';
import { UsageError } from '../io';
import { ByteLineReader, CorpusInputError } from './lines';
import { Progress } from './progress';
import { runLineAligned, type RunSummary } from './runner';
import { formatSummary } from './summary';
import { statsJson } from './options';
import { BufferedWriter } from './writer';
import { checkOutputs, failure, openOutput, writeOutputFile, type SafeOutput } from '../safe-output';

export type FindingsFormat = 'text' | 'jsonl' | 'sarif';

export interface LineAlignedOptions {
  format?: FindingsFormat;
  /** Worker threads; 0 runs inline. Default: all cores. */
  workers?: number;
  /** Write findings here instead of stdout. */
  output?: string;
  langs?: [string, string];
  config?: LineRuleConfig;
  /** No progress and no summary. */
  quiet?: boolean;
  batchLines?: number;
  /** Write the learned statistics and languages here as JSON (for `--stdin --stats FILE`). */
  statsOut?: string;
}

export function checkReadable(path: string): void {
  if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
  if (statSync(path).isDirectory()) throw new UsageError(`${path} is a folder; give a file of side A and a file of side B`);
}

/** The two sides' line readers, named by their shown paths; a missing file or a folder is a UsageError. */
export function openLinePair(invocation: CliIO, pathA: string, pathB: string): [ByteLineReader, ByteLineReader] {
  checkReadable(pathA);
  checkReadable(pathB);
  return [ByteLineReader.open(pathA, shownPath(invocation, pathA)), ByteLineReader.open(pathB, shownPath(invocation, pathB))];
}

/** Exit code 2, with the message, for a corpus that is not text (binary, UTF-16); anything else is rethrown. */
export function inputErrorExit(invocation: CliIO, error: unknown): number {
  if (error instanceof CorpusInputError) {
    invocation.stderr.write(`bitext: ${error.message}\n`);
    return 2;
  }
  throw error;
}

/** Shown paths: relative to the working directory when inside it. */
export function shownPath(invocation: CliIO, path: string): string {
  const relativePath = relative(invocation.cwd, path);
  return relativePath && !relativePath.startsWith('..') ? relativePath : path;
}

/**
 * Checks a line-aligned pair (line N of A translates line N of B). Returns the exit code: 0 no
 * error-level findings, 1 error-level findings, 2 could not run.
 */
export async function checkLineAligned(invocation: CliIO, pathA: string, pathB: string, opts: LineAlignedOptions = {}): Promise<number> {
  const absoluteA = resolve(invocation.cwd, pathA);
  const absoluteB = resolve(invocation.cwd, pathB);
  const outputs = [opts.output, opts.statsOut].filter((p): p is string => !!p).map((p) => ({ path: resolve(invocation.cwd, p), shown: p }));
  checkOutputs([absoluteA, absoluteB].map((p) => ({ path: p, shown: shownPath(invocation, p) })), outputs);
  const [readerA, readerB] = openLinePair(invocation, absoluteA, absoluteB);
  const place: FindingPlace = { uriA: readerA.name, uriB: readerB.name };
  const format = opts.format ?? 'text';
  const file: SafeOutput | undefined = opts.output ? openOutput(resolve(invocation.cwd, opts.output), opts.output) : undefined;
  const out = new BufferedWriter(file?.stream ?? invocation.stdout);
  const progress = new Progress(invocation.stderr, !opts.quiet);
  let errors = 0;
  let count = 0;
  let first = true;
  if (format === 'sarif') await out.write(sarifHeader(linePairRules));
  let summary: RunSummary;
  try {
    summary = await runLineAligned(readerA, readerB, {
      workers: opts.workers ?? 1,
      batchLines: opts.batchLines,
      config: opts.config,
      langs: opts.langs,
      sink: async (batch) => {
        for (const finding of batch.findings) {
          count++;
          if (finding.severity === 'error') errors++;
          if (format === 'jsonl') await out.write(formatJsonl(finding, place));
          else if (format === 'sarif') {
            await out.write(sarifResult(finding, place, first));
            first = false;
          } else await out.write(formatText(finding, place));
        }
      },
      onProgress: (lines) => progress.update(lines, count),
    });
    if (format === 'sarif') await out.write(sarifFooter());
    await out.flush();
  } catch (error) {
    progress.done();
    return inputErrorExit(invocation, await failure(file ? [file] : [], error));
  }
  await file?.commit();
  progress.done();
  if (!opts.quiet) invocation.stderr.write(formatSummary(summary, linePairRules.map((r) => r.id)));
  if (opts.statsOut) {
    const stats = summary.stats;
    await writeOutputFile(resolve(invocation.cwd, opts.statsOut), opts.statsOut, statsJson(stats, summary.langA, summary.langB));
    if (!stats) invocation.stderr.write(`bitext: the corpus is too small to learn length statistics; ${opts.statsOut} holds the languages only\n`);
  }
  return errors ? 1 : 0;
}
