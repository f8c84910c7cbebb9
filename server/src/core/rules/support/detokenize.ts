// Detokenizing word-segmenter output, beyond the punctuation spacing every text gets (spacing.ts): what
// a tokeniser split that raw text writes together. Used only for text known to be segmenter output
// (segmentation-underscore's fix), where every space around a mark is the tokeniser's:
// - `_` inside tokens with digits or marks: `Hiến_pháp_1946` -> `Hiến pháp 1946`, `GMT_+7` -> `GMT+7`,
//   `3,_5` -> `3,5`, `25_._000` -> `25.000`, `100_%` -> `100%`;
// - spaced marks: `5 %` -> `5%`, `đồng / kg` -> `đồng/kg`, `GD & ĐT` -> `GD&ĐT`, `21 - 3` -> `21-3`,
//   `25 . 000` -> `25.000`, `TP . HCM` -> `TP.HCM`, `rồi ...` -> `rồi...`, `tháng_4 - 1997` -> `tháng 4-1997`, and a quote mark left unpaired on
//   its line hugs the words it opens or closes.
// Only whitespace inside a line and `_` are ever removed.
import type { Side, Span } from '../../types';
import { linesOf } from './scan';
import * as chars from './chars';

const { flagsAt, DIGIT, LETTER, MARK, JOINER } = chars;
const WORD = LETTER | MARK | DIGIT;

