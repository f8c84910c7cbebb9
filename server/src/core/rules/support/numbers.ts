// Numbers in a sentence or a corpus line, read the way a locale could mean them: `1.000` and `1,000`
// are both a thousand (grouping), `3,5` and `3.5` both three and a half (decimal). When the side's
// language is known it picks the reading (`1.500` is 1500 in Vietnamese, 1.5 in English); otherwise an
// ambiguous token carries both readings, and two tokens match when they share one. Values are canonical
// strings (no grouping, '.' decimal, no trailing zeros), so no float rounding. Soft numbers (number
// words, month names, Roman numerals) may match but are never required. The ONE number module: the
// pair rule number-mismatch and the corpus rule line-number-mismatch both use it.
import data from '../data/number-words.json';
import type { Lang } from '../../types';

export interface NumberToken {
  start: number;
  end: number;
  text: string;
  /** Values this token can mean, canonical. */
  values: string[];
  /** The parts of a dotted or slashed date/outline (`10.9.2023`: 10, 9, 2023): may match soft numbers. */
  parts?: string[];
}

export interface ExtractOptions {
  /** Skip a heading's outline label at the start (`1.2.3 Title`, a lone `1.`). Default true. */
  skipOutline?: boolean;
  /** The text's language: picks one reading of an ambiguous `1.500` / `1,500`. */
  lang?: Lang;
}

/** Languages that write a decimal comma and group thousands with dots or spaces. */
const DECIMAL_COMMA = new Set(['vi', 'hu', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'id', 'ru', 'pl', 'cs', 'sk', 'ro', 'tr', 'da', 'sv', 'nb', 'fi', 'uk', 'el']);
/** Languages that write a decimal point and group thousands with commas. */
const DECIMAL_POINT = new Set(['en', 'zh', 'ja', 'ko', 'th', 'ms', 'he', 'hi']);

const NUM = /\d+(?:[.,\u00a0\u202f]\d+)*/g;
/** After a clock time: a.m., p.m., h, óra, giờ, a time of day. */
const TIME_AFTER = /^\s?(?:[ap]\.?m\b|h\b|óra|giờ|o'clock|in the (?:morning|afternoon|evening)|at night|sáng|trưa|chiều|tối)/iu;
/** After a clock time: the afternoon or evening (a 12-hour time is hour + 12 on a 24-hour clock). */
const AFTERNOON = /^\s?(?:p\.?m\b|in the (?:afternoon|evening)|at night)/iu;
/** After an hour: its minutes, the Vietnamese way (`7 giờ 30`, `7 giờ 30 phút`, `7h30`). */
const HOUR_MINUTES = /^(?:\s*giờ\s*|h)(\d{1,2})(?!\d)(?:\s*phút)?/u;
/** A heading's outline label at the start of a line (`1.2.3 Title`, `"1.1 CHAPTER`, a lone `1.`): not a quantity. */
const OUTLINE = /^[\s"'“(\[]*(?:\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|\d+\.?\s*$)/;
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trăm: 100, nghìn: 1000, ngàn: 1000, triệu: 1e6, tỷ: 1e9, tỉ: 1e9, száz: 100, ezer: 1000, millió: 1e6, milliárd: 1e9 };
const ROMAN = /(?<![\p{L}\p{N}])(?=[IVXLC]+\b)(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})(?![\p{L}\p{N}])/gu;
const words = data as unknown as Record<string, Record<string, number>>;

const isLetterCode = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000 && code !== 0xa0);
const isUpperCode = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);

/**
 * The numbers of `text`: not inside a word or code (`G22`, `G-22`, `COVID-19`, `mp3`; `end-2004`
 * counts), not glued to a following word (`1ittle`; `19th`, `5km` count), a trailing period or comma
 * left out, a no-break-space run kept only as 3-digit grouping (`1 000`).
 */
