// Sentences of one span (usually a paragraph): one left-to-right pass over the text, linear time.
// A run of stops (`.` `!` `?` `…` and the CJK ones) is a candidate boundary; closing quotes and brackets
// after it stay with the sentence; what follows decides (see `decide`). Offsets are into the full text.
import type { Lang, Span } from '../types';
import { abbreviationsFor, VI_TITLE_BREAK_WORDS, type AbbreviationData } from './abbreviations';
import * as chars from './paragraphs';

// module-level copies: hot calls go straight to the functions, whatever the module loader does
const isSpaceCode = chars.isSpaceCode;
const isWhiteCode = chars.isWhiteCode;

const DOT = 0x2e;
const isStop = (c: number) => c === DOT || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
const isCjkStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
const isQE = (c: number) => c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;
/** Closing quotes and brackets that stay with the sentence they follow (straight `"` is handled apart). */
const isCloser = (c: number) =>
  c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 0x29 || c === 0x5d || c === 0x7d ||
  c === 0x300d || c === 0x300f || c === 0xff09;
const isOpenBracket = (c: number) => c === 0x28 || c === 0x5b || c === 0x7b || c === 0xff08;
const isCloseBracket = (c: number) => c === 0x29 || c === 0x5d || c === 0x7d || c === 0xff09;
/** Marks that may stand before the first letter of a sentence: opening quotes, brackets, dashes, bullets. */
const isOpener = (c: number) =>
  c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 0x2039 ||
  c === 0x28 || c === 0x5b || c === 0xbf || c === 0xa1 || c === 0x2013 || c === 0x2014 || c === 0x2d ||
  c === 0x2022 || c === 0x300c || c === 0x300e;
/** Punctuation after a stop that shows the sentence goes on (`?” one reporter`, `... " , Michael`). */
const isContinuer = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3001 || c === 0xff0c;

/** An open bracket further back than this is taken as never closed and no longer holds stops. */
const BRACKET_REACH = 120;
/** How far a title may run into the first sentence of a paragraph (in words), for the Vietnamese title rule. */
const TITLE_MAX_WORDS = 30;

type NextKind = 'upper' | 'lower' | 'digit' | 'caseless' | 'continuer' | 'other' | 'end';

const RE_UPPER = /^\p{Lu}|^\p{Lt}/u;
const RE_LOWER = /^\p{Ll}/u;
const RE_LETTER = /^\p{L}/u;
const RE_DIGIT = /^\p{Nd}/u;
const RE_INITIAL = /^\p{Lu}$/u;
const RE_SHORT_LETTERS = /^\p{L}{1,4}$/u;
const RE_ALNUM = /[\p{L}\p{N}]/u;

