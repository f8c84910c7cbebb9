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
  for (const goldBead of gold) {
    if (!goldBead.a.length && !goldBead.b.length) continue;
    goldSet.add(key(goldBead));
    for (const source of goldBead.a) {
      let set = srcToTgt.get(source);
      if (!set) srcToTgt.set(source, (set = new Set()));
      for (const target of goldBead.b) set.add(target);
    }
  }
  const counts: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  const testSeen = new Set<string>();
  for (const testBead of test) {
    if (!testBead.a.length && !testBead.b.length) continue;
    const beadKey = key(testBead);
    if (testSeen.has(beadKey)) continue; // score.py works on sets
    testSeen.add(beadKey);
    if (goldSet.has(beadKey)) {
      counts.tpStrict++;
      counts.tpLax++;
      continue;
    }
    counts.fpStrict++;
    let lax = false;
    for (const source of testBead.a) {
      const set = srcToTgt.get(source);
      if (set && testBead.b.some((x) => set.has(x))) {
        lax = true;
        break;
      }
    }
    if (lax) counts.tpLax++;
    else counts.fpLax++;
  }
  return counts;
}

const ratio = (a: number, b: number) => (a + b === 0 ? 0 : a / (a + b));
const f1Score = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));

/** Scores one or more documents: `docs[k]` is the gold and the predicted beads of document k. */
export function scoreAlignments(docs: ReadonlyArray<{ gold: readonly BeadLike[]; test: readonly BeadLike[] }>): Scores {
  const precisionCounts: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  const recallCounts: Counts = { tpStrict: 0, fpStrict: 0, tpLax: 0, fpLax: 0 };
  const add = (total: Counts, part: Counts) => {
    total.tpStrict += part.tpStrict;
    total.fpStrict += part.fpStrict;
    total.tpLax += part.tpLax;
    total.fpLax += part.fpLax;
  };
  for (const { gold, test } of docs) {
    add(precisionCounts, countPrecision(gold, test));
    const paired = (x: BeadLike) => x.a.length > 0 && x.b.length > 0;
    add(recallCounts, countPrecision(test.filter(paired), gold.filter(paired)));
  }
  const precisionStrict = ratio(precisionCounts.tpStrict, precisionCounts.fpStrict);
  const precisionLax = ratio(precisionCounts.tpLax, precisionCounts.fpLax);
  const recallStrict = ratio(recallCounts.tpStrict, recallCounts.fpStrict);
  const recallLax = ratio(recallCounts.tpLax, recallCounts.fpLax);
  return { precisionStrict, recallStrict, f1Strict: f1Score(precisionStrict, recallStrict), precisionLax, recallLax, f1Lax: f1Score(precisionLax, recallLax) };
}

/** Parses beads written one per line as `[i,j]:[k]` (blank lines ignored). Throws on a malformed line. */
export function parseBeads(text: string): BeadLike[] {
  const out: BeadLike[] = [];
  const lines = text.split(/\r?\n/);
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex].trim();
    if (!line) continue;
    const match = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]$/.exec(line);
    if (!match) throw new Error(`line ${lineIndex + 1}: not a bead: ${line.slice(0, 60)}`);
    const nums = (s: string) => (s.trim() ? s.split(',').map((x) => Number(x.trim())) : []);
    out.push({ a: nums(match[1]), b: nums(match[2]) });
  }
  return out;
}

/** Writes one bead as `[i,j]:[k]`. */
export function formatBead(bead: BeadLike): string {
  return `[${bead.a.join(',')}]:[${bead.b.join(',')}]`;
}
