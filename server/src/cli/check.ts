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
export function notesOf(result: PathAnalysis): { file: string; note: string }[] {
  const file = result.analysis.sides[0]?.uri ?? '';
  const blank = [...result.docs].filter(([, doc]) => !doc.text.trim()).map(([uri]) => uri);
  if (blank.length && blank.length === result.docs.size) {
    return blank.map((blankFile) => ({ file: blankFile, note: 'the file is empty (or holds only white space): nothing to check' }));
  }
  const out = result.analysis.notes.map((note) => ({ file, note }));
  for (const blankFile of blank) out.push({ file: blankFile, note: `the file is empty, so nothing in ${file} can be compared with it (translation not done yet?)` });
  return out;
}

export async function checkCommand(invocation: CliIO): Promise<number> {
  const parsed = parseCommandArgs(
    invocation,
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
  const config = commandConfig(invocation, 'bitext check', values.segmentation);
  if (!config) return 2;
  const loaded = loadDictionary(invocation, 'bitext check', values.dict as string | undefined, config);
  if (!loaded.ok) return 2;
  const { results, lineAligned, errors } = await analyzePathsParallel(invocation, positionals, config, true, { dictionary: loaded.dictionary });
  const notes: { file: string; note: string }[] = [];
  for (const result of results) notes.push(...notesOf(result));
  const { findings, items } = locatedFindings(results);
  if (format === 'text') {
    invocation.stdout.write(formatText(items));
    for (const fileNote of notes) invocation.stderr.write(`note: ${fileNote.file}: ${fileNote.note}\n`);
  } else if (results.length || !lineAligned.length) {
    // (only line-aligned corpora: their own stream is the one JSON / SARIF document)
    if (format === 'json') invocation.stdout.write(formatJson(items, notes));
    else invocation.stdout.write(formatSarif(items));
  }
  // Line-aligned corpora stream through the corpus runner (bounded memory, all cores).
  let corpusCode = 0;
  for (const pair of lineAligned) {
    const fmt = format === 'json' ? 'jsonl' : (format as 'text' | 'sarif');
    corpusCode = Math.max(corpusCode, await checkLineAligned(invocation, pair.a, pair.b, { format: fmt, config: config.rules }));
  }
  for (const message of errors) invocation.stderr.write(`bitext check: ${message}\n`);
  if (errors.length || corpusCode === 2) return 2;
  return findings.some((f) => f.severity === 'error') || corpusCode === 1 ? 1 : 0;
}
