// `bitext fix [--write | --diff | --word-diff] [--segmentation keep|remove] [--rule ID...] PATH...`: applies
// the safe fixes (or, for rules named with --rule, their first fix). Prints a unified diff by default (a
// word diff on a terminal when a changed line is long); writes
// only with --write, keeps BOM and CRLF, and never writes a file it could not read back identically.
import { closeSync, realpathSync, writeSync } from 'node:fs';
import { applyEditsDetailed, firstSafeFix } from '../core/fixes';
import { getRule } from '../core/rules';
import { encodeText } from '../core/text';
import type { Finding, TextEdit } from '../core/types';
import { analyzePathsParallel, type DocRead } from './analyze-paths';
import { commandConfig, parseCommandArgs } from './command';
import { unifiedDiff } from './diff';
import { touchesLongLine, wordDiff } from './word-diff';
import { readTextFile } from './files';
import { fixLineAlignedFile } from './corpus/fix';
import { shownPath } from './corpus/check';
import { BufferedWriter } from './corpus/writer';
import { LINE_FIX_RULES } from '../core/corpus/line-fix';
import { UsageError, type CliIO } from './io';
import { createTemp, dropTemp, reasonOf, replaceWith } from './safe-output';
import { commandScope } from './confine';

/** On a terminal, a changed line longer than this turns the default output into a word diff. */
const LONG_LINE = 200;

const HELP = `Usage: bitext fix [options] PATH...

Fixes files or folders (pairs found as in 'bitext check'). Only safe fixes are applied: they change
underscores, spacing, line breaks or Unicode form, never a letter or digit. Prints a unified diff
unless --write is given; on a terminal, a file whose changed lines are longer than ${LONG_LINE}
characters is shown as a word diff instead (piped or redirected output stays a unified diff).

Line-aligned corpora (train.vi + train.en) are streamed line by line with bounded memory; only the
per-line fixes run there (${LINE_FIX_RULES.join(', ')}), and the number of lines never changes.

Options:
  --diff                     print a unified diff, even on a terminal (default when piped)
  --word-diff                print only the changed spots, one a line, git word-diff style:
                               003.txt:1:57  …sau 4 năm[- ,-]{+,+} dường như…
                             line:column (1-based, UTF-16) of the spot in the old text; [-old-] is
                             removed, {+new+} inserted; a line break shows as ⏎
  --write                    write the fixed files (BOM and line ends kept)
  --segmentation keep|remove keep: repair only segmenter errors (Kim_là -> Kim là), keep other \`_\`;
                             remove: \`_\` -> space, punctuation spacing restored (default: config)
  --rule ID                  only this rule's findings (repeatable); a named rule's first fix is
                             applied even when it is not safe (e.g. case-typo, extra-text drops)
  -h, --help                 show this help

Exit: 0 done, 2 could not run (a file unreadable, or not written because it changed on disk).
`;

/** The edits to apply to one document: per finding, its first safe fix, or its first fix when named. */
export function editsFor(findings: Finding[], uri: string, rules: string[] | undefined): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    if (rules && !rules.includes(finding.rule)) continue;
    const fix = rules ? finding.fixes?.[0] : firstSafeFix(finding);
    if (fix) for (const edit of fix.edits) if (edit.uri === uri) edits.push(edit);
  }
  return edits;
}

/**
 * Writes `text` over `doc.path` only if the file still holds what was read; reads it back to check.
 * The file keeps its mode, owner and links (through safe-output's replaceWith).
 */
