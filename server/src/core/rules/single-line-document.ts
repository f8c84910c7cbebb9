// single-line-document: a whole article on one line (segmenter or scraper output).
import type { SideRule } from './rule';
import type { TextEdit } from '../types';
import { linesOf } from './support/scan';

export const singleLineDocument: SideRule = {
  id: 'single-line-document',
  scope: 'side',
  description: 'A whole article on one line.',
  docs:
    'Many sentences on one very long line are hard to read, review and align. The fix (explicit, since ' +
    'it changes line numbers that a line-aligned corpus depends on) puts one sentence per line.',
  defaultSeverity: 'info',
  fix: 'explicit',
  tags: ['layout', 'side'],
  options: {
    minSentences: { type: 'integer', default: 6, min: 0 },
    minChars: { type: 'integer', default: 1000, min: 0 },
  },
  check(side, ctx) {
    const minS = ctx.options.minSentences as number;
    const minC = ctx.options.minChars as number;
    const sentences = side.seg.sentences;
    const eol = side.text.includes('\r\n') ? '\r\n' : '\n';
    let sentenceIndex = 0;
    for (const line of linesOf(side)) {
      if (line.end - line.start < minC) continue;
      while (sentenceIndex < sentences.length && sentences[sentenceIndex].end <= line.start) sentenceIndex++;
      const inLine: number[] = [];
      for (let k = sentenceIndex; k < sentences.length && sentences[k].start < line.end; k++) {
        if (sentences[k].end <= line.end && sentences[k].end > sentences[k].start) inLine.push(k);
      }
      if (inLine.length < minS) continue;
      const edits: TextEdit[] = [];
      for (let k = 1; k < inLine.length; k++) {
        const gapStart = sentences[inLine[k - 1]].end;
        const gapEnd = sentences[inLine[k]].start;
        if (gapEnd > gapStart && /^[ \t\u00a0]+$/.test(side.text.slice(gapStart, gapEnd))) {
          edits.push({ uri: side.uri, start: gapStart, end: gapEnd, newText: eol });
        }
      }
      ctx.report({
        message: `${inLine.length} sentences (${line.end - line.start} characters) on one line`,
        uri: side.uri,
        span: { start: line.start, end: Math.min(line.end, line.start + 80) },
        data: { sentences: inLine.length, chars: line.end - line.start },
        fixes: edits.length ? [{ title: 'Split into one sentence per line', edits, safe: false }] : [],
      });
    }
  },
};
