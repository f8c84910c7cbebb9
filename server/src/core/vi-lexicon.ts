// The Vietnamese syllable lexicon the checks ship with: about 6,600 syllables from the cspell
// Vietnamese dictionary (@cspell/dict-vi-vn, MIT; generated into rules/data/vi-syllables.json by
// scripts/build-vi-syllables.mjs). A syllable is looked up in lower case, NFC, in either tone
// placement (the list writes `hoà`; `hòa` is found too).
import data from './rules/data/vi-syllables.json';
import { moveToneTo, tonePlacement } from './rules/support/tone-placement';

let set: Set<string> | undefined;

function lexicon(): Set<string> {
  if (set) return set;
  set = new Set<string>();
  for (const entry of data.syllables) set.add(entry);
  for (const entry of data.cased) set.add(entry.toLowerCase());
  return set;
}

const memo = new Map<string, boolean>();

/** True when the syllable (any case, NFC or NFD, old or new tone placement) is in the lexicon. */
export function isLexiconSyllable(syllable: string): boolean {
  const hit = memo.get(syllable);
  if (hit !== undefined) return hit;
  const lower = syllable.normalize('NFC').toLowerCase();
  const words = lexicon();
  let found = words.has(lower);
  if (!found) {
    const style = tonePlacement(lower);
    const other = style && moveToneTo(lower, style === 'old' ? 'new' : 'old');
    found = !!other && words.has(other);
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(syllable, found);
  return found;
}
