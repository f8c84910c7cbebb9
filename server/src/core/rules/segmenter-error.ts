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
const isAcronym = (word: string) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
/** A syllable or word part that is not Vietnamese: not in the lexicon, not an acronym (`Moskva`, `Fred`, `Jong-un`). */
const isForeign = (word: string) => !isAcronym(word) && /[aeiouyàáâãèéêìíòóôõùúý]/i.test(word) && !/['’-]$/.test(word) && word.split('-').some((q) => q.length > 0 && !isLexiconSyllable(q));
const isVietnameseLower = (s: string) => isLowerStart(s) && isLexiconSyllable(s);

const isBlank = (c: number) => c === 32 || c === 9;

/** The end of the token that starts at `i` (`_`-joined parts and joiners inside, trailing joiners cut). */
function tokenEnd(source: string, offset: number, scanTo: number): { end: number; scanEnd: number } {
  let runEnd = offset + 1;
  while (runEnd < scanTo && (flagsAt(source, runEnd) & TOKEN_CHAR || source.charCodeAt(runEnd) === 95)) runEnd++;
  let end = runEnd;
  while (end > offset + 1 && flagsAt(source, end - 1) & JOINER && !(flagsAt(source, end - 1) & LETTER)) end--;
  return { end, scanEnd: runEnd };
}

const startsToken = (t: string, i: number) => (flagsAt(t, i) & (LETTER | MARK | DIGIT)) !== 0;

/** Whether the token at `start` begins a sentence, a line or a quotation. */
function initialAt(source: string, scanFrom: number, start: number): boolean {
  let back = start - 1;
  while (back >= scanFrom && isBlank(source.charCodeAt(back))) back--;
  if (back < scanFrom || SENTENCE_START.includes(source[back])) return true;
  if (!DASHES.includes(source[back])) return false;
  back--;
  while (back >= scanFrom && isBlank(source.charCodeAt(back))) back--;
  return back < scanFrom || SENTENCE_START.includes(source[back]);
}

/** What follows a token ending at `end` (its scan end `scanEnd`): the next token start when only spaces lie between, else the mark. */
function following(source: string, end: number, scanEnd: number, scanTo: number): { next?: number; after?: string } {
  let nextStart = end;
  while (nextStart < scanTo && isBlank(source.charCodeAt(nextStart))) nextStart++;
  if (nextStart < scanTo && startsToken(source, nextStart)) return end === scanEnd && nextStart > end ? { next: nextStart } : {};
  return { after: nextStart < scanTo && source[nextStart] !== '\n' && source[nextStart] !== '\r' ? source[nextStart] : undefined };
}

/** The token at [start, end) as an object, with its neighbours (one level). */
function tokAt(side: Side, start: number, links = true): Tok {
  const source = side.text;
  // the whole text, not the region: a window re-checked after an edit sees the same context
  const scanFrom = 0;
  const scanTo = source.length;
  const { end, scanEnd } = tokenEnd(source, start, scanTo);
  const follow = following(source, end, scanEnd, scanTo);
  const tok: Tok = { start, end, text: source.slice(start, end), initial: initialAt(source, scanFrom, start), beforeBreak: follow.next === undefined, after: follow.after };
  if (links) {
    if (follow.next !== undefined) tok.next = tokAt(side, follow.next, false);
    // the previous token: back over spaces to a token end, then to its start
    let prevEnd = start;
    while (prevEnd > scanFrom && isBlank(source.charCodeAt(prevEnd - 1))) prevEnd--;
    if (prevEnd < start && prevEnd > scanFrom && (flagsAt(source, prevEnd - 1) & (LETTER | MARK | DIGIT))) {
      let prevStart = prevEnd - 1;
      while (prevStart > scanFrom && (flagsAt(source, prevStart - 1) & TOKEN_CHAR || source.charCodeAt(prevStart - 1) === 95)) prevStart--;
      while (prevStart < prevEnd && !startsToken(source, prevStart)) prevStart++;
      if (prevStart < prevEnd) tok.prev = tokAt(side, prevStart, false);
    }
  }
  return tok;
}

/** A hash of t[start, end) as written, continuing `h`. */
function exactHash(source: string, start: number, end: number, seed: number): number {
  for (let k = start; k < end; k++) seed = Math.imul(seed ^ source.charCodeAt(k), 0x01000193);
  return seed;
}

const titled = (tok: Tok) => !!tok.prev && PERSON_TITLES.has(tok.prev.text.toLowerCase());

/**
 * Whether the token at [start, end) reads like `tok`, the first of its hash group (same text, same
 * next token or mark): a cheap check in place of building the token; where it fails, the token is built.
 */
function sameContext(source: string, tok: Tok, start: number, end: number): boolean {
  if (end - start !== tok.end - tok.start || !source.startsWith(tok.text, start)) return false;
  if (!tok.next) return true;
  let nextStart = end;
  while (nextStart < source.length && isBlank(source.charCodeAt(nextStart))) nextStart++;
  return source.startsWith(tok.next.text, nextStart);
}

/** A hash of t[start, end) in lower case (per code unit), computed without building the string. */
function lowerHash(source: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ lowerCodeUnit(source.charCodeAt(k)), 0x01000193);
  return hash >>> 0;
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
    for (const firstSyllable of firsts) lowerHashes.add(hashOf(firstSyllable));
    const nameHashes = new Set([...this.askedNames].map(hashOf));
    // before any hash: the length and the first and last letters (lower case) of some question
    const shapes = new Uint8Array(1 << 16);
    const shapeOf = (len: number, first: number, last: number) => ((len & 63) << 10) | ((lowerCodeUnit(first) * 31 + lowerCodeUnit(last)) & 0x3ff);
    for (const k of [...this.askedLower, ...firsts, ...this.askedNames]) if (k.length) shapes[shapeOf(k.length, k.charCodeAt(0), k.charCodeAt(k.length - 1))] = 1;
    // the whole text (both sides of a one-file pair, all of a document re-checked in a window): the
    // evidence is the same wherever the candidates are looked for
    const source = this.side.text;
    const scanFrom = 0;
    const scanTo = source.length;
    // one pass: each token's lower-case hash is built while it is scanned; only a token whose hash is
    // asked about is looked at further
    let cursor = scanFrom;
    while (cursor < scanTo) {
      const charFlags = flagsAt(source, cursor);
      if (!(charFlags & (LETTER | MARK | DIGIT))) {
        cursor++;
        continue;
      }
      const tokenStart = cursor;
      let runEnd = cursor;
      let end = cursor;
      while (runEnd < scanTo) {
        const code = source.charCodeAt(runEnd);
        const codeFlags = flagsAt(source, runEnd);
        if (code !== 95 && !(codeFlags & TOKEN_CHAR)) break;
        runEnd++;
        // trailing joiners (`word-`) are not part of the token
        if (codeFlags & (LETTER | MARK | DIGIT) || code === 95) end = runEnd;
      }
      cursor = runEnd;
      if (!(charFlags & (LOWER | UPPER)) || !shapes[shapeOf(end - tokenStart, source.charCodeAt(tokenStart), source.charCodeAt(end - 1))]) continue;
      const hash = lowerHash(source, tokenStart, end);
      if (charFlags & LOWER) {
        if (!lowerHashes.has(hash)) continue;
        const key = source.slice(tokenStart, end).toLowerCase();
        if (this.askedLower.has(key)) this.lowerCounts.set(key, (this.lowerCounts.get(key) ?? 0) + 1);
        if (firsts.has(key)) {
          const follow = following(source, end, runEnd, scanTo);
          let second: string | undefined;
          if (follow.next !== undefined) {
            if (flagsAt(source, follow.next) & LOWER) second = source.slice(follow.next, tokenEnd(source, follow.next, scanTo).end).toLowerCase();
          } else second = follow.after;
          if (second !== undefined && this.askedPairs.has(`${key} ${second}`)) this.pairSeen.add(`${key} ${second}`);
        }
      } else if (charFlags & UPPER) {
        if (!nameHashes.has(hash)) continue;
        const nameToken = source.slice(tokenStart, end);
        if (!this.askedNames.has(nameToken)) continue;
        this.tokenCounts.set(nameToken, (this.tokenCounts.get(nameToken) ?? 0) + 1);
        const intrinsic = isAcronym(nameToken.replaceAll('_', '')) || nameToken.split('_').every(isForeign);
        if (!intrinsic && initialAt(source, scanFrom, tokenStart)) continue;
        // an acronym is its own name (`KCNA` before the next sentence); any other word followed by a
        // capitalised one may be the start of a longer name
        const next = following(source, end, runEnd, scanTo).next;
        if (next !== undefined && flagsAt(source, next) & UPPER && !(nameToken.length >= 3 && isAcronym(nameToken))) continue;
        this.nameCounts.set(nameToken, (this.nameCounts.get(nameToken) ?? 0) + 1);
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
function resegment(parts: string[], evidence: Evidence): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join('_'));
    run = [];
  };
  let partAt = 0;
  while (partAt < parts.length) {
    if (NAME_BREAKERS.has(parts[partAt].toLowerCase())) {
      flush();
      out.push(parts[partAt++]);
      continue;
    }
    let wordEnd = partAt;
    for (let k = parts.length; k > partAt + 1; k--) {
      if (evidence.lower(parts.slice(partAt, k).join('_').toLowerCase())) {
        wordEnd = k;
        break;
      }
    }
    if (wordEnd > partAt) {
      flush();
      out.push(parts.slice(partAt, wordEnd).join('_'));
      partAt = wordEnd;
      continue;
    }
    // two syllables the text writes apart (`vay vốn`) and never joined are two words
    const last = run[run.length - 1];
    if (last && evidence.pair(last.toLowerCase(), parts[partAt].toLowerCase()) && !evidence.lower(`${last}_${parts[partAt]}`.toLowerCase())) flush();
    run.push(parts[partAt++]);
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
function prefetch(tok: Tok, evidence: Evidence): void {
  const parts = tok.text.split('_');
  evidence.lower(tok.text.toLowerCase());
  evidence.times(tok.text);
  const nCap = parts.findIndex((p) => !isCap(p));
  if (nCap > 0) {
    const rest = parts.slice(nCap);
    evidence.free(parts.slice(0, nCap).join('_'));
    const restWord = rest.join('_').toLowerCase();
    evidence.lower(restWord);
    const context = tok.next ? tok.next.text.toLowerCase() : tok.beforeBreak ? tok.after : undefined;
    if (context) evidence.pair(restWord, context);
    if (tok.next) evidence.lower(`${rest[0]}_${tok.next.text}`.toLowerCase());
    for (let i = 0; i < rest.length; i++) {
      for (let k = i + 2; k <= rest.length; k++) evidence.lower(rest.slice(i, k).join('_').toLowerCase());
      if (i > 0) evidence.pair(rest[i - 1].toLowerCase(), rest[i].toLowerCase());
    }
  } else if (nCap < 0) {
    for (let k = 1; k < parts.length; k++) {
      evidence.free(parts.slice(0, k).join('_'));
      evidence.free(parts.slice(k).join('_'));
    }
  }
}

function decide(tok: Tok, evidence: Evidence): Plan | undefined {
  const parts = tok.text.split('_');
  if (parts.length < 2 || !isCap(parts[0]) || parts.some((p) => !p)) return undefined;
  // a word the text also writes in lower case is a word (`Tổng_thống` / `tổng_thống`)
  if (evidence.lower(tok.text.toLowerCase())) return undefined;
  const free = (name: string) => evidence.free(name);
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
    const once = evidence.times(tok.text) <= 1;
    const restSeen = evidence.lower(restWord) && (rest.length >= 2 || (once && !!context && evidence.pair(restWord, context)));
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
    const acrossWord = rest.length === 1 && next && !next.text.includes('_') && isVietnameseLower(next.text) && evidence.lower(`${rest[0]}_${next.text}`.toLowerCase());
    if (acrossWord && once && !tok.initial && !breaker && (foreign || free(left) || personTitled)) return { kind: 'across', cut: nCap, words: [rest[0]], across: true };
    if (!glued) return undefined;
    return { kind: 'name+words', cut: nCap, words: resegment(rest, evidence) };
  }
  if (nCap < 0) {
    // two names: both stand free elsewhere; a one-syllable side must be foreign or an acronym
    // (`Trung_Quốc` is not `Trung` + `Quốc`)
    const strong = (p: string[]) => p.length >= 2 || isForeign(p[0]) || isAcronym(p[0]);
    for (let k = 1; k < parts.length; k++) {
      const leftParts = parts.slice(0, k);
      const rightParts = parts.slice(k);
      if (!strong(leftParts) || !strong(rightParts) || (leftParts.length < 2 && rightParts.length < 2)) continue;
      const freeA = free(leftParts.join('_'));
      const freeB = free(rightParts.join('_'));
      if (freeA && freeB) return { kind: 'name+name', cut: k, words: [rightParts.join('_')] };
      // a foreign name glued to a Vietnamese one the text writes free (`Formosa_Hà_Tĩnh`), or the reverse
      const vietnamese = (p: string[]) => p.length >= 2 && p.every((q) => isLexiconSyllable(q));
      if ((freeB && leftParts.every(isForeign) && vietnamese(rightParts)) || (freeA && rightParts.every(isForeign) && vietnamese(leftParts))) return { kind: 'name+name', cut: k, words: [rightParts.join('_')] };
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
  let samePrefix = 0;
  while (samePrefix < original.length && original[samePrefix] === repaired[samePrefix]) samePrefix++;
  let sameSuffix = 0;
  while (sameSuffix < original.length - samePrefix && original[original.length - 1 - sameSuffix] === repaired[repaired.length - 1 - sameSuffix]) sameSuffix++;
  const edit = { uri, start: tok.start + samePrefix, end: tok.start + original.length - sameSuffix, newText: repaired.slice(samePrefix, repaired.length - sameSuffix) };
  return { token: { start: tok.start, end: across ? across.end : tok.end, text: original }, kind: plan.kind, left, right, edit, repaired };
}

const cache = new WeakMap<Side, GluedName[]>();

/** The segmenter errors of a side, in text order (cached per side object). */
export function findGluedNames(side: Side): GluedName[] {
  const hit = cache.get(side);
  if (hit) return hit;
  let out: GluedName[] = [];
  if (side.text.indexOf('_', side.region.start) >= 0) {
    const source = side.text;
    const { start: scanFrom, end: scanTo } = side.region;
    // the tokens with `_` that start with a capital, found from each `_` back to the token start, and
    // grouped by what a decision depends on (the token, where it stands, its neighbours), hashed without
    // building strings: the same context is decided once
    type Group = { tok: Tok; starts: number[] };
    const groups = new Map<number, Group[]>();
    const titleHashes = new Set([...PERSON_TITLES].map((w) => lowerHash(w, 0, w.length)));
    let candidates = 0;
    for (let underscore = source.indexOf('_', scanFrom); underscore >= 0 && underscore < scanTo; ) {
      let tokenBegin = underscore;
      while (tokenBegin > scanFrom && (flagsAt(source, tokenBegin - 1) & TOKEN_CHAR || source.charCodeAt(tokenBegin - 1) === 95)) tokenBegin--;
      while (tokenBegin < underscore && !startsToken(source, tokenBegin)) tokenBegin++;
      const { end, scanEnd } = tokenBegin < underscore ? tokenEnd(source, tokenBegin, source.length) : { end: underscore + 1, scanEnd: underscore + 1 };
      underscore = source.indexOf('_', Math.max(scanEnd, underscore + 1));
      if (tokenBegin >= end || !(flagsAt(source, tokenBegin) & UPPER)) continue;
      candidates++;
      let hash = exactHash(source, tokenBegin, end, 0x811c9dc5);
      hash = Math.imul(hash ^ (initialAt(source, 0, tokenBegin) ? 1 : 2), 0x01000193);
      const follow = following(source, end, scanEnd, source.length);
      if (follow.next !== undefined) hash = exactHash(source, follow.next, tokenEnd(source, follow.next, source.length).end, Math.imul(hash ^ 3, 0x01000193));
      else hash = Math.imul(hash ^ (follow.after ? follow.after.charCodeAt(0) : 4), 0x01000193);
      // a person title before it (`ông`)
      let titleEnd = tokenBegin;
      while (titleEnd > 0 && isBlank(source.charCodeAt(titleEnd - 1))) titleEnd--;
      if (titleEnd < tokenBegin && titleEnd > 0 && flagsAt(source, titleEnd - 1) & LETTER) {
        let titleStart = titleEnd - 1;
        while (titleStart > 0 && flagsAt(source, titleStart - 1) & (LETTER | MARK)) titleStart--;
        if (titleEnd - titleStart <= 8 && titleHashes.has(lowerHash(source, titleStart, titleEnd))) hash = Math.imul(hash ^ 5, 0x01000193);
      }
      hash >>>= 0;
      let list = groups.get(hash);
      if (!list) groups.set(hash, (list = []));
      if (list.length === 1 && list[0].starts.length > 0 && sameContext(source, list[0].tok, tokenBegin, end)) {
        list[0].starts.push(tokenBegin);
        continue;
      }
      // a new context, or a hash collision told apart by the context itself
      const tok = tokAt(side, tokenBegin);
      const same = list.find((group) => group.tok.text === tok.text && group.tok.initial === tok.initial && group.tok.next?.text === tok.next?.text && group.tok.after === tok.after && titled(group.tok) === titled(tok));
      if (same) same.starts.push(tokenBegin);
      else list.push({ tok, starts: [tokenBegin] });
    }
    if (candidates) {
      const evidence = new Evidence(side);
      for (const list of groups.values()) for (const group of list) prefetch(group.tok, evidence);
      evidence.count();
      // decide; a question no pass has counted yet is counted and the decisions are made again
      for (let round = 0; round < 4; round++) {
        const plans = new Map<Group, Plan | undefined>();
        for (const list of groups.values()) for (const group of list) plans.set(group, decide(group.tok, evidence));
        if (evidence.unanswered) {
          evidence.count();
          continue;
        }
        const found: GluedName[] = [];
        for (const [group, plan] of plans) if (plan) for (const start of group.starts) found.push(build(start === group.tok.start ? group.tok : tokAt(side, start), plan, side.uri));
        found.sort((x, y) => x.token.start - y.token.start);
        let lastEnd = -1;
        out = found.filter((group) => {
          if (group.token.start < lastEnd) return false;
          lastEnd = group.token.end;
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
    for (const gluedName of findGluedNames(side)) {
      const message =
        gluedName.kind === 'name+name'
          ? `two names glued together: "${gluedName.left}" + "${gluedName.right}"`
          : gluedName.kind === 'across'
            ? `the name "${gluedName.left}" is glued to the first syllable of the next word: "${gluedName.repaired}"`
            : `the name "${gluedName.left}" is glued to the next word "${gluedName.right}"`;
      ctx.report({
        message,
        uri: side.uri,
        span: { start: gluedName.token.start, end: gluedName.token.end },
        data: { left: gluedName.left, right: gluedName.right, repaired: gluedName.repaired },
        fixes: [{ title: `Split into "${gluedName.repaired}"`, edits: [gluedName.edit], safe: true }],
      });
    }
  },
};