/** `_`-joined tokens that scan.ts leaves out (a part with digits or marks), and the `_` to delete in them. */
export interface LooseTokens {
  starts: number[];
  ends: number[];
  /** `_` beside a mark (`GMT_+7`, `3,_5`): deleted, not turned into a space. */
  deletions: Span[];
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
/** Characters a loose token may hold besides word characters and `_`. */
const TOKEN_MARKS = '.,%+-–&/:\'’';

/**
 * Tokens joined by `_` whose parts hold digits or marks (`Hiến_pháp_1946`, `dịch_Covid-19`, `GMT_+7`,
 * `8_–_2003`), at least one part with a letter or a digit, outside links and paths. `known` are the
 * tokens scan.ts already has (sorted): their `_` are skipped without a look.
 */
export function looseUnderscoreTokens(side: Side, known: { length: number; starts: readonly number[]; ends: readonly number[] }): LooseTokens {
  const t = side.text;
  const { start: lo, end: hi } = side.region;
  const out: LooseTokens = { starts: [], ends: [], deletions: [] };
  const tokenChar = (i: number) => (flagsAt(t, i) & (WORD | JOINER)) !== 0 || t.charCodeAt(i) === 95 || TOKEN_MARKS.includes(t[i]);
  let i = t.indexOf('_', lo);
  let p = 0;
  while (i >= 0 && i < hi) {
    while (p < known.length && known.ends[p] <= i) p++;
    if (p < known.length && known.starts[p] <= i) {
      i = t.indexOf('_', known.ends[p]);
      continue;
    }
    let s = i;
    while (s > lo && tokenChar(s - 1)) s--;
    let e = i + 1;
    while (e < hi && tokenChar(e)) e++;
    const tok = t.slice(s, e);
    const link = /:\/\/|@|www\.|\\/.test(tok) || (tok.match(/\//g)?.length ?? 0) > 1 || /\.[a-z]{2,4}$/.test(tok);
    const before = s > lo ? t.charCodeAt(s - 1) : 32;
    const after = e < hi ? t.charCodeAt(e) : 32;
    if (!link && (isSpace(before) || before === 10 || before === 13 || s === lo) && (isSpace(after) || after === 10 || after === 13 || e === hi) && /^[^_]+(_[^_]+)+$/.test(tok) && /[\p{L}\p{N}]/u.test(tok)) {
      out.starts.push(s);
      out.ends.push(e);
      for (let k = s; k < e; k++) {
        if (t.charCodeAt(k) !== 95) continue;
        const left = flagsAt(t, k - 1) & WORD;
        const right = flagsAt(t, k + 1) & WORD;
        if (!left || !right) out.deletions.push({ start: k, end: k + 1 });
      }
    }
    i = t.indexOf('_', e);
  }
  return out;
}

const number = (s: string) => /^\d+$/.test(s);
const acronym = (s: string) => /^[\p{Lu}\d]+$/u.test(s) && /\p{Lu}/u.test(s);
const wordEnd = (s: string) => s.length > 0 && (flagsAt(s, s.length - 1) & WORD) !== 0;
/** First characters (char codes) of the standalone marks the rules below look at: % / & - – . , … " */
const MARK_STARTS = new Uint8Array(0x10000);
for (const c of '%/&-–.,…"') MARK_STARTS[c.charCodeAt(0)] = 1;
/** The standalone marks a tokeniser spaced that raw text writes against a neighbour (depending on it). */
const SPACED_MARKS = new Set(['%', '/', '&', '-', '–', '.', ',', '...', '…']);

/** Whitespace to delete in a segmented side, beyond spacing.ts (which each caller adds itself). */
export function detokenizeIssues(side: Side): Span[] {
  const t = side.text;
  const out: Span[] = [];
  for (const line of linesOf(side)) {
    const { start: lo, end: hi } = line;
    // the piece (run of non-spaces) before a space run ending at `at`, and after one starting at `at`
    const pieceBefore = (at: number): Span | undefined => {
      let e = at;
      while (e > lo && isSpace(t.charCodeAt(e - 1))) e--;
      if (e === at || e === lo) return undefined;
      let b = e;
      while (b > lo && !isSpace(t.charCodeAt(b - 1))) b--;
      return { start: b, end: e };
    };
    const pieceAfter = (at: number): Span | undefined => {
      let b = at;
      while (b < hi && isSpace(t.charCodeAt(b))) b++;
      if (b === at || b === hi) return undefined;
      let e = b;
      while (e < hi && !isSpace(t.charCodeAt(e))) e++;
      return { start: b, end: e };
    };
    const text = (x: Span | undefined) => (x ? t.slice(x.start, x.end) : '');
    const quotes: Span[] = [];
    for (let i = lo; i < hi; i++) {
      if (!MARK_STARTS[t.charCodeAt(i)] || (i > lo && !isSpace(t.charCodeAt(i - 1)))) continue;
      let j = i + 1;
      while (j < hi && !isSpace(t.charCodeAt(j))) j++;
      const cur = t.slice(i, j);
      const here = { start: i, end: j };
      i = j - 1;
      if (cur === '"') {
        quotes.push(here);
        continue;
      }
      if (!SPACED_MARKS.has(cur)) continue;
      const before = pieceBefore(here.start);
      if (!before) continue;
      const after = pieceAfter(here.end);
      const prev = text(before);
      const next = text(after);
      let gapBefore = false;
      let gapAfter = false;
      if (cur === '%') gapBefore = /\d$/.test(prev);
      else if (cur === '/') gapBefore = gapAfter = true;
      else if (cur === '&') gapBefore = gapAfter = acronym(prev) && acronym(next);
      else if (cur === '-' || cur === '–') gapBefore = gapAfter = (/\d$/.test(prev) && /^\d/.test(next)) || (acronym(prev) && acronym(next));
      // `25 . 000`, `3 , 500`, `TP . HCM`; the space before the mark is spacing.ts's
      else if (cur === '.' || cur === ',') gapAfter = (number(prev) && /^\d{3}$/.test(next)) || (cur === '.' && acronym(prev) && acronym(next));
      else gapBefore = wordEnd(prev) || /[!?"”)]$/.test(prev); // `...`, `…`
      if (gapBefore) out.push({ start: before.end, end: here.start });
      if (gapAfter && after) out.push({ start: here.end, end: after.start });
    }
    // straight quotes that do not pair up on their line (a quotation running over several sentences):
    // counted from the line start they open and close in turn, and one with only marks after it closes
    if (quotes.length % 2 === 1) {
      quotes.forEach((q, n) => {
        const rest = t.slice(q.end, hi);
        const closes = n % 2 === 1 || !/[\p{L}\p{N}]/u.test(rest);
        const before = pieceBefore(q.start);
        const after = pieceAfter(q.end);
        if (closes && before && text(before) !== '"') out.push({ start: before.end, end: q.start });
        else if (!closes && after && /^[\p{L}\p{N}]/u.test(text(after))) out.push({ start: q.end, end: after.start });
      });
    }
  }
  return mergeSpans(out.sort((x, y) => x.start - y.start));
}

/** Sorted spans (each list sorted by start) as one sorted list without overlaps: the first of two overlapping wins. */
export function mergeSpans(...lists: readonly (readonly Span[])[]): Span[] {
  const out: Span[] = [];
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) if (at[l] < lists[l].length && (best < 0 || lists[l][at[l]].start < lists[best][at[best]].start)) best = l;
    if (best < 0) return out;
    const o = lists[best][at[best]++];
    if (o.end > o.start && (!out.length || o.start >= out[out.length - 1].end)) out.push(o);
  }
}
