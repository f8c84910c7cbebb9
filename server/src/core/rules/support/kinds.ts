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

export function paragraphText(side: Side, i: number): string {
  const p = side.seg.paragraphs[i];
  return side.text.slice(p.start, p.end);
}

/** Kind of a paragraph from its text alone (not 'title', which depends on position). */
export function kindOfText(text: string): ExtraKind | undefined {
  const t = text.trim();
  if (!t || t.length > MAX_LEN) return undefined;
  const tags = t.match(/(?<![\p{L}\p{N}_])#[\p{L}\p{M}\p{N}_]+/gu) ?? [];
  if (tags.length >= 2 || (tags.length === 1 && t.startsWith('#'))) return 'hashtag line';
  const lower = t.toLowerCase().replace(/_/g, ' ');
  // the phrase is most of the paragraph (`Leave a Reply`), or a phrase of 3+ words opens it (a cookie banner)
  const boiler = (p: string) =>
    (lower.includes(p) && t.length <= p.length * 2 + 10) || (p.split(' ').length >= 3 && lower.startsWith(p) && t.length <= 200) || (p.length >= 25 && lower.includes(p) && t.length <= 160);
  if (phrases.some(boiler)) return 'web boilerplate';
  if (t.length <= 200 && bylines.some((re) => re.test(t))) return 'byline';
  return undefined;
}

/** A first paragraph shaped like a title: short, one line, no closing sentence punctuation. */
export function isTitleShaped(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 200 && !/[\r\n]/.test(t) && !/[.!?…:;,"”’»)]$/.test(t);
}

/** Kind of paragraph `i` of `side`, given the other side (a title is a title only when the other side has none). */
export function kindOfParagraph(side: Side, i: number, other: Side): ExtraKind | undefined {
  const k = kindOfText(paragraphText(side, i));
  if (k) return k;
  if (i === 0 && side.seg.paragraphs.length > 1 && isTitleShaped(paragraphText(side, 0))) {
    const o = other.seg.paragraphs.length ? paragraphText(other, 0) : '';
    if (!isTitleShaped(o)) return 'title';
  }
  return undefined;
}
