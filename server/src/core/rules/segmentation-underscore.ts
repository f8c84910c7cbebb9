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
      // token `_` become spaces, deleted spans go (a deletion may lie inside a token: `GMT_+7`)
      const tokenUnderscore = new Set<number>();
      for (const k of toks) for (let u = t.indexOf('_', tokens.starts[k]); u >= 0 && u < tokens.ends[k]; u = t.indexOf('_', u + 1)) tokenUnderscore.add(u);
      const parts: string[] = [];
      let at = ws;
      let d = 0;
      for (let c = ws; c < we; c++) {
        if (d < dels.length && c === dels[d].start) {
          parts.push(t.slice(at, c));
          c = dels[d++].end - 1;
          at = c + 1;
        } else if (tokenUnderscore.has(c)) {
          parts.push(t.slice(at, c), ' ');
          at = c + 1;
        }
      }
      parts.push(t.slice(at, we));
      out = parts.join('');
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
    we = Math.max(we, end);
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
      fixes: [{ title: 'Remove word segmentation (`_` to spaces, punctuation spacing restored)', edits, safe: true }],
    });
  },
};
