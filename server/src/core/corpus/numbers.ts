// Numbers in a line, read the way either locale could mean them: `1.000` and `1,000` are both a
// thousand (grouping), `3,5` and `3.5` are both three and a half (decimal). A token that could be
// either (`1,000` in a Vietnamese line may be 1.0) carries both readings; two tokens match when one
// reading is shared.

export interface NumberToken {
  text: string;
  start: number;
  end: number;
  /** Possible values, as canonical strings (no grouping, '.' decimal, no trailing zeros). */
  values: string[];
}

const NUM = /\d+(?:[.,\u00a0\u202f]\d+)*/g;

/** A heading's outline label at the start of a line ("1.2.3 Title", a lone "1."): not a quantity. */
const OUTLINE = /^[\s"'“(\[]*(?:\d+(?:\.\d+)+\.?(?=\s)|\d+\.?\s*$)/;

export function extractNumbers(line: string, opts: { skipOutline?: boolean } = {}): NumberToken[] {
  const out: NumberToken[] = [];
  const skipTo = opts.skipOutline ? (OUTLINE.exec(line)?.[0].length ?? 0) : 0;
  NUM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM.exec(line))) {
    if (m.index < skipTo) continue;
    let text = m[0];
    // A run split by no-break spaces is grouping only when every group has 3 digits ("1 000").
    if (/[\u00a0\u202f]/.test(text) && !/^\d{1,3}(?:[\u00a0\u202f]\d{3})+$/.test(text)) {
      text = text.split(/[\u00a0\u202f]/)[0];
    }
    // Glued to letters (A4, G-22, mp3): a name, not a quantity to compare. An ordinal suffix
    // (1st, 2nd, 50th) keeps the number: Hungarian and Vietnamese write the same ordinal as "50." or "thứ 50".
    const before = m.index > 0 ? line.charCodeAt(m.index - 1) : 32;
    const glued = isLetterCode(before) || (before === 45 && m.index > 1 && isLetterCode(line.charCodeAt(m.index - 2)));
    const rest = line.slice(m.index + text.length, m.index + text.length + 3);
    const ordinal = /^(?:st|nd|rd|th)(?![\p{L}])/iu.test(rest);
    if (glued || (!ordinal && /^[\p{L}]/u.test(rest))) {
      NUM.lastIndex = m.index + text.length;
      continue;
    }
    out.push({ text, start: m.index, end: m.index + text.length, values: readings(text) });
    NUM.lastIndex = m.index + text.length;
  }
  return out;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function canon(intPart: string, frac: string): string {
  const i = intPart.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

function readings(text: string): string[] {
  const t = text.replace(/[\u00a0\u202f]/g, '');
  if (t === text && !/[.,]/.test(t)) return [canon(t, '')];
  const seps = t.replace(/\d/g, '');
  const parts = t.split(/[.,]/);
  const vals = new Set<string>();
  if (text !== t) {
    vals.add(canon(t, ''));
    return [...vals];
  }
  const oneKind = !seps.includes('.') || !seps.includes(',');
  // Grouping reading: every group after the first has exactly three digits.
  if (oneKind && parts[0].length <= 3 && parts.slice(1).every((p) => p.length === 3)) vals.add(canon(parts.join(''), ''));
  if (parts.length === 2) vals.add(canon(parts[0], parts[1]));
  if (!oneKind && seps.length >= 2) {
    // Mixed: the last separator is the decimal one (1.234,5 or 1,234.5).
    const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
    const ip = t.slice(0, last).replace(/[.,]/g, '');
    vals.add(canon(ip, t.slice(last + 1)));
  }
  // Dotted sequences such as dates and versions (12.05.2020, 1.2.3): compare as written.
  if (vals.size === 0) vals.add(t.replace(/,/g, '.'));
  return [...vals];
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
  // Unambiguous tokens first, so that an ambiguous one does not take another's partner.
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
