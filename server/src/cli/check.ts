// `bitext check [--format text|json|sarif] PATH...`: runs every rule on files or folders (pairs found
// as pairing.ts says) and prints the findings. Exit 0 clean, 1 an error-level finding, 2 could not run.
import { analyzePathsParallel, type PathAnalysis } from './analyze-paths';
import { commandConfig, locatedFindings, parseCommandArgs } from './command';
import { checkLineAligned } from './corpus';
import { loadDictionary } from './dictionary-file';
import { formatJson, formatSarif, formatText } from './report-formats';
import { UsageError, type CliIO } from './io';

const HELP = `Usage: bitext check [options] PATH...

Checks files or folders. Each file is paired with its counterpart (a source line inside it, a
sibling file, a folder per language, or a rule in bitext.config.json); a file without one gets
every single-side check. Reads bitext.config.json in the current folder.

Options:
  --format text|json|sarif   text: file:line:col severity rule message (default)
  --segmentation keep|remove override the config's handling of word-segmented text
  --dict FILE                a bilingual dictionary ("word @ word" lines, either way round) the
                             aligner uses as evidence (default: "dictionary" in bitext.config.json)
  -h, --help                 show this help

Exit: 0 no error-level finding, 1 an error-level finding, 2 could not run.
`;

/**
 * The notes of one analysis for the reader: an empty file (or one of only white space) says so instead
 * of how to pair it; an empty counterpart is named, since nothing on that side can be compared.
 */
export function notesOf(r: PathAnalysis): { file: string; note: string }[] {
  const file = r.analysis.sides[0]?.uri ?? '';
  const blank = [...r.docs].filter(([, d]) => !d.text.trim()).map(([uri]) => uri);
  if (blank.length && blank.length === r.docs.size) {
    return blank.map((f) => ({ file: f, note: 'the file is empty (or holds only white space): nothing to check' }));
  }
  const out = r.analysis.notes.map((note) => ({ file, note }));
  for (const f of blank) out.push({ file: f, note: `the file is empty, so nothing in ${file} can be compared with it (translation not done yet?)` });
  return out;
}

export async function checkCommand(io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(
    io,
    {
      format: { type: 'string', default: 'text' },
      segmentation: { type: 'string' },
      dict: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  if (!positionals.length) throw new UsageError(`expected at least one PATH\n\n${HELP}`);
  const config = commandConfig(io, 'bitext check', values.segmentation);
  if (!config) return 2;
  const loaded = loadDictionary(io, 'bitext check', values.dict as string | undefined, config);
  if (!loaded.ok) return 2;
  const { results, lineAligned, errors } = await analyzePathsParallel(io, positionals, config, true, { dictionary: loaded.dictionary });
  const notes: { file: string; note: string }[] = [];
  for (const r of results) notes.push(...notesOf(r));
  const { findings, items } = locatedFindings(results);
  if (format === 'text') {
    io.stdout.write(formatText(items));
    for (const n of notes) io.stderr.write(`note: ${n.file}: ${n.note}\n`);
  } else if (results.length || !lineAligned.length) {
    // (only line-aligned corpora: their own stream is the one JSON / SARIF document)
    if (format === 'json') io.stdout.write(formatJson(items, notes));
    else io.stdout.write(formatSarif(items));
  }
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
