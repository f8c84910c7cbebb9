// Old (`hoà`, `khoẻ`, `thuỷ`) and new (`hòa`, `khỏe`, `thủy`) tone placement in open syllables with
// the glides oa, oe, uy.
import { parseSyllable } from '../../vi-syllable';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
const GLIDES = new Set(['oa', 'oe', 'uy']);

/** 'old' or 'new' for a syllable whose tone placement differs between the styles, else undefined. */
export function tonePlacement(word: string): 'old' | 'new' | undefined {
  const parts = parseSyllable(word);
  if (!parts || parts.coda || !GLIDES.has(parts.vowels) || parts.tone === 'ngang' || parts.onset === 'qu' || parts.onset === 'gi') return undefined;
  return parts.toneAt === 0 ? 'new' : parts.toneAt === 1 ? 'old' : undefined;
}

/** The word with its tone mark moved to the given style's vowel (NFC out), or undefined. */
export function moveToneTo(word: string, style: 'old' | 'new'): string | undefined {
  const parts = parseSyllable(word);
  if (!parts) return undefined;
  const decomposed = word.normalize('NFD');
  const mark = decomposed.match(TONES)?.[0];
  if (!mark) return undefined;
  const bare = [...decomposed.replace(TONES, '').normalize('NFC')];
  const target = parts.onset.length + (style === 'new' ? 0 : 1);
  if (target >= bare.length) return undefined;
  bare[target] = (bare[target].normalize('NFD') + mark).normalize('NFC');
  return bare.join('').normalize('NFC');
}
