// segmenter-error: a name glued by `_` to the following words (`Kim_là`, `Moskva_trợ_giúp`), to another
// name (`Triều_Tiên_Kim_Jong-un`), or across a word boundary (`Nam_vô cùng` for `Nam vô_cùng`). Found
// from evidence a segmenter cannot fake: how the text writes the same syllables elsewhere, the syllable
// lexicon, capitalisation, and function words that never continue a word after a name.
import type { SideRule } from './rule';
import type { Side, TextEdit } from '../types';
import * as chars from './support/chars';
import { isLexiconSyllable } from '../vi-lexicon';
import { lowerCodeUnit } from '../lower-case';
import data from './data/vi-segmentation.json';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, JOINER, LETTER, LOWER, MARK, UPPER } = chars;

const NAME_BREAKERS = new Set<string>(data.nameBreakers);
const PERSON_TITLES = new Set<string>(data.personTitles);
const TOKEN_CHAR = LETTER | MARK | DIGIT | JOINER;
/** Characters after which a word starts a sentence or a quotation (its capital proves nothing). */
const SENTENCE_START = '.!?\n"“”:;(…•*#>';
/** Dashes start a sentence (a line of dialogue) only after a sentence start: `Nga - Triều` is mid-sentence. */
const DASHES = '-–—';

/** A candidate token (or its neighbour) as an object; the other tokens are only scanned (Evidence.count). */
interface Tok {
  start: number;
  end: number;
  text: string;
  /** Starts a sentence, line or quotation. */
  initial: boolean;
  /** The next token, when only spaces or tabs lie between them. */
  next?: Tok;
  /** The previous token, when only spaces or tabs lie between them. */
  prev?: Tok;
  /** Punctuation or the end of the line follows it (not another word). */
  beforeBreak: boolean;
  /** The punctuation mark after it (past spaces), if any. */
  after?: string;
}