export function extractNumbers(text: string, opts: ExtractOptions = {}): NumberToken[] {
  const out: NumberToken[] = [];
  if (!/\d/.test(text)) return out;
  const skipTo = opts.skipOutline !== false ? (OUTLINE.exec(text)?.[0].length ?? 0) : 0;
  NUM.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = NUM.exec(text))) {
    let numberText = found[0];
    if (/[\u00a0\u202f]/.test(numberText) && !/^\d{1,3}(?:[\u00a0\u202f]\d{3})+$/.test(numberText)) numberText = numberText.split(/[\u00a0\u202f]/)[0];
    NUM.lastIndex = found.index + numberText.length;
    if (found.index < skipTo) continue;
    const before = found.index > 0 ? text.charCodeAt(found.index - 1) : 32;
    const glued = isLetterCode(before) || (before === 45 && found.index > 1 && isUpperCode(text.charCodeAt(found.index - 2)));
    // four letters right after: a word with a digit in it (`1ittle`), not a unit (`5km`) or ordinal (`19th`)
    if (glued || /^[\p{L}]{4}/u.test(text.slice(found.index + numberText.length, found.index + numberText.length + 4))) continue;
    const token: NumberToken = { start: found.index, end: found.index + numberText.length, text: numberText, ...readings(numberText, opts.lang) };
    const after = text.slice(token.end, token.end + 24);
    // `7 giờ 30`, `7h30`: one clock time, not the numbers 7 and 30
    const minutes = /^\d{1,2}$/.test(numberText) && Number(numberText) < 24 ? HOUR_MINUTES.exec(text.slice(token.end, token.end + 16)) : null;
    if (minutes && Number(minutes[1]) < 60) {
      token.end += minutes[0].length;
      token.text = text.slice(token.start, token.end);
      token.values = [clockValue(Number(numberText), Number(minutes[1]))];
      token.parts = [canon(numberText, ''), canon(minutes[1], '')];
      NUM.lastIndex = token.end;
      out.push(token);
      continue;
    }
    // a clock time (`7.30 a.m.`, `19.45h`, `9:15`): hours and minutes are its parts, and it reads as
    // the same time on a 24-hour clock (`7.45 p.m.` = `19 giờ 45`)
    const clock = /^(\d{1,2})[.:](\d{2})$/.exec(numberText);
    if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60 && TIME_AFTER.test(after)) {
      const hour = Number(clock[1]);
      token.parts = [canon(clock[1], ''), canon(clock[2], '')];
      token.values = [...token.values, clockValue(hour, Number(clock[2]))];
      if (hour <= 12 && AFTERNOON.test(after)) token.values.push(clockValue((hour % 12) + 12, Number(clock[2])));
    } else if (/^\d{1,2}$/.test(numberText) && Number(numberText) >= 1 && Number(numberText) <= 12 && AFTERNOON.test(after)) {
      // `9 p.m.` = `21 giờ`
      token.values = [...token.values, String((Number(numberText) % 12) + 12)];
    }
    out.push(token);
  }
  return out;
}

/** A time of day, canonical: `7:30`. */
function clockValue(hour: number, minute: number): string {
  return `${hour}:${String(minute).padStart(2, '0')}`;
}

function canon(intPart: string, frac: string): string {
  const integerDigits = intPart.replace(/^0+(?=\d)/, '');
  const fractionDigits = frac.replace(/0+$/, '');
  return fractionDigits ? `${integerDigits}.${fractionDigits}` : integerDigits;
}

