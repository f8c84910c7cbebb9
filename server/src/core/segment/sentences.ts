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
const isStop = (code: number) => code === DOT || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff0e;
const isCjkStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e;
const isQE = (c: number) => c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;
/** Closing quotes and brackets that stay with the sentence they follow (straight `"` is handled apart). */
const isCloser = (code: number) =>
  code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x203a || code === 0x29 || code === 0x5d || code === 0x7d ||
  code === 0x300d || code === 0x300f || code === 0xff09;
const isOpenBracket = (c: number) => c === 0x28 || c === 0x5b || c === 0x7b || c === 0xff08;
const isCloseBracket = (c: number) => c === 0x29 || c === 0x5d || c === 0x7d || c === 0xff09;
/** Marks that may stand before the first letter of a sentence: opening quotes, brackets, dashes, bullets. */
const isOpener = (code: number) =>
  code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x201e || code === 0xab || code === 0x2039 ||
  code === 0x28 || code === 0x5b || code === 0xbf || code === 0xa1 || code === 0x2013 || code === 0x2014 || code === 0x2d ||
  code === 0x2022 || code === 0x300c || code === 0x300e;
/** Punctuation after a stop that shows the sentence goes on (`?” one reporter`, `... " , Michael`). */
const isContinuer = (code: number) => code === 0x2c || code === 0x3b || code === 0x3a || code === 0x3001 || code === 0xff0c;

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
  const abbreviations = abbreviationsFor(lang);
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

  let stopAt = pos;
  while (stopAt < end) {
    const code = text.charCodeAt(stopAt);
    if (code === 0x22) { quoteOpen = !quoteOpen; stopAt++; continue; }
    if (code === 0x27) {
      if ((stopAt === pos || isWhiteCode(text.charCodeAt(stopAt - 1))) && (stopAt + 1 >= end || isWhiteCode(text.charCodeAt(stopAt + 1)))) singleOpen = !singleOpen;
      stopAt++;
      continue;
    }
    if (isOpenBracket(code)) { if (brackets.length < 64) brackets.push(stopAt); stopAt++; continue; }
    if (isCloseBracket(code)) { brackets.pop(); stopAt++; continue; }
    if (!isStop(code)) { stopAt++; continue; }

    // a run of stops: stopAt .. stopsEnd
    let stopsEnd = stopAt + 1;
    let questionOrBang = isQE(code);
    let dots = code === DOT ? 1 : 0;
    let ellipsis = code === 0x2026;
    while (stopsEnd < end && isStop(text.charCodeAt(stopsEnd))) {
      const nextCode = text.charCodeAt(stopsEnd);
      if (isQE(nextCode)) questionOrBang = true;
      else if (nextCode === DOT) dots++;
      else if (nextCode === 0x2026) ellipsis = true;
      stopsEnd++;
    }
    if (dots >= 2) ellipsis = true;
    // a stop glued to a following letter or digit is inside a token: `U.S`, `3.5`, `TP.HCM`, `nytimes.com`
    // (CJK full stops are never followed by a space)
    if (stopsEnd < end && !isCjkStop(text.charCodeAt(stopsEnd - 1))) {
      const nextCode = text.charCodeAt(stopsEnd);
      if (!isWhiteCode(nextCode) && !isCloser(nextCode) && nextCode !== 0x22 && nextCode !== 0x27 && !isContinuer(nextCode) && !isOpener(nextCode)) { stopAt = stopsEnd; continue; }
    }
    // closing quotes and brackets after the stop stay with the sentence (spaced ones too: `Mỹ " .`)
    let closersEnd = stopsEnd;
    for (;;) {
      if (closersEnd >= end) break;
      const nextCode = text.charCodeAt(closersEnd);
      if (isCloser(nextCode)) { if (isCloseBracket(nextCode)) brackets.pop(); closersEnd++; continue; }
      if (nextCode === 0x22) {
        if (closersEnd === stopsEnd || !isWhiteCode(text.charCodeAt(closersEnd - 1)) || quoteOpen) { quoteOpen = false; closersEnd++; continue; }
        break;
      }
      if (nextCode === 0x27 && !isWhiteCode(text.charCodeAt(closersEnd - 1))) { closersEnd++; continue; }
      if (isWhiteCode(nextCode)) {
        let spaceEnd = closersEnd + 1;
        while (spaceEnd < end && isWhiteCode(text.charCodeAt(spaceEnd))) spaceEnd++;
        if (spaceEnd < end) {
          const codeAfterSpace = text.charCodeAt(spaceEnd);
          const standaloneSingle = codeAfterSpace === 0x27 && singleOpen && (spaceEnd + 1 >= end || isWhiteCode(text.charCodeAt(spaceEnd + 1)));
          const spacedCloser = codeAfterSpace === 0x201d || codeAfterSpace === 0xbb || codeAfterSpace === 0x300d || codeAfterSpace === 0x300f || (codeAfterSpace === 0x22 && quoteOpen) ||
            (isCloseBracket(codeAfterSpace) && brackets.length > 0) || standaloneSingle;
          if (standaloneSingle) singleOpen = false;
          if (spacedCloser) { closersEnd = spaceEnd + (standaloneSingle ? 1 : 0); continue; }
        }
      }
      break;
    }
    let next = closersEnd;
    while (next < end && isWhiteCode(text.charCodeAt(next))) next++;
    if (next >= end) break; // the rest of the span is the last sentence
    const inBracket = brackets.length > 0 && stopAt - brackets[brackets.length - 1] < BRACKET_REACH;
    if (!hasInk) {
      hasInk = hasInkIn(text, inkScanned, stopAt);
      inkScanned = stopAt;
    }
    if (!inBracket && hasInk && decide(text, stopAt, stopsEnd, next, end, questionOrBang, ellipsis, abbreviations)) {
      out.push({ start: sentStart, end: closersEnd });
      sentStart = next;
      inkScanned = next;
      hasInk = false;
      brackets.length = 0;
    }
    stopAt = Math.max(closersEnd, stopsEnd);
  }
  out.push({ start: sentStart, end });
  if (lang === 'vi') splitRunInTitle(text, out);
  return out;
}

