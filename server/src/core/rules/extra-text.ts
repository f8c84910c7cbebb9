// extra-text: text on one side only, named by kind: title, hashtag line, byline, web boilerplate.
import type { PairRule } from './rule';
import type { Side } from '../types';
import { kindOfParagraph, kindOfText, paragraphText } from './support/kinds';
import { other, sideName, type Key } from './support/pair';

function dropSpan(side: Side, i: number): { start: number; end: number } {
  const ps = side.seg.paragraphs;
  if (i + 1 < ps.length) return { start: ps[i].start, end: ps[i + 1].start };
  if (i > 0) return { start: ps[i - 1].end, end: ps[i].end };
  return { start: ps[i].start, end: ps[i].end };
}

export const extraText: PairRule = {
  id: 'extra-text',
  scope: 'pair',
  description: 'Text on one side only, by kind: title, hashtag line, byline, web boilerplate.',
  docs:
    'A title or hashtag line only in the translation, a byline or "Leave a Reply" only in the original: ' +
    'text that has no counterpart and should not. Kinds come from per-language data lists ' +
    '(rules/data/extra-text.json). The fix drops the paragraph, so it is explicit only.',
  defaultSeverity: 'info',
  fix: 'explicit',
  tags: ['alignment', 'pair'],
  check(pair, ctx) {
    for (const k of ['a', 'b'] as Key[]) {
      const side = pair[k];
      const cp = pair[other(k)];
      if (!cp.seg.paragraphs.length) continue; // an empty counterpart: everything is one-sided (missing-translation)
      const cpKinds = new Set(cp.seg.paragraphs.map((_, j) => kindOfText(paragraphText(cp, j))));
      side.seg.paragraphs.forEach((_, i) => {
        const kind = kindOfParagraph(side, i, cp);
        if (!kind) return;
        if (kind !== 'title' && cpKinds.has(kind)) return; // both sides have one
        ctx.report({
          message: `${kind} only in ${sideName(pair, k)}`,
          uri: side.uri,
          span: { start: side.seg.paragraphs[i].start, end: side.seg.paragraphs[i].end },
          data: { kind },
          fixes: [{ title: `Drop this ${kind}`, edits: [{ uri: side.uri, ...dropSpan(side, i), newText: '' }], safe: false }],
        });
      });
    }
  },
};