/** The readings of a number as written, narrowed by the language when it tells. */
export function readings(text: string, lang?: Lang): { values: string[]; parts?: string[] } {
  const cleaned = text.replace(/[\u00a0\u202f]/g, '');
  if (cleaned !== text || !/[.,]/.test(cleaned)) return { values: [canon(cleaned, '')] };
  const seps = cleaned.replace(/\d/g, '');
  const parts = cleaned.split(/[.,]/);
  const oneKind = !seps.includes('.') || !seps.includes(',');
  const grouping = oneKind && parts[0].length <= 3 && parts.slice(1).every((p) => p.length === 3) ? canon(parts.join(''), '') : undefined;
  const decimal = parts.length === 2 ? canon(parts[0], parts[1]) : undefined;
  if (grouping !== undefined && decimal !== undefined) {
    // one separator, three digits after it: the language decides, else both
    const decimalComma = lang && DECIMAL_COMMA.has(lang);
    const decimalPoint = lang && DECIMAL_POINT.has(lang);
    if (decimalComma || decimalPoint) return { values: [(seps === ',') === !!decimalComma ? decimal : grouping] };
    return { values: [grouping, decimal] };
  }
  if (grouping !== undefined) return { values: [grouping] };
  if (decimal !== undefined) return { values: [decimal] };
  if (!oneKind && seps.length >= 2) {
    // mixed: the last separator is the decimal one (1.234,5 or 1,234.5)
    const last = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
    return { values: [canon(cleaned.slice(0, last).replace(/[.,]/g, ''), cleaned.slice(last + 1))] };
  }
  // dotted sequences such as dates and outline numbers (12.05.2020, 1.2.3): compared as written
  return { values: [cleaned.replace(/,/g, '.')], parts: parts.map((p) => canon(p, '')) };
}

export interface NumberMismatch {
  /** Tokens of A with no counterpart in B. */
  onlyA: NumberToken[];
  onlyB: NumberToken[];
}

/** Matches the numbers of two lines (greedy, one to one, by a shared reading). */
export function compareNumbers(numbersA: NumberToken[], numbersB: NumberToken[]): NumberMismatch {
  const usedB = new Array<boolean>(numbersB.length).fill(false);
  const onlyA: NumberToken[] = [];
  // unambiguous tokens first, so that an ambiguous one does not take another's partner
  const order = numbersA.map((_, i) => i).sort((x, y) => numbersA[x].values.length - numbersA[y].values.length);
  for (const i of order) {
    let hit = -1;
    for (let j = 0; j < numbersB.length && hit < 0; j++) {
      if (usedB[j]) continue;
      if (numbersA[i].values.some((v) => numbersB[j].values.includes(v))) hit = j;
    }
    if (hit >= 0) usedB[hit] = true;
    else onlyA.push(numbersA[i]);
  }
  onlyA.sort((x, y) => x.start - y.start);
  return { onlyA, onlyB: numbersB.filter((_, j) => !usedB[j]) };
}

function wordValue(word: string): number | undefined {
  for (const table of Object.values(words)) {
    if (typeof table !== 'object' || !Object.prototype.hasOwnProperty.call(table, word)) continue;
    const value = table[word];
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/**
 * Values the text states without digits (canonical strings): number words and month names (any
 * language's list), simple compounds with a scale (`four hundred`, `2 triệu`), Roman numerals (`CHAPTER IV`).
 */
export function softNumbers(text: string): Set<string> {
  const out = new Set<string>();
  const tokens = text.toLowerCase().match(/[\p{L}\p{M}]+|\d+(?:[.,]\d+)?/gu) ?? [];
  let prev: number | undefined;
  for (const word of tokens) {
    const scale = SCALES[word];
    const value = /^\d/.test(word) ? Number(word.replace(',', '.')) : wordValue(word);
    if (scale && prev !== undefined) out.add(String(prev * scale));
    if (value !== undefined && !/^\d/.test(word)) out.add(String(value));
    prev = value;
  }
  for (const found of text.matchAll(ROMAN)) {
    // a lone `I` is the English pronoun, except in a short heading (`CHAPTER I`, `1.1.1 I`)
    if (!found[0] || (found[0] === 'I' && text.trim().length > 16)) continue;
    const roman = romanValue(found[0]);
    if (roman) out.add(String(roman));
  }
  return out;
}

function romanValue(numeral: string): number {
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = val[numeral[i]];
    total += i + 1 < numeral.length && val[numeral[i + 1]] > value ? -value : value;
  }
  return total;
}

/**
 * A heading or label rather than a sentence (`6.`, `1.2 CHAPTER II`, `Második fejezet 1.`, `(c)1929`):
 * short, with at most one lower-case word, not ending in a word and a full stop. Books number their
 * sections each their own way.
 */
export function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length >= 40 || /\p{L}\p{M}*[.!?…]["”’»)]*$/u.test(trimmed)) return false;
  return (trimmed.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]+/gu) ?? []).length < 2;
}
