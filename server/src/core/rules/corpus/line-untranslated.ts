import type { LinePairRule, LineReport } from '../rule';
import { identifyLang, langName, mainScript, notInLang } from '../../lang';
import { scoreLine } from '../../corpus/profile';
import { nfc } from '../../corpus/hash';
import type { CorpusStatsEx } from '../../corpus/types';

const name = langName;

/** Same text up to Unicode form, spacing and case, compared as a stream (most pairs differ at once). */
function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  const r = sameTextRaw(a, b);
  if (r !== undefined) return r;
  return sameTextRaw(nfc(a), nfc(b)) === true;
}

/** true/false, or undefined when the texts differ at a non-ASCII character (Unicode form may matter). */
function sameTextRaw(x: string, y: string): boolean | undefined {
  let i = skipSpace(x, 0);
  let j = skipSpace(y, 0);
  for (;;) {
    if (i >= x.length || j >= y.length) return skipSpace(x, i) >= x.length && skipSpace(y, j) >= y.length;
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(j);
    const sx = isWs(cx);
    const sy = isWs(cy);
    if (sx || sy) {
      if (!(sx && sy)) return false;
      i = skipSpace(x, i);
      j = skipSpace(y, j);
      if (i >= x.length || j >= y.length) return i >= x.length && j >= y.length;
      continue;
    }
    if (cx !== cy && lower(cx) !== lower(cy)) return cx < 128 && cy < 128 ? false : undefined;
    i++;
    j++;
  }
}

const isWs = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
function skipSpace(s: string, i: number): number {
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  return i;
}
function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
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
    const a = pair.a;
    const b = pair.b;
    const words = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;
    if (sameText(a, b)) {
      if (words(a) < minWords) return [];
      return [{ side: 'both', message: 'both sides are the same text: the line was not translated', data: { kind: 'same' } }];
    }
    const profile = (stats as CorpusStatsEx | undefined)?.langProfile;
    if (profile) {
      const minT = options.minTrigrams as number;
      const margin = options.margin as number;
      const out: LineReport[] = [];
      const sb = scoreLine(profile, b);
      if (sb.trigrams >= minT && sb.mean > margin) {
        out.push({ side: 'b', message: `{B} reads like {A}'s language${pair.langA !== 'und' ? ` (${name(pair.langA)})` : ''}, not like the rest of {B}`, data: { kind: 'lang', score: round(sb.mean) } });
      }
      const sa = scoreLine(profile, a);
      if (sa.trigrams >= minT && sa.mean < -margin) {
        out.push({ side: 'a', message: `{A} reads like {B}'s language${pair.langB !== 'und' ? ` (${name(pair.langB)})` : ''}, not like the rest of {A}`, data: { kind: 'lang', score: round(sa.mean) } });
      }
      return out;
    }
    // No profile (--stdin without one in --stats, a small corpus): the language identifier, restricted to the pair when its
    // languages are known. Lines of fewer than minWords words are not judged.
    const out: LineReport[] = [];
    const { langA, langB } = pair;
    const longA = words(a) >= minWords;
    const longB = words(b) >= minWords;
    // the detector only where cheap evidence (scripts, letters) does not already rule the language out
    if (langA !== 'und' && langB !== 'und' && langA !== langB) {
      const among = [langA, langB];
      const gb = longB && !notInLang(b, langA) ? identifyLang(b, { among }).lang : 'und';
      const ga = longA && !notInLang(a, langB) ? identifyLang(a, { among }).lang : 'und';
      if (gb === langA) out.push({ side: 'b', message: `{B} is in ${name(langA)} like {A}, not in ${name(langB)}`, data: { kind: 'lang', lang: gb } });
      if (ga === langB) out.push({ side: 'a', message: `{A} is in ${name(langB)} like {B}, not in ${name(langA)}`, data: { kind: 'lang', lang: ga } });
    } else if (longA && longB && mainScript(a) === mainScript(b)) {
      const ga = identifyLang(a).lang;
      if (ga !== 'und' && !notInLang(b, ga) && identifyLang(b).lang === ga) {
        out.push({ side: 'both', message: `both sides look ${name(ga)}: one of them is not a translation`, data: { kind: 'lang', lang: ga } });
      }
    }
    return out;
  },
};

const round = (x: number) => Math.round(x * 100) / 100;
