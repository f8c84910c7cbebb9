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
  const L = /\p{L}/u, M = /\p{M}/u, N = /\p{N}/u, Lu = /\p{Lu}/u, Ll = /\p{Ll}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCharCode(c);
    let f = 0;
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) f = LETTER | (c <= 90 ? UPPER : LOWER);
      else if (c >= 48 && c <= 57) f = DIGIT;
    } else {
      if (L.test(s)) f |= LETTER | (Lu.test(s) ? UPPER : 0) | (Ll.test(s) ? LOWER : 0);
      if (M.test(s)) f |= MARK;
      if (N.test(s)) f |= DIGIT;
    }
    if (c === 39 || c === 0x2019 || c === 45) f |= JOINER;
    table[c] = f;
  }
}

/** Flags of the UTF-16 code unit at i (0 for surrogates: astral letters are rare in these texts). */
export function flagsAt(t: string, i: number): number {
  return table[t.charCodeAt(i)];
}

/**
 * Calls `fn(start, end)` for every maximal run of letters and marks inside [from, to) of `t`, with
 * `before`/`after` the flags of the neighbouring characters (0 at the edges). Returns early when fn
 * returns false.
 */
export function forEachWord(t: string, from: number, to: number, fn: (start: number, end: number) => boolean | void): void {
  let i = from;
  while (i < to) {
    if (!(table[t.charCodeAt(i)] & (LETTER | MARK))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && table[t.charCodeAt(j)] & (LETTER | MARK)) j++;
    if (fn(i, j) === false) return;
    i = j;
  }
}

export function regionWords(side: Side, fn: (start: number, end: number) => boolean | void): void {
  forEachWord(side.text, side.region.start, side.region.end, fn);
}

/** True when the code unit is >= 0x80 and not whitespace, punctuation or a digit (a "Vietnamese letter" hint). */
export function nonAsciiLetterish(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 0x80 && (table[c] & (LETTER | MARK)) !== 0;
}

/**
 * `fn` with its answer remembered per word for one text (a book repeats its words thousands of times);
 * no answer is remembered as undefined too.
 */
export function perWord<T>(fn: (word: string) => T | undefined): (word: string) => T | undefined {
  const memo = new Map<string, T | null>();
  return (word) => {
    let r = memo.get(word);
    if (r === undefined) {
      r = fn(word) ?? null;
      memo.set(word, r);
    }
    return r ?? undefined;
  };
}
