import { strict as assert } from 'node:assert';
import { alignUnits, parseBeads, scoreAlignments } from '../../server/src/core/align';
import type { Bead } from '../../server/src/core/types';
import { syntheticPair } from '../support/synthetic-bitext';

function assertCovers(beads: Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    for (const x of b.a) assert.equal(x, i++);
    for (const y of b.b) assert.equal(y, j++);
    assert.ok(b.a.length + b.b.length > 0);
    assert.ok(b.confidence >= 0 && b.confidence <= 1);
  }
  assert.equal(i, n);
  assert.equal(j, m);
}

describe('align: scorer (vecalign score.py definitions)', () => {
  it('counts strict and lax matches, drops 1-0/0-1 from recall', () => {
    const gold = parseBeads('[0]:[0]\n[1,2]:[1]\n[3]:[]\n[4]:[2]\n');
    const test = parseBeads('[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[4]:[2]\n');
    const s = scoreAlignments([{ gold, test }]);
    // precision: 5 test beads; strict hits [0]:[0], [3]:[], [4]:[2]; [1]:[1] is lax; [2]:[] is neither
    assert.equal(s.precisionStrict, 3 / 5);
    assert.equal(s.precisionLax, 4 / 5);
    // recall over gold beads with both sides: [0]:[0] and [4]:[2] strict, [1,2]:[1] lax
    assert.equal(s.recallStrict, 2 / 3);
    assert.equal(s.recallLax, 1);
  });
  it('rejects a malformed bead line', () => {
    assert.throws(() => parseBeads('[0]:[0]\n0-0\n'), /line 2/);
  });
});

describe('align: alignUnits', () => {
  it('covers every unit exactly once, in order, and handles empty sides', () => {
    assert.deepEqual(alignUnits([], ['x', 'y']).map((b) => [b.a, b.b]), [[[], [0]], [[], [1]]]);
    assert.deepEqual(alignUnits(['x'], []).map((b) => [b.a, b.b]), [[[0], []]]);
  });

  it('pairs markup lines with markup lines and leaves an extra one unpaired', () => {
    const a = ['<p>', 'Az első mondat hosszú és szép.', '<p>', '<p>', 'A második mondat is elég hosszú, 1999-ben.'];
    const b = ['<p>', 'The first sentence is long and nice.', '<p>', 'The second sentence is quite long too, in 1999.'];
    const beads = alignUnits(a, b);
    assertCovers(beads, a.length, b.length);
    const pairs = beads.map((x) => `${x.a}:${x.b}`);
    assert.ok(pairs.includes('0:0') && pairs.includes('1:1') && pairs.includes('4:3'), pairs.join(' '));
  });

  it('a one-word edit changes only nearby beads', () => {
    const pair = syntheticPair({ sentences: 1500, splitShare: 0.05, mergeShare: 0.05, seed: 11 });
    const before = alignUnits(pair.source, pair.target);
    const k = 700;
    const edited = pair.source.slice();
    edited[k] = edited[k].replace(/\S+/, 'Valami');
    assert.notEqual(edited[k], pair.source[k]);
    const after = alignUnits(edited, pair.target);
    assertCovers(after, pair.source.length, pair.target.length);
    const key = (x: Bead) => `${x.a}:${x.b}`;
    const far = (x: Bead) => x.a.every((i) => Math.abs(i - k) > 30) && x.a.length > 0;
    assert.deepEqual(after.filter(far).map(key), before.filter(far).map(key));
  });

  it('a translation that stops early: the rest of the original stays unpaired (long input)', () => {
    // a 2000-sentence original whose translation stops after its first 400 sentences
    const pair = syntheticPair({ sentences: 2000, splitShare: 0.05, mergeShare: 0.05, seed: 5 });
    const cutBead = pair.gold.findIndex((g) => g.a[0] >= 400);
    const kept = pair.gold.slice(0, cutBead);
    const lastTarget = Math.max(...kept.flatMap((g) => g.b));
    const target = pair.target.slice(0, lastTarget + 1);
    const gold = [...kept, ...pair.gold.slice(cutBead).flatMap((g) => g.a.map((i) => ({ a: [i], b: [] as number[] })))];
    const test = alignUnits(pair.source, target);
    assertCovers(test, pair.source.length, target.length);
    const s = scoreAlignments([{ gold, test }]);
    assert.ok(s.f1Strict >= 0.95, `strict F1 ${s.f1Strict}`);
    const lastPaired = Math.max(...test.filter((x) => x.a.length && x.b.length).flatMap((x) => x.a));
    const lastGold = Math.max(...kept.flatMap((g) => g.a));
    assert.ok(Math.abs(lastPaired - lastGold) <= 2, `last paired source sentence ${lastPaired}, truth ${lastGold}`);
  });
});