const isCap = (s: string) => s.length > 0 && s.charAt(0) !== s.charAt(0).toLowerCase();
const isLowerStart = (s: string) => s.length > 0 && s.charAt(0) !== s.charAt(0).toUpperCase();
const isAcronym = (s: string) => s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
/** A syllable or word part that is not Vietnamese: not in the lexicon, not an acronym (`Moskva`, `Fred`, `Jong-un`). */
const isForeign = (s: string) => !isAcronym(s) && /[aeiouyàáâãèéêìíòóôõùúý]/i.test(s) && !/['’-]$/.test(s) && s.split('-').some((q) => q.length > 0 && !isLexiconSyllable(q));
const isVietnameseLower = (s: string) => isLowerStart(s) && isLexiconSyllable(s);

const isBlank = (c: number) => c === 32 || c === 9;

/** The end of the token that starts at `i` (`_`-joined parts and joiners inside, trailing joiners cut). */
function tokenEnd(t: string, i: number, hi: number): { end: number; scanEnd: number } {
  let e = i + 1;
  while (e < hi && (flagsAt(t, e) & TOKEN_CHAR || t.charCodeAt(e) === 95)) e++;
  let end = e;
  while (end > i + 1 && flagsAt(t, end - 1) & JOINER && !(flagsAt(t, end - 1) & LETTER)) end--;
  return { end, scanEnd: e };
}

const startsToken = (t: string, i: number) => (flagsAt(t, i) & (LETTER | MARK | DIGIT)) !== 0;

/** Whether the token at `start` begins a sentence, a line or a quotation. */
function initialAt(t: string, lo: number, start: number): boolean {
  let k = start - 1;
  while (k >= lo && isBlank(t.charCodeAt(k))) k--;
  if (k < lo || SENTENCE_START.includes(t[k])) return true;
  if (!DASHES.includes(t[k])) return false;
  k--;
  while (k >= lo && isBlank(t.charCodeAt(k))) k--;
  return k < lo || SENTENCE_START.includes(t[k]);
}

/** What follows a token ending at `end` (its scan end `scanEnd`): the next token start when only spaces lie between, else the mark. */
function following(t: string, end: number, scanEnd: number, hi: number): { next?: number; after?: string } {
  let n = end;
  while (n < hi && isBlank(t.charCodeAt(n))) n++;
  if (n < hi && startsToken(t, n)) return end === scanEnd && n > end ? { next: n } : {};
  return { after: n < hi && t[n] !== '\n' && t[n] !== '\r' ? t[n] : undefined };
}

/** The token at [start, end) as an object, with its neighbours (one level). */
function tokAt(side: Side, start: number, links = true): Tok {
  const t = side.text;
  // the whole text, not the region: a window re-checked after an edit sees the same context
  const lo = 0;
  const hi = t.length;
  const { end, scanEnd } = tokenEnd(t, start, hi);
  const f = following(t, end, scanEnd, hi);
  const tok: Tok = { start, end, text: t.slice(start, end), initial: initialAt(t, lo, start), beforeBreak: f.next === undefined, after: f.after };
  if (links) {
    if (f.next !== undefined) tok.next = tokAt(side, f.next, false);
    // the previous token: back over spaces to a token end, then to its start
    let k = start;
    while (k > lo && isBlank(t.charCodeAt(k - 1))) k--;
    if (k < start && k > lo && (flagsAt(t, k - 1) & (LETTER | MARK | DIGIT))) {
      let b = k - 1;
      while (b > lo && (flagsAt(t, b - 1) & TOKEN_CHAR || t.charCodeAt(b - 1) === 95)) b--;
      while (b < k && !startsToken(t, b)) b++;
      if (b < k) tok.prev = tokAt(side, b, false);
    }
  }
  return tok;
}

/** A hash of t[start, end) as written, continuing `h`. */
function exactHash(t: string, start: number, end: number, h: number): number {
  for (let k = start; k < end; k++) h = Math.imul(h ^ t.charCodeAt(k), 0x01000193);
  return h;
}

const titled = (tok: Tok) => !!tok.prev && PERSON_TITLES.has(tok.prev.text.toLowerCase());

/**
 * Whether the token at [start, end) reads like `tok`, the first of its hash group (same text, same
 * next token or mark): a cheap check in place of building the token; where it fails, the token is built.
 */
function sameContext(t: string, tok: Tok, start: number, end: number): boolean {
  if (end - start !== tok.end - tok.start || !t.startsWith(tok.text, start)) return false;
  if (!tok.next) return true;
  let n = end;
  while (n < t.length && isBlank(t.charCodeAt(n))) n++;
  return t.startsWith(tok.next.text, n);
}

/** A hash of t[start, end) in lower case (per code unit), computed without building the string. */
function lowerHash(t: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ lowerCodeUnit(t.charCodeAt(k)), 0x01000193);
  return h >>> 0;
}

/**
 * What the text says about words and names, counted for the keys the decisions ask about only (a
 * question not counted yet is remembered and answered after the next counting pass).
 */
class Evidence {
  private readonly lowerCounts = new Map<string, number>();
  private readonly pairSeen = new Set<string>();
  private readonly nameCounts = new Map<string, number>();
  private readonly tokenCounts = new Map<string, number>();
  private readonly askedLower = new Set<string>();
  private readonly askedPairs = new Set<string>();
  private readonly askedNames = new Set<string>();
  /** Questions asked that no pass has counted yet. */
  unanswered = 0;

  constructor(private readonly side: Side) {}

  /** The text writes this (lower-cased) token with a lower-case first letter elsewhere: a word as the text writes it. */
  lower(key: string): boolean {
    if (!this.askedLower.has(key)) {
      this.askedLower.add(key);
      this.unanswered++;
    }
    return (this.lowerCounts.get(key) ?? 0) > 0;
  }

