// Character classes as a lookup table over the BMP (built once), and a word scanner: the side rules
// walk 20 MB lines with these instead of Unicode regexes with look-behind, so they stay linear.
import type { Side } from '../../types';

export const LETTER = 1;
export const MARK = 2;
export const DIGIT = 4;
export const UPPER = 8;
export const LOWER = 16;
/** ' ’ - : letters of a word part (`Jong-un`, `Ma'am`). */
export const JOINER = 32;

const table = new Uint8Array(0x10000);
{
  const letterPattern = /\p{L}/u, markPattern = /\p{M}/u, numberPattern = /\p{N}/u, upperPattern = /\p{Lu}/u, lowerPattern = /\p{Ll}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCharCode(code);
    let codeFlags = 0;
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) codeFlags = LETTER | (code <= 90 ? UPPER : LOWER);
      else if (code >= 48 && code <= 57) codeFlags = DIGIT;
    } else {
      if (letterPattern.test(character)) codeFlags |= LETTER | (upperPattern.test(character) ? UPPER : 0) | (lowerPattern.test(character) ? LOWER : 0);
      if (markPattern.test(character)) codeFlags |= MARK;
      if (numberPattern.test(character)) codeFlags |= DIGIT;
    }
    if (code === 39 || code === 0x2019 || code === 45) codeFlags |= JOINER;
    table[code] = codeFlags;
  }
}

/** Flags of the UTF-16 code unit at i (0 for surrogates: astral letters are rare in these texts). */
export function flagsAt(source: string, offset: number): number {
  return table[source.charCodeAt(offset)];
}

/**
 * Calls `fn(start, end)` for every maximal run of letters and marks inside [from, to) of `t`, with
 * `before`/`after` the flags of the neighbouring characters (0 at the edges). Returns early when fn
 * returns false.
 */
export function forEachWord(source: string, from: number, until: number, visit: (start: number, end: number) => boolean | void): void {
  let wordStart = from;
  while (wordStart < until) {
    if (!(table[source.charCodeAt(wordStart)] & (LETTER | MARK))) {
      wordStart++;
      continue;
    }
    let wordEnd = wordStart + 1;
    while (wordEnd < until && table[source.charCodeAt(wordEnd)] & (LETTER | MARK)) wordEnd++;
    if (visit(wordStart, wordEnd) === false) return;
    wordStart = wordEnd;
  }
}

export function regionWords(side: Side, visit: (start: number, end: number) => boolean | void): void {
  forEachWord(side.text, side.region.start, side.region.end, visit);
}

/** True when the code unit is >= 0x80 and not whitespace, punctuation or a digit (a "Vietnamese letter" hint). */
export function nonAsciiLetterish(source: string, offset: number): boolean {
  const code = source.charCodeAt(offset);
  return code >= 0x80 && (table[code] & (LETTER | MARK)) !== 0;
}

/**
 * `fn` with its answer remembered per word for one text (a book repeats its words thousands of times);
 * no answer is remembered as undefined too.
 */
export function perWord<T>(visit: (word: string) => T | undefined): (word: string) => T | undefined {
  const memo = new Map<string, T | null>();
  return (word) => {
    let answer = memo.get(word);
    if (answer === undefined) {
      answer = visit(word) ?? null;
      memo.set(word, answer);
    }
    return answer ?? undefined;
  };
}
