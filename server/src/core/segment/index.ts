// Segmentation of one side: paragraphs (blank-line separated) and the sentences inside each.
import type { Lang, Paragraph, Segmentation, Sentence, Span } from '../types';
import { splitParagraphs } from './paragraphs';
import { splitSentences } from './sentences';

export { splitParagraphs } from './paragraphs';
export { splitSentences } from './sentences';

/**
 * Paragraphs and sentences of `text.slice(region.start, region.end)`; offsets into the full `text`.
 * Every paragraph holds at least one sentence; sentences never cross a paragraph.
 */
export function segment(text: string, region: Span, lang: Lang): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const paragraphSpan of splitParagraphs(text, region)) {
    const index = paragraphs.length;
    const firstSentence = sentences.length;
    for (const sentenceSpan of splitSentences(text, paragraphSpan, lang)) {
      sentences.push({ index: sentences.length, start: sentenceSpan.start, end: sentenceSpan.end, paragraph: index });
    }
    paragraphs.push({ index, start: paragraphSpan.start, end: paragraphSpan.end, firstSentence, sentenceCount: sentences.length - firstSentence });
  }
  return { paragraphs, sentences };
}
