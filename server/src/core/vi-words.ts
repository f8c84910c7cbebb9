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

/** A node of the words' trie over syllable ids: `word` when the path to it spells a word of the list. */
export interface WordNode {
  word: boolean;
  next?: Map<number, WordNode>;
}

/** A node of the skeletons' trie: the words (syllable ids) whose skeletons spell the path to it. */
export interface SkeletonNode {
  words?: number[][];
  next?: Map<number, SkeletonNode>;
}

/**
 * A word list read: each syllable key and skeleton of the list numbered, the words as a trie over key
 * ids and again over skeleton ids, and per key id how many words hold it (few for a syllable
 * Vietnamese rarely writes). A syllable that is not in `keyIds` is in no word of the list.
 */
export interface ViWordList {
  size: number;
  keyIds: Map<string, number>;
  keys: string[];
  skeletonIds: Map<string, number>;
  words: WordNode;
  skeletons: SkeletonNode;
  holding: number[];
}

/** The longest word, in syllables, that the tone check looks for. */
export const MAX_WORD_SYLLABLES = 4;

/** True when the syllables (as `syllableKey` gives them) are a word of the list. */
export function isListWord(list: ViWordList, keys: readonly string[]): boolean {
  let node: WordNode | undefined = list.words;
  for (const key of keys) {
    const syllableId = list.keyIds.get(key);
    node = syllableId === undefined ? undefined : node.next?.get(syllableId);
    if (!node) return false;
  }
  return node.word;
}

/** The words (as syllable keys) whose syllables have these skeletons, in list order. */
export function listWordsWithSkeleton(list: ViWordList, skeletons: readonly string[]): string[][] {
  let node: SkeletonNode | undefined = list.skeletons;
  for (const skeleton of skeletons) {
    const syllableId = list.skeletonIds.get(skeleton);
    node = syllableId === undefined ? undefined : node.next?.get(syllableId);
    if (!node) return [];
  }
  return (node.words ?? []).map((word) => word.map((id) => list.keys[id]));
}

/** How many words of the list hold the syllable (a key). */
export function wordsHolding(list: ViWordList, key: string): number {
  const syllableId = list.keyIds.get(key);
  return syllableId === undefined ? 0 : list.holding[syllableId];
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

/** The child of `node` for `id`, made when missing. */
function child<Node extends { next?: Map<number, Node> }>(node: Node, syllableId: number, make: () => Node): Node {
  node.next ??= new Map();
  let found = node.next.get(syllableId);
  if (!found) node.next.set(syllableId, (found = make()));
  return found;
}

/**
 * Reads a word list's text: one word a line, syllables separated by spaces (or tabs); a line starting
 * with `#`, a one-syllable word, a word of more than `MAX_WORD_SYLLABLES` syllables and a line with
 * anything but letters are left out.
 */
export function parseViWordList(text: string): ViWordList {
  const list: ViWordList = { size: 0, keyIds: new Map(), keys: [], skeletonIds: new Map(), words: { word: false }, skeletons: {}, holding: [] };
  // a list repeats a few thousand syllables: each is worked out once
  const seen = new Map<string, { keyId: number; skeletonId: number }>();
  const idsOf = (syllable: string) => {
    let known = seen.get(syllable);
    if (known) return known;
    const key = syllableKey(syllable);
    let keyId = list.keyIds.get(key);
    if (keyId === undefined) {
      list.keyIds.set(key, (keyId = list.keys.length));
      list.keys.push(key);
      list.holding.push(0);
    }
    const skeleton = syllableSkeleton(key);
    let skeletonId = list.skeletonIds.get(skeleton);
    if (skeletonId === undefined) list.skeletonIds.set(skeleton, (skeletonId = list.skeletonIds.size));
    seen.set(syllable, (known = { keyId, skeletonId }));
    return known;
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const syllables = trimmed.split(/[ \t]+/);
    if (syllables.length < 2 || syllables.length > MAX_WORD_SYLLABLES) continue;
    if (!syllables.every((syllable) => /^[\p{L}\p{M}]+$/u.test(syllable))) continue;
    const ids = syllables.map(idsOf);
    let node = list.words;
    for (const { keyId } of ids) node = child(node, keyId, () => ({ word: false }));
    if (node.word) continue;
    node.word = true;
    list.size++;
    const keyIds = ids.map((id) => id.keyId);
    for (const keyId of new Set(keyIds)) list.holding[keyId]++;
    let skeletonNode = list.skeletons;
    for (const { skeletonId } of ids) skeletonNode = child(skeletonNode, skeletonId, () => ({}));
    (skeletonNode.words ??= []).push(keyIds);
  }
  return list;
}
