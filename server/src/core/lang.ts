// Language identification: text in, a language (an ISO 639-1 code, a valid BCP 47 tag) and a
// confidence out, optionally restricted to a pair's languages. Backed by `eld` (Nito-ELD, Apache-2.0,
// byte n-grams of 60 languages, its small database; chosen by measurement: ARCHITECTURE.md,
// bench/lang.bench.ts), loaded on the first call that needs it. A language it cannot name is 'und'
// with a low confidence, never a guess. Letters only Vietnamese writes (ơ ư đ, stacked tone marks, the
// hook above) name Vietnamese without asking the detector; ă â î (Romanian too) are not among them.
//   identifyLang     one line, sentence or short text (the first ~1000 characters)
//   identifyTextLang a document or a span of it: pieces spread over it, voted
//   nameLinesLang    a side of a corpus from a sample of its lines (a 1M-line side costs a few ms)
// Works on NFD text and on word-segmented text (`củng_cố`).
import type { Lang, Span } from './types';

export interface LangResult {
  /** 'vi', 'en', 'hu', ... or 'und' when the text does not say (too short, no letters, not a known language). */
  lang: Lang;
  /** 0..1: how clearly the text reads as `lang` rather than the next language. */
  confidence: number;
}

export interface LangOptions {
  /** Name only one of these (a pair's two languages); anything else is 'und'. */
  among?: readonly Lang[];
}

/** The part of eld's API used here (`eld/small`, mapped to its file in tsconfig.json `paths`). */
interface EldResult {
  language: string;
  getScores(): Record<string, number>;
}
interface Eld {
  detect(text: string): EldResult;
  enableTextCleanup(enabled: boolean): void;
  newInstance(): Eld;
}