/** Sentence spans inside `span` of `text` (offsets into `text`, trimmed of whitespace). */
export function splitSentences(text: string, span: Span, lang: Lang): Span[] {
  const ab = abbreviationsFor(lang);
  let end = Math.max(0, Math.min(span.end, text.length));
  let pos = Math.max(0, Math.min(span.start, end));
  while (pos < end && isWhiteCode(text.charCodeAt(pos))) pos++;
  while (end > pos && isWhiteCode(text.charCodeAt(end - 1))) end--;
  const out: Span[] = [];
  if (pos >= end) return out;

  let sentStart = pos;
  let quoteOpen = false; // parity of straight double quotes seen in this span
  // parity of straight single quotes standing alone (spaced on both sides, as tokenised text writes
  // them: `' without pictures ? '`); an apostrophe (`Alice 's`, `l' air`) touches a letter
  let singleOpen = false;
  const brackets: number[] = []; // offsets of open brackets of the current sentence
  // "does the open sentence hold a letter or digit yet?", scanned incrementally (amortised linear)
  let inkScanned = sentStart;
  let hasInk = false;

  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x22) { quoteOpen = !quoteOpen; i++; continue; }
    if (c === 0x27) {
      if ((i === pos || isWhiteCode(text.charCodeAt(i - 1))) && (i + 1 >= end || isWhiteCode(text.charCodeAt(i + 1)))) singleOpen = !singleOpen;
      i++;
      continue;
    }
    if (isOpenBracket(c)) { if (brackets.length < 64) brackets.push(i); i++; continue; }
    if (isCloseBracket(c)) { brackets.pop(); i++; continue; }
    if (!isStop(c)) { i++; continue; }

    // a run of stops: i .. j
    let j = i + 1;
    let qe = isQE(c);
    let dots = c === DOT ? 1 : 0;
    let ellipsis = c === 0x2026;
    while (j < end && isStop(text.charCodeAt(j))) {
      const d = text.charCodeAt(j);
      if (isQE(d)) qe = true;
      else if (d === DOT) dots++;
      else if (d === 0x2026) ellipsis = true;
      j++;
    }
    if (dots >= 2) ellipsis = true;
    // a stop glued to a following letter or digit is inside a token: `U.S`, `3.5`, `TP.HCM`, `nytimes.com`
    // (CJK full stops are never followed by a space)
    if (j < end && !isCjkStop(text.charCodeAt(j - 1))) {
      const d = text.charCodeAt(j);
      if (!isWhiteCode(d) && !isCloser(d) && d !== 0x22 && d !== 0x27 && !isContinuer(d) && !isOpener(d)) { i = j; continue; }
    }
    // closing quotes and brackets after the stop stay with the sentence (spaced ones too: `Mỹ " .`)
    let k = j;
    for (;;) {
      if (k >= end) break;
      const d = text.charCodeAt(k);
      if (isCloser(d)) { if (isCloseBracket(d)) brackets.pop(); k++; continue; }
      if (d === 0x22) {
        if (k === j || !isWhiteCode(text.charCodeAt(k - 1)) || quoteOpen) { quoteOpen = false; k++; continue; }
        break;
      }
      if (d === 0x27 && !isWhiteCode(text.charCodeAt(k - 1))) { k++; continue; }
      if (isWhiteCode(d)) {
        let m = k + 1;
        while (m < end && isWhiteCode(text.charCodeAt(m))) m++;
        if (m < end) {
          const e = text.charCodeAt(m);
          const standaloneSingle = e === 0x27 && singleOpen && (m + 1 >= end || isWhiteCode(text.charCodeAt(m + 1)));
          const spacedCloser = e === 0x201d || e === 0xbb || e === 0x300d || e === 0x300f || (e === 0x22 && quoteOpen) ||
            (isCloseBracket(e) && brackets.length > 0) || standaloneSingle;
          if (standaloneSingle) singleOpen = false;
          if (spacedCloser) { k = m + (standaloneSingle ? 1 : 0); continue; }
        }
      }
      break;
    }
    let next = k;
    while (next < end && isWhiteCode(text.charCodeAt(next))) next++;
    if (next >= end) break; // the rest of the span is the last sentence
    const inBracket = brackets.length > 0 && i - brackets[brackets.length - 1] < BRACKET_REACH;
    if (!hasInk) {
      hasInk = hasInkIn(text, inkScanned, i);
      inkScanned = i;
    }
    if (!inBracket && hasInk && decide(text, i, j, next, end, qe, ellipsis, ab)) {
      out.push({ start: sentStart, end: k });
      sentStart = next;
      inkScanned = next;
      hasInk = false;
      brackets.length = 0;
    }
    i = Math.max(k, j);
  }
  out.push({ start: sentStart, end });
  if (lang === 'vi') splitRunInTitle(text, out);
  return out;
}

function hasInkIn(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if (c >= 0x80 && RE_ALNUM.test(text[p])) return true;
  }
  return false;
}

/** Does the stop run `text[i..j)`, followed by the sentence material at `next`, end a sentence? */
function decide(text: string, i: number, j: number, next: number, end: number, qe: boolean, ellipsis: boolean, ab: AbbreviationData): boolean {
  const kind = nextKind(text, next, end);
  if (kind === 'lower' || kind === 'continuer') return false;
  if (qe) return true;
  if (ellipsis) return kind === 'upper' || kind === 'caseless';
  if (text.charCodeAt(i) !== DOT) return true; // a CJK full stop
  // a single period: look at the word before it
  const word = wordBefore(text, i);
  if (word === '') return true; // a spaced period (`Nga . Ông`)
  const abbr = abbreviationKind(word, ab);
  if (abbr === 'title') return false;
  if (abbr === 'ambiguous') {
    if (kind === 'digit') return false;
    if (kind === 'upper') return ab.starters.has(firstWord(text, next, end));
  }
  return true;
}