  /** The text writes the lower-case token `first` right before `second` (the next lower-case word, or a punctuation mark). */
  pair(first: string, second: string): boolean {
    const key = `${first} ${second}`;
    if (!this.askedPairs.has(key)) {
      this.askedPairs.add(key);
      this.unanswered++;
    }
    return this.pairSeen.has(key);
  }

  /**
   * The text writes this capitalised token free as a name: not at a sentence start (unless foreign or an
   * acronym, whose capitals are their own), followed by punctuation or a lower-case word, not by another
   * capitalised word of a longer name (`Bộ Y_tế` proves nothing about `Bộ`).
   */
  free(name: string): boolean {
    if (!this.askedNames.has(name)) {
      this.askedNames.add(name);
      this.unanswered++;
    }
    return (this.nameCounts.get(name) ?? 0) > 0;
  }

  /** How often the text writes this capitalised token, wherever it stands (0 until counted). */
  times(name: string): number {
    if (!this.askedNames.has(name)) {
      this.askedNames.add(name);
      this.unanswered++;
    }
    return this.tokenCounts.get(name) ?? 0;
  }

  /** One pass over the tokens, counting every key asked so far. */
  count(): void {
    this.unanswered = 0;
    this.lowerCounts.clear();
    this.pairSeen.clear();
    this.nameCounts.clear();
    this.tokenCounts.clear();
    // a token is sliced only when its hash is that of a question (lower case for words, as written for names)
    const hashOf = (k: string) => lowerHash(k, 0, k.length);
    const lowerHashes = new Set([...this.askedLower].map(hashOf));
    const firsts = new Set([...this.askedPairs].map((k) => k.slice(0, k.indexOf(' '))));
    for (const f of firsts) lowerHashes.add(hashOf(f));
    const nameHashes = new Set([...this.askedNames].map(hashOf));
    // before any hash: the length and the first and last letters (lower case) of some question
    const shapes = new Uint8Array(1 << 16);
    const shapeOf = (len: number, first: number, last: number) => ((len & 63) << 10) | ((lowerCodeUnit(first) * 31 + lowerCodeUnit(last)) & 0x3ff);
    for (const k of [...this.askedLower, ...firsts, ...this.askedNames]) if (k.length) shapes[shapeOf(k.length, k.charCodeAt(0), k.charCodeAt(k.length - 1))] = 1;
    // the whole text (both sides of a one-file pair, all of a document re-checked in a window): the
    // evidence is the same wherever the candidates are looked for
    const t = this.side.text;
    const lo = 0;
    const hi = t.length;
    // one pass: each token's lower-case hash is built while it is scanned; only a token whose hash is
    // asked about is looked at further
    let i = lo;
    while (i < hi) {
      const c = flagsAt(t, i);
      if (!(c & (LETTER | MARK | DIGIT))) {
        i++;
        continue;
      }
      const s = i;
      let e = i;
      let end = i;
      while (e < hi) {
        const code = t.charCodeAt(e);
        const f = flagsAt(t, e);
        if (code !== 95 && !(f & TOKEN_CHAR)) break;
        e++;
        // trailing joiners (`word-`) are not part of the token
        if (f & (LETTER | MARK | DIGIT) || code === 95) end = e;
      }
      i = e;
      if (!(c & (LOWER | UPPER)) || !shapes[shapeOf(end - s, t.charCodeAt(s), t.charCodeAt(end - 1))]) continue;
      const h = lowerHash(t, s, end);
      if (c & LOWER) {
        if (!lowerHashes.has(h)) continue;
        const key = t.slice(s, end).toLowerCase();
        if (this.askedLower.has(key)) this.lowerCounts.set(key, (this.lowerCounts.get(key) ?? 0) + 1);
        if (firsts.has(key)) {
          const f = following(t, end, e, hi);
          let second: string | undefined;
          if (f.next !== undefined) {
            if (flagsAt(t, f.next) & LOWER) second = t.slice(f.next, tokenEnd(t, f.next, hi).end).toLowerCase();
          } else second = f.after;
          if (second !== undefined && this.askedPairs.has(`${key} ${second}`)) this.pairSeen.add(`${key} ${second}`);
        }
      } else if (c & UPPER) {
        if (!nameHashes.has(h)) continue;
        const w = t.slice(s, end);
        if (!this.askedNames.has(w)) continue;
        this.tokenCounts.set(w, (this.tokenCounts.get(w) ?? 0) + 1);
        const intrinsic = isAcronym(w.replaceAll('_', '')) || w.split('_').every(isForeign);
        if (!intrinsic && initialAt(t, lo, s)) continue;
        // an acronym is its own name (`KCNA` before the next sentence); any other word followed by a
        // capitalised one may be the start of a longer name
        const next = following(t, end, e, hi).next;
        if (next !== undefined && flagsAt(t, next) & UPPER && !(w.length >= 3 && isAcronym(w))) continue;
        this.nameCounts.set(w, (this.nameCounts.get(w) ?? 0) + 1);
      }
    }
  }
}

