// Where spacing around punctuation is wrong (`Nga , Triều`, `( CSIS )`, `" người "`), as deletions of
// the stray whitespace. Only spaces and tabs inside a line are ever removed.
import type { Side, Span } from '../../types';
import { linesOf } from './scan';
import * as chars from './chars';

const { flagsAt } = chars;
const WORDISH = chars.LETTER | chars.MARK | chars.DIGIT;

export interface SpacingIssue extends Span {
  /** The punctuation mark the space sits beside. */
  mark: string;
  where: 'before' | 'after' | 'inside-quotes';
}

const CLOSERS = ',.;:!?)]}…';
/** Quote marks and apostrophes: a space between two of them separates nested quotes. */
const QUOTE_LIKE = `'‘’"“”„«»`;
/** Languages that put a space before ; : ! ? by rule. */
const SPACE_BEFORE_HIGH = new Set(['fr']);

function isSpace(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\u00a0';
}

const cache = new WeakMap<Side, SpacingIssue[]>();

/** Finds spacing problems in the side's lines (cached per side object: several rules ask). */
export function spacingIssues(side: Side): SpacingIssue[] {
  const hit = cache.get(side);
  if (hit) return hit;
  const found = scan(side, linesOf(side));
  cache.set(side, found);
  return found;
}

function scan(side: Side, lines: Span[]): SpacingIssue[] {
  const out: SpacingIssue[] = [];
  const source = side.text;
  const french = SPACE_BEFORE_HIGH.has(side.lang);
  for (const line of lines) {
    const quotes: number[] = [];
    for (let i = line.start; i < line.end; i++) {
      const code = source.charCodeAt(i);
      if (code === 34) quotes.push(i);
      if (code !== 32 && code !== 9 && code !== 0xa0) continue;
      // a whitespace run [i, j)
      let spaceEnd = i;
      while (spaceEnd < line.end && isSpace(source[spaceEnd])) spaceEnd++;
      // the common case, a space between two words: nothing to check
      if (i > line.start && spaceEnd < line.end && flagsAt(source, i - 1) & WORDISH && flagsAt(source, spaceEnd) & WORDISH) {
        i = spaceEnd - 1;
        continue;
      }
      const before = i > line.start ? source[i - 1] : '';
      const after = spaceEnd < line.end ? source[spaceEnd] : '';
      if (before && after && !isSpace(before)) {
        const next = spaceEnd + 1 < line.end ? source[spaceEnd + 1] : '';
        const closerOk = CLOSERS.includes(after) && !(french && ';:!?'.includes(after));
        // the mark must end a word: followed by space, end of line, a quote or another closer
        const endsWord = !next || isSpace(next) || CLOSERS.includes(next) || '"”’»'.includes(next);
        const afterOpenBracket = '([{'.includes(before);
        const ellipsis = (after === '.' && next === '.') || after === '…';
        if (closerOk && endsWord && !ellipsis && !'([{'.includes(before)) {
          out.push({ start: i, end: spaceEnd, mark: after, where: 'before' });
        } else if (afterOpenBracket && !')]}'.includes(after)) {
          out.push({ start: i, end: spaceEnd, mark: before, where: 'after' });
        } else if ((before === '“' && !QUOTE_LIKE.includes(after)) || (after === '”' && before !== '“' && !QUOTE_LIKE.includes(before))) {
          out.push({ start: i, end: spaceEnd, mark: before === '“' ? '“' : '”', where: 'inside-quotes' });
        }
      }
      i = spaceEnd - 1;
    }
    // straight quotes with space on both sides (tokeniser output) hug their content: counted from the
    // line start, an even-numbered one opens and an odd-numbered one closes; only when the line's
    // quotes pair up, and never a space that separates nested quotes (`" 'He`)
    if (quotes.length >= 2 && quotes.length % 2 === 0) {
      quotes.forEach((quoteAt, quoteIndex) => {
        const spacedBefore = quoteAt === line.start || isSpace(source[quoteAt - 1]);
        const spacedAfter = quoteAt + 1 === line.end || isSpace(source[quoteAt + 1]);
        if (!spacedBefore || !spacedAfter) return;
        if (quoteIndex % 2 === 0) {
          let contentStart = quoteAt + 1;
          while (contentStart < line.end && isSpace(source[contentStart])) contentStart++;
          if (contentStart > quoteAt + 1 && contentStart < line.end && source[contentStart] !== '"' && !QUOTE_LIKE.includes(source[contentStart])) out.push({ start: quoteAt + 1, end: contentStart, mark: '"', where: 'inside-quotes' });
        } else {
          let contentEnd = quoteAt;
          while (contentEnd > line.start && isSpace(source[contentEnd - 1])) contentEnd--;
          if (contentEnd < quoteAt && contentEnd > line.start && source[contentEnd - 1] !== '"' && !QUOTE_LIKE.includes(source[contentEnd - 1])) out.push({ start: contentEnd, end: quoteAt, mark: '"', where: 'inside-quotes' });
        }
      });
    }
  }
  // one edit per whitespace run
  out.sort((x, y) => x.start - y.start);
  return out.filter((o, k) => k === 0 || o.start >= out[k - 1].end);
}