function nextKind(text: string, at: number, end: number): NextKind {
  let p = at;
  const first = text.charCodeAt(p);
  if (isContinuer(first)) return 'continuer';
  // skip opening marks and spaces (a few only: `“ (`, `" `)
  for (let n = 0; p < end && n < 6; n++) {
    const c = text.charCodeAt(p);
    if (isOpener(c) || isSpaceCode(c)) p++;
    else break;
  }
  if (p >= end) return 'other';
  const c = text.charCodeAt(p);
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return 'upper';
    if (c >= 0x61 && c <= 0x7a) return 'lower';
    if (c >= 0x30 && c <= 0x39) return 'digit';
    return 'other';
  }
  const ch = String.fromCodePoint(text.codePointAt(p)!);
  if (RE_UPPER.test(ch)) return 'upper';
  if (RE_LOWER.test(ch)) return 'lower';
  if (RE_DIGIT.test(ch)) return 'digit';
  if (RE_LETTER.test(ch)) return 'caseless';
  return 'other';
}

/** The token just before offset `i` (no whitespace), without opening marks, in NFC. '' when `i` follows a space. */
function wordBefore(text: string, i: number): string {
  if (i === 0 || isWhiteCode(text.charCodeAt(i - 1))) return '';
  let s = i;
  while (s > 0 && i - s < 40 && !isWhiteCode(text.charCodeAt(s - 1))) s--;
  while (s < i && isOpener(text.charCodeAt(s))) s++;
  return text.slice(s, i).normalize('NFC');
}

/** The word starting at `at` after any opening marks (letters, marks, `_` and `-`), in NFC. */
function firstWord(text: string, at: number, end: number): string {
  let p = at;
  while (p < end && (isOpener(text.charCodeAt(p)) || isSpaceCode(text.charCodeAt(p)))) p++;
  const m = /^[\p{L}\p{M}_'’-]+/u.exec(text.slice(p, Math.min(end, p + 40)));
  return m ? m[0].normalize('NFC') : '';
}

function abbreviationKind(word: string, ab: AbbreviationData): 'title' | 'ambiguous' | 'word' {
  if (ab.titles.has(word)) return 'title';
  if (ab.ambiguous.has(word)) return 'ambiguous';
  if (RE_INITIAL.test(word)) return 'ambiguous';
  if (word.includes('.')) {
    const parts = word.split('.');
    if (parts.every((x) => ab.titles.has(x))) return 'title'; // `PGS.TS`
    if (parts.every((x) => RE_SHORT_LETTERS.test(x))) return 'ambiguous'; // `TP.HCM`, `Th.S`, `e.g`
  }
  return 'word';
}

const RE_LOWER_WORD = /^[\p{Ll}\p{M}_-]+$/u;
/** First UTF-16 units of the break words, in NFC and NFD, to skip most words without normalising them. */
const TITLE_BREAK_INITIALS = new Set([...VI_TITLE_BREAK_WORDS].flatMap((w) => [w.charCodeAt(0), w.normalize('NFD').charCodeAt(0)]));

/**
 * Vietnamese: a title with no final punctuation often runs into the first sentence of a one-line
 * article (`... xích lại gần nhau Ông Kim_Jong-un sẽ gặp ...`). Within the first TITLE_MAX_WORDS words
 * of a paragraph's first sentence, a word that opens sentences and is never part of a name
 * (VI_TITLE_BREAK_WORDS) right after a lower-case word starts a new sentence. Splits at most once.
 */
function splitRunInTitle(text: string, out: Span[]): void {
  const first = out[0];
  const re = /[^\s]+/gu;
  const slice = text.slice(first.start, Math.min(first.end, first.start + TITLE_MAX_WORDS * 40));
  let prev: string | undefined;
  let m: RegExpExecArray | null;
  for (let n = 0; n < TITLE_MAX_WORDS && (m = re.exec(slice)); n++) {
    const w = m[0];
    if (n >= 2 && prev !== undefined && TITLE_BREAK_INITIALS.has(w.charCodeAt(0)) && VI_TITLE_BREAK_WORDS.has(w.normalize('NFC')) && RE_LOWER_WORD.test(prev)) {
      const at = first.start + m.index;
      let titleEnd = at;
      while (titleEnd > first.start && isWhiteCode(text.charCodeAt(titleEnd - 1))) titleEnd--;
      out.splice(0, 1, { start: first.start, end: titleEnd }, { start: at, end: first.end });
      return;
    }
    prev = w;
  }
}
