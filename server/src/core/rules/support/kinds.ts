// What kind of extra text a paragraph is: title, hashtag line, byline or web boilerplate.
// The phrases and patterns live in data/extra-text.json (per language), not in code.
import type { Side } from '../../types';
import data from '../data/extra-text.json';

export type ExtraKind = 'title' | 'hashtag line' | 'byline' | 'web boilerplate';

const phrases = Object.values(data.boilerplate as Record<string, string[]>)
  .flat()
  .map((p) => p.toLowerCase());
const bylines = (data.byline as string[]).map((p) => new RegExp(p, 'iu'));

const MAX_LEN = 300;

export function paragraphText(side: Side, paragraphIndex: number): string {
  const paragraph = side.seg.paragraphs[paragraphIndex];
  return side.text.slice(paragraph.start, paragraph.end);
}

/** Kind of a paragraph from its text alone (not 'title', which depends on position). */
export function kindOfText(text: string): ExtraKind | undefined {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_LEN) return undefined;
  const tags = trimmed.match(/(?<![\p{L}\p{N}_])#[\p{L}\p{M}\p{N}_]+/gu) ?? [];
  if (tags.length >= 2 || (tags.length === 1 && trimmed.startsWith('#'))) return 'hashtag line';
  const lower = trimmed.toLowerCase().replace(/_/g, ' ');
  // the phrase is most of the paragraph (`Leave a Reply`), or a phrase of 3+ words opens it (a cookie banner)
  const boiler = (candidate: string) =>
    (lower.includes(candidate) && trimmed.length <= candidate.length * 2 + 10) || (candidate.split(' ').length >= 3 && lower.startsWith(candidate) && trimmed.length <= 200) || (candidate.length >= 25 && lower.includes(candidate) && trimmed.length <= 160);
  if (phrases.some(boiler)) return 'web boilerplate';
  if (trimmed.length <= 200 && bylines.some((re) => re.test(trimmed))) return 'byline';
  return undefined;
}

/** A first paragraph shaped like a title: short, one line, no closing sentence punctuation. */
export function isTitleShaped(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 200 && !/[\r\n]/.test(trimmed) && !/[.!?…:;,"”’»)]$/.test(trimmed);
}

/** Kind of paragraph `i` of `side`, given the other side (a title is a title only when the other side has none). */
export function kindOfParagraph(side: Side, paragraphIndex: number, other: Side): ExtraKind | undefined {
  const kind = kindOfText(paragraphText(side, paragraphIndex));
  if (kind) return kind;
  if (paragraphIndex === 0 && side.seg.paragraphs.length > 1 && isTitleShaped(paragraphText(side, 0))) {
    const otherFirst = other.seg.paragraphs.length ? paragraphText(other, 0) : '';
    if (!isTitleShaped(otherFirst)) return 'title';
  }
  return undefined;
}
