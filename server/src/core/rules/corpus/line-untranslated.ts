import type { LinePairRule, LineReport } from '../rule';
import { identifyLang, langName, mainScript, notInLang } from '../../lang';
import { scoreLine } from '../../corpus/profile';
import { nfc } from '../../corpus/hash';
import type { CorpusStatsEx } from '../../corpus/types';

const name = langName;

/** Same text up to Unicode form, spacing and case, compared as a stream (most pairs differ at once). */
function sameText(textA: string, textB: string): boolean {
  if (textA === textB) return true;
  const raw = sameTextRaw(textA, textB);
  if (raw !== undefined) return raw;
  return sameTextRaw(nfc(textA), nfc(textB)) === true;
}

/** true/false, or undefined when the texts differ at a non-ASCII character (Unicode form may matter). */
function sameTextRaw(first: string, second: string): boolean | undefined {
  let atFirst = skipSpace(first, 0);
  let atSecond = skipSpace(second, 0);
  for (;;) {
    if (atFirst >= first.length || atSecond >= second.length) return skipSpace(first, atFirst) >= first.length && skipSpace(second, atSecond) >= second.length;
    const codeFirst = first.charCodeAt(atFirst);
    const codeSecond = second.charCodeAt(atSecond);
    const spaceFirst = isWs(codeFirst);
    const spaceSecond = isWs(codeSecond);
    if (spaceFirst || spaceSecond) {
      if (!(spaceFirst && spaceSecond)) return false;
      atFirst = skipSpace(first, atFirst);
      atSecond = skipSpace(second, atSecond);
      if (atFirst >= first.length || atSecond >= second.length) return atFirst >= first.length && atSecond >= second.length;
      continue;
    }
    if (codeFirst !== codeSecond && lower(codeFirst) !== lower(codeSecond)) return codeFirst < 128 && codeSecond < 128 ? false : undefined;
    atFirst++;
    atSecond++;
  }
}

const isWs = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
function skipSpace(text: string, offset: number): number {
  while (offset < text.length && isWs(text.charCodeAt(offset))) offset++;
  return offset;
}
function lower(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  const lowered = String.fromCharCode(code).toLowerCase();
  return lowered.length === 1 ? lowered.charCodeAt(0) : code;
}

/** The translation is the source text itself, or text in the other side's language. */
export const lineUntranslated: LinePairRule = {
  id: 'line-untranslated',
  scope: 'line-pair',
  description: 'A line left untranslated: both sides the same text, or a side in the wrong language.',
  docs:
    "Finds pairs whose two sides are the same text (a segment copied instead of translated) and sides written " +
    "in the other side's language. In the corpus runner each line is scored against character-trigram profiles " +
    "of both sides learned from the corpus's first lines (any language pair; --stdin reads them from a --stats " +
    'file written by --stats-out); a line needs `minTrigrams` (default 20) and must read like the other side ' +
    'by `margin` (default 0.5 nats a trigram). Without a profile (--stdin without one, a corpus of fewer ' +
    "than 50 lines) the language identifier names each line's language, " +
    'choosing between the two languages of the pair when they are known (--langs). Lines of fewer than 3 words are ' +
    'not judged: names, numbers and titles are often the same in both languages. Translate the line or drop the pair.',
  defaultSeverity: 'error',
  tags: ['corpus'],
  options: {
    minWords: { type: 'integer', default: 3, min: 0 },
    minTrigrams: { type: 'integer', default: 20, min: 0 },
    margin: { type: 'number', default: 0.5, min: 0 },
  },
  checkLine(pair, options, stats) {
    const minWords = options.minWords as number;
    const lineA = pair.a;
    const lineB = pair.b;
    const words = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;
    if (sameText(lineA, lineB)) {
      if (words(lineA) < minWords) return [];
      return [{ side: 'both', message: 'both sides are the same text: the line was not translated', data: { kind: 'same' } }];
    }
    const profile = (stats as CorpusStatsEx | undefined)?.langProfile;
    if (profile) {
      const minT = options.minTrigrams as number;
      const margin = options.margin as number;
      const out: LineReport[] = [];
      const scoreB = scoreLine(profile, lineB);
      if (scoreB.trigrams >= minT && scoreB.mean > margin) {
        out.push({ side: 'b', message: `{B} reads like {A}'s language${pair.langA !== 'und' ? ` (${name(pair.langA)})` : ''}, not like the rest of {B}`, data: { kind: 'lang', score: round(scoreB.mean) } });
      }
      const scoreA = scoreLine(profile, lineA);
      if (scoreA.trigrams >= minT && scoreA.mean < -margin) {
        out.push({ side: 'a', message: `{A} reads like {B}'s language${pair.langB !== 'und' ? ` (${name(pair.langB)})` : ''}, not like the rest of {A}`, data: { kind: 'lang', score: round(scoreA.mean) } });
      }
      return out;
    }
    // No profile (--stdin without one in --stats, a small corpus): the language identifier, restricted to the pair when its
    // languages are known. Lines of fewer than minWords words are not judged.
    const out: LineReport[] = [];
    const { langA, langB } = pair;
    const longA = words(lineA) >= minWords;
    const longB = words(lineB) >= minWords;
    // the detector only where cheap evidence (scripts, letters) does not already rule the language out
    if (langA !== 'und' && langB !== 'und' && langA !== langB) {
      const among = [langA, langB];
      const guessB = longB && !notInLang(lineB, langA) ? identifyLang(lineB, { among }).lang : 'und';
      const guessA = longA && !notInLang(lineA, langB) ? identifyLang(lineA, { among }).lang : 'und';
      if (guessB === langA) out.push({ side: 'b', message: `{B} is in ${name(langA)} like {A}, not in ${name(langB)}`, data: { kind: 'lang', lang: guessB } });
      if (guessA === langB) out.push({ side: 'a', message: `{A} is in ${name(langB)} like {B}, not in ${name(langA)}`, data: { kind: 'lang', lang: guessA } });
    } else if (longA && longB && mainScript(lineA) === mainScript(lineB)) {
      const guessA = identifyLang(lineA).lang;
      if (guessA !== 'und' && !notInLang(lineB, guessA) && identifyLang(lineB).lang === guessA) {
        out.push({ side: 'both', message: `both sides look ${name(guessA)}: one of them is not a translation`, data: { kind: 'lang', lang: guessA } });
      }
    }
    return out;
  },
};

const round = (x: number) => Math.round(x * 100) / 100;
