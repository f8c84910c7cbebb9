// extra-text: text on one side only, named by kind: title, hashtag line, byline, web boilerplate.
import type { PairRule } from './rule';
import type { Side } from '../types';
import { kindOfParagraph, kindOfText, paragraphText } from './support/kinds';
import { other, sideName, type Key } from './support/pair';

function dropSpan(side: Side, paragraphIndex: number): { start: number; end: number } {
  const sideParagraphs = side.seg.paragraphs;
  if (paragraphIndex + 1 < sideParagraphs.length) return { start: sideParagraphs[paragraphIndex].start, end: sideParagraphs[paragraphIndex + 1].start };
  if (paragraphIndex > 0) return { start: sideParagraphs[paragraphIndex - 1].end, end: sideParagraphs[paragraphIndex].end };
  return { start: sideParagraphs[paragraphIndex].start, end: sideParagraphs[paragraphIndex].end };
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
      const counterpart = pair[other(k)];
      if (!counterpart.seg.paragraphs.length) continue; // an empty counterpart: everything is one-sided (missing-translation)
      const cpKinds = new Set(counterpart.seg.paragraphs.map((_, j) => kindOfText(paragraphText(counterpart, j))));
      side.seg.paragraphs.forEach((_, paragraphIndex) => {
        const kind = kindOfParagraph(side, paragraphIndex, counterpart);
        if (!kind) return;
        if (kind !== 'title' && cpKinds.has(kind)) return; // both sides have one
        ctx.report({
          message: `${kind} only in ${sideName(pair, k)}`,
          uri: side.uri,
          span: { start: side.seg.paragraphs[paragraphIndex].start, end: side.seg.paragraphs[paragraphIndex].end },
          data: { kind },
          fixes: [{ title: `Drop this ${kind}`, edits: [{ uri: side.uri, ...dropSpan(side, paragraphIndex), newText: '' }], safe: false }],
        });
      });
    }
  },
};
