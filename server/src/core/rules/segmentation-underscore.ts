// segmentation-underscore: syllables of one word joined by `_`, as a word segmenter leaves them.
import type { SideRule } from './rule';
import type { Side, Span, TextEdit } from '../types';
import { underscoreTokens, type TokenList } from './support/scan';
import { spacingIssues } from './support/spacing';
import { detokenizeIssues, looseUnderscoreTokens, mergeSpans } from './support/detokenize';

/** Source characters one merged edit covers at most: a 20 MB line gives ~5,000 edits, not millions. */
const WINDOW = 4096;

/**
 * The fix as few edits: every `_` of a token becomes a space and every stray space is deleted, with
 * nearby changes merged into one edit (at most WINDOW source characters) that starts at a token start or
 * a space, never at an `_`, so a segmenter-error edit at a cut never shadows it in fix all.
 */
export function compactEdits(side: Side, tokens: Pick<TokenList, 'length' | 'starts' | 'ends'>, spaces: readonly Span[]): TextEdit[] {
  const source = side.text;
  const edits: TextEdit[] = [];
  // the open window: [ws, we), its token spans and deletions in order, and whether an `_` that is not
  // part of a token (a URL, `x_1`) lies inside it
  let windowStart = -1;
  let windowEnd = -1;
  let toks: number[] = [];
  let dels: Span[] = [];
  let mixed = false;
  const flush = () => {
    if (windowStart < 0) return;
    let out = '';
    if (!mixed) {
      // every `_` in the window belongs to a token: one replaceAll, then cut out the deletions
      const seg = source.slice(windowStart, windowEnd).replaceAll('_', ' ');
      let cursor = 0;
      for (const deletion of dels) {
        out += seg.slice(cursor, deletion.start - windowStart);
        cursor = deletion.end - windowStart;
      }
      out += seg.slice(cursor);
    } else {
      // token `_` become spaces, deleted spans go (a deletion may lie inside a token: `GMT_+7`)
      const tokenUnderscore = new Set<number>();
      for (const k of toks) for (let underscore = source.indexOf('_', tokens.starts[k]); underscore >= 0 && underscore < tokens.ends[k]; underscore = source.indexOf('_', underscore + 1)) tokenUnderscore.add(underscore);
      const parts: string[] = [];
      let cursor = windowStart;
      let deletion = 0;
      for (let offset = windowStart; offset < windowEnd; offset++) {
        if (deletion < dels.length && offset === dels[deletion].start) {
          parts.push(source.slice(cursor, offset));
          offset = dels[deletion++].end - 1;
          cursor = offset + 1;
        } else if (tokenUnderscore.has(offset)) {
          parts.push(source.slice(cursor, offset), ' ');
          cursor = offset + 1;
        }
      }
      parts.push(source.slice(cursor, windowEnd));
      out = parts.join('');
    }
    edits.push({ uri: side.uri, start: windowStart, end: windowEnd, newText: out });
    windowStart = -1;
    toks = [];
    dels = [];
    mixed = false;
  };
  const open = (start: number, end: number) => {
    if (windowStart >= 0 && end - windowStart > WINDOW) flush();
    if (windowStart < 0) windowStart = start;
    else if (!mixed) {
      const underscore = source.indexOf('_', windowEnd);
      mixed = underscore >= 0 && underscore < start;
    }
    windowEnd = Math.max(windowEnd, end);
  };
  let tokenCursor = 0;
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex++) {
    const tokenStart = tokens.starts[tokenIndex];
    while (tokenCursor < spaces.length && spaces[tokenCursor].start < tokenStart) {
      open(spaces[tokenCursor].start, spaces[tokenCursor].end);
      dels.push(spaces[tokenCursor++]);
    }
    open(tokenStart, tokens.ends[tokenIndex]);
    toks.push(tokenIndex);
  }
  while (tokenCursor < spaces.length) {
    open(spaces[tokenCursor].start, spaces[tokenCursor].end);
    dels.push(spaces[tokenCursor++]);
  }
  flush();
  return edits;
}

/**
 * Segmenter output detokenized: the `_`-joined words, plus tokens with digits or marks (`Hiến_pháp_1946`,
 * `GMT_+7`), and every deletion: punctuation spacing, the tokeniser's spaces (`5 %`, `đồng / kg`), and
 * `_` beside a mark. Sorted, without overlaps.
 */
function detokenized(side: Side, tokens: TokenList): [Pick<TokenList, 'length' | 'starts' | 'ends'>, Span[]] {
  const loose = looseUnderscoreTokens(side, tokens);
  if (!loose.starts.length) {
    return [tokens, mergeSpans(spacingIssues(side), detokenizeIssues(side))];
  }
  const all = tokens.starts.map((s, k) => [s, tokens.ends[k]] as const).concat(loose.starts.map((s, k) => [s, loose.ends[k]] as const));
  all.sort((x, y) => x[0] - y[0]);
  const spaces = mergeSpans(spacingIssues(side), detokenizeIssues(side), loose.deletions);
  return [{ length: all.length, starts: all.map((x) => x[0]), ends: all.map((x) => x[1]) }, spaces];
}

export const segmentationUnderscore: SideRule = {
  id: 'segmentation-underscore',
  scope: 'side',
  description: 'Words whose syllables are joined by `_` (word-segmenter output).',
  docs:
    'A word segmenter (VnCoreNLP, pyvi, underthesea...) joins the syllables of one word with `_` (`củng_cố`). ' +
    'Readers and aligners want plain text: the fix turns every `_` into a space and restores punctuation ' +
    'spacing (`Nga , Triều` -> `Nga, Triều`) and what the tokeniser split the way a detokenizer does ' +
    '(`Hiến_pháp_1946` -> `Hiến pháp 1946`, `GMT_+7` -> `GMT+7`, `5 %` -> `5%`, `đồng / kg` -> `đồng/kg`, ' +
    '`GD & ĐT` -> `GD&ĐT`), changing no letter. With `"segmentation": "keep"` the ' +
    'segmentation is the wanted format and this rule stays silent.',
  defaultSeverity: 'warning',
  fix: 'safe',
  tags: ['segmentation', 'side'],
  lineFix: true,
  options: { minTokens: { type: 'integer', default: 3, min: 0 } },
  check(side, ctx) {
    if (ctx.options.segmentation === 'keep') return;
    if (side.text.indexOf('_', side.region.start) < 0) return;
    const [all, spaces] = detokenized(side, underscoreTokens(side));
    if (all.length < (ctx.options.minTokens as number)) return;
    const edits = compactEdits(side, all, spaces);
    const first = { start: all.starts[0], end: all.ends[0] };
    ctx.report({
      message: `${all.length} words are joined with "_" (word-segmenter output), e.g. "${side.text.slice(first.start, first.end)}"`,
      uri: side.uri,
      span: { start: first.start, end: first.end },
      data: { count: all.length },
      fixes: [{ title: 'Remove word segmentation (`_` to spaces, punctuation spacing restored)', edits, safe: true, wholeDocument: true }],
    });
  },
};
