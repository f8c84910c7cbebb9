// A cheap per-line language guess for corpus checks. Not a language identifier: it tells apart the
// languages a line-aligned corpus usually mixes up (Vietnamese, English, Hungarian, and "some other
// Latin-script language") from letters that only one of them uses and from a few stop-words.
import type { Lang } from '../types';

// Letters only Vietnamese uses: ă â đ ê ô ơ ư and the tone-marked vowels of U+1EA0..U+1EF9.
const VI_ONLY = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/g;
// Letters Hungarian uses and English/Vietnamese do not (ő ű are Hungarian only).
const HU_ONLY = /[őűŐŰ]/g;
const HU_ALSO = /[áéíóöúüÁÉÍÓÖÚÜ]/g;
const WORD = /[\p{L}']+/gu;

const EN_STOP = new Set(
  'a the of and to in is was that it for with as his he on be at by had not are but from or have an they which you were her she this all their would there been one what so if we when who will more no out up said do into them can only could my me i your'.split(
    ' ',
  ),
);
const HU_STOP = new Set(
  'a az és hogy nem is egy meg de ha csak már mint van volt még el ki be le azt ez ezt mert mi ő én te sem vagy pedig akkor itt ott nagyon minden után között'.split(
    ' ',
  ),
);
const VI_STOP = new Set(
  'và của là có không những một các được cho người trong với này đã để thì khi ra đến như về cũng nhưng lại tôi anh chúng'.split(' '),
);

export interface LangGuess {
  lang: Lang;
  /** Words (letter runs) seen. */
  words: number;
}

/** Guesses the language of one line: 'vi', 'en', 'hu' or 'und' (too short or unclear). */
export function guessLineLang(line: string): Lang {
  return guessLineLangDetail(line).lang;
}

export function guessLineLangDetail(line: string): LangGuess {
  const text = line.length > 2000 ? line.slice(0, 2000) : line;
  const words = text.toLowerCase().match(WORD);
  const n = words ? words.length : 0;
  if (n < 3) return { lang: 'und', words: n };
  const vi = count(text, VI_ONLY);
  if (vi >= 2 && vi * 4 >= n) return { lang: 'vi', words: n };
  let en = 0;
  let hu = 0;
  let viw = 0;
  for (const w of words!) {
    if (EN_STOP.has(w)) en++;
    if (HU_STOP.has(w)) hu++;
    if (VI_STOP.has(w)) viw++;
  }
  const huLetters = count(text, HU_ONLY) * 2 + count(text, HU_ALSO);
  const huScore = hu + huLetters / 4;
  if (viw >= 2 && viw > en && vi >= 1) return { lang: 'vi', words: n };
  if (en >= 2 && en >= huScore * 2 && en * 8 >= n) return { lang: 'en', words: n };
  if (huScore >= 2 && huScore > en * 2) return { lang: 'hu', words: n };
  return { lang: 'und', words: n };
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  const m = text.match(re);
  return m ? m.length : 0;
}

/** The language most lines of a sample are in, or 'und' when no language has a clear majority. */
export function majorityLang(lines: Iterable<string>): Lang {
  const counts = new Map<Lang, number>();
  let total = 0;
  for (const l of lines) {
    const g = guessLineLang(l);
    if (g === 'und') continue;
    counts.set(g, (counts.get(g) ?? 0) + 1);
    total++;
  }
  let best: Lang = 'und';
  let bestN = 0;
  for (const [k, v] of counts) if (v > bestN) [best, bestN] = [k, v];
  return total >= 5 && bestN * 2 > total ? best : 'und';
}