/** eld's n-gram table (the same module its entry loads, so no second copy) and its byte-to-character map. */
interface EldNgrams {
  ngramsData: { languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
}
interface EldDictionary {
  dictionary: readonly string[];
}
interface EldAvgScore {
  /** Per language, its average score in a right detection (eld's own measurement). */
  avgScore: Record<string, number>;
}

/** The detector and what is read from its data, loaded together on first use. */
interface Detector {
  eld: Eld;
  ngrams: EldNgrams['ngramsData'];
  ngramKeys: readonly string[];
  byteChars: readonly string[];
  typicalScore: Record<string, number>;
  /** Per letter (code unit), the languages whose n-grams write it (filled as letters are asked about). */
  writers: Map<number, ReadonlySet<string>>;
}

let loaded: Detector | undefined;
/** The detector, loaded on first use (require, so that esbuild evaluates its n-gram data lazily). */
function detector(): Detector {
  if (!loaded) {
    const eld = (require('eld/small') as { eld: Eld }).eld.newInstance();
    // URLs, e-mail addresses, domains and codes with digits say nothing about the language
    eld.enableTextCleanup(true);
    const ngrams = (require('eld/ngrams-small') as EldNgrams).ngramsData;
    const byteChars = (require('eld/dictionary') as EldDictionary).dictionary;
    const typicalScore = (require('eld/avg-score') as EldAvgScore).avgScore;
    loaded = { eld, ngrams, ngramKeys: Object.keys(ngrams.ngrams), byteChars, typicalScore, writers: new Map() };
  }
  return loaded;
}

/** The languages the detector can name. */
export const KNOWN_LANGS: readonly Lang[] = ['am', 'ar', 'az', 'be', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fa', 'fi', 'fr', 'gu', 'he', 'hi', 'hr', 'hu', 'hy', 'is', 'it', 'ja', 'ka', 'kn', 'ko', 'ku', 'lo', 'lt', 'lv', 'ml', 'mr', 'ms', 'nl', 'no', 'or', 'pa', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'ta', 'te', 'th', 'tl', 'tr', 'uk', 'ur', 'vi', 'yo', 'zh'];

/** eld reads at most this much of a text. */
const LINE_CHARS = 1000;
/** Fewer letters than this: 'und'. */
const MIN_LETTERS = 3;
const UND: LangResult = { lang: 'und', confidence: 0 };

/**
 * Letters only Vietnamese writes: ơ ư đ (Croatian has đ too, never as 4 % of its letters); a vowel
 * with a circumflex or breve AND a tone mark (ấ ặ ế ộ), with a horn and a tone (ớ ự), with the hook
 * above (ả ẻ ỉ ỏ ủ ỷ), and ạ ỵ. Not ă â ê ô alone (Romanian, French, Portuguese), not ẹ ị ọ ụ (Yoruba,
 * Igbo), not ẽ ỹ (Guarani) or ỳ (Welsh).
 */
function isViOnly(code: number): boolean {
  if (code < 0x110) return false;
  if (code <= 0x1b0) return code === 0x110 || code === 0x111 || code === 0x1a0 || code === 0x1a1 || code === 0x1af || code === 0x1b0;
  if (code < 0x1ea0 || code > 0x1ef7) return false;
  return code <= 0x1eb7 || code === 0x1eba || code === 0x1ebb || (code >= 0x1ebe && code <= 0x1ec9) || (code >= 0x1ece && code <= 0x1ee3) || (code >= 0x1ee6 && code <= 0x1ef1) || code >= 0x1ef4;
}

/**
 * Letters none of the detector's languages writes: Esperanto ĉ ĝ ĥ ĵ ŝ ŭ, Maltese ċ ġ ħ, Welsh ŵ ŷ,
 * and ŋ ɛ ɔ ɖ ƒ ʋ ɣ of West African languages. A text with them is in a language it does not know.
 */
const FOREIGN_LETTERS = new Set('ĉĝĥĵŝŭĈĜĤĴŜŬċġħĊĠĦŵŷŴŶŋŊɛƐɔƆɖƉƒƑʋƲɣƔ'.split('').map((ch) => ch.charCodeAt(0)));

/** A letter, roughly and fast: ASCII letters and the non-ASCII code units outside punctuation and symbol blocks. */
function isLetterish(code: number): boolean {
  if (code < 0x80) return ((code | 32) >= 97 && (code | 32) <= 122);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows, boxes
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xfe30 && code <= 0xfe4f) return false;
  if (code >= 0xff00 && code <= 0xff20) return false; // full-width punctuation and digits
  if (code >= 0xdc00 && code <= 0xdfff) return false; // count a surrogate pair once
  return true;
}

/**
 * A Vietnamese syllable typed without diacritics: onset, one to three vowels, coda. Words of other
 * languages rarely all fit (`of`, `and`, `is`, `with`, most words of two syllables do not).
 */
const PLAIN_VI_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** Vietnamese typed without diacritics: at least 4 words, 85 % of them Vietnamese syllables, no other letters. */
function plainVietnamese(text: string): boolean {
  if (/[^\p{ASCII}\P{L}]/u.test(text)) return false;
  const words = text.toLowerCase().match(/[a-z]+/g);
  if (!words || words.length < 4) return false;
  let fit = 0;
  for (const word of words) if (PLAIN_VI_SYLLABLE.test(word)) fit++;
  return fit >= words.length * 0.85;
}

/** Share of Vietnamese-only letters from which a text is Vietnamese (Vietnamese prose: 8-20 %). */
const VI_SHARE = 0.04;

/** Restricted to a pair, a text whose best language outside the pair leads it by this much is 'und'. */
const THIRD_LANGUAGE_LEAD = 0.06;

/** Below this a result is 'und'. */
export const MIN_CONFIDENCE = 0.3;

/** 'vi' and 'vi-VN' (or 'VI_vn') name the same language. */
function sameLang(code: string, lang: Lang): boolean {
  const lower = code.toLowerCase();
  return lower === lang || lower.startsWith(lang + '-') || lower.startsWith(lang + '_');
}

const allowed = (lang: Lang, among: readonly Lang[] | undefined) => !among || among.some((l) => sameLang(l, lang));

/** Text as the detector should see it: NFC, `_` of word segmenters as spaces, at most LINE_CHARS. */
function prepare(text: string): string {
  let start = 0;
  while (start < text.length && start < 100_000 && text.charCodeAt(start) <= 32) start++;
  let sample = start > 0 || text.length > LINE_CHARS ? text.slice(start, start + LINE_CHARS) : text;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(sample)) sample = sample.normalize('NFC');
  return sample.indexOf('_') >= 0 ? sample.replace(/_/g, ' ') : sample;
}

