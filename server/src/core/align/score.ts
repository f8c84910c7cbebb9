// Alignment scorer: strict and lax precision/recall/F1 as vecalign's score.py defines them (the
// align-dev README). Strict: a predicted bead identical to a gold bead. Lax: a predicted bead whose
// source and target are linked by some gold bead (a gold bead holds one of its source units and one
// of its target units). Precision is over the predicted beads (empty
// ones dropped); recall swaps the roles after dropping 1-0 and 0-1 beads from both lists. Counts are
// summed over all documents before dividing.

export interface BeadLike {
  a: readonly number[];
  b: readonly number[];
}

export interface Scores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

interface Counts {
  tpStrict: number;
  fpStrict: number;
  tpLax: number;
  fpLax: number;
}

const key = (x: BeadLike) => `${x.a.join(',')}:${x.b.join(',')}`;

function countPrecision(gold: readonly BeadLike[], test: readonly BeadLike[]): Counts {
  const goldSet = new Set<string>();
  const srcToTgt = new Map<number, Set<number>>();
  for (const g of gold) {
    if (!g.a.length && !g.b.length) continue;
    goldSet.add(key(g));
    for (const s of g.a) {
      let set = srcToTgt.get(s);
      if (!set) srcToTgt.set(s, (set = new Set()));
      for (const t of g.b) set.add(t);
    }
  }
  const c: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  const testSeen = new Set<string>();
  for (const t of test) {
    if (!t.a.length && !t.b.length) continue;
    const k = key(t);
    if (testSeen.has(k)) continue; // score.py works on sets
    testSeen.add(k);
    if (goldSet.has(k)) {
      c.tpStrict++;
      c.tpLax++;
      continue;
    }
    c.fpStrict++;
    let lax = false;
    for (const s of t.a) {
      const set = srcToTgt.get(s);
      if (set && t.b.some((x) => set.has(x))) {
        lax = true;
        break;
      }
    }
    if (lax) c.tpLax++;
    else c.fpLax++;
  }
  return c;
}

const ratio = (a: number, b: number) => (a + b === 0 ? 0 : a / (a + b));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores one or more documents: `docs[k]` is the gold and the predicted beads of document k. */
export function scoreAlignments(docs: ReadonlyArray<{ gold: readonly BeadLike[]; test: readonly BeadLike[] }>): Scores {
  const p: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  const r: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  const add = (to: Counts, c: Counts) => {
    to.tpStrict += c.tpStrict;
    to.fpStrict += c.fpStrict;
    to.tpLax += c.tpLax;
    to.fpLax += c.fpLax;
  };
  for (const { gold, test } of docs) {
    add(p, countPrecision(gold, test));
    const paired = (x: BeadLike) => x.a.length > 0 && x.b.length > 0;
    add(r, countPrecision(test.filter(paired), gold.filter(paired)));
  }
  const ps = ratio(p.tpStrict, p.fpStrict);
  const pl = ratio(p.tpLax, p.fpLax);
  const rs = ratio(r.tpStrict, r.fpStrict);
  const rl = ratio(r.tpLax, r.fpLax);
  return { precisionStrict: ps, recallStrict: rs, f1Strict: f1(ps, rs), precisionLax: pl, recallLax: rl, f1Lax: f1(pl, rl) };
}

/** Parses beads written one per line as `[i,j]:[k]` (blank lines ignored). Throws on a malformed line. */
export function parseBeads(text: string): BeadLike[] {
  const out: BeadLike[] = [];
  const lines = text.split(/\r?\n/);
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].trim();
    if (!line) continue;
    const m = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]$/.exec(line);
    if (!m) throw new Error(`line ${ln + 1}: not a bead: ${line.slice(0, 60)}`);
    const nums = (s: string) => (s.trim() ? s.split(',').map((x) => Number(x.trim())) : []);
    out.push({ a: nums(m[1]), b: nums(m[2]) });
  }
  return out;
}

/** Writes one bead as `[i,j]:[k]`. */
export function formatBead(b: BeadLike): string {
  return `[${b.a.join(',')}]:[${b.b.join(',')}]`;
}
