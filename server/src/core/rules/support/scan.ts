// Small scanning helpers shared by the rules: text of a side, its lines, `_`-joined tokens.
import type { Side, Span } from '../../types';
import * as chars from './chars';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, JOINER, LETTER, MARK } = chars;

export { regionText } from '../../document';

/** Every match of a global regex inside the side's region, with absolute offsets. */
export function* matchesIn(side: Side, pattern: RegExp, span: Span = side.region): Generator<{ start: number; end: number; m: RegExpExecArray }> {
  const text = side.text.slice(span.start, span.end);
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let match: RegExpExecArray | null;
  while ((match = global.exec(text))) {
    if (match[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    yield { start: span.start + match.index, end: span.start + match.index + match[0].length, m: match };
  }
}

/** Lines of the side's region: content spans without the line end. */
export function linesOf(side: Side): Span[] {
  const out: Span[] = [];
  const { text } = side;
  let start = side.region.start;
  const end = side.region.end;
  while (start <= end) {
    let newline = text.indexOf('\n', start);
    if (newline < 0 || newline > end) newline = end;
    const lineEnd = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    out.push({ start, end: lineEnd });
    if (newline >= end) break;
    start = newline + 1;
  }
  return out;
}

export interface UnderscoreToken extends Span {
  /** The syllables (or word parts) between the underscores (computed on first use). */
  readonly parts: (Span & { text: string })[];
}

/** The `_`-joined tokens of a side as two parallel offset arrays (no object per token: a 20 MB line holds a million). */
export interface TokenList {
  readonly length: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Token i as an object, with its parts. */
  at(tokenIndex: number): UnderscoreToken;
}

const cache = new WeakMap<Side, TokenList>();

class Token implements UnderscoreToken {
  private p?: (Span & { text: string })[];
  constructor(private readonly fullText: string, public readonly start: number, public readonly end: number) {}
  get parts(): (Span & { text: string })[] {
    if (this.p) return this.p;
    const out: (Span & { text: string })[] = [];
    let cursor = this.start;
    for (;;) {
      let underscore = this.fullText.indexOf('_', cursor);
      if (underscore < 0 || underscore > this.end) underscore = this.end;
      out.push({ start: cursor, end: underscore, text: this.fullText.slice(cursor, underscore) });
      if (underscore >= this.end) break;
      cursor = underscore + 1;
    }
    return (this.p = out);
  }
}

const tokenChar = (fullText: string, offset: number) => (flagsAt(fullText, offset) & (LETTER | MARK | DIGIT | JOINER)) !== 0 || fullText.charCodeAt(offset) === 95;

/** `^PART(_PART)+$` with PART = a letter then letters, marks, ' ’ -: checked on the table. */
function wholeWord(fullText: string, wordStart: number, wordEnd: number): boolean {
  let partStart = true;
  let parts = 0;
  for (let k = wordStart; k < wordEnd; k++) {
    const code = fullText.charCodeAt(k);
    if (code === 95) {
      if (partStart) return false;
      partStart = true;
      continue;
    }
    const charFlags = flagsAt(fullText, k);
    if (partStart) {
      if (!(charFlags & LETTER)) return false;
      partStart = false;
      parts++;
    } else if (!(charFlags & (LETTER | MARK | JOINER))) return false;
  }
  return !partStart && parts >= 2;
}

/**
 * Words whose parts are joined by `_` (word-segmenter output), skipping URLs, e-mails, paths and
 * identifiers with digits. Scans from each `_` outwards, so text without `_` costs one indexOf; linear
 * in the text (a table lookup per character), parts built only when a rule asks for them.
 * Cached per side object (several rules ask).
 */
export function underscoreTokens(side: Side): TokenList {
  const hit = cache.get(side);
  if (hit) return hit;
  const starts: number[] = [];
  const ends: number[] = [];
  const fullText = side.text;
  const { start: regionStart, end: regionEnd } = side.region;
  let underscoreAt = fullText.indexOf('_', regionStart);
  while (underscoreAt >= 0 && underscoreAt < regionEnd) {
    let tokenStart = underscoreAt;
    while (tokenStart > regionStart && tokenChar(fullText, tokenStart - 1)) tokenStart--;
    let tokenEnd = underscoreAt + 1;
    while (tokenEnd < regionEnd && tokenChar(fullText, tokenEnd)) tokenEnd++;
    const before = tokenStart > regionStart ? fullText[tokenStart - 1] : '';
    const after = tokenEnd < regionEnd ? fullText[tokenEnd] : '';
    const inLink = '/@.:#\\'.includes(before || ' ') || '/@\\'.includes(after || ' ') || (after === '.' && tokenEnd + 1 < regionEnd && tokenChar(fullText, tokenEnd + 1));
    if (!inLink && wholeWord(fullText, tokenStart, tokenEnd)) {
      starts.push(tokenStart);
      ends.push(tokenEnd);
    }
    underscoreAt = fullText.indexOf('_', tokenEnd);
  }
  const list: TokenList = { length: starts.length, starts, ends, at: (k) => new Token(fullText, starts[k], ends[k]) };
  cache.set(side, list);
  return list;
}
