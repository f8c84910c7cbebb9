// A Vietnamese word list: words of two syllables or more (`hạ tầng`, `cơ sở hạ tầng`), one a line,
// syllables separated by spaces. No such list ships with Bitext (the free ones, such as Hồ Ngọc Đức's
// Viet74K, are GPL): the user names one (`viWordList` in bitext.config.json) and the front end reads it
// and passes its text here. Used by the real-word tone check (`rules/vietnamese-tone.ts`).
import { moveToneTo, tonePlacement } from './rules/support/tone-placement';

/** A syllable as the list compares it: lower case, NFC, the tone in the new placement (`hoà` -> `hòa`). */
export function syllableKey(syllable: string): string {
  const lower = syllable.normalize('NFC').toLowerCase();
  return tonePlacement(lower) === 'old' ? moveToneTo(lower, 'new') ?? lower : lower;
}

/** A syllable without its tone and vowel marks (`tầng` -> `tang`, `ưởng` -> `uong`); `đ` stays. */
export function syllableSkeleton(syllable: string): string {
  return syllable.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/**
 * A word list read (plain data, so it passes to a worker thread as it is): the words as syllable keys
 * joined by a space, the words by the skeletons of their syllables, and per syllable how many words
 * hold it (few for a syllable Vietnamese rarely writes).
 */
export interface ViWordList {
  words: Set<string>;
  bySkeleton: Map<string, string[][]>;
  holding: Map<string, number>;
}

/** The longest word, in syllables, that the tone check looks for. */
export const MAX_WORD_SYLLABLES = 4;

/** True when the syllables (as `syllableKey` gives them) are a word of the list. */
export function isListWord(list: ViWordList, keys: readonly string[]): boolean {
  return list.words.has(keys.join(' '));
}

/** The words (as syllable keys) whose syllables have these skeletons, in list order. */
export function listWordsWithSkeleton(list: ViWordList, skeletons: readonly string[]): readonly (readonly string[])[] {
  return list.bySkeleton.get(skeletons.join(' ')) ?? [];
}

/** How many words of the list hold the syllable (a key). */
export function wordsHolding(list: ViWordList, key: string): number {
  return list.holding.get(key) ?? 0;
}

let lastText: string | undefined;
let lastList: ViWordList | undefined;

/**
 * The list of a word list's text, read once for the last text asked for (a config carries the text,
 * which passes to a worker thread cheaply; the list is read there on first use).
 */
export function viWordListOf(text: string): ViWordList {
  if (text !== lastText || !lastList) {
    lastList = parseViWordList(text);
    lastText = text;
  }
  return lastList;
}

/**
 * Reads a word list's text: one word a line, syllables separated by spaces (or tabs); a line starting
 * with `#`, a one-syllable word, a word of more than `MAX_WORD_SYLLABLES` syllables and a line with
 * anything but letters are left out.
 */
export function parseViWordList(text: string): ViWordList {
  const list: ViWordList = { words: new Set(), bySkeleton: new Map(), holding: new Map() };
  // a list repeats a few thousand syllables: each key and skeleton is worked out once
  const keyOf = new Map<string, string>();
  const skeletonOf = new Map<string, string>();
  const key = (syllable: string) => {
    let known = keyOf.get(syllable);
    if (known === undefined) keyOf.set(syllable, (known = syllableKey(syllable)));
    return known;
  };
  const skeleton = (syllable: string) => {
    let known = skeletonOf.get(syllable);
    if (known === undefined) skeletonOf.set(syllable, (known = syllableSkeleton(syllable)));
    return known;
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const syllables = trimmed.split(/[ \t]+/);
    if (syllables.length < 2 || syllables.length > MAX_WORD_SYLLABLES) continue;
    if (!syllables.every((syllable) => /^[\p{L}\p{M}]+$/u.test(syllable))) continue;
    const keys = syllables.map(key);
    const joined = keys.join(' ');
    if (list.words.has(joined)) continue;
    list.words.add(joined);
    for (const each of new Set(keys)) list.holding.set(each, (list.holding.get(each) ?? 0) + 1);
    const skeletons = keys.map(skeleton).join(' ');
    const same = list.bySkeleton.get(skeletons);
    if (same) same.push(keys);
    else list.bySkeleton.set(skeletons, [keys]);
  }
  return list;
}
