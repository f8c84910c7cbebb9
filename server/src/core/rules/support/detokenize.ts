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
 * `8_–_2003`), at least one part with a letter or a digit, outside links and paths. `skip(start)` tells a
 * token scan.ts already has.
 */
export function looseUnderscoreTokens(side: Side, skip: (start: number) => boolean): LooseTokens {
  const t = side.text;
  const { start: lo, end: hi } = side.region;
  const out: LooseTokens = { starts: [], ends: [], deletions: [] };
  const tokenChar = (i: number) => (flagsAt(t, i) & (WORD | JOINER)) !== 0 || t.charCodeAt(i) === 95 || TOKEN_MARKS.includes(t[i]);
  let i = t.indexOf('_', lo);
  while (i >= 0 && i < hi) {
    let s = i;
    while (s > lo && tokenChar(s - 1)) s--;
    let e = i + 1;
    while (e < hi && tokenChar(e)) e++;
    const tok = t.slice(s, e);
    const link = /:\/\/|@|www\.|\\/.test(tok) || (tok.match(/\//g)?.length ?? 0) > 1 || /\.[a-z]{2,4}$/.test(tok);
    const before = s > lo ? t.charCodeAt(s - 1) : 32;
    const after = e < hi ? t.charCodeAt(e) : 32;
    if (!skip(s) && !link && (isSpace(before) || before === 10 || before === 13 || s === lo) && (isSpace(after) || after === 10 || after === 13 || e === hi) && /^[^_]+(_[^_]+)+$/.test(tok) && /[\p{L}\p{N}]/u.test(tok)) {
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

interface Piece extends Span {
  text: string;
}

const number = (s: string) => /^\d+$/.test(s);
const acronym = (s: string) => /^[\p{Lu}\d]+$/u.test(s) && /\p{Lu}/u.test(s);
const wordEnd = (s: string) => s.length > 0 && (flagsAt(s, s.length - 1) & WORD) !== 0;

/** Whitespace to delete in a segmented side, beyond spacing.ts (which each caller adds itself). */
export function detokenizeIssues(side: Side): Span[] {
  const t = side.text;
  const out: Span[] = [];
  for (const line of linesOf(side)) {
    const pieces: Piece[] = [];
    let i = line.start;
    while (i < line.end) {
      if (isSpace(t.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < line.end && !isSpace(t.charCodeAt(j))) j++;
      pieces.push({ start: i, end: j, text: t.slice(i, j) });
      i = j;
    }
    const gap = (k: number) => out.push({ start: pieces[k - 1].end, end: pieces[k].start });
    const quotes = pieces.filter((p) => p.text === '"').length;
    let seenQuotes = 0;
    for (let k = 1; k < pieces.length; k++) {
      const prev = pieces[k - 1].text;
      const cur = pieces[k].text;
      const next = pieces[k + 1]?.text ?? '';
      if (cur === '%' && /\d$/.test(prev)) gap(k);
      else if (cur === '/' || (prev === '/' && k >= 2)) gap(k);
      else if ((cur === '&' && acronym(prev) && acronym(next)) || (prev === '&' && k >= 2 && acronym(cur) && acronym(pieces[k - 2].text))) gap(k);
      else if ((cur === '-' || cur === '–') && ((/\d$/.test(prev) && /^\d/.test(next)) || (acronym(prev) && acronym(next)))) {
        gap(k);
        if (k + 1 < pieces.length) gap(k + 1);
      } else if ((cur === '.' || cur === ',') && ((number(prev) && /^\d{3}$/.test(next)) || (cur === '.' && acronym(prev) && acronym(next)))) {
        // `25 . 000`, `3 , 500`, `TP . HCM`; the space before the mark is spacing.ts's
        if (k + 1 < pieces.length) gap(k + 1);
      } else if ((cur === '...' || cur === '…') && (wordEnd(prev) || /[!?"”)]$/.test(prev))) gap(k);
    }
    // straight quotes that do not pair up on their line (a quotation running over several sentences):
    // counted from the line start they open and close in turn, and one with only marks after it closes
    if (quotes % 2 === 1) {
      for (let k = 0; k < pieces.length; k++) {
        if (pieces[k].text !== '"') continue;
        const closes = seenQuotes++ % 2 === 1 || (k > 0 && pieces.slice(k + 1).every((p) => !/[\p{L}\p{N}]/u.test(p.text)));
        if (closes && k > 0 && pieces[k - 1].text !== '"') gap(k);
        else if (!closes && k + 1 < pieces.length && /^[\p{L}\p{N}]/u.test(pieces[k + 1].text)) gap(k + 1);
      }
    }
  }
  out.sort((x, y) => x.start - y.start);
  const kept: Span[] = [];
  for (const o of out) if (o.end > o.start && (!kept.length || o.start >= kept[kept.length - 1].end)) kept.push(o);
  return kept;
}
