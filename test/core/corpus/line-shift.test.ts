import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { checkLineRange, resolveLineRules } from '../../../server/src/core/corpus/engine';
import { logLengthRatio, statsFromRatios } from '../../../server/src/core/corpus/stats';
import { linePairRules } from '../../../server/src/core/rules/corpus/index';
import { anchors, crossShift, splitPoints } from '../../../server/src/core/rules/corpus/shift-evidence';
import { sharedPath } from '../../support/shared';

// The Steinbeck book of align-dev (Hungarian side A, English side B), one gold bead a line pair.
function lines(file: string): string[] {
  const bytes = readFileSync(sharedPath('data', 'align-dev', 'hu-en-steinbeck', file));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  return text.split('\n').map((l) => l.replace(/\r$/, '').trim());
}
const src = lines('src.txt');
const tgt = lines('tgt.txt');
const beads: { a: string; b: string }[] = [];
for (const bead of readFileSync(sharedPath('data', 'align-dev', 'hu-en-steinbeck', 'gold.beads'), 'utf8').split('\n')) {
  const m = /^\[([\d,]*)\]:\[([\d,]*)\]$/.exec(bead.trim());
  if (!m || !m[1] || !m[2]) continue;
  beads.push({ a: m[1].split(',').map((i) => src[Number(i)]).join(' '), b: m[2].split(',').map((i) => tgt[Number(i)]).join(' ') });
}
const stats = statsFromRatios(beads.map((p) => logLengthRatio(p.a, p.b)))!;
const only = resolveLineRules(linePairRules).filter((r) => r.rule.id === 'line-shift');
const at = (b: string) => beads.findIndex((p) => p.b === b);

/** line-shift findings over the pairs, with neighbours, as `line:side`. */
function shifts(A: string[], B: string[]): string[] {
  const src = { lineA: (n: number) => A[n], lineB: (n: number) => B[n], langA: 'hu', langB: 'en' };
  return checkLineRange(src, 0, Math.max(A.length, B.length), only, stats).map((f) => `${f.line}:${f.side}`);
}

/** A real shift: side `side` merges line k with line k+1, and every later line of that side moves up. */
function shifted(window: { a: string; b: string }[], k: number, side: 'a' | 'b'): { A: string[]; B: string[] } {
  const A = window.map((p) => p.a);
  const B = window.map((p) => p.b);
  const S = side === 'a' ? A : B;
  S.splice(k, 2, `${S[k]} ${S[k + 1]}`);
  return { A, B };
}

describe('line-shift on the align-dev books', () => {
  it('the book has the pairs these tests use', () => {
    assert.ok(beads.length > 3000);
    assert.equal(beads[at('"Kneel!')].a, '- Térdre!');
    assert.equal(beads[at('"No!" and slipped under his arm and away.')].a, '- Soha! - Kibújt az ölelésből, és elszaladt.');
  });

  it('a faithful stretch of the book has no shift; a short "No!" on one side only is no shift', () => {
    // "- Soha! - Kibújt az ölelésből, és elszaladt." || "No!" and slipped under his arm and away.
    // Two sentence ends on side A, one on side B, between two more "No!" lines: a faithful pair.
    const i = at('"No!" and slipped under his arm and away.');
    const w = beads.slice(i - 3, i + 4);
    assert.deepEqual(shifts(w.map((p) => p.a), w.map((p) => p.b)), []);
    const k = at('"Kneel!');
    const w2 = beads.slice(k - 6, k + 6);
    assert.deepEqual(shifts(w2.map((p) => p.a), w2.map((p) => p.b)), []);
    // The same faithful pair followed by a short exclamation ("- Térdre!" || "Kneel!") and by a "No!":
    // the glued "- Soha!" is at the head, the next line's exclamation is not in it.
    for (const next of [beads[k], beads[at('"No!" she cried.')]]) {
      assert.deepEqual(shifts([beads[i].a, next.a], [beads[i].b, next.b]), []);
    }
  });

  it('a short exclamation merged into the next line on side A ("- Térdre! A vagyonod?")', () => {
    const k = at('"Kneel!');
    const { A, B } = shifted(beads.slice(k - 1, k + 4), 1, 'a');
    assert.equal(A[1], '- Térdre! A vagyonod?');
    assert.equal(shifts(A, B)[0], '1:a');
  });

  it('a long sentence merged on side B: side B matches A[N] followed by A[N+1]', () => {
    const k = at('The sailor sat in the sand staring dully before him.') - 1;
    const { A, B } = shifted(beads.slice(k - 2, k + 4), 2, 'b');
    assert.equal(B[2], '"No!" and slipped under his arm and away. The sailor sat in the sand staring dully before him.');
    assert.equal(shifts(A, B)[0], '2:b');
  });

  it('markup glued on one side: "<p>" left over from the next line', () => {
    const k = at('"Kneel!') - 1;
    assert.equal(beads[k].b, '<p>');
    const { A, B } = shifted(beads.slice(k - 1, k + 3), 0, 'b');
    assert.match(B[0], / <p>$/);
    assert.deepEqual(shifts(A, B).slice(0, 1), ['0:b']);
  });

  it('the signal is across sides: the merged text is not repeated on the same side', () => {
    const k = at('"Kneel!');
    const { A, B } = shifted(beads.slice(k - 1, k + 4), 1, 'a');
    assert.ok(!A.slice(2).includes('A vagyonod?'));
    const f = crossShift(A[1], B[1], B[2], true, stats, 30);
    assert.ok(f);
    assert.equal(A[1].slice(f.at, f.end), 'A vagyonod?');
  });

  it('split points include dialogue dashes and skip abbreviations; anchors are names and numbers', () => {
    assert.deepEqual(splitPoints('selyemruhában, födetlenül hagyta. - Nem; nekem!'), [34]);
    assert.deepEqual(splitPoints('Mr. Smith came. Then he left.'), [16]);
    assert.deepEqual([...anchors('Egyébként érdekes ez. De most Isten veled, Ysobel, 7 napig.')].sort(), ['7', 'iste', 'ysob']);
  });
});