export interface GluedName {
  /** The token as written, e.g. `Kim_là`. */
  token: { start: number; end: number; text: string };
  kind: 'name+words' | 'name+name' | 'across';
  /** The left name and the rest, as written. */
  left: string;
  right: string;
  /** One edit that repairs it: `_` to spaces at the cuts (and, across a boundary, the space moved). */
  edit: TextEdit;
  /** The repaired text of the edit's span, whole words: e.g. `Thanh được vay_vốn`. */
  repaired: string;
}

/**
 * Splits the lower-case rest after a name into the words the text uses: a function word stands alone;
 * otherwise the longest run of syllables the text writes elsewhere as one lower-case token; two syllables
 * the text writes apart and never joined are split; syllables with no evidence stay joined as the
 * segmenter joined them.
 */
function resegment(parts: string[], ev: Evidence): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join('_'));
    run = [];
  };
  let i = 0;
  while (i < parts.length) {
    if (NAME_BREAKERS.has(parts[i].toLowerCase())) {
      flush();
      out.push(parts[i++]);
      continue;
    }
    let j = i;
    for (let k = parts.length; k > i + 1; k--) {
      if (ev.lower(parts.slice(i, k).join('_').toLowerCase())) {
        j = k;
        break;
      }
    }
    if (j > i) {
      flush();
      out.push(parts.slice(i, j).join('_'));
      i = j;
      continue;
    }
    // two syllables the text writes apart (`vay vốn`) and never joined are two words
    const last = run[run.length - 1];
    if (last && ev.pair(last.toLowerCase(), parts[i].toLowerCase()) && !ev.lower(`${last}_${parts[i]}`.toLowerCase())) flush();
    run.push(parts[i++]);
  }
  flush();
  return out;
}

/** How to split a token: at `cut` (index of the first part after the name), the rest as `words`. */
interface Plan {
  kind: GluedName['kind'];
  cut: number;
  words: string[];
  /** The next token takes the last syllable (`Nam_vô cùng` -> `Nam vô_cùng`). */
  across?: boolean;
}

/** Asks the evidence every question `decide` may ask about this token, so that one counting pass answers them all. */
function prefetch(tok: Tok, ev: Evidence): void {
  const parts = tok.text.split('_');
  ev.lower(tok.text.toLowerCase());
  ev.times(tok.text);
  const nCap = parts.findIndex((p) => !isCap(p));
  if (nCap > 0) {
    const rest = parts.slice(nCap);
    ev.free(parts.slice(0, nCap).join('_'));
    const restWord = rest.join('_').toLowerCase();
    ev.lower(restWord);
    const context = tok.next ? tok.next.text.toLowerCase() : tok.beforeBreak ? tok.after : undefined;
    if (context) ev.pair(restWord, context);
    if (tok.next) ev.lower(`${rest[0]}_${tok.next.text}`.toLowerCase());
    for (let i = 0; i < rest.length; i++) {
      for (let k = i + 2; k <= rest.length; k++) ev.lower(rest.slice(i, k).join('_').toLowerCase());
      if (i > 0) ev.pair(rest[i - 1].toLowerCase(), rest[i].toLowerCase());
    }
  } else if (nCap < 0) {
    for (let k = 1; k < parts.length; k++) {
      ev.free(parts.slice(0, k).join('_'));
      ev.free(parts.slice(k).join('_'));
    }
  }
}

