// `bitext check [--format text|json|sarif] PATH...`: runs every rule on files or folders (pairs found
// as pairing.ts says) and prints the findings. Exit 0 clean, 1 an error-level finding, 2 could not run.
import { parseArgs } from 'node:util';
import { ConfigError } from '../core/config';
import type { Finding } from '../core/types';
import { analyzePathsParallel, loadConfig } from './analyze-paths';
import { checkLineAligned } from './corpus';
import { formatJson, formatSarif, formatText, locate } from './report-formats';
import { UsageError, type CliIO } from './io';

const HELP = `Usage: bitext check [options] PATH...

Checks files or folders. Each file is paired with its counterpart (a source line inside it, a
sibling file, a folder per language, or a rule in bitext.config.json); a file without one gets
every single-side check. Reads bitext.config.json in the current folder.

Options:
  --format text|json|sarif   text: file:line:col severity rule message (default)
  --segmentation keep|remove override the config's handling of word-segmented text
  -h, --help                 show this help

Exit: 0 no error-level finding, 1 an error-level finding, 2 could not run.
`;

export async function checkCommand(io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: io.argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        segmentation: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  if (!positionals.length) throw new UsageError(`expected at least one PATH\n\n${HELP}`);
  let config;
  try {
    config = loadConfig(io.cwd);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr.write(`bitext check: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (values.segmentation !== undefined) {
    if (values.segmentation !== 'keep' && values.segmentation !== 'remove') throw new UsageError(`--segmentation must be keep or remove`);
    config = { ...config, segmentation: values.segmentation as 'keep' | 'remove' };
  }
  const { results, lineAligned, errors } = await analyzePathsParallel(io, positionals, config, true);
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const notes: { file: string; note: string }[] = [];
  for (const r of results) {
    findings.push(...r.analysis.findings);
    for (const s of r.analysis.sides) texts.set(s.uri, s.text);
    for (const n of r.analysis.notes) notes.push({ file: r.analysis.sides[0]?.uri ?? '', note: n });
  }
  findings.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.span.start - y.span.start));
  const items = locate(findings, (u) => texts.get(u));
  if (format === 'text') {
    io.stdout.write(formatText(items));
    for (const n of notes) io.stderr.write(`note: ${n.file}: ${n.note}\n`);
  } else if (format === 'json') io.stdout.write(formatJson(items, notes));
  else io.stdout.write(formatSarif(items));
  // Line-aligned corpora stream through the corpus runner (bounded memory, all cores).
  let corpusCode = 0;
  for (const p of lineAligned) {
    const fmt = format === 'json' ? 'jsonl' : (format as 'text' | 'sarif');
    corpusCode = Math.max(corpusCode, await checkLineAligned(io, p.a, p.b, { format: fmt, config: config.rules }));
  }
  for (const e of errors) io.stderr.write(`bitext check: ${e}\n`);
  if (errors.length || corpusCode === 2) return 2;
  return findings.some((f) => f.severity === 'error') || corpusCode === 1 ? 1 : 0;
}