/** The language of one line, sentence or short text (only its first ~1000 characters are read). */
export function identifyLang(text: string, options: LangOptions = {}): LangResult {
  const sample = prepare(text);
  let letters = 0;
  let viOnly = 0;
  let words = 0;
  let foreign = 0;
  let letterBytes = 0;
  let ideographs = false;
  let inWord = false;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (isLetterish(code)) {
      letters++;
      letterBytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
      if (!inWord) words++;
      inWord = true;
      if (isViOnly(code)) viOnly++;
      else if (code >= 0x2e80 && code < 0xd800) ideographs = true;
      else if (code >= 0x108 && FOREIGN_LETTERS.has(code)) foreign++;
    } else inWord = inWord && (code === 0x27 || code === 0x2019 || code === 0x2d); // don't, l’eau, Jong-un: one word
  }
  // one word (a name, a caption) says too little, except in scripts written without spaces
  if (letters < MIN_LETTERS || (words < 2 && !ideographs) || foreign * 100 >= letters) return UND;
  const among = options.among;
  if (viOnly >= 2 && viOnly / letters >= VI_SHARE) {
    return allowed('vi', among) ? { lang: 'vi', confidence: Math.min(1, 0.6 + (viOnly / letters) * 4) } : UND;
  }
  // best first (getScores() is ordered, and its keys are not integers, so entries keep that order)
  const all = Object.entries(detector().eld.detect(sample).getScores());
  const scores = among ? all.filter(([code]) => allowed(code, among)) : all;
  const [lang, top] = scores[0] ?? ['und', 0];
  const next = scores[1]?.[1] ?? 0;
  // without a restriction, a language the detector does not know scores low everywhere: ask more;
  // with one, the pair's language must be about the best of all, or the text is in a third language
  const third = among ? (all[0]?.[1] ?? 0) - top > THIRD_LANGUAGE_LEAD : false;
  const explained = lang !== 'und' && explainedBy(sample, lang, top, letterBytes / 3, words);
  const confidence = third || !explained ? 0 : confidenceOf(top, next, among ? 0.45 : 0.6);
  // the detector's small database knows Vietnamese without diacritics poorly; its syllables tell it
  // (a short English line can fit them too: `But he may not go!`)
  if (confidence < 0.6 || (lang !== 'vi' && lang !== 'en')) {
    if (allowed('vi', among) && plainVietnamese(sample)) return { lang: 'vi', confidence: lang === 'vi' ? Math.max(0.6, confidence) : 0.6 };
  }
  return confidence >= MIN_CONFIDENCE ? { lang, confidence } : { lang: 'und', confidence };
}

/**
 * Whether `lang`'s own evidence explains a text the detector named `lang`. The detector names the
 * language whose n-grams fit best, so a text in a language it does not know (Luxembourgish,
 * Faroese, Corsican) is named after the nearest it knows; two checks from the detector's data tell:
 * - letters: a text whose words write letters of other languages' n-grams that `lang`'s never
 *   contain (ø is Danish and Norwegian, not Icelandic; ë Dutch, not German) is not `lang`, when 2 or more words in lower case and 5 % of all words
 *   have one (names, capitalised, keep the letters of their own language: `Nguyễn`, `Ödön`);
 * - score: a right detection scores about eld's average for the language (`avgScore`); a text whose
 *   best score falls well below it is in a language the data does not cover. How far below is
 *   allowed shrinks with the text's length (its n-grams, about letter bytes / 3): 1 - 1/sqrt(n),
 *   between 0.75 (a short line) and 0.92 (a paragraph), chosen on bench/lang.bench.ts's lines so
 *   that it costs a known language under 1 % of its lines.
 */
function explainedBy(sample: string, lang: Lang, top: number, ngrams: number, words: number): boolean {
  const found = detector();
  const typical = found.typicalScore[lang];
  if (typical && ngrams > 0) {
    const floor = Math.max(MIN_SCORE_RATIO, Math.min(MAX_SCORE_RATIO, 1 - 1 / Math.sqrt(ngrams)));
    if (top < typical * floor) return false;
  }
  const unwritten = wordsWithUnwrittenLetters(sample, lang, found);
  return !(unwritten >= 2 && unwritten >= words * UNWRITTEN_WORDS_SHARE);
}

