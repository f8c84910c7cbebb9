// Language of a text, told cheaply: by script, by letters only Vietnamese uses, by stop words and by
// letters and digraphs only Hungarian uses. detectLang for a document or span (sampled), guessLineLang
// for one line of a corpus (fast: millions of lines); both share the same evidence and tie-breaks.
// Samples at most ~20k characters (spread over the span), so a 20 MB line costs no more than a page.
// Works on NFD text (normalised per sample) and on word-segmented text (`củng_cố`).
import type { Lang, Span } from './types';

const SAMPLE_CHARS = 20000;
const SAMPLE_PIECES = 4;
/** Fewer letters than this: 'und'. */
const MIN_LETTERS = 12;

/**
 * Stop words per Latin-script language. A word in several lists counts for each (`a` and `is` are
 * English AND Hungarian), so a short English sentence is not taken for Hungarian on `is a`.
 */
const STOP_WORDS: Record<string, string> = {
  en: 'a the of and to in is that it was for on are with as his he she they be at by this had not but from have what were which their said has an been would there who will you i my me her them or if so no one all we when do into can could',
  hu: 'a az és hogy nem is egy de meg van volt ez azt ezt már csak mint még ki mi el ha vagy én te sem lesz azonban pedig után amely aki nagyon kell mert akkor itt ott minden között ő',
  fr: 'le la les de des et est un une du en que qui dans pour pas sur au avec il elle ne ce se sont par plus',
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird sie ich nach wie',
  es: 'el la los las de del y que en un una es por con para se no su al lo como más pero sus',
  it: 'il la di che è e un una per non con del della sono le gli da si anche nel alla più',
  pt: 'o a os as de do da e que em um uma é para com não no na se por mais dos das ao',
  nl: 'de het een en van is dat in op te zijn niet met voor er aan ook als bij door maar',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada adalah oleh',
  vi: 'và của là có không những một các được cho người trong với này đã để thì khi ra đến như về cũng nhưng lại tôi anh chúng',
};
const LATIN_LANGS = Object.keys(STOP_WORDS);
/** word -> bit set of the languages whose stop-word list holds it: one Map lookup per word. */
const STOP_BITS = new Map<string, number>();
LATIN_LANGS.forEach((lang, k) => {
  for (const w of STOP_WORDS[lang].split(' ')) STOP_BITS.set(w, (STOP_BITS.get(w) ?? 0) | (1 << k));
});
const HU = LATIN_LANGS.indexOf('hu');
const EN = LATIN_LANGS.indexOf('en');
/** Unaccented Vietnamese (typed without diacritics) is told by these syllables (one more bit in STOP_BITS). */
const VI_PLAIN_BIT = 1 << 30;
for (const w of 'cua va la cac nhung trong mot duoc khong nay cho voi nguoi da co den tu khi nhu thi nam ong ba cung se nhieu viec'.split(' ')) {
  STOP_BITS.set(w, (STOP_BITS.get(w) ?? 0) | VI_PLAIN_BIT);
}
/** Letters only Vietnamese uses: ă â đ ê ô ơ ư and the tone-marked vowels U+1EA0..U+1EF9. */
const VI_ONLY = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/g;
/** ő ű: Hungarian only. */
const HU_ONLY = /[őűŐŰ]/g;
/** Long vowels and umlauts Hungarian writes often (other languages too, English not). */
const HU_ALSO = /[áéíóöúüÁÉÍÓÖÚÜ]/g;
/** Hungarian digraphs rare in English: sz, zs, gy (not word-final `-gy` as in `energy`), cs + vowel. */
const HU_DIGRAPHS = /sz|zs|gy(?=\p{L})|cs[aeiouáéíóöőúüű]/giu;
const WORD = /[\p{L}\p{M}']+/gu;

function countOf(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Evidence for each Latin-script language in lower-cased words of a text (plus its letters). */
interface LatinScores {
  scores: number[];
  words: number;
  viPlain: number;
  /** Words in both the English and the Hungarian list (`a`, `is`): evidence for neither against the other. */
  shared: number;
}

/** Any Hungarian letter or digraph at all: English lines fail this test at once. */
const HU_ANY = /[őűáéíóöúüŐŰÁÉÍÓÖÚÜ]|sz|zs|gy|cs/i;

function latinScores(text: string): LatinScores {
  const scores = new Array<number>(LATIN_LANGS.length).fill(0);
  let words = 0;
  let viPlain = 0;
  let shared = 0;
  const both = (1 << EN) | (1 << HU);
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  // letters of capitalised words after the first (names like `Kovács` in an English sentence) are
  // not evidence: their spans are taken out of the count below
  const names: [number, number][] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(lower))) {
    const w = m[0];
    if (words && sameLength && text.charCodeAt(m.index) !== lower.charCodeAt(m.index)) names.push([m.index, m.index + w.length]);
    words++;
    const bits = STOP_BITS.get(w);
    if (bits) {
      if (bits & VI_PLAIN_BIT) viPlain++;
      for (let k = 0; k < LATIN_LANGS.length; k++) if (bits & (1 << k)) scores[k]++;
      if ((bits & both) === both) shared++;
    }
  }
  if (HU_ANY.test(text)) {
    const letters = (t: string) => countOf(t, HU_ONLY) * 2 + countOf(t, HU_ALSO) / 2 + countOf(t, HU_DIGRAPHS) / 2;
    let huLetters = letters(lower);
    for (const [a, b] of names) huLetters -= letters(lower.slice(a, b));
    if (huLetters > 0) scores[HU] += Math.min(huLetters, Math.max(2, scores[HU]));
  }
  return { scores, words, viPlain, shared };
}

