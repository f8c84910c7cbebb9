// Small scanning helpers shared by the rules: text of a side, its lines, `_`-joined tokens.
import type { Side, Span } from '../../types';
import * as chars from './chars';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, JOINER, LETTER, MARK } = chars;

export function regionText(side: Side): string {
  return side.text.slice(side.region.start, side.region.end);
}

/** Every match of a global regex inside the side's region, with absolute offsets. */
export function* matchesIn(side: Side, re: RegExp, span: Span = side.region): Generator<{ start: number; end: number; m: RegExpExecArray }> {
  const text = side.text.slice(span.start, span.end);
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = r.exec(text))) {
    if (m[0].length === 0) {
      r.lastIndex++;
      continue;
    }
    yield { start: span.start + m.index, end: span.start + m.index + m[0].length, m };
  }
}

/** Lines of the side's region: content spans without the line end. */
export function linesOf(side: Side): Span[] {
  const out: Span[] = [];
  const { text } = side;
  let start = side.region.start;
  const end = side.region.end;
  while (start <= end) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > end) nl = end;
    const e = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start, end: e });
    if (nl >= end) break;
    start = nl + 1;
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
  at(i: number): UnderscoreToken;
}

const cache = new WeakMap<Side, TokenList>();

class Token implements UnderscoreToken {
  private p?: (Span & { text: string })[];
  constructor(private readonly t: string, public readonly start: number, public readonly end: number) {}
  get parts(): (Span & { text: string })[] {
    if (this.p) return this.p;
    const out: (Span & { text: string })[] = [];
    let at = this.start;
    for (;;) {
      let u = this.t.indexOf('_', at);
      if (u < 0 || u > this.end) u = this.end;
      out.push({ start: at, end: u, text: this.t.slice(at, u) });
      if (u >= this.end) break;
      at = u + 1;
    }
    return (this.p = out);
  }
}

const tokenChar = (t: string, i: number) => (flagsAt(t, i) & (LETTER | MARK | DIGIT | JOINER)) !== 0 || t.charCodeAt(i) === 95;

/** `^PART(_PART)+$` with PART = a letter then letters, marks, ' ’ -: checked on the table. */
function wholeWord(t: string, s: number, e: number): boolean {
  let partStart = true;
  let parts = 0;
  for (let k = s; k < e; k++) {
    const c = t.charCodeAt(k);
    if (c === 95) {
      if (partStart) return false;
      partStart = true;
      continue;
    }
    const f = flagsAt(t, k);
    if (partStart) {
      if (!(f & LETTER)) return false;
      partStart = false;
      parts++;
    } else if (!(f & (LETTER | MARK | JOINER))) return false;
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
  const t = side.text;
  const { start: lo, end: hi } = side.region;
  let i = t.indexOf('_', lo);
  while (i >= 0 && i < hi) {
    let s = i;
    while (s > lo && tokenChar(t, s - 1)) s--;
    let e = i + 1;
    while (e < hi && tokenChar(t, e)) e++;
    const before = s > lo ? t[s - 1] : '';
    const after = e < hi ? t[e] : '';
    const inLink = '/@.:#\\'.includes(before || ' ') || '/@\\'.includes(after || ' ') || (after === '.' && e + 1 < hi && tokenChar(t, e + 1));
    if (!inLink && wholeWord(t, s, e)) {
      starts.push(s);
      ends.push(e);
    }
    i = t.indexOf('_', e);
  }
  const list: TokenList = { length: starts.length, starts, ends, at: (k) => new Token(t, starts[k], ends[k]) };
  cache.set(side, list);
  return list;
}