function safeWrite(doc: DocRead, text: string, shown: string): string | undefined {
  let now: DocRead;
  try {
    now = readTextFile('/', doc.path);
  } catch (error) {
    return (error as Error).message;
  }
  if (now.text !== doc.text || now.bom !== doc.bom) return `${shown}: changed on disk since it was read; not written`;
  const bytes = encodeText({ text, bom: doc.bom });
  let target: string;
  let temp: { tmp: string; fd: number };
  try {
    target = realpathSync(doc.path);
    temp = createTemp(target, shown);
  } catch (error) {
    return error instanceof Error && !(error as NodeJS.ErrnoException).code ? error.message : `cannot write ${shown}: ${reasonOf(error)}`;
  }
  const { tmp, fd: descriptor } = temp;
  try {
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset);
    closeSync(descriptor);
  } catch (error) {
    try {
      closeSync(descriptor);
    } catch {
      /* closed */
    }
    dropTemp(tmp);
    return `cannot write ${shown}: ${reasonOf(error)}`;
  }
  let back: DocRead | undefined;
  try {
    back = readTextFile('/', tmp);
  } catch {
    back = undefined;
  }
  if (!back || back.text !== text || back.bom !== doc.bom) {
    dropTemp(tmp);
    return `${shown}: the fixed text would not read back identically; not written`;
  }
  try {
    replaceWith(tmp, target, shown);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

export async function fixCommand(invocation: CliIO): Promise<number> {
  const parsed = parseCommandArgs(
    invocation,
    {
      write: { type: 'boolean', default: false },
      diff: { type: 'boolean', default: false },
      'word-diff': { type: 'boolean', default: false },
      segmentation: { type: 'string' },
      rule: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const wordFlag = !!values['word-diff'];
  if (values.write && (values.diff || wordFlag)) throw new UsageError(`--write and ${values.diff ? '--diff' : '--word-diff'} exclude each other`);
  if (values.diff && wordFlag) throw new UsageError('--diff and --word-diff exclude each other');
  const tty = !!(invocation.stdout as { isTTY?: boolean }).isTTY;
  if (!positionals.length) throw new UsageError(`expected at least one PATH\n\n${HELP}`);
  const rules = values.rule as string[] | undefined;
  for (const ruleId of rules ?? []) if (!getRule(ruleId)) throw new UsageError(`unknown rule '${ruleId}' (see 'bitext rules')`);
  const config = commandConfig(invocation, 'bitext fix', values.segmentation);
  if (!config) return 2;
  const { results, lineAligned, errors } = await analyzePathsParallel(invocation, positionals, config, true, { report: false });
  let changed = 0;
  const scope = commandScope(invocation.cwd, positionals);
  // A file in two pairs (e.g. two pairing rules naming the same counterpart) is fixed once, with the
  // first pair: the second pair's edits were computed on the text before that fix.
  const fixedWith = new Map<string, string>();
  for (const result of results) {
    const first = result.analysis.sides[0]?.uri ?? '';
    for (const [uri, doc] of result.docs) {
      const { text, applied } = applyEditsDetailed(doc.text, editsFor(result.analysis.findings, uri, rules));
      if (!applied.length || text === doc.text) continue;
      const earlier = fixedWith.get(doc.path);
      if (earlier !== undefined) {
        invocation.stderr.write(`note: ${uri}: also paired with ${first}; fixed once, with its first pair ${earlier}\n`);
        continue;
      }
      fixedWith.set(doc.path, first);
      if (values.write && !scope.named(doc.path)) {
        invocation.stderr.write(`note: ${uri}: not written (--write writes only the files named on the command line and those under a folder named on it; name it too)\n`);
        continue;
      }
      changed++;
      if (values.write) {
        const err = safeWrite(doc, text, uri);
        if (err) errors.push(err);
        else invocation.stderr.write(`fixed ${uri} (${applied.length} edits)\n`);
      } else {
        const words = wordFlag || (!values.diff && tty && touchesLongLine(doc.text, applied, LONG_LINE));
        invocation.stdout.write(words ? wordDiff(uri, doc.text, applied) : unifiedDiff(uri, doc.text, applied));
      }
    }
  }
  // Line-aligned corpora: streamed, per-line safe fixes only, each file on its own.
  const lineRules = rules ? rules.filter((r) => LINE_FIX_RULES.includes(r)) : undefined;
  if (lineAligned.length && rules && !lineRules!.length) {
    invocation.stderr.write(`note: no per-line fix for ${rules.join(', ')}; line-aligned corpora left as they are\n`);
  } else if (lineAligned.length) {
    if (wordFlag && !values.write) invocation.stderr.write('note: --word-diff is not available for line-aligned corpora; they are shown as a unified diff\n');
    const out = new BufferedWriter(invocation.stdout);
    for (const pair of lineAligned) {
      for (const file of [pair.a, pair.b]) {
        const shown = shownPath(invocation, file);
        if (values.write && !scope.named(file)) {
          invocation.stderr.write(`note: ${shown}: not written (--write writes only the files named on the command line and those under a folder named on it; name it too)\n`);
          continue;
        }
        const rep = await fixLineAlignedFile(file, { config, rules: lineRules, write: !!values.write, out, shown });
        if (rep.error) errors.push(rep.error);
        if (rep.refused) invocation.stderr.write(`note: ${shown}: ${rep.refused} lines left as they were (their fix would have changed a letter, digit or line break)\n`);
        if (rep.changed && !rep.error) {
          changed++;
          if (values.write) invocation.stderr.write(`fixed ${shown} (${rep.changed.toLocaleString('en-US')} of ${rep.lines.toLocaleString('en-US')} lines)\n`);
        }
      }
    }
    await out.flush();
  }
  // "nothing to fix" only speaks for files that were read: with none read, the errors say it all
  if (!changed && results.length + lineAligned.length) invocation.stderr.write(errors.length ? 'nothing to fix in the files that could be read\n' : 'nothing to fix\n');
  for (const message of errors) invocation.stderr.write(`bitext fix: ${message}\n`);
  return errors.length ? 2 : 0;
}
