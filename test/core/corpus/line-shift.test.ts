import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { checkLineRange, resolveLineRules } from '../../../server/src/core/corpus/engine';
import { logLengthRatio, statsFromRatios } from '../../../server/src/core/corpus/stats';
import { linePairRules } from '../../../server/src/core/rules/corpus/index';
import { anchors, crossShift, splitPoints } from '../../../server/src/core/rules/corpus/shift-evidence';
import { join } from 'node:path';
import { repoRoot } from '../../support/shared';
import { parallelSentences } from '../../support/parallel-text';

// A dialogue written for the tests (Vietnamese side A, English side B), one line pair a line, with
// paragraph markup lines (`<p>`) as corpora extracted from books have them.
function lines(file: string): string[] {
  return readFileSync(join(repoRoot, 'test', 'fixtures', 'vi-en', file), 'utf8').replace(/\n$/, '').split('\n');
}
const src = lines('dialogue.vi.txt');
const tgt = lines('dialogue.en.txt');
const beads: { a: string; b: string }[] = src.map((a, index) => ({ a, b: tgt[index] }));
// Length statistics as a corpus run learns them: from many more pairs of the same language pair.
const sample = parallelSentences(500);
const ratios = [...beads, ...sample.vi.map((a, index) => ({ a, b: sample.en[index] }))].map((p) => logLengthRatio(p.a, p.b));
const stats = statsFromRatios(ratios)!;
const only = resolveLineRules(linePairRules).filter((r) => r.rule.id === 'line-shift');
const at = (b: string) => beads.findIndex((p) => p.b === b);
const NEVER = '"Never!" and she slipped out of his arms and ran off.';

/** line-shift findings over the pairs, with neighbours, as `line:side`. */
function shifts(A: string[], B: string[]): string[] {
  const src = { lineA: (n: number) => A[n], lineB: (n: number) => B[n], langA: 'vi', langB: 'en' };
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

describe('line-shift on a dialogue', () => {
  it('the dialogue has the pairs these tests use', () => {
    assert.equal(src.length, tgt.length);
    assert.equal(beads[at('"Kneel!"')].a, '- Quỳ xuống!');
    assert.equal(beads[at(NEVER)].a, '- Không bao giờ! - Cô vùng khỏi vòng tay anh rồi chạy mất.');
  });

  it('a faithful stretch of the dialogue has no shift; a short "No!" on one side only is no shift', () => {
    // "- Không bao giờ! - Cô vùng khỏi vòng tay anh rồi chạy mất." || "Never!" and she slipped out of his arms and ran off.
    // Two sentence ends on side A, one on side B, between more short lines: a faithful pair.
    const i = at(NEVER);
    const w = beads.slice(i - 3, i + 4);
    assert.deepEqual(shifts(w.map((p) => p.a), w.map((p) => p.b)), []);
    const k = at('"Kneel!"');
    const w2 = beads.slice(k - 6, k + 6);
    assert.deepEqual(shifts(w2.map((p) => p.a), w2.map((p) => p.b)), []);
    // The same faithful pair followed by a short exclamation ("- Quỳ xuống!" || "Kneel!") and by a "No!":
    // the glued "- Không bao giờ!" is at the head, the next line's exclamation is not in it.
    for (const next of [beads[k], beads[at('"No!" she cried.')]]) {
      assert.deepEqual(shifts([beads[i].a, next.a], [beads[i].b, next.b]), []);
    }
  });

  it('a short exclamation merged into the next line on side A ("- Quỳ xuống! Của cải của anh đâu?")', () => {
    const k = at('"Kneel!"');
    const { A, B } = shifted(beads.slice(k - 1, k + 4), 1, 'a');
    assert.equal(A[1], '- Quỳ xuống! Của cải của anh đâu?');
    assert.equal(shifts(A, B)[0], '1:a');
  });

  it('a long sentence merged on side B: side B matches A[N] followed by A[N+1]', () => {
    const k = at('The sailor sat in the sand, staring dully ahead of him.') - 1;
    const { A, B } = shifted(beads.slice(k - 2, k + 4), 2, 'b');
    assert.equal(B[2], `${NEVER} The sailor sat in the sand, staring dully ahead of him.`);
    assert.equal(shifts(A, B)[0], '2:b');
  });

  it('markup glued on one side: "<p>" left over from the next line', () => {
    const k = at('"Kneel!"') - 1;
    assert.equal(beads[k].b, '<p>');
    const { A, B } = shifted(beads.slice(k - 1, k + 3), 0, 'b');
    assert.match(B[0], / <p>$/);
    assert.deepEqual(shifts(A, B).slice(0, 1), ['0:b']);
  });

  it('the signal is across sides: the merged text is not repeated on the same side', () => {
    const k = at('"Kneel!"');
    const { A, B } = shifted(beads.slice(k - 1, k + 4), 1, 'a');
    assert.ok(!A.slice(2).includes('Của cải của anh đâu?'));
    const f = crossShift(A[1], B[1], B[2], true, stats, 30);
    assert.ok(f);
    assert.equal(A[1].slice(f.at, f.end), 'Của cải của anh đâu?');
  });

  it('split points include dialogue dashes and skip abbreviations; anchors are names and numbers', () => {
    assert.deepEqual(splitPoints('selyemruhában, födetlenül hagyta. - Nem; nekem!'), [34]);
    assert.deepEqual(splitPoints('Mr. Smith came. Then he left.'), [16]);
    assert.deepEqual([...anchors('Egyébként érdekes ez. De most Isten veled, Ysobel, 7 napig.')].sort(), ['7', 'iste', 'ysob']);
  });
});