/** The bounds of the score a text must reach, as a share of its language's average (see explainedBy). */
const MIN_SCORE_RATIO = 0.75;
const MAX_SCORE_RATIO = 0.92;
/** Share of a text's words with letters its language never writes from which it is not that language. */
const UNWRITTEN_WORDS_SHARE = 0.05;
/** A language writes a letter when at least this many of its n-grams contain it (one or two are loans and names). */
const MIN_LETTER_NGRAMS = 3;

/** Letters of alphabets (Latin, Greek, Cyrillic) beyond ASCII: few enough to look each up once. */
function isAlphabetLetter(code: number): boolean {
  return (code >= 0xc0 && code < 0x530 && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

/** The words of `sample` in lower case (not names) with a letter that other languages' n-grams contain and `lang`'s never do. */
function wordsWithUnwrittenLetters(sample: string, lang: Lang, found: Detector): number {
  let count = 0;
  let settled = false;
  let inWord = false;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (!isLetterish(code)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      // a capitalised word may be a name, which keeps its own language's letters
      const first = String.fromCharCode(code);
      settled = first !== first.toLowerCase();
    }
    if (settled || !isAlphabetLetter(code)) continue;
    const writers = writersOf(String.fromCharCode(code).toLowerCase().charCodeAt(0), found);
    // a letter no language's n-grams hold (Greek ξ in the small table) says nothing
    if (writers.size > 0 && !writers.has(lang)) {
      count++;
      settled = true;
    }
  }
  return count;
}

/** The languages whose n-grams write a letter (eld keys spell a letter as its UTF-8 bytes, each mapped to a character). */
function writersOf(letter: number, found: Detector): ReadonlySet<string> {
  const cached = found.writers.get(letter);
  if (cached) return cached;
  const chars = found.byteChars;
  const spelled = letter < 0x800
    ? chars[0xc0 | (letter >> 6)] + chars[0x80 | (letter & 0x3f)]
    : chars[0xe0 | (letter >> 12)] + chars[0x80 | ((letter >> 6) & 0x3f)] + chars[0x80 | (letter & 0x3f)];
  const counts = new Map<string, number>();
  for (const key of found.ngramKeys) {
    if (key.indexOf(spelled) < 0) continue;
    for (const index in found.ngrams.ngrams[key]) {
      const code = found.ngrams.languages[index];
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const langs = new Set<string>();
  for (const [code, count] of counts) if (count >= MIN_LETTER_NGRAMS) langs.add(code);
  found.writers.set(letter, langs);
  return langs;
}

/** Scripts told apart by code point, for evidence that a text is not in a language. */
export type Script = 'latin' | 'cyrillic' | 'greek' | 'han' | 'kana' | 'hangul' | 'arabic' | 'hebrew' | 'thai' | 'devanagari' | 'other';

function scriptOf(code: number): Script {
  if (code < 0x250) return 'latin';
  if (code >= 0x1e00 && code <= 0x1eff) return 'latin';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if (code >= 0x600 && code <= 0x6ff) return 'arabic';
  if (code >= 0x900 && code <= 0x97f) return 'devanagari';
  if (code >= 0xe00 && code <= 0xe7f) return 'thai';
  if (code >= 0x3040 && code <= 0x30ff) return 'kana';
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) return 'han';
  if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)) return 'hangul';
  return 'other';
}

/** The scripts a language is written in (only languages written in one script family, besides Japanese). */
const LANG_SCRIPTS: Record<string, readonly Script[]> = {
  ...Object.fromEntries('ca cs da de en es et eu fi fr hr hu is it lt lv ms nl pl pt ro sk sl sq sv tl tr vi yo'.split(' ').map((l) => [l, ['latin']])),
  ru: ['cyrillic'], uk: ['cyrillic'], bg: ['cyrillic'], be: ['cyrillic'],
  el: ['greek'], he: ['hebrew'], ar: ['arabic'], fa: ['arabic'], ur: ['arabic'], th: ['thai'], hi: ['devanagari'], mr: ['devanagari'],
  zh: ['han'], ja: ['han', 'kana'], ko: ['hangul', 'han'],
};

