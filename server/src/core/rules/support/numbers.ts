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

const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000 && c !== 0xa0);
const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

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
  let m: RegExpExecArray | null;
  while ((m = NUM.exec(text))) {
    let t = m[0];
    if (/[\u00a0\u202f]/.test(t) && !/^\d{1,3}(?:[\u00a0\u202f]\d{3})+$/.test(t)) t = t.split(/[\u00a0\u202f]/)[0];
    NUM.lastIndex = m.index + t.length;
    if (m.index < skipTo) continue;
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
    const glued = isLetterCode(before) || (before === 45 && m.index > 1 && isUpperCode(text.charCodeAt(m.index - 2)));
    // four letters right after: a word with a digit in it (`1ittle`), not a unit (`5km`) or ordinal (`19th`)
    if (glued || /^[\p{L}]{4}/u.test(text.slice(m.index + t.length, m.index + t.length + 4))) continue;
    const token: NumberToken = { start: m.index, end: m.index + t.length, text: t, ...readings(t, opts.lang) };
    const after = text.slice(token.end, token.end + 24);
    // `7 giờ 30`, `7h30`: one clock time, not the numbers 7 and 30
    const minutes = /^\d{1,2}$/.test(t) && Number(t) < 24 ? HOUR_MINUTES.exec(text.slice(token.end, token.end + 16)) : null;
    if (minutes && Number(minutes[1]) < 60) {
      token.end += minutes[0].length;
      token.text = text.slice(token.start, token.end);
      token.values = [clockValue(Number(t), Number(minutes[1]))];
      token.parts = [canon(t, ''), canon(minutes[1], '')];
      NUM.lastIndex = token.end;
      out.push(token);
      continue;
    }
    // a clock time (`7.30 a.m.`, `19.45h`, `9:15`): hours and minutes are its parts, and it reads as
    // the same time on a 24-hour clock (`7.45 p.m.` = `19 giờ 45`)
    const clock = /^(\d{1,2})[.:](\d{2})$/.exec(t);
    if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60 && TIME_AFTER.test(after)) {
      const hour = Number(clock[1]);
      token.parts = [canon(clock[1], ''), canon(clock[2], '')];
      token.values = [...token.values, clockValue(hour, Number(clock[2]))];
      if (hour <= 12 && AFTERNOON.test(after)) token.values.push(clockValue((hour % 12) + 12, Number(clock[2])));
    } else if (/^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 12 && AFTERNOON.test(after)) {
      // `9 p.m.` = `21 giờ`
      token.values = [...token.values, String((Number(t) % 12) + 12)];
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
  const i = intPart.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** The readings of a number as written, narrowed by the language when it tells. */
export function readings(text: string, lang?: Lang): { values: string[]; parts?: string[] } {
  const t = text.replace(/[\u00a0\u202f]/g, '');
  if (t !== text || !/[.,]/.test(t)) return { values: [canon(t, '')] };
  const seps = t.replace(/\d/g, '');
  const parts = t.split(/[.,]/);
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
    const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
    return { values: [canon(t.slice(0, last).replace(/[.,]/g, ''), t.slice(last + 1))] };
  }
  // dotted sequences such as dates and outline numbers (12.05.2020, 1.2.3): compared as written
  return { values: [t.replace(/,/g, '.')], parts: parts.map((p) => canon(p, '')) };
}

export interface NumberMismatch {
  /** Tokens of A with no counterpart in B. */
  onlyA: NumberToken[];
  onlyB: NumberToken[];
}

/** Matches the numbers of two lines (greedy, one to one, by a shared reading). */
export function compareNumbers(a: NumberToken[], b: NumberToken[]): NumberMismatch {
  const usedB = new Array<boolean>(b.length).fill(false);
  const onlyA: NumberToken[] = [];
  // unambiguous tokens first, so that an ambiguous one does not take another's partner
  const order = a.map((_, i) => i).sort((x, y) => a[x].values.length - a[y].values.length);
  for (const i of order) {
    let hit = -1;
    for (let j = 0; j < b.length && hit < 0; j++) {
      if (usedB[j]) continue;
      if (a[i].values.some((v) => b[j].values.includes(v))) hit = j;
    }
    if (hit >= 0) usedB[hit] = true;
    else onlyA.push(a[i]);
  }
  onlyA.sort((x, y) => x.start - y.start);
  return { onlyA, onlyB: b.filter((_, j) => !usedB[j]) };
}

function wordValue(w: string): number | undefined {
  for (const table of Object.values(words)) {
    if (typeof table !== 'object' || !Object.prototype.hasOwnProperty.call(table, w)) continue;
    const v = table[w];
    if (typeof v === 'number') return v;
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
  for (const w of tokens) {
    const scale = SCALES[w];
    const v = /^\d/.test(w) ? Number(w.replace(',', '.')) : wordValue(w);
    if (scale && prev !== undefined) out.add(String(prev * scale));
    if (v !== undefined && !/^\d/.test(w)) out.add(String(v));
    prev = v;
  }
  for (const m of text.matchAll(ROMAN)) {
    // a lone `I` is the English pronoun, except in a short heading (`CHAPTER I`, `1.1.1 I`)
    if (!m[0] || (m[0] === 'I' && text.trim().length > 16)) continue;
    const r = romanValue(m[0]);
    if (r) out.add(String(r));
  }
  return out;
}

function romanValue(s: string): number {
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = val[s[i]];
    n += i + 1 < s.length && val[s[i + 1]] > v ? -v : v;
  }
  return n;
}

/**
 * A heading or label rather than a sentence (`6.`, `1.2 CHAPTER II`, `Második fejezet 1.`, `(c)1929`):
 * short, with at most one lower-case word, not ending in a word and a full stop. Books number their
 * sections each their own way.
 */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (t.length >= 40 || /\p{L}\p{M}*[.!?…]["”’»)]*$/u.test(t)) return false;
  return (t.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]+/gu) ?? []).length < 2;
}