function decide(tok: Tok, ev: Evidence): Plan | undefined {
  const parts = tok.text.split('_');
  if (parts.length < 2 || !isCap(parts[0]) || parts.some((p) => !p)) return undefined;
  // a word the text also writes in lower case is a word (`Tổng_thống` / `tổng_thống`)
  if (ev.lower(tok.text.toLowerCase())) return undefined;
  const free = (name: string) => ev.free(name);
  const nCap = parts.findIndex((p) => !isCap(p));
  if (nCap > 0) {
    // a name, then lower-case Vietnamese syllables to the end
    const rest = parts.slice(nCap);
    if (!rest.every(isVietnameseLower)) return undefined;
    const nameParts = parts.slice(0, nCap);
    const left = nameParts.join('_');
    const foreign = nameParts.every(isForeign);
    const breaker = NAME_BREAKERS.has(rest[0].toLowerCase());
    const personTitled = !!tok.prev && PERSON_TITLES.has(tok.prev.text.toLowerCase());
    // the rest is a word the text writes on its own: a token of two syllables or more, or one syllable
    // that the text writes before the same next word or mark elsewhere (`Triều_xích lại` / `xích lại`)
    const restWord = rest.join('_').toLowerCase();
    const context = tok.next ? tok.next.text.toLowerCase() : tok.beforeBreak ? tok.after : undefined;
    // (one syllable: only where the text writes this join once; a join the text repeats, `Quốc_hội`, is a word)
    const once = ev.times(tok.text) <= 1;
    const restSeen = ev.lower(restWord) && (rest.length >= 2 || (once && !!context && ev.pair(restWord, context)));
    let glued = false;
    if (tok.initial) {
      // a capital at a sentence start proves nothing: only a longer name the text writes free
      glued = nCap >= 2 && free(left);
    } else if (foreign) glued = true;
    else if (free(left)) {
      // a free name glued to words; after a person title (`ông Kim_thất_vọng`) a person's name is
      // capitalised throughout, so the lower-case syllables are the next words (a title alone proves
      // nothing: `ông Tổng_giám_đốc`)
      // (a one-syllable name before a word the text also writes, `Viện_kiểm_sát` / `kiểm_sát`, is no
      // evidence: institutions capitalise their first syllable only)
      // (nor is an acronym before a word: `UBND_tỉnh` is one word in some conventions)
      glued = nCap >= 2 || breaker || (restSeen && rest.length === 1 && !isAcronym(left)) || (personTitled && rest.length >= 2);
    } else if (nCap === 1) glued = breaker;
    // across a word boundary: `Nam_vô cùng` where the text writes `vô_cùng`
    const next = tok.next;
    const acrossWord = rest.length === 1 && next && !next.text.includes('_') && isVietnameseLower(next.text) && ev.lower(`${rest[0]}_${next.text}`.toLowerCase());
    if (acrossWord && once && !tok.initial && !breaker && (foreign || free(left) || personTitled)) return { kind: 'across', cut: nCap, words: [rest[0]], across: true };
    if (!glued) return undefined;
    return { kind: 'name+words', cut: nCap, words: resegment(rest, ev) };
  }
  if (nCap < 0) {
    // two names: both stand free elsewhere; a one-syllable side must be foreign or an acronym
    // (`Trung_Quốc` is not `Trung` + `Quốc`)
    const strong = (p: string[]) => p.length >= 2 || isForeign(p[0]) || isAcronym(p[0]);
    for (let k = 1; k < parts.length; k++) {
      const a = parts.slice(0, k);
      const b = parts.slice(k);
      if (!strong(a) || !strong(b) || (a.length < 2 && b.length < 2)) continue;
      const freeA = free(a.join('_'));
      const freeB = free(b.join('_'));
      if (freeA && freeB) return { kind: 'name+name', cut: k, words: [b.join('_')] };
      // a foreign name glued to a Vietnamese one the text writes free (`Formosa_Hà_Tĩnh`), or the reverse
      const vietnamese = (p: string[]) => p.length >= 2 && p.every((q) => isLexiconSyllable(q));
      if ((freeB && a.every(isForeign) && vietnamese(b)) || (freeA && b.every(isForeign) && vietnamese(a))) return { kind: 'name+name', cut: k, words: [b.join('_')] };
    }
  }
  return undefined;
}