/**
 * The script most of a text's letters are in (Han and Kana as one: Japanese mixes them), or
 * undefined when it has no letters. Two texts with different main scripts are not in one language.
 */
export function mainScript(text: string): Script | undefined {
  const sample = prepare(text);
  const counts = new Map<Script, number>();
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (!isLetterish(code)) continue;
    const script = scriptOf(code);
    const family = script === 'kana' ? 'han' : script;
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  let best: Script | undefined;
  let bestCount = 0;
  for (const [script, count] of counts) if (count > bestCount) [best, bestCount] = [script, count];
  return best;
}

/**
 * Cheap evidence that `text` is not in `lang`, without the detector: most of its letters are in a
 * script `lang` is not written in; Vietnamese, for plain ASCII letters that are not Vietnamese
 * syllables; English, for a line with 3 or more letters outside a-z that are at least 4 % of its
 * letters; Hungarian, Czech, Slovak and Icelandic, for 60 letters or more all in a-z (so text in these
 * typed without diacritics is not caught without a profile). False means "ask the detector", not "it is `lang`". A per-line check asks this first and
 * the detector only when it says false (5-20 times as fast; measured in bench/corpus.bench.ts).
 */
export function notInLang(text: string, lang: Lang): boolean {
  const scripts = LANG_SCRIPTS[lang.toLowerCase().slice(0, 2)];
  if (!scripts) return false;
  const sample = prepare(text);
  let letters = 0;
  let inScript = 0;
  let nonAscii = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (!isLetterish(code)) continue;
    letters++;
    if (code >= 0x80) nonAscii++;
    if (scripts.includes(scriptOf(code))) inScript++;
  }
  if (!letters) return false;
  if (inScript * 2 < letters) return true;
  if (lang === 'vi') return nonAscii === 0 && !plainVietnamese(sample);
  if (lang === 'en') return nonAscii >= 3 && nonAscii >= letters * 0.04;
  // about one letter in ten has a diacritic: 60 letters without one happen to fewer than 0.5 % of lines
  if (DIACRITIC_LANGS.has(lang)) return nonAscii === 0 && letters >= 60;
  return false;
}

/** Latin-script languages about one letter in ten of which has a diacritic (Hungarian á é ö ő, Czech č ě ř ...). */
const DIACRITIC_LANGS: ReadonlySet<string> = new Set(['hu', 'cs', 'sk', 'is']);

/**
 * From the detector's best and second scores (0..1; a right answer on a sentence scores 0.75-0.85, a
 * language it does not know 0.3-0.6): 1 for a score 0.1 above `floor` with a lead of 0.01 over the
 * next language (Russian, Ukrainian and Bulgarian lead each other by 0.01-0.04); a wide lead makes
 * up for a lower score (half of it, up to 0.1).
 */
function confidenceOf(top: number, next: number, floor: number): number {
  const lead = top - next;
  // no second language at all means few n-grams matched anything (`abc def ghi`), not a wide lead
  const bonus = next > 0 ? Math.min(lead, 0.2) / 2 : 0;
  const level = Math.min(1, Math.max(0, (top + bonus - floor) / 0.1));
  return Math.round(level * Math.min(1, lead / 0.01) * 1000) / 1000;
}

/**
 * The language of several texts (lines, or pieces of a document): each identified, the votes
 * weighted by confidence. 'und' unless one language has most of the weight.
 */
function vote(pieces: readonly string[], options: LangOptions): LangResult {
  const weight = new Map<Lang, number>();
  let total = 0;
  let asked = 0;
  for (const piece of pieces) {
    const result = identifyLang(piece, options);
    if (result.lang === 'und') {
      if (result.confidence > 0 || piece.length >= 40) asked++;
      continue;
    }
    asked++;
    weight.set(result.lang, (weight.get(result.lang) ?? 0) + result.confidence);
    total += result.confidence;
  }
  let best: Lang = 'und';
  let bestWeight = 0;
  for (const [lang, langWeight] of weight) if (langWeight > bestWeight) [best, bestWeight] = [lang, langWeight];
  if (!asked || best === 'und') return UND;
  const share = bestWeight / total;
  // confidence: the winner's share of the weight, times how much of the text spoke at all
  const confidence = Math.round(share * Math.min(1, bestWeight / Math.max(1, asked * 0.5)) * 1000) / 1000;
  return share >= 0.6 && confidence >= MIN_CONFIDENCE ? { lang: best, confidence } : { lang: 'und', confidence };
}

