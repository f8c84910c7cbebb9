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
export function docFindingJsonl(x: Located): string {
  const f = x.finding;
  return (
    JSON.stringify({
      uri: f.uri,
      line: x.line,
      column: x.column,
      endLine: x.endLine,
      endColumn: x.endColumn,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...(f.data ? { data: f.data } : {}),
    }) + '\n'
  );
}

export async function checkDocFolder(io: CliIO, paths: string[], opts: DocFolderOptions): Promise<number> {
  const config = commandConfig(io, 'bitext corpus');
  if (!config) return 2;
  const { results, lineAligned, errors } = await analyzePathsParallel(io, paths, config, true, { workers: opts.workers, report: !opts.quiet });
  const out = new BufferedWriter(io.stdout);
  const { findings, items } = locatedFindings(results);
  if (opts.format === 'sarif') await out.write(formatSarif(items));
  else if (opts.format === 'jsonl') for (const x of items) await out.write(docFindingJsonl(x));
  else await out.write(formatText(items));
  await out.flush();
  let code = findings.some((f) => f.severity === 'error') ? 1 : 0;
  for (const p of lineAligned) {
    code = Math.max(code, await checkLineAligned(io, p.a, p.b, { format: opts.format, workers: opts.workers, quiet: opts.quiet, config: config.rules }));
  }
  for (const e of errors) io.stderr.write(`bitext corpus: ${e}\n`);
  return errors.length ? 2 : code;
}
