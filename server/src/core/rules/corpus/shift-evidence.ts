// Evidence that one side of a line pair holds two lines' worth of text: the line's own partner plus the
// NEXT line of the other side. This is what a real shift looks like: when side A merges two sentences
// into line N, A[N] = a(N) + a(N+1) while B[N] = b(N) and B[N+1] = b(N+1), and every later A line is one
// ahead. Side A's line N then matches B[N] followed by B[N+1] better than B[N] alone: by length, by the
// tokens that pass unchanged between languages (numbers, names, markup such as `<p>`), and by the
// punctuation that closes the glued sentence ("No!" against "Nem!"). Nothing here looks at the same
// side's next line, so the test holds whether or not the text after the merge moved up.
import type { CorpusStats } from '../rule';
import { lengthRatioZ } from '../../corpus/stats';

/** A sentence end, then (after quotes/brackets and spaces) a dash, quote or capital/digit/markup. */
const END = /([.!?…]+)["'”’»)\]]*\s+(?=[-–—]?\s?["'“‘«„(\[<]?[\p{Lu}\d<])/gu;
const ABBREV = /(?:^|[\s(])(?:\p{L}|\p{Lu}\p{Ll}|Mrs|Rev|Gen|Col|Capt|Sgt|St|Jr|Sr|Prof|No|vs|etc|ông|bà|TS|ThS|PGS|GS)\.$/u;

/** Offsets where each sentence after the first starts, dialogue dashes included ("… hagyta. - Nem!"). */
export function splitPoints(line: string): number[] {
  const out: number[] = [];
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(line))) {
    if (m[1] === '.' && ABBREV.test(line.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/**
 * Tokens that a translation usually keeps as they are: numbers, markup and capitalised words that do not
 * open a sentence (names), cut to 4 letters so that inflected names (Ysobelt, Ysobel) still meet.
 */
export function anchors(s: string): Set<string> {
  const out = new Set<string>();
  const re = /<[^>\s]{1,20}>|\d+|\p{Lu}\p{Ll}+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const t = m[0];
    if (/^\p{Lu}/u.test(t)) {
      const before = s.slice(Math.max(0, m.index - 4), m.index);
      if (m.index === 0 || /[.!?…:"'“‘«„—–-]\s*$|^\s*$/u.test(before)) continue;
      out.add(t.slice(0, 4).toLowerCase());
    } else out.add(t);
  }
  return out;
}

/** The punctuation that closes a text (past closing quotes and brackets): '.', '!', '?', ';', ':' or ''. */
function closing(s: string): string {
  for (let i = s.length - 1; i >= 0 && i >= s.length - 6; i--) {
    const c = s[i];
    if (c === '.' || c === '…') return '.';
    if (c === '!' || c === '?' || c === ';' || c === ':') return c;
    if (!TRAILING.includes(c)) return '';
  }
  return '';
}
const TRAILING = '"\'”’»)]>- ';

/** Length-ratio z of `mine` against `other`, `mine` being side A or B. */
function zOf(mine: string, other: string, mineIsA: boolean, stats: CorpusStats, short: number): number {
  return mineIsA ? lengthRatioZ(mine, other, stats, short) : lengthRatioZ(other, mine, stats, short);
}

function zMaybe(mine: string, other: string, mineIsA: boolean, stats: CorpusStats | undefined, short: number): number {
  return stats ? zOf(mine, other, mineIsA, stats, short) : 0;
}

/** Text that passes unchanged between languages: markup, numbers, punctuation; no lower-case word. */
function neutral(s: string): boolean {
  return !/\p{Ll}{2}/u.test(s);
}

export interface CrossShift {
  /** Where, in `mine`, the other side's next line starts (or, for a glued-on head, where it ends). */
  at: number;
  end: number;
  /** Which evidence decided: identical text, shared anchors, or the length ratio. */
  by: 'identical' | 'anchors' | 'length';
  zBefore: number;
  zAfter: number;
}

/**
 * Does `mine` (one side of line N) hold `otherHere` (the other side of line N) followed by `otherNext`
 * (the other side of line N+1)? `mineIsA` orders the length ratio. Undefined when it does not.
 */
export function crossShift(
  mine: string,
  otherHere: string,
  otherNext: string,
  mineIsA: boolean,
  stats: CorpusStats | undefined,
  short: number,
): CrossShift | undefined {
  if (!otherNext) return undefined;
  // Identical, language-neutral text (markup such as <p>, a number) on the other side, glued on here.
  if (mine.length > otherHere.length + 1 && mine.charCodeAt(otherHere.length) === 32 && mine.startsWith(otherHere) && neutral(otherHere)) {
    const y = mine.slice(otherHere.length + 1);
    if (y === otherNext || (!neutral(y) && !neutral(otherNext) && Math.abs(zMaybe(y, otherNext, mineIsA, stats, short)) < 2.5)) {
      return { at: 0, end: otherHere.length, by: 'identical', zBefore: zMaybe(mine, otherHere, mineIsA, stats, short), zAfter: zMaybe(y, otherNext, mineIsA, stats, short) };
    }
  }
  const at0 = mine.length - otherNext.length;
  if (at0 > 1 && mine.charCodeAt(at0 - 1) === 32 && mine.endsWith(otherNext) && neutral(otherNext)) {
    const x = mine.slice(0, at0 - 1);
    if (x === otherHere || (!otherHere.includes(otherNext) && !neutral(x))) {
      return { at: at0, end: mine.length, by: 'identical', zBefore: zMaybe(mine, otherHere, mineIsA, stats, short), zAfter: zMaybe(x, otherHere, mineIsA, stats, short) };
    }
  }
  if (!stats) return undefined;
  const zBefore = zOf(mine, otherHere, mineIsA, stats, short);
  // Positive when `mine` is longer than usual against the other side: the only way a merge can show.
  const over = mineIsA ? -zBefore : zBefore;
  const long = over >= 1.8;
  const closeNext = closing(otherNext);
  const shortNext = otherNext.length <= 30 && (closeNext === '!' || closeNext === '?');
  // Without a length outlier, only a short exclamation or question can tell (it adds little length).
  if (!long && !(shortNext && over > -0.5)) return undefined;
  const points = splitPoints(mine);
  if (!points.length) return undefined;
  // The split that best fits: the head to this line's other side, the tail to the next line's.
  let at = 0;
  let zX = 0;
  let zY = 0;
  let worst = Infinity;
  for (const p of points) {
    const zx = zOf(mine.slice(0, p).trim(), otherHere, mineIsA, stats, short);
    const zy = zOf(mine.slice(p).trim(), otherNext, mineIsA, stats, short);
    const w = Math.max(Math.abs(zx), Math.abs(zy));
    if (w < worst) {
      worst = w;
      at = p;
      zX = zx;
      zY = zy;
    }
  }
  const y = mine.slice(at).trim();
  const punct = closing(y) === closeNext && closing(otherHere) !== '';
  if (long && closing(otherHere) !== '') {
    const gain = over - worst;
    if (worst <= 3 && gain >= (punct && worst <= 2.5 ? 1 : 2.5) && !numbersDisagree(y, otherNext)) return { at, end: mine.length, by: 'length', zBefore, zAfter: zX };
  }
  if (!punct || worst > 3) return undefined;
  // A short exclamation or question glued on ("Kneel!", "Nem; nekem!"): one sentence more than the
  // other side, closing as the other side's next line does, and about as long as it.
  if (shortNext && y.length <= 40 && Math.abs(zY) <= 1.5 && Math.abs(zX) <= Math.abs(zBefore) + 0.5 && points.length > splitPoints(otherHere).length && closing(otherHere) !== closeNext) {
    return { at, end: mine.length, by: 'length', zBefore, zAfter: zX };
  }
  if (!long) return undefined;
  // A length outlier whose best split is not a clear gain: the names and numbers of the next line tell.
  const yAnchors = anchors(y);
  const nextAnchors = anchors(otherNext);
  const hereAnchors = anchors(otherHere);
  let shared = 0;
  let missing = 0;
  for (const t of nextAnchors) {
    if (hereAnchors.has(t)) continue;
    if (yAnchors.has(t)) shared++;
    else missing++;
  }
  if (shared > 0 && shared >= missing) return { at, end: mine.length, by: 'anchors', zBefore, zAfter: zX };
  return undefined;
}

/** The numbers of two texts differ (both have some, and they are not the same set). */
function numbersDisagree(x: string, y: string): boolean {
  const nx = x.match(/\d+/g);
  const ny = y.match(/\d+/g);
  if (!nx && !ny) return false;
  if (!nx || !ny) return true;
  return nx.sort().join() !== ny.sort().join();
}
