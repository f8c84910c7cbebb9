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
  const source = side.text;
  const { start: spanStart, end: spanEnd } = side.region;
  const out: LooseTokens = { starts: [], ends: [], deletions: [] };
  const tokenChar = (position: number) => (flagsAt(source, position) & (WORD | JOINER)) !== 0 || source.charCodeAt(position) === 95 || TOKEN_MARKS.includes(source[position]);
  let underscoreAt = source.indexOf('_', spanStart);
  let knownIndex = 0;
  while (underscoreAt >= 0 && underscoreAt < spanEnd) {
    while (knownIndex < known.length && known.ends[knownIndex] <= underscoreAt) knownIndex++;
    if (knownIndex < known.length && known.starts[knownIndex] <= underscoreAt) {
      underscoreAt = source.indexOf('_', known.ends[knownIndex]);
      continue;
    }
    let tokenStart = underscoreAt;
    while (tokenStart > spanStart && tokenChar(tokenStart - 1)) tokenStart--;
    let tokenEnd = underscoreAt + 1;
    while (tokenEnd < spanEnd && tokenChar(tokenEnd)) tokenEnd++;
    const tok = source.slice(tokenStart, tokenEnd);
    const link = /:\/\/|@|www\.|\\/.test(tok) || (tok.match(/\//g)?.length ?? 0) > 1 || /\.[a-z]{2,4}$/.test(tok);
    const before = tokenStart > spanStart ? source.charCodeAt(tokenStart - 1) : 32;
    const after = tokenEnd < spanEnd ? source.charCodeAt(tokenEnd) : 32;
    if (!link && (isSpace(before) || before === 10 || before === 13 || tokenStart === spanStart) && (isSpace(after) || after === 10 || after === 13 || tokenEnd === spanEnd) && /^[^_]+(_[^_]+)+$/.test(tok) && /[\p{L}\p{N}]/u.test(tok)) {
      out.starts.push(tokenStart);
      out.ends.push(tokenEnd);
      for (let k = tokenStart; k < tokenEnd; k++) {
        if (source.charCodeAt(k) !== 95) continue;
        const left = flagsAt(source, k - 1) & WORD;
        const right = flagsAt(source, k + 1) & WORD;
        if (!left || !right) out.deletions.push({ start: k, end: k + 1 });
      }
    }
    underscoreAt = source.indexOf('_', tokenEnd);
  }
  return out;
}

const number = (s: string) => /^\d+$/.test(s);
const acronym = (s: string) => /^[\p{Lu}\d]+$/u.test(s) && /\p{Lu}/u.test(s);
const wordEnd = (s: string) => s.length > 0 && (flagsAt(s, s.length - 1) & WORD) !== 0;
/** First characters (char codes) of the standalone marks the rules below look at: % / & - – . , … " */
const MARK_STARTS = new Uint8Array(0x10000);
for (const mark of '%/&-–.,…"') MARK_STARTS[mark.charCodeAt(0)] = 1;
/** The standalone marks a tokeniser spaced that raw text writes against a neighbour (depending on it). */
const SPACED_MARKS = new Set(['%', '/', '&', '-', '–', '.', ',', '...', '…']);

/** Whitespace to delete in a segmented side, beyond spacing.ts (which each caller adds itself). */
export function detokenizeIssues(side: Side): Span[] {
  const source = side.text;
  const out: Span[] = [];
  for (const line of linesOf(side)) {
    const { start: spanStart, end: spanEnd } = line;
    // the piece (run of non-spaces) before a space run ending at `at`, and after one starting at `at`
    const pieceBefore = (offset: number): Span | undefined => {
      let pieceEnd = offset;
      while (pieceEnd > spanStart && isSpace(source.charCodeAt(pieceEnd - 1))) pieceEnd--;
      if (pieceEnd === offset || pieceEnd === spanStart) return undefined;
      let pieceStart = pieceEnd;
      while (pieceStart > spanStart && !isSpace(source.charCodeAt(pieceStart - 1))) pieceStart--;
      return { start: pieceStart, end: pieceEnd };
    };
    const pieceAfter = (offset: number): Span | undefined => {
      let pieceStart = offset;
      while (pieceStart < spanEnd && isSpace(source.charCodeAt(pieceStart))) pieceStart++;
      if (pieceStart === offset || pieceStart === spanEnd) return undefined;
      let pieceEnd = pieceStart;
      while (pieceEnd < spanEnd && !isSpace(source.charCodeAt(pieceEnd))) pieceEnd++;
      return { start: pieceStart, end: pieceEnd };
    };
    const text = (x: Span | undefined) => (x ? source.slice(x.start, x.end) : '');
    const quotes: Span[] = [];
    for (let i = spanStart; i < spanEnd; i++) {
      if (!MARK_STARTS[source.charCodeAt(i)] || (i > spanStart && !isSpace(source.charCodeAt(i - 1)))) continue;
      let markEnd = i + 1;
      while (markEnd < spanEnd && !isSpace(source.charCodeAt(markEnd))) markEnd++;
      const cur = source.slice(i, markEnd);
      const here = { start: i, end: markEnd };
      i = markEnd - 1;
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
      quotes.forEach((quote, quoteIndex) => {
        const rest = source.slice(quote.end, spanEnd);
        const closes = quoteIndex % 2 === 1 || !/[\p{L}\p{N}]/u.test(rest);
        const before = pieceBefore(quote.start);
        const after = pieceAfter(quote.end);
        if (closes && before && text(before) !== '"') out.push({ start: before.end, end: quote.start });
        else if (!closes && after && /^[\p{L}\p{N}]/u.test(text(after))) out.push({ start: quote.end, end: after.start });
      });
    }
  }
  return mergeSpans(out.sort((x, y) => x.start - y.start));
}

/** Sorted spans (each list sorted by start) as one sorted list without overlaps: the first of two overlapping wins. */
export function mergeSpans(...lists: readonly (readonly Span[])[]): Span[] {
  const out: Span[] = [];
  const heads = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let listIndex = 0; listIndex < lists.length; listIndex++) if (heads[listIndex] < lists[listIndex].length && (best < 0 || lists[listIndex][heads[listIndex]].start < lists[best][heads[best]].start)) best = listIndex;
    if (best < 0) return out;
    const candidate = lists[best][heads[best]++];
    if (candidate.end > candidate.start && (!out.length || candidate.start >= out[out.length - 1].end)) out.push(candidate);
  }
}