/**
 * The Latin-script language with the most evidence, or 'und'. Hungarian must beat English clearly;
 * on a tie English wins (the words they share are English function words).
 */
function pickLatin(s: LatinScores, minShare: number): Lang {
  let best = -1;
  let top = 0;
  let second = 0;
  s.scores.forEach((n, k) => {
    if (n > top || (n === top && k === EN)) {
      if (k !== best) second = top;
      top = n;
      best = k;
    } else if (n > second) second = n;
  });
  if (s.viPlain / Math.max(1, s.words) > 0.2 && s.viPlain > top) return 'vi';
  if (best < 0 || top < 2 || top / Math.max(1, s.words) < minShare) return 'und';
  if (best === HU || best === EN) {
    // English against Hungarian on what is not shared; Hungarian needs one clear piece of its own
    const enOwn = s.scores[EN] - s.shared;
    const huOwn = s.scores[HU] - s.shared;
    const other = s.scores.reduce((m, n, k) => (k === EN || k === HU ? m : Math.max(m, n)), 0);
    const lang = huOwn >= 1 && huOwn > enOwn ? HU : EN;
    if (s.scores[lang] < 2 || s.scores[lang] < other * 1.3) return 'und';
    return LATIN_LANGS[lang];
  }
  if (top < second * 1.3) return 'und';
  return LATIN_LANGS[best];
}

/** Detects the language of `text` (or of `span` in it): 'vi', 'en', 'hu', ... or 'und'. */
export function detectLang(text: string, span?: Span): Lang {
  const start = Math.max(0, Math.min(span?.start ?? 0, text.length));
  const end = Math.max(start, Math.min(span?.end ?? text.length, text.length));
  const sample = takeSample(text, start, end).normalize('NFC');

  let letters = 0;
  let vi = 0; // letters only Vietnamese uses (đ ơ ư ă and the stacked/dot-below vowels)
  const script: Record<string, number> = {};
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
      continue;
    }
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x111 || c === 0x110 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0 || c === 0x102 || c === 0x103) vi++;
    else {
      const s = scriptOf(c);
      if (s) script[s] = (script[s] ?? 0) + 1;
    }
  }
  if (letters < MIN_LETTERS) return 'und';
  if (vi / letters > 0.06) return 'vi'; // Vietnamese prose: 14-25 %
  // a non-Latin script that holds most letters
  let best = '';
  let bestCount = 0;
  for (const [s, n] of Object.entries(script)) if (n > bestCount) { best = s; bestCount = n; }
  if (bestCount / letters > 0.4) return fromScript(best, script);

  // Latin script: stop words, Hungarian letters
  const scores = latinScores(sample);
  if (scores.words < 3) return 'und';
  return pickLatin(scores, 0.08);
}

