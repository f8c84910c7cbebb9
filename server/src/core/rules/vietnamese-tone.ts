// vietnamese-tone: a real syllable with the wrong tone or vowel mark (`cơ sở hạ tàng` for `hạ tầng`),
// found with a word list the user names, from evidence correct text does not give by chance.
import type { Side } from '../types';
import type { SideRule } from './rule';
import * as chars from './support/chars';
// local copies: module exports are getters under some loaders, and these run per word
const { regionWords } = chars;
import { isLexiconSyllable } from '../vi-lexicon';
import { MAX_WORD_SYLLABLES, syllableKey, syllableSkeleton, wordsHolding, type SkeletonNode, type ViWordList, type WordNode } from '../vi-words';
import { moveToneTo, tonePlacement } from './support/tone-placement';

interface Syllable {
  start: number;
  end: number;
  key: string;
  /** Its key's and skeleton's numbers in the list, -1 when the list has none (no word holds it). */
  keyId: number;
  skeletonId: number;
}

/** A correction of one syllable: the word of the list it completes, in text offsets. */
interface Candidate {
  /** Index (in the run) of the syllable to change. */
  at: number;
  /** The window of the run that makes a word with the change: [first, first + length). */
  first: number;
  length: number;
  /** The corrected syllable (a key: lower case, NFC, new tone placement). */
  replacement: string;
}

/** `replacement` written the way `original` is: its capitals, its tone placement, its normal form. */
function spellLike(original: string, replacement: string): string {
  let out = replacement;
  if (tonePlacement(original) === 'old') out = moveToneTo(out, 'old') ?? out;
  const letters = [...out];
  const source = [...original.normalize('NFC')];
  if (source.length > 1 && source.every((ch) => ch === ch.toUpperCase())) out = out.toUpperCase();
  else if (source[0] && source[0] !== source[0].toLowerCase()) out = letters[0].toUpperCase() + letters.slice(1).join('');
  return original === original.normalize('NFC') ? out : out.normalize('NFD');
}

/** How a word is compared: its key and the list's numbers for it (`vi-words.ts`), once per word of a text. */
type Spelling = (word: string) => { key: string; keyId: number; skeletonId: number };

function spellingMemo(words: ViWordList): Spelling {
  const memo = new Map<string, { key: string; keyId: number; skeletonId: number }>();
  return (word) => {
    let known = memo.get(word);
    if (!known) {
      const key = syllableKey(word);
      known = { key, keyId: words.keyIds.get(key) ?? -1, skeletonId: words.skeletonIds.get(syllableSkeleton(key)) ?? -1 };
      memo.set(word, known);
    }
    return known;
  };
}

/** Runs of syllables written one after another (a space, a tab or `_` between them), in text order. */
function syllableRuns(side: Side, spell: Spelling, visit: (run: Syllable[]) => void): void {
  const text = side.text;
  let run: Syllable[] = [];
  let lastEnd = -1;
  regionWords(side, (start, end) => {
    if (run.length) {
      let joined = start - lastEnd <= 2;
      for (let k = lastEnd; joined && k < start; k++) {
        const code = text.charCodeAt(k);
        joined = code === 32 || code === 9 || code === 95;
      }
      if (!joined) {
        visit(run);
        run = [];
      }
    }
    lastEnd = end;
    if (end - start > 8) {
      if (run.length) visit(run);
      run = [];
      return;
    }
    const spelled = spell(text.slice(start, end));
    run.push({ start, end, key: spelled.key, keyId: spelled.keyId, skeletonId: spelled.skeletonId });
  });
  if (run.length) visit(run);
}

/** The keys of run[first, first + length) joined by a space. */
function joinedGroup(run: Syllable[], first: number, length: number): string {
  let out = run[first].key;
  for (let k = first + 1; k < first + length; k++) out += ' ' + run[k].key;
  return out;
}

/** Which groups of a run are words of the list as written: `isWord(first, length)`. */
function wordsOfRun(run: Syllable[], words: ViWordList): (first: number, length: number) => boolean {
  const stride = MAX_WORD_SYLLABLES + 1;
  const wordAt = new Uint8Array(run.length * stride);
  for (let first = 0; first < run.length; first++) {
    let node: WordNode | undefined = words.words.next?.get(run[first].keyId);
    for (let length = 2; node && length <= MAX_WORD_SYLLABLES && first + length <= run.length; length++) {
      node = node.next?.get(run[first + length - 1].keyId);
      if (node?.word) wordAt[first * stride + length] = 1;
    }
  }
  return (first, length) => wordAt[first * stride + length] === 1;
}

