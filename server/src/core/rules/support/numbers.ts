// Numbers in a sentence, with every value they can stand for across locales (`1.000` = 1000 or 1,
// `3,5` = 3.5), plus soft numbers from words and month names that may match but are never required.
import data from '../data/number-words.json';

export interface NumberToken {
  start: number;
  end: number;
  text: string;
  /** Values this token can mean. */
  values: number[];
}

// not inside a word or code (`G22`, `G-22`, `COVID-19`; `end-2004` counts), not glued to a word (`1ittle`)
const NUM = /(?<![\p{L}\p{N}])(?<!\p{Lu}-)\d+(?:[.,\u00a0\u202f]\d+)*(?!\.?\d)(?![\p{L}]{4})/gu;
/** Section numbers at the start of a segment (`1.2.3 CHAPTER`), which translations number their own way. */
const SECTION = /^\s*\d{1,2}(?:\.\d{1,2})+\.?\s/u;
const ROMAN = /(?<![\p{L}\p{N}])(?=[IVXLC]+\b)(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})(?![\p{L}\p{N}])/gu;
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trăm: 100, nghìn: 1000, ngàn: 1000, triệu: 1e6, tỷ: 1e9, tỉ: 1e9, száz: 100, ezer: 1000, millió: 1e6, milliárd: 1e9 };
const words = data as unknown as Record<string, Record<string, number>>;

function valuesOf(t: string): number[] {
  const groups = t.split(/[.,\u00a0\u202f]/);
  const seps = t.match(/[.,\u00a0\u202f]/g) ?? [];
  const out = new Set<number>();
  const plain = Number(groups.join(''));
  if (!seps.length) return [plain];
  // thousands grouping: every group after the first has 3 digits
  if (groups.slice(1).every((g) => g.length === 3)) out.add(plain);
  // a decimal mark: the last separator, the others are thousands
  const last = seps[seps.length - 1];
  if (last === '.' || last === ',') {
    const intPart = groups.slice(0, -1).join('');
    out.add(Number(`${intPart}.${groups[groups.length - 1]}`));
  }
  if (!out.size) out.add(plain);
  // `10.9.2023`, `1.1.2`: a date or an outline number; each part counts
  if (seps.length >= 2 && !groups.slice(1).every((g) => g.length === 3)) for (const g of groups) out.add(Number(g));
  return [...out];
}

export function numbersIn(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  const section = SECTION.exec(text);
  NUM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM.exec(text))) {
    let s = m[0];
    // a trailing sentence period or comma is not part of the number
    while (/[.,\u00a0\u202f]$/.test(s)) s = s.slice(0, -1);
    if (section && m.index < section[0].length) continue;
    out.push({ start: m.index, end: m.index + s.length, text: s, values: valuesOf(s) });
  }
  return out;
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
 * Values the text states without digits: number words and month names (any language's list), simple
 * compounds with a scale (`four hundred`, `2 triệu`), Roman numerals (`CHAPTER IV`).
 */
export function softNumbers(text: string): Set<number> {
  const out = new Set<number>();
  const tokens = text.toLowerCase().match(/[\p{L}\p{M}]+|\d+(?:[.,]\d+)?/gu) ?? [];
  let prev: number | undefined;
  for (const w of tokens) {
    const scale = SCALES[w];
    const v = /^\d/.test(w) ? Number(w.replace(',', '.')) : wordValue(w);
    if (scale && prev !== undefined) out.add(prev * scale);
    if (v !== undefined && !/^\d/.test(w)) out.add(v);
    prev = v;
  }
  for (const m of text.matchAll(ROMAN)) {
    // a lone `I` is the English pronoun, except in a short heading (`CHAPTER I`, `1.1.1 I`)
    if (!m[0] || (m[0] === 'I' && text.trim().length > 16)) continue;
    const r = romanValue(m[0]);
    if (r) out.add(r);
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
