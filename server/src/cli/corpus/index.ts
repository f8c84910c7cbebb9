// `bitext corpus ...`: line-aligned corpora. `bitext corpus check A B`, `bitext corpus check --stdin`.
import { parseArgs } from 'node:util';
import type { CliIO } from '../io';
import { UsageError } from '../io';
import { checkLineAligned, type FindingsFormat } from './check';
import { COMMON_OPTIONS, parseLangs, parseRuleConfig, parseStats, parseWorkers, twoPaths } from './options';
import { checkStdin } from './stdin';
import { checkDocFolder } from './docs';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

function isFolder(invocation: CliIO, path: string): boolean {
  return statSync(resolve(invocation.cwd, path), { throwIfNoEntry: false })?.isDirectory() ?? false;
}
import { isCorpusWorker, runCorpusWorker } from './worker';
import { isDocWorker, runDocWorker } from './doc-pool';

export { checkLineAligned } from './check';
export type { LineAlignedOptions, FindingsFormat } from './check';

export const CORPUS_HELP = `Usage:
  bitext corpus check A B [options]      check a line-aligned pair (line N of A translates line N of B)
  bitext corpus check --stdin [options]  tab-separated pairs on stdin, JSON Lines out (stateless per line)
  bitext corpus check DIR... [options]   folders of document pairs (paired as in 'bitext check'), on all cores

Options:
  --format text|jsonl|sarif   findings format (default text)
  --output FILE               write findings to FILE instead of stdout
  --workers N                 worker threads (default: all cores; 0 = none)
  --langs A,B                 languages of side A and B (default: detected from the first lines)
  --config FILE               JSON rule settings: {"rules": {"line-shift": {"severity": "off"}}}
  --disable ID,ID             turn rules off
  --quiet                     no progress, no summary
  --stats JSON|FILE           (--stdin) corpus statistics as --stats-out writes them: length ratios for
                              line-length-ratio and line-shift, the language profile for line-untranslated
  --stats-out FILE            (A B) write the learned statistics and languages as JSON, for --stdin --stats
  --all                       (--stdin) a record for every pair, also those without findings
Exit code: 0 no error-level findings, 1 error-level findings, 2 could not run.
`;

export async function corpusCommand(invocation: CliIO): Promise<number> {
  const [sub, ...rest] = invocation.argv;
  if (sub === '__worker' && isCorpusWorker()) return runCorpusWorker();
  if (sub === '__docworker' && isDocWorker()) return runDocWorker();
  if (!sub || sub === '--help' || sub === '-h') {
    invocation.stdout.write(CORPUS_HELP);
    return sub ? 0 : 2;
  }
  if (sub !== 'check') throw new UsageError(`unknown sub-command '${sub}'; try 'bitext corpus check A B'`);
  const { values: flags, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      stdin: { type: 'boolean' },
      stats: { type: 'string' },
      'stats-out': { type: 'string' },
      all: { type: 'boolean' },
      batch: { type: 'string' },
    },
  });
  if (flags.help) {
    invocation.stdout.write(CORPUS_HELP);
    return 0;
  }
  const config = parseRuleConfig(invocation, flags.config, flags.disable);
  const langs = parseLangs(flags.langs);
  if (flags.stdin) {
    if (positionals.length) throw new UsageError('--stdin reads pairs from standard input; give no files');
    if (flags.format && flags.format !== 'jsonl') throw new UsageError('--stdin writes JSON Lines only');
    return checkStdin(invocation, { config, langs, stats: parseStats(invocation, flags.stats), all: flags.all });
  }
  const format = (flags.format ?? 'text') as FindingsFormat;
  if (!['text', 'jsonl', 'sarif'].includes(format)) throw new UsageError(`--format must be text, jsonl or sarif, not '${flags.format}'`);
  // Folders (of document pairs, or of line-aligned corpora): paired as in `bitext check`.
  if (positionals.length && (positionals.length !== 2 || positionals.some((p) => isFolder(invocation, p)))) {
    return checkDocFolder(invocation, positionals, { format, workers: parseWorkers(flags.workers), quiet: flags.quiet });
  }
  const [pathA, pathB] = twoPaths(invocation, positionals, 'bitext corpus check');
  const batch = flags.batch === undefined ? undefined : Number(flags.batch);
  if (batch !== undefined && !(Number.isInteger(batch) && batch > 0)) throw new UsageError('--batch must be a positive whole number');
  return checkLineAligned(invocation, pathA, pathB, { format, output: flags.output, workers: parseWorkers(flags.workers), langs, config, quiet: flags.quiet, batchLines: batch, statsOut: flags['stats-out'] });
}