/** A document or span with fewer letters than this is 'und' (a title, a name, a date). */
const DOC_MIN_LETTERS = 12;
/** Pieces of about this many characters are read from a document, at most PIECES of them. */
const PIECE_CHARS = 200;
const PIECES = 24;

/** The language of a document, or of `span` in it: up to 24 pieces spread over it, voted. */
export function identifyTextLang(text: string, span?: Span, options: LangOptions = {}): LangResult {
  const start = Math.max(0, Math.min(span?.start ?? 0, text.length));
  const end = Math.max(start, Math.min(span?.end ?? text.length, text.length));
  const parts = pieces(text, start, end);
  let letters = 0;
  for (const part of parts) for (let i = 0; i < part.length && letters < DOC_MIN_LETTERS; i++) if (isLetterish(part.charCodeAt(i))) letters++;
  return letters < DOC_MIN_LETTERS ? UND : vote(parts, options);
}

/** Up to PIECES pieces of text[start, end), spread evenly, cut at spaces (bounded search). */
function pieces(text: string, start: number, end: number): string[] {
  const len = end - start;
  if (len <= PIECE_CHARS * 1.5) return [text.slice(start, end)];
  const count = Math.min(PIECES, Math.floor(len / PIECE_CHARS));
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let from = start + Math.floor(((len - PIECE_CHARS) * k) / Math.max(1, count - 1));
    let until = Math.min(end, from + PIECE_CHARS);
    for (let step = 0; step < 32 && from > start && !/\s/.test(text[from - 1]); step++) from++;
    for (let step = 0; step < 32 && until < end && !/\s/.test(text[until]); step++) until++;
    if (until > from) out.push(text.slice(from, until));
  }
  return out;
}

/** Lines read to name a side of a corpus: evenly spread, so a 1M-line side costs no more than 200 lines. */
const NAME_LINES = 200;

/** The language most lines of a side are in (a sample of at most 200 lines, spread over all of them). */
export function nameLinesLang(lines: readonly string[], options: LangOptions = {}): LangResult {
  const picked: string[] = [];
  const step = Math.max(1, lines.length / NAME_LINES);
  for (let position = 0; position < lines.length && picked.length < NAME_LINES; position += step) {
    const line = lines[Math.floor(position)];
    if (line && line.trim()) picked.push(line);
  }
  return vote(picked, options);
}

/** The language of a document or span: identifyTextLang's language. */
export function detectLang(text: string, span?: Span): Lang {
  return identifyTextLang(text, span).lang;
}

/** The language of one line of a corpus: identifyLang's language. */
export function guessLineLang(line: string): Lang {
  return identifyLang(line).lang;
}

/** The language of a side of a corpus from its lines: nameLinesLang's language. */
export function majorityLang(lines: readonly string[]): Lang {
  return nameLinesLang(lines).lang;
}

let displayNames: Intl.DisplayNames | undefined;
/** The English name of a language code ('ro' -> 'Romanian'), or the code itself when it has none. */
export function langName(code: Lang): string {
  const tag = bcp47Tag(code);
  if (tag === 'und') return code;
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    return displayNames.of(tag) ?? code;
  } catch {
    return code;
  }
}

/**
 * A language code as TMX (xml:lang, srclang) needs it: a valid BCP 47 tag in canonical case
 * ('vi_VN' -> 'vi-VN', 'EN' -> 'en'), or 'und' for anything that is not one.
 */
export function bcp47Tag(code: string | undefined): string {
  if (!code) return 'und';
  try {
    return Intl.getCanonicalLocales(code.trim().replace(/_/g, '-'))[0] ?? 'und';
  } catch {
    return 'und';
  }
}
