// `bitext corpus check DIR...`: a folder of document pairs (thousands of them) analyzed on all cores,
// findings in the same text format as `bitext check` (or JSON Lines / SARIF), progress and a summary
// on stderr. Line-aligned corpora found in the folder stream through the line-pair runner.
import { analyzePathsParallel } from '../analyze-paths';
import { commandConfig, locatedFindings } from '../command';
import type { CliIO } from '../io';
import { formatSarif, formatText, type Located } from '../report-formats';
import { checkLineAligned, type FindingsFormat } from './check';
import { BufferedWriter } from './writer';

export interface DocFolderOptions {
  format: FindingsFormat;
  workers: number;
  quiet?: boolean;
}

/** One finding as a JSON line: the same keys as the line-pair JSONL, plus column (1-based, UTF-16). */
export function docFindingJsonl(item: Located): string {
  const finding = item.finding;
  return (
    JSON.stringify({
      uri: finding.uri,
      line: item.line,
      column: item.column,
      endLine: item.endLine,
      endColumn: item.endColumn,
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      ...(finding.data ? { data: finding.data } : {}),
    }) + '\n'
  );
}

export async function checkDocFolder(invocation: CliIO, paths: string[], opts: DocFolderOptions): Promise<number> {
  const config = commandConfig(invocation, 'bitext corpus');
  if (!config) return 2;
  const { results, lineAligned, errors } = await analyzePathsParallel(invocation, paths, config, true, { workers: opts.workers, report: !opts.quiet });
  const out = new BufferedWriter(invocation.stdout);
  const { findings, items } = locatedFindings(results);
  if (opts.format === 'sarif') await out.write(formatSarif(items));
  else if (opts.format === 'jsonl') for (const item of items) await out.write(docFindingJsonl(item));
  else await out.write(formatText(items));
  await out.flush();
  let code = findings.some((f) => f.severity === 'error') ? 1 : 0;
  for (const pair of lineAligned) {
    code = Math.max(code, await checkLineAligned(invocation, pair.a, pair.b, { format: opts.format, workers: opts.workers, quiet: opts.quiet, config: config.rules }));
  }
  for (const message of errors) invocation.stderr.write(`bitext corpus: ${message}\n`);
  return errors.length ? 2 : code;
}
