// Synthetic parallel text for the aligner's tests: an invented source language and its "translation"
// word by word into an invented target language (or into Han characters, no spaces), with the
// splits, merges, omissions and drifts real translations have. Deterministic (a seeded generator), so a
// test states exactly what the text is; no real book is used (those are for `npm run bench`).

import { rng } from '../../scripts/make-corpus';

const CONSONANTS = 'bcdfghklmnprstvz';
const VOWELS = 'aeiou';

function inventWord(random: () => number, syllables: number): string {
  let word = '';
  for (let k = 0; k < syllables; k++) word += CONSONANTS[Math.floor(random() * CONSONANTS.length)] + VOWELS[Math.floor(random() * VOWELS.length)];
  return word;
}

/** A vocabulary of `size` invented words and a translation of each (a word, or 1–2 Han characters). */
export function lexicon(random: () => number, size: number, target: 'latin' | 'han'): { source: string[]; target: string[] } {
  const source: string[] = [];
  const translated: string[] = [];
  for (let k = 0; k < size; k++) {
    source.push(inventWord(random, 1 + Math.floor(random() * 3)));
    if (target === 'latin') translated.push(inventWord(random, 1 + Math.floor(random() * 3)));
    else {
      let han = '';
      const count = random() < 0.6 ? 1 : 2;
      for (let c = 0; c < count; c++) han += String.fromCharCode(0x4e00 + Math.floor(random() * 2000));
      translated.push(han);
    }
  }
  return { source, target: translated };
}

export interface SyntheticPair {
  source: string[];
  target: string[];
  /** The word list the translation used: source word -> target word. */
  vocabulary: { source: string[]; target: string[] };
  /** The true beads, [source indices]:[target indices]. */
  gold: Array<{ a: number[]; b: number[] }>;
}

export interface PairOptions {
  sentences: number;
  target?: 'latin' | 'han';
  /** Share of source sentences the translation splits in two (1-2 beads: the counts drift apart). */
  splitShare?: number;
  /** Share of source sentences the translation merges with the next (2-1 beads). */
  mergeShare?: number;
  seed?: number;
}

/**
 * Source sentences of 4–30 words (Zipf-like word choice: frequent and rare words), each translated
 * word by word, with a little reordering, a few dropped and added words, and the splits and merges
 * asked for. Names (a capitalised word) and numbers cross unchanged, as in real text.
 */
export function syntheticPair(options: PairOptions): SyntheticPair {
  const random = rng(options.seed ?? 7);
  const vocab = lexicon(random, 3000, options.target ?? 'latin');
  const join = options.target === 'han' ? '' : ' ';
  const stop = options.target === 'han' ? '。' : '.';
  const pick = () => Math.min(vocab.source.length - 1, Math.floor(Math.pow(random(), 2.2) * vocab.source.length));
  const sourceWords: number[][] = [];
  for (let k = 0; k < options.sentences; k++) {
    const length = 4 + Math.floor(Math.pow(random(), 1.5) * 26);
    sourceWords.push(Array.from({ length }, pick));
  }
  const renderSource = (words: number[], tail: string) => {
    const text = words.map((w) => vocab.source[w]).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + tail;
  };
  const capital = (words: string[]) => (words.length ? [words[0].charAt(0).toUpperCase() + words[0].slice(1), ...words.slice(1)] : words);
  const translate = (words: number[]) => {
    const out: string[] = [];
    for (const w of words) {
      if (random() < 0.05) continue; // a word left out
      out.push(vocab.target[w]);
      if (random() < 0.05) out.push(vocab.target[pick()]); // a word added
    }
    for (let k = 0; k + 1 < out.length; k++) if (random() < 0.1) [out[k], out[k + 1]] = [out[k + 1], out[k]];
    return capital(out);
  };
  const source: string[] = [];
  const target: string[] = [];
  const gold: SyntheticPair['gold'] = [];
  for (let k = 0; k < sourceWords.length; k++) {
    const words = sourceWords[k];
    const number = random() < 0.15 ? ` ${1 + Math.floor(random() * 1999)}` : '';
    const name = random() < 0.15 ? ` ${inventWord(random, 2).replace(/^./, (c) => c.toUpperCase())}` : '';
    const extra = number + name;
    const r = random();
    if (r < (options.splitShare ?? 0) && words.length >= 6) {
      const cut = Math.floor(words.length / 2);
      const first = translate(words.slice(0, cut));
      const second = translate(words.slice(cut));
      gold.push({ a: [source.length], b: [target.length, target.length + 1] });
      source.push(renderSource(words, extra + '.'));
      target.push(first.join(join) + stop, second.join(join) + extra + stop);
    } else if (r < (options.splitShare ?? 0) + (options.mergeShare ?? 0) && k + 1 < sourceWords.length) {
      const next = sourceWords[++k];
      gold.push({ a: [source.length, source.length + 1], b: [target.length] });
      source.push(renderSource(words, extra + '.'), renderSource(next, '.'));
      target.push(capital([...translate(words), ...translate(next).map((w) => w.toLowerCase())]).join(join) + extra + stop);
    } else {
      gold.push({ a: [source.length], b: [target.length] });
      source.push(renderSource(words, extra + '.'));
      target.push(translate(words).join(join) + extra + stop);
    }
  }
  return { source, target, gold, vocabulary: vocab };
}