/** The finding for a plan on one token: the edit spans the first to the last changed character. */
function build(tok: Tok, plan: Plan, uri: string): GluedName {
  const parts = tok.text.split('_');
  const left = parts.slice(0, plan.cut).join('_');
  const right = parts.slice(plan.cut).join('_');
  const across = plan.across ? tok.next! : undefined;
  const repaired = [left, ...plan.words].join(' ') + (across ? '_' + across.text : '');
  const original = tok.text + (across ? ' ' + across.text : '');
  let a = 0;
  while (a < original.length && original[a] === repaired[a]) a++;
  let b = 0;
  while (b < original.length - a && original[original.length - 1 - b] === repaired[repaired.length - 1 - b]) b++;
  const edit = { uri, start: tok.start + a, end: tok.start + original.length - b, newText: repaired.slice(a, repaired.length - b) };
  return { token: { start: tok.start, end: across ? across.end : tok.end, text: original }, kind: plan.kind, left, right, edit, repaired };
}

const cache = new WeakMap<Side, GluedName[]>();

/** The segmenter errors of a side, in text order (cached per side object). */
export function findGluedNames(side: Side): GluedName[] {
  const hit = cache.get(side);
  if (hit) return hit;
  let out: GluedName[] = [];
  if (side.text.indexOf('_', side.region.start) >= 0) {
    const t = side.text;
    const { start: lo, end: hi } = side.region;
    // the tokens with `_` that start with a capital, found from each `_` back to the token start, and
    // grouped by what a decision depends on (the token, where it stands, its neighbours), hashed without
    // building strings: the same context is decided once
    type Group = { tok: Tok; starts: number[] };
    const groups = new Map<number, Group[]>();
    const titleHashes = new Set([...PERSON_TITLES].map((w) => lowerHash(w, 0, w.length)));
    let candidates = 0;
    for (let u = t.indexOf('_', lo); u >= 0 && u < hi; ) {
      let b = u;
      while (b > lo && (flagsAt(t, b - 1) & TOKEN_CHAR || t.charCodeAt(b - 1) === 95)) b--;
      while (b < u && !startsToken(t, b)) b++;
      const { end, scanEnd } = b < u ? tokenEnd(t, b, t.length) : { end: u + 1, scanEnd: u + 1 };
      u = t.indexOf('_', Math.max(scanEnd, u + 1));
      if (b >= end || !(flagsAt(t, b) & UPPER)) continue;
      candidates++;
      let h = exactHash(t, b, end, 0x811c9dc5);
      h = Math.imul(h ^ (initialAt(t, 0, b) ? 1 : 2), 0x01000193);
      const f = following(t, end, scanEnd, t.length);
      if (f.next !== undefined) h = exactHash(t, f.next, tokenEnd(t, f.next, t.length).end, Math.imul(h ^ 3, 0x01000193));
      else h = Math.imul(h ^ (f.after ? f.after.charCodeAt(0) : 4), 0x01000193);
      // a person title before it (`ông`)
      let k = b;
      while (k > 0 && isBlank(t.charCodeAt(k - 1))) k--;
      if (k < b && k > 0 && flagsAt(t, k - 1) & LETTER) {
        let p = k - 1;
        while (p > 0 && flagsAt(t, p - 1) & (LETTER | MARK)) p--;
        if (k - p <= 8 && titleHashes.has(lowerHash(t, p, k))) h = Math.imul(h ^ 5, 0x01000193);
      }
      h >>>= 0;
      let list = groups.get(h);
      if (!list) groups.set(h, (list = []));
      if (list.length === 1 && list[0].starts.length > 0 && sameContext(t, list[0].tok, b, end)) {
        list[0].starts.push(b);
        continue;
      }
      // a new context, or a hash collision told apart by the context itself
      const tok = tokAt(side, b);
      const same = list.find((g) => g.tok.text === tok.text && g.tok.initial === tok.initial && g.tok.next?.text === tok.next?.text && g.tok.after === tok.after && titled(g.tok) === titled(tok));
      if (same) same.starts.push(b);
      else list.push({ tok, starts: [b] });
    }
    if (candidates) {
      const ev = new Evidence(side);
      for (const list of groups.values()) for (const g of list) prefetch(g.tok, ev);
      ev.count();
      // decide; a question no pass has counted yet is counted and the decisions are made again
      for (let round = 0; round < 4; round++) {
        const plans = new Map<Group, Plan | undefined>();
        for (const list of groups.values()) for (const g of list) plans.set(g, decide(g.tok, ev));
        if (ev.unanswered) {
          ev.count();
          continue;
        }
        const found: GluedName[] = [];
        for (const [g, plan] of plans) if (plan) for (const start of g.starts) found.push(build(start === g.tok.start ? g.tok : tokAt(side, start), plan, side.uri));
        found.sort((x, y) => x.token.start - y.token.start);
        let lastEnd = -1;
        out = found.filter((g) => {
          if (g.token.start < lastEnd) return false;
          lastEnd = g.token.end;
          return true;
        });
        break;
      }
    }
  }
  cache.set(side, out);
  return out;
}