export interface LangGuess {
  lang: Lang;
  /** Words (letter runs) seen. */
  words: number;
}

/**
 * A cheap guess for ONE line of a line-aligned corpus (runs on millions of lines): the first 2,000
 * characters, letters only Vietnamese uses, then the same stop-word and Hungarian-letter evidence as
 * detectLang. 'und' when too short (fewer than 3 words) or unclear.
 */
export function guessLineLang(line: string): Lang {
  return guessLineLangDetail(line).lang;
}

export function guessLineLangDetail(line: string): LangGuess {
  const text = line.length > 2000 ? line.slice(0, 2000) : line;
  const s = latinScores(text);
  const n = s.words;
  if (n < 3) return { lang: 'und', words: n };
  const vi = countOf(text, VI_ONLY);
  if (vi >= 2 && vi * 4 >= n) return { lang: 'vi', words: n };
  if (vi >= 1 && s.scores[LATIN_LANGS.indexOf('vi')] >= 2) return { lang: 'vi', words: n };
  return { lang: pickLatin(s, 0.1), words: n };
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

/** Up to SAMPLE_CHARS characters of text[start, end), in SAMPLE_PIECES pieces spread evenly, cut at spaces. */
function takeSample(text: string, start: number, end: number): string {
  const len = end - start;
  if (len <= SAMPLE_CHARS) return text.slice(start, end);
  const piece = Math.floor(SAMPLE_CHARS / SAMPLE_PIECES);
  const parts: string[] = [];
  for (let k = 0; k < SAMPLE_PIECES; k++) {
    let a = start + Math.floor(((len - piece) * k) / (SAMPLE_PIECES - 1));
    let b = a + piece;
    // move to word boundaries (bounded) so no letter is cut from its marks
    for (let n = 0; n < 64 && a > start && !/\s/.test(text[a - 1]); n++) a--;
    for (let n = 0; n < 64 && b < end && !/\s/.test(text[b]); n++) b++;
    parts.push(text.slice(a, b));
  }
  return parts.join(' ');
}

function scriptOf(c: number): string | undefined {
  if (c >= 0x0400 && c <= 0x052f) return 'Cyrl';
  if (c >= 0x0370 && c <= 0x03ff) return 'Grek';
  if (c >= 0x0590 && c <= 0x05ff) return 'Hebr';
  if (c >= 0x0600 && c <= 0x06ff) return 'Arab';
  if (c >= 0x0900 && c <= 0x097f) return 'Deva';
  if (c >= 0x0e00 && c <= 0x0e7f) return 'Thai';
  if (c >= 0x0e80 && c <= 0x0eff) return 'Laoo';
  if (c >= 0x1780 && c <= 0x17ff) return 'Khmr';
  if (c >= 0x3040 && c <= 0x30ff) return 'Kana';
  if (c >= 0xac00 && c <= 0xd7af) return 'Hang';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'Hani';
  return undefined;
}

function fromScript(s: string, counts: Record<string, number>): Lang {
  switch (s) {
    case 'Cyrl': return 'ru';
    case 'Grek': return 'el';
    case 'Hebr': return 'he';
    case 'Arab': return 'ar';
    case 'Deva': return 'hi';
    case 'Thai': return 'th';
    case 'Laoo': return 'lo';
    case 'Khmr': return 'km';
    case 'Hang': return 'ko';
    case 'Kana': return 'ja';
    case 'Hani': return (counts.Kana ?? 0) > 0 ? 'ja' : 'zh';
    default: return 'und';
  }
}
