// Which side of a pair is the original and which the translation. A source line says it (the
// translation above it); otherwise the `originalLanguage` setting (one language code, or per pair:
// globs relative to the workspace root mapped to a code); otherwise it is detected for display only
// (the side with paragraphs the other lacks is the original), so the checks do not depend on a guess.
import { globToRegExp } from './glob';
import type { AlignedPair } from './rules/rule';
import type { Lang, Side } from './types';

export type OriginalLanguageSetting = string | Record<string, string>;

/** Where the roles come from. */
export type RolesFrom = 'source line' | 'setting' | 'detected';

export interface PairRoles {
  original: 'a' | 'b';
  translation: 'a' | 'b';
  from: RolesFrom;
}

/** The original's language the setting gives for a pair of documents at `paths`, if any. */
export function originalLanguageFor(setting: OriginalLanguageSetting | undefined, paths: string[], root?: string): Lang | undefined {
  if (!setting) return undefined;
  if (typeof setting === 'string') return setting;
  const norm = (p: string) => p.replace(/\\/g, '/');
  const base = root ? norm(root).replace(/\/$/, '') : '';
  const relative = (path: string) => (base && norm(path).startsWith(base + '/') ? norm(path).slice(base.length + 1) : norm(path));
  for (const [glob, lang] of Object.entries(setting)) {
    const pattern = globToRegExp(glob);
    if (paths.some((p) => pattern.test(relative(p)) || pattern.test(norm(p)))) return lang;
  }
  return undefined;
}

/** The translation's side when exactly one side is in the original's language. */
export function translationByLanguage(sideA: Side, sideB: Side, original: Lang | undefined): 'a' | 'b' | undefined {
  if (!original) return undefined;
  const code = original.toLowerCase();
  if (sideA.lang === code && sideB.lang !== code) return 'b';
  if (sideB.lang === code && sideA.lang !== code) return 'a';
  return undefined;
}

/** The roles of a pair's sides: given (source line, setting), or detected; undefined when nothing tells. */
export function pairRoles(pair: AlignedPair): PairRoles | undefined {
  if (pair.translation) {
    const original = pair.translation === 'a' ? 'b' : 'a';
    return { original, translation: pair.translation, from: pair.translationFrom ?? 'source line' };
  }
  const lone = { a: unpairedWithText(pair, 'a'), b: unpairedWithText(pair, 'b') };
  if (lone.a === lone.b) return undefined;
  const original = lone.a > lone.b ? 'a' : 'b';
  return { original, translation: original === 'a' ? 'b' : 'a', from: 'detected' };
}

/** Paragraphs of side `which` with text and no counterpart. */
export function unpairedWithText(pair: AlignedPair, which: 'a' | 'b'): number {
  const side = pair[which];
  const other = which === 'a' ? 'b' : 'a';
  let count = 0;
  for (const bead of pair.paragraphBeads) {
    if (bead[other].length) continue;
    for (const index of bead[which]) {
      const paragraph = side.seg.paragraphs[index];
      if (paragraph && paragraph.end > paragraph.start && /\S/.test(side.text.slice(paragraph.start, paragraph.end))) count++;
    }
  }
  return count;
}