export const segmenterError: SideRule = {
  id: 'segmenter-error',
  scope: 'side',
  description: 'A name glued by `_` to the next word or name (`Kim_là`, `Triều_Tiên_Kim_Jong-un`).',
  docs:
    'Word segmenters sometimes let a capitalised name swallow the following words (`Kim_là` = `Kim` + `là`, ' +
    '`Thanh_được_vay_vốn`), another name (`Triều_Tiên_Kim_Jong-un`), or a syllable of the next word ' +
    '(`Nam_vô cùng` for `Nam vô_cùng`). Reported only on evidence a segmenter cannot fake: the name stands ' +
    'free elsewhere in the document (not at a sentence start, not inside a longer name) or is not Vietnamese ' +
    '(`Moskva`, by the shipped syllable lexicon), and the rest is a function word that never continues a ' +
    'word after a name, or a word the text writes on its own. A token the text also writes in lower case ' +
    '(`Bộ_trưởng` / `bộ_trưởng`) is a word. The fix splits where the evidence says, all of it (`Thanh được ' +
    'vay_vốn`), changing only `_` and spaces.',
  defaultSeverity: 'warning',
  fix: 'safe',
  tags: ['segmentation', 'side'],
  // not local: the evidence is the whole document (how often it writes a join, where a name stands
  // free), so after an edit its findings are kept until the next full check
  lineFix: true,
  check(side, ctx) {
    for (const g of findGluedNames(side)) {
      const message =
        g.kind === 'name+name'
          ? `two names glued together: "${g.left}" + "${g.right}"`
          : g.kind === 'across'
            ? `the name "${g.left}" is glued to the first syllable of the next word: "${g.repaired}"`
            : `the name "${g.left}" is glued to the next word "${g.right}"`;
      ctx.report({
        message,
        uri: side.uri,
        span: { start: g.token.start, end: g.token.end },
        data: { left: g.left, right: g.right, repaired: g.repaired },
        fixes: [{ title: `Split into "${g.repaired}"`, edits: [g.edit], safe: true }],
      });
    }
  },
};