/** Syllable k of the run is part of a word of the list as written: `covered[k]`. */
function coveredOf(run: Syllable[], isWord: (first: number, length: number) => boolean): Uint8Array {
  const covered = new Uint8Array(run.length);
  for (let first = 0; first < run.length; first++) {
    for (let length = 2; length <= MAX_WORD_SYLLABLES && first + length <= run.length; length++) if (isWord(first, length)) covered.fill(1, first, first + length);
  }
  return covered;
}

/**
 * Groups of a run that make a word of the list with one syllable's tone or vowel marks changed (the
 * group as written being no word), before any evidence is weighed.
 */
function oneMarkAway(run: Syllable[], words: ViWordList, isWord: (first: number, length: number) => boolean, covered: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let first = 0; first < run.length; first++) {
    let node: SkeletonNode | undefined = words.skeletons.next?.get(run[first].skeletonId);
    for (let length = 2; node && length <= MAX_WORD_SYLLABLES && first + length <= run.length; length++) {
      node = node.next?.get(run[first + length - 1].skeletonId);
      if (!node?.words || isWord(first, length)) continue;
      for (const word of node.words) {
        let differs = -1;
        let several = false;
        for (let k = 0; k < length && !several; k++) {
          if (word[k] === run[first + k].keyId) continue;
          several = differs >= 0;
          differs = k;
        }
        if (differs >= 0 && !several && !covered[first + differs]) out.push({ at: first + differs, first, length, replacement: words.keys[word[differs]] });
      }
    }
  }
  return out;
}

/**
 * The corrections a run offers: of `oneMarkAway`'s, those whose syllable is part of no word of the
 * list as written and where no word of the list crosses the group's edges.
 */
function candidates(run: Syllable[], words: ViWordList): Candidate[] {
  const isWord = wordsOfRun(run, words);
  const covered = coveredOf(run, isWord);
  const raw = oneMarkAway(run, words, isWord, covered);
  if (!raw.length) return raw;
  const count = run.length;
  /** A word of the list as written crosses an edge of [first, first + length). */
  const crossed = (first: number, length: number): boolean => {
    for (let start = Math.max(0, first - MAX_WORD_SYLLABLES + 1); start < Math.min(count, first + length); start++) {
      for (let size = 2; size <= MAX_WORD_SYLLABLES && start + size <= count; size++) {
        const end = start + size;
        if (((start < first && end > first) || (start < first + length && end > first + length)) && isWord(start, size)) return true;
      }
    }
    return false;
  };
  return raw.filter((candidate) => !crossed(candidate.first, candidate.length));
}

/** At most this many words of the list hold a syllable reported inside a word of 3 syllables or more. */
const RARE_IN_LONG_WORD = 30;
/** At most this many words of the list hold a syllable reported inside a word of 2 syllables. */
const RARE_IN_PAIR = 10;

