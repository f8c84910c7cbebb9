// Small scanning helpers shared by the rules: text of a side, its lines, `_`-joined tokens.
import type { Side, Span } from '../../types';

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
  /** The syllables (or word parts) between the underscores. */
  parts: (Span & { text: string })[];
}

const PART = String.raw`\p{L}[\p{L}\p{M}'’\-]*`;
const WHOLE = new RegExp(String.raw`^${PART}(?:_${PART})+$`, 'u');
const TOKEN_CHAR = /[\p{L}\p{M}\p{N}'’\-_]/u;
const cache = new WeakMap<Side, UnderscoreToken[]>();

/**
 * Words whose parts are joined by `_` (word-segmenter output), skipping URLs, e-mails, paths and
 * identifiers with digits. Scans from each `_` outwards, so text without `_` costs one indexOf.
 * Cached per side object (several rules ask).
 */
export function underscoreTokens(side: Side): UnderscoreToken[] {
  const hit = cache.get(side);
  if (hit) return hit;
  const out: UnderscoreToken[] = [];
  const t = side.text;
  const { start: lo, end: hi } = side.region;
  let i = t.indexOf('_', lo);
  while (i >= 0 && i < hi) {
    let s = i;
    while (s > lo && TOKEN_CHAR.test(t[s - 1])) s--;
    let e = i + 1;
    while (e < hi && TOKEN_CHAR.test(t[e])) e++;
    const word = t.slice(s, e);
    const before = s > lo ? t[s - 1] : '';
    const after = e < hi ? t[e] : '';
    const inLink = '/@.:#\\'.includes(before || ' ') || '/@\\'.includes(after || ' ') || (after === '.' && e + 1 < hi && TOKEN_CHAR.test(t[e + 1]));
    if (!inLink && WHOLE.test(word)) {
      const parts: UnderscoreToken['parts'] = [];
      let at = s;
      for (const p of word.split('_')) {
        parts.push({ start: at, end: at + p.length, text: p });
        at += p.length + 1;
      }
      out.push({ start: s, end: e, parts });
    }
    i = t.indexOf('_', e);
  }
  cache.set(side, out);
  return out;
}