function hasInkIn(text: string, from: number, until: number): boolean {
  for (let cursor = from; cursor < until; cursor++) {
    const code = text.charCodeAt(cursor);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
    if (code >= 0x80 && RE_ALNUM.test(text[cursor])) return true;
  }
  return false;
}

/** Does the stop run `text[i..j)`, followed by the sentence material at `next`, end a sentence? */
function decide(text: string, stopAt: number, stopsEnd: number, next: number, end: number, questionOrBang: boolean, ellipsis: boolean, abbreviations: AbbreviationData): boolean {
  const kind = nextKind(text, next, end);
  if (kind === 'lower' || kind === 'continuer') return false;
  if (questionOrBang) return true;
  if (ellipsis) return kind === 'upper' || kind === 'caseless';
  if (text.charCodeAt(stopAt) !== DOT) return true; // a CJK full stop
  // a single period: look at the word before it
  const word = wordBefore(text, stopAt);
  if (word === '') return true; // a spaced period (`Nga . Ông`)
  const abbr = abbreviationKind(word, abbreviations);
  if (abbr === 'title') return false;
  if (abbr === 'ambiguous') {
    if (kind === 'digit') return false;
    if (kind === 'upper') return abbreviations.starters.has(firstWord(text, next, end));
  }
  return true;
}

function nextKind(text: string, offset: number, end: number): NextKind {
  let cursor = offset;
  const first = text.charCodeAt(cursor);
  if (isContinuer(first)) return 'continuer';
  // skip opening marks and spaces (a few only: `“ (`, `" `)
  for (let step = 0; cursor < end && step < 6; step++) {
    const code = text.charCodeAt(cursor);
    if (isOpener(code) || isSpaceCode(code)) cursor++;
    else break;
  }
  if (cursor >= end) return 'other';
  const code = text.charCodeAt(cursor);
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return 'upper';
    if (code >= 0x61 && code <= 0x7a) return 'lower';
    if (code >= 0x30 && code <= 0x39) return 'digit';
    return 'other';
  }
  const character = String.fromCodePoint(text.codePointAt(cursor)!);
  if (RE_UPPER.test(character)) return 'upper';
  if (RE_LOWER.test(character)) return 'lower';
  if (RE_DIGIT.test(character)) return 'digit';
  if (RE_LETTER.test(character)) return 'caseless';
  return 'other';
}

/** The token just before offset `i` (no whitespace), without opening marks, in NFC. '' when `i` follows a space. */
function wordBefore(text: string, stopAt: number): string {
  if (stopAt === 0 || isWhiteCode(text.charCodeAt(stopAt - 1))) return '';
  let wordStart = stopAt;
  while (wordStart > 0 && stopAt - wordStart < 40 && !isWhiteCode(text.charCodeAt(wordStart - 1))) wordStart--;
  while (wordStart < stopAt && isOpener(text.charCodeAt(wordStart))) wordStart++;
  return text.slice(wordStart, stopAt).normalize('NFC');
}

/** The word starting at `at` after any opening marks (letters, marks, `_` and `-`), in NFC. */
function firstWord(text: string, offset: number, end: number): string {
  let cursor = offset;
  while (cursor < end && (isOpener(text.charCodeAt(cursor)) || isSpaceCode(text.charCodeAt(cursor)))) cursor++;
  const match = /^[\p{L}\p{M}_'’-]+/u.exec(text.slice(cursor, Math.min(end, cursor + 40)));
  return match ? match[0].normalize('NFC') : '';
}

function abbreviationKind(word: string, abbreviations: AbbreviationData): 'title' | 'ambiguous' | 'word' {
  if (abbreviations.titles.has(word)) return 'title';
  if (abbreviations.ambiguous.has(word)) return 'ambiguous';
  if (RE_INITIAL.test(word)) return 'ambiguous';
  if (word.includes('.')) {
    const parts = word.split('.');
    if (parts.every((x) => abbreviations.titles.has(x))) return 'title'; // `PGS.TS`
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
  const tokenPattern = /[^\s]+/gu;
  const slice = text.slice(first.start, Math.min(first.end, first.start + TITLE_MAX_WORDS * 40));
  let prev: string | undefined;
  let match: RegExpExecArray | null;
  for (let step = 0; step < TITLE_MAX_WORDS && (match = tokenPattern.exec(slice)); step++) {
    const token = match[0];
    if (step >= 2 && prev !== undefined && TITLE_BREAK_INITIALS.has(token.charCodeAt(0)) && VI_TITLE_BREAK_WORDS.has(token.normalize('NFC')) && RE_LOWER_WORD.test(prev)) {
      const offset = first.start + match.index;
      let titleEnd = offset;
      while (titleEnd > first.start && isWhiteCode(text.charCodeAt(titleEnd - 1))) titleEnd--;
      out.splice(0, 1, { start: first.start, end: titleEnd }, { start: offset, end: first.end });
      return;
    }
    prev = token;
  }
}
