// segmentation-underscore: syllables of one word joined by `_`, as a word segmenter leaves them.
import type { SideRule } from './rule';
import type { Side, Span, TextEdit } from '../types';
import { underscoreTokens, type TokenList } from './support/scan';
import { spacingIssues } from './support/spacing';

/** Source characters one merged edit covers at most: a 20 MB line gives ~5,000 edits, not millions. */
const WINDOW = 4096;

/**
 * The fix as few edits: every `_` of a token becomes a space and every stray space is deleted, with
 * nearby changes merged into one edit (at most WINDOW source characters) that starts at a token start or
 * a space, never at an `_`, so a segmenter-error edit at a cut never shadows it in fix all.
 */
export function compactEdits(side: Side, tokens: Pick<TokenList, 'length' | 'starts' | 'ends'>, spaces: readonly Span[]): TextEdit[] {
  const t = side.text;
  const edits: TextEdit[] = [];
  // the open window: [ws, we), its token spans and deletions in order, and whether an `_` that is not
  // part of a token (a URL, `x_1`) lies inside it
  let ws = -1;
  let we = -1;
  let toks: number[] = [];
  let dels: Span[] = [];
  let mixed = false;
  const flush = () => {
    if (ws < 0) return;
    let out = '';
    if (!mixed) {
      // every `_` in the window belongs to a token: one replaceAll, then cut out the deletions
      const seg = t.slice(ws, we).replaceAll('_', ' ');
      let at = 0;
      for (const d of dels) {
        out += seg.slice(at, d.start - ws);
        at = d.end - ws;
      }
      out += seg.slice(at);
    } else {
      const pieces: { start: number; end: number; tok: boolean }[] = [
        ...toks.map((k) => ({ start: tokens.starts[k], end: tokens.ends[k], tok: true })),
        ...dels.map((x) => ({ start: x.start, end: x.end, tok: false })),
      ];
      pieces.sort((x, y) => x.start - y.start);
      let at = ws;
      for (const p of pieces) {
        out += t.slice(at, p.start);
        if (p.tok) out += t.slice(p.start, p.end).replaceAll('_', ' ');
        at = p.end;
      }
      out += t.slice(at, we);
    }
    edits.push({ uri: side.uri, start: ws, end: we, newText: out });
    ws = -1;
    toks = [];
    dels = [];
    mixed = false;
  };
  const open = (start: number, end: number) => {
    if (ws >= 0 && end - ws > WINDOW) flush();
    if (ws < 0) ws = start;
    else if (!mixed) {
      const u = t.indexOf('_', we);
      mixed = u >= 0 && u < start;
    }
    we = end;
  };
  let k = 0;
  for (let n = 0; n < tokens.length; n++) {
    const ts = tokens.starts[n];
    while (k < spaces.length && spaces[k].start < ts) {
      open(spaces[k].start, spaces[k].end);
      dels.push(spaces[k++]);
    }
    open(ts, tokens.ends[n]);
    toks.push(n);
  }
  while (k < spaces.length) {
    open(spaces[k].start, spaces[k].end);
    dels.push(spaces[k++]);
  }
  flush();
  return edits;
}

export const segmentationUnderscore: SideRule = {
  id: 'segmentation-underscore',
  scope: 'side',
  description: 'Words whose syllables are joined by `_` (word-segmenter output).',
  docs:
    'A word segmenter (VnCoreNLP, pyvi, underthesea...) joins the syllables of one word with `_` (`củng_cố`). ' +
    'Readers and aligners want plain text: the fix turns every `_` into a space and restores punctuation ' +
    'spacing (`Nga , Triều` -> `Nga, Triều`), changing no letter. With `"segmentation": "keep"` the ' +
    'segmentation is the wanted format and this rule stays silent.',
  defaultSeverity: 'warning',
  fix: 'safe',
  tags: ['segmentation', 'side'],
  defaults: { minTokens: 3 },
  check(side, ctx) {
    if (ctx.options.segmentation === 'keep') return;
    const tokens = underscoreTokens(side);
    if (tokens.length < Number(ctx.options.minTokens ?? 3)) return;
    const edits = compactEdits(side, tokens, spacingIssues(side));
    const first = { start: tokens.starts[0], end: tokens.ends[0] };
    ctx.report({
      message: `${tokens.length} words are joined with "_" (word-segmenter output), e.g. "${side.text.slice(first.start, first.end)}"`,
      uri: side.uri,
      span: { start: first.start, end: first.end },
      data: { count: tokens.length },
      fixes: [{ title: 'Remove word segmentation (`_` to spaces, punctuation spacing restored)', edits, safe: true, wholeDocument: true }],
    });
  },
};
