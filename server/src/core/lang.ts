// Language of a text, told cheaply: by script, by letters only Vietnamese uses, and by stop words.
// Samples at most ~20k characters (spread over the span), so a 20 MB line costs no more than a page.
// Works on NFD text (normalised per sample) and on word-segmented text (`củng_cố`).
import type { Lang, Span } from './types';

const SAMPLE_CHARS = 20000;
const SAMPLE_PIECES = 4;
/** Fewer letters than this: 'und'. */
const MIN_LETTERS = 12;

const STOP_WORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    en: 'the of and to in is that it was for on are with as his they be at by this had not but from have what were which their said has an been would there who will',
    hu: 'a az és hogy nem is egy de meg van volt ez azt már csak mint még ki mi el ha vagy én sem lesz azonban pedig után amely aki nagyon kell',
    fr: 'le la les de des et est un une du en que qui dans pour pas sur au avec il elle ne ce se sont par plus',
    de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird sie ich nach wie',
    es: 'el la los las de del y que en un una es por con para se no su al lo como más pero sus',
    it: 'il la di che è e un una per non con del della sono le gli da si anche nel alla più',
    pt: 'o a os as de do da e que em um uma é para com não no na se por mais dos das ao',
    nl: 'de het een en van is dat in op te zijn niet met voor er aan ook als bij door maar',
    id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada adalah oleh',
  }).map(([k, v]) => [k, new Set(v.split(' '))]),
);
/** Unaccented Vietnamese (typed without diacritics) is told by these syllables. */
const VI_PLAIN = new Set('cua va la cac nhung trong mot duoc khong nay cho voi nguoi da co den tu khi nhu thi nam ong ba cung se nhieu viec'.split(' '));

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

  // Latin script: stop words
  const words = sample.toLowerCase().split(/[^\p{L}\p{M}']+/u).filter(Boolean).flatMap((w) => w.split('_'));
  if (words.length < 3) return 'und';
  const scores: Record<string, number> = {};
  let viPlain = 0;
  for (const w of words) {
    for (const [lang, set] of Object.entries(STOP_WORDS)) if (set.has(w)) scores[lang] = (scores[lang] ?? 0) + 1;
    if (VI_PLAIN.has(w)) viPlain++;
  }
  let lang = 'und';
  let top = 0;
  let second = 0;
  for (const [l, n] of Object.entries(scores)) {
    if (n > top) { second = top; top = n; lang = l; } else if (n > second) second = n;
  }
  if (viPlain / words.length > 0.2 && viPlain > top) return 'vi';
  if (top / words.length < 0.08 || top < 2 || top < second * 1.3) return 'und';
  return lang;
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