export const vietnameseTone: SideRule = {
  id: 'vietnamese-tone',
  scope: 'side',
  description: 'A Vietnamese syllable whose tone or vowel mark makes no word with its neighbours (`cơ sở hạ tàng` for `hạ tầng`).',
  docs:
    'Needs a Vietnamese word list, which Bitext does not ship (the free ones are GPL): name one with ' +
    '`viWordList` in bitext.config.json (one word a line, syllables separated by spaces, e.g. Hồ Ngọc ' +
    'Đức\'s Viet74K.txt, which the npm package `@vntk/dictionary` carries as `data/Viet74K.txt`). A ' +
    'syllable is reported when it is a real syllable but part of no word of the list, its neighbours ' +
    'make a word of the list with only its tone or vowel mark changed (`hạ tầng`), no word of the list ' +
    'crosses that group\'s edges, few words of the list hold the syllable, and the text does not write ' +
    'the same group again; in a group of two syllables, the text must also write the right word ' +
    'elsewhere. The evidence is the whole document\'s, so an edit re-checks it with the full analysis. ' +
    'The fix changes a letter, so it is offered, never applied by fix all.',
  defaultSeverity: 'info',
  tags: ['typo', 'vietnamese', 'side'],
  fix: 'explicit',
  check(side, ctx) {
    const words = ctx.viWords;
    if (side.lang !== 'vi' || !words || !words.size) return;
    const text = side.text;
    const spell = spellingMemo(words);
    const found: { syllable: Syllable; run: Syllable[]; candidate: Candidate }[] = [];
    syllableRuns(side, spell, (run) => {
      if (run.length < 2) return;
      const offered = candidates(run, words);
      if (!offered.length) return;
      const byIndex = new Map<number, Candidate[]>();
      for (const candidate of offered) {
        const list = byIndex.get(candidate.at);
        if (list) list.push(candidate);
        else byIndex.set(candidate.at, [candidate]);
      }
      for (const [index, list] of byIndex) {
        // the longest group decides (`cơ sở hạ tầng`, not `hạ tằng`); two corrections there: no evidence which
        const longest = Math.max(...list.map((candidate) => candidate.length));
        const best = list.filter((candidate) => candidate.length === longest);
        if (new Set(best.map((candidate) => candidate.replacement)).size !== 1) continue;
        const candidate = best[0];
        const syllable = run[index];
        if (!isLexiconSyllable(text.slice(syllable.start, syllable.end))) continue; // a non-word: vietnamese-orthography's
        // a syllable that many words of the list hold is a common one, written on purpose
        if (wordsHolding(words, syllable.key) > (candidate.length >= 3 ? RARE_IN_LONG_WORD : RARE_IN_PAIR)) continue;
        found.push({ syllable, run, candidate });
      }
    });
    if (!found.length) return;
    const writtenGroup = ({ run, candidate }: (typeof found)[number]) => joinedGroup(run, candidate.first, candidate.length);
    const correctedGroup = ({ run, candidate }: (typeof found)[number]) => {
      const keys = run.slice(candidate.first, candidate.first + candidate.length).map((syllable) => syllable.key);
      keys[candidate.at - candidate.first] = candidate.replacement;
      return keys.join(' ');
    };
    // how often the text writes each group found, as written and as corrected, and each syllable found
    // outside any word of the list
    const wantedGroups = new Set(found.flatMap((item) => [writtenGroup(item), correctedGroup(item)]));
    const wantedSyllables = new Set(found.map((item) => item.syllable.key));
    const seen = new Map<string, number>();
    const free = new Map<string, number>();
    const wantedFirst = new Set([...wantedGroups].map((group) => group.split(' ')[0]));
    syllableRuns(side, spell, (run) => {
      for (let first = 0; first < run.length; first++) {
        if (!wantedFirst.has(run[first].key)) continue;
        for (let length = 2; length <= MAX_WORD_SYLLABLES && first + length <= run.length; length++) {
          const group = joinedGroup(run, first, length);
          if (wantedGroups.has(group)) seen.set(group, (seen.get(group) ?? 0) + 1);
        }
      }
      if (!run.some((syllable) => wantedSyllables.has(syllable.key))) return;
      const covered = coveredOf(run, wordsOfRun(run, words));
      for (let k = 0; k < run.length; k++) if (!covered[k] && wantedSyllables.has(run[k].key)) free.set(run[k].key, (free.get(run[k].key) ?? 0) + 1);
    });
    for (const item of found) {
      const { syllable, run, candidate } = item;
      // a group the text writes twice or more as it is, the writer means
      if ((seen.get(writtenGroup(item)) ?? 0) > 1) continue;
      if (candidate.length < 3) {
        // a pair needs the text's own evidence: it writes the word right elsewhere, and never writes the
        // syllable outside a word of the list but here
        if (!seen.get(correctedGroup(item)) || (free.get(syllable.key) ?? 0) > 1) continue;
      }
      const original = text.slice(syllable.start, syllable.end);
      const replacement = spellLike(original, candidate.replacement);
      const groupStart = run[candidate.first].start;
      const groupEnd = run[candidate.first + candidate.length - 1].end;
      const written = text.slice(groupStart, groupEnd);
      const meant = text.slice(groupStart, syllable.start) + replacement + text.slice(syllable.end, groupEnd);
      ctx.report({
        message: `"${original}" makes no word here; "${written}" may be "${meant}" (tone or vowel mark)`,
        uri: side.uri,
        span: { start: syllable.start, end: syllable.end },
        fixes: [{ title: `Change "${original}" to "${replacement}"`, edits: [{ uri: side.uri, start: syllable.start, end: syllable.end, newText: replacement }], safe: false }],
        data: { replacement, word: meant },
      });
    }
  },
};
