// Safe fixes for the lines of a line-aligned corpus, reusing the document rules' fixes: a batch of
// lines becomes one Side (line N = sentence N, as buildLineSide makes it), the single-side rules
// whose fixes are per line run on it, and each finding's first safe fix is applied line by line.
// A line's fix is refused (the line kept as it was) when it would add or remove a line break or
// change the sequence of letters and digits. Pure: no I/O.
import type { BitextConfig } from '../config';
import { buildLineSide } from '../document';
import { applyEditsDetailed, firstSafeFix, lettersAndDigits } from '../fixes';
import { runSideRules } from '../run-rules';
import { sideRules } from '../rules';
import type { Lang, TextEdit } from '../types';

/**
 * The document rules whose safe fixes stay inside one line, the rules marked `lineFix`: segmentation
 * (`_` to spaces, or with `segmentation: keep` only the segmenter errors), punctuation spacing, NFC,
 * doubled spaces. Rules that move line breaks (single-line-document) or drop text are never run on a corpus.
 */
export const LINE_FIX_RULES: readonly string[] = sideRules.filter((rule) => rule.lineFix).map((rule) => rule.id);

export interface LineFixSettings {
  config: BitextConfig;
  lang: Lang;
  /** Only these rules (a subset of LINE_FIX_RULES); default all of them. */
  rules?: readonly string[];
}

export interface LineFixResult {
  /** The lines after the fixes (the same array length as the input). */
  lines: string[];
  /** Indices (in the batch) of the lines that changed. */
  changed: number[];
  /** Indices of lines whose fix was refused (it would have changed a letter, a digit or a line break). */
  refused: number[];
}

/** Cheap test that a line may need one of the fixes (most corpus lines do not). */
const MAYBE = /_|  |[ \t\u00a0][,.;:!?)\]}…"”’»%/&]|[(\[{“"][ \t\u00a0]/;
const NON_ASCII = /[^\x00-\x7f]/;

function maybe(line: string): boolean {
  return MAYBE.test(line) || (NON_ASCII.test(line) && line.normalize('NFC') !== line);
}

/** Fixes a batch of lines (without line ends). `skip` marks lines not to touch (e.g. invalid UTF-8). */
export function fixLines(input: readonly string[], settings: LineFixSettings, skip?: (line: number) => boolean): LineFixResult {
  const lines = input.slice();
  const changed: number[] = [];
  const refused: number[] = [];
  // Only the lines that may need a fix go into the Side, in order; with segmentation kept, every line
  // does, since segmenter-error looks for names standing alone elsewhere as evidence.
  const all = settings.config.segmentation === 'keep' && input.some((l) => l.includes('_'));
  const picked: number[] = [];
  for (let i = 0; i < input.length; i++) if (!skip?.(i) && input[i].length && (all || maybe(input[i])) && !/[\r\n]/.test(input[i])) picked.push(i);
  if (!picked.length) return { lines, changed, refused };
  const text = picked.map((i) => input[i]).join('\n');
  const only = (settings.rules ?? LINE_FIX_RULES).filter((r) => LINE_FIX_RULES.includes(r));
  let after = fixedText(text, settings, only).split('\n');
  // A fix that moved a line break (none should) is not taken: then each line is fixed on its own.
  if (after.length !== picked.length) after = picked.map((i) => fixedText(input[i], settings, only));
  for (let pickIndex = 0; pickIndex < picked.length; pickIndex++) {
    const idx = picked[pickIndex];
    const before = input[idx];
    const now = after[pickIndex];
    if (now === before) continue;
    if (/[\r\n]/.test(now) || lettersAndDigits(now) !== lettersAndDigits(before)) {
      refused.push(idx);
      continue;
    }
    lines[idx] = now;
    changed.push(idx);
  }
  return { lines, changed, refused };
}

/** The text after the first safe fix of every finding of the given rules on it (one Side, line N = sentence N). */
function fixedText(text: string, settings: LineFixSettings, only: readonly string[]): string {
  const uri = 'batch';
  // Fixes of different rules may overlap (one rule's edit covering another's); the overlapped ones
  // are dropped by applyEdits, so the rules run again on the result, a few rounds at most.
  for (let round = 0; round < 3; round++) {
    const side = buildLineSide(uri, text, settings.lang);
    const edits: TextEdit[] = [];
    for (const finding of runSideRules(side, settings.config, { only })) {
      const fix = firstSafeFix(finding);
      if (fix) for (const edit of fix.edits) if (edit.uri === uri) edits.push(edit);
    }
    if (!edits.length) break;
    const applied = applyEditsDetailed(text, edits);
    text = applied.text;
    if (!applied.dropped.length) break;
  }
  return text;
}
