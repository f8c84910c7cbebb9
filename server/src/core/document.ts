// Builds a Side: a region of a document with its detected language and its segmentation.
import type { Lang, Side, Span } from './types';
import { detectLang } from './lang';
import { segment } from './segment';

/** The text of a side: its region of the document (a one-file pair's two sides share one text). */
export function regionText(side: Side): string {
  return side.text.slice(side.region.start, side.region.end);
}

export function buildSide(uri: string, text: string, region: Span = { start: 0, end: text.length }, lang?: Lang): Side {
  const found = lang ?? detectLang(text, region);
  return { uri, text, region, lang: found, seg: segment(text, region, found) };
}

/**
 * A side of a line-aligned corpus: line N is paragraph N and sentence N, empty lines included (as
 * empty spans), so indices are line numbers.
 */
export function buildLineSide(uri: string, text: string, lang?: Lang): Side {
  const region = { start: 0, end: text.length };
  const paragraphs: Side['seg']['paragraphs'] = [];
  const sentences: Side['seg']['sentences'] = [];
  let start = 0;
  for (let i = 0; start < text.length || i === 0; i++) {
    let newline = text.indexOf('\n', start);
    if (newline < 0) newline = text.length;
    const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    paragraphs.push({ index: i, start, end, firstSentence: i, sentenceCount: 1 });
    sentences.push({ index: i, start, end, paragraph: i });
    if (newline >= text.length) break;
    start = newline + 1;
  }
  return { uri, text, region, lang: lang ?? detectLang(text, { start: 0, end: Math.min(text.length, 20000) }), seg: { paragraphs, sentences } };
}
