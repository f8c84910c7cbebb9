// segmentation-underscore: syllables of one word joined by `_`, as a word segmenter leaves them.
import type { SideRule } from './rule';
import type { TextEdit } from '../types';
import { underscoreTokens } from './support/scan';
import { spacingIssues } from './support/spacing';

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
  tags: ['segmentation', 'side'],
  defaults: { minTokens: 3 },
  check(side, ctx) {
    if (ctx.options.segmentation === 'keep') return;
    const tokens = underscoreTokens(side);
    if (tokens.length < Number(ctx.options.minTokens ?? 3)) return;
    const edits: TextEdit[] = [];
    for (const t of tokens) {
      for (const p of t.parts.slice(1)) edits.push({ uri: side.uri, start: p.start - 1, end: p.start, newText: ' ' });
    }
    for (const s of spacingIssues(side)) edits.push({ uri: side.uri, start: s.start, end: s.end, newText: '' });
    edits.sort((a, b) => a.start - b.start);
    const first = tokens[0];
    ctx.report({
      message: `${tokens.length} words are joined with "_" (word-segmenter output), e.g. "${side.text.slice(first.start, first.end)}"`,
      uri: side.uri,
      span: { start: first.start, end: first.end },
      data: { count: tokens.length },
      fixes: [{ title: 'Remove word segmentation (`_` to spaces, punctuation spacing restored)', edits, safe: true }],
    });
  },
};
