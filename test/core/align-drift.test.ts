// The aligner on texts whose sentence counts drift apart, on an unspaced script, with a 3x length
// ratio, and with one sentence dropped or added: synthetic pairs (test/support/synthetic-bitext.ts)
// whose true alignment is known, so each test states what must come out.
import { strict as assert } from 'node:assert';
import { alignSides, alignUnits, alignUnitsWithModel, scoreAlignments } from '../../server/src/core/align';
import { analyze } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { buildSide } from '../../server/src/core/document';
import type { Bead } from '../../server/src/core/types';
import { syntheticPair } from '../support/synthetic-bitext';

const unpaired = (beads: readonly Bead[]) => beads.filter((b) => !b.a.length || !b.b.length).length;

describe('align: counts that drift apart, any script', () => {
  it('a translation that splits a quarter of its sentences in two stays aligned to the end (no collapse)', () => {
    const pair = syntheticPair({ sentences: 800, splitShare: 0.25, seed: 1 });
    assert.ok(pair.target.length > pair.source.length * 1.15, 'the counts really drift apart');
    const beads = alignUnits(pair.source, pair.target);
    const s = scoreAlignments([{ gold: pair.gold, test: beads }]);
    assert.ok(s.f1Strict >= 0.95, `strict F1 ${s.f1Strict}`);
    // no run of unpaired sentences at the end, nor anywhere: the truth has none
    assert.ok(unpaired(beads) <= 8, `${unpaired(beads)} unpaired beads`);
    const last = beads[beads.length - 1];
    assert.ok(last.a.length && last.b.length, 'the last bead pairs both sides');
    assert.ok(beads.some((b) => b.a.length === 1 && b.b.length === 2), '1-2 beads are found');
  });

  it('Chinese-like text (no spaces, about 3x fewer characters) aligns with splits and merges', () => {
    const pair = syntheticPair({ sentences: 600, target: 'han', splitShare: 0.15, mergeShare: 0.05, seed: 2 });
    assert.ok(!/[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/.test(pair.target.join(' ')), 'no spaces between its words');
    const { beads, lengthModel } = alignUnitsWithModel(pair.source, pair.target);
    assert.ok(lengthModel.ratio < 0.5, `the length ratio is learned from the text: ${lengthModel.ratio}`);
    const s = scoreAlignments([{ gold: pair.gold, test: beads }]);
    assert.ok(s.f1Strict >= 0.93, `strict F1 ${s.f1Strict}`);
    assert.ok(beads.some((b) => b.a.length === 2 && b.b.length === 1), '2-1 beads are found');
  });

  it('each bead carries a confidence in 0..1: high where the pair is plain, lower where it is not', () => {
    const pair = syntheticPair({ sentences: 300, seed: 4 });
    const beads = alignUnits(pair.source, pair.target);
    for (const b of beads) assert.ok(b.confidence >= 0 && b.confidence <= 1);
    const sure = beads.filter((b) => b.confidence >= 0.9).length;
    assert.ok(sure >= beads.length * 0.9, `${sure} of ${beads.length} beads are sure`);
    // replace 6 translated sentences by unrelated ones of the same length: the beads there are unsure
    const target = pair.target.slice();
    const other = syntheticPair({ sentences: 300, seed: 99 }).target;
    for (let k = 150; k < 156; k++) target[k] = other[k];
    const mixed = alignUnits(pair.source, target);
    const inside = mixed.filter((b) => b.a.some((i) => i >= 150 && i < 156) || b.b.some((j) => j >= 150 && j < 156));
    const meanInside = inside.reduce((sum, b) => sum + b.confidence, 0) / inside.length;
    assert.ok(meanInside < 0.9, `confidence inside the unrelated stretch: ${meanInside}`);
  });
});

/** Paragraphs of four sentences each, as a document: the source and target sides of a synthetic pair. */
function documents(source: string[], target: string[], dropTarget = -1, insertAfterTarget = -1, inserted = ''): { a: string; b: string } {
  const sourceParas: string[] = [];
  const targetParas: string[] = [];
  for (let k = 0; k < source.length; k += 4) {
    sourceParas.push(source.slice(k, k + 4).join(' '));
    const sentences: string[] = [];
    for (let i = k; i < k + 4 && i < target.length; i++) {
      if (i !== dropTarget) sentences.push(target[i]);
      if (i === insertAfterTarget) sentences.push(inserted);
    }
    targetParas.push(sentences.join(' '));
  }
  return { a: sourceParas.join('\n\n') + '\n', b: targetParas.join('\n\n') + '\n' };
}

describe('align: one sentence dropped or added inside a translated paragraph', () => {
  const pair = syntheticPair({ sentences: 160, seed: 3 });

  it('a dropped sentence is named on its own (the rest of the paragraph keeps its counterparts)', () => {
    const drop = 58;
    const docs = documents(pair.source, pair.target, drop);
    const analysis = analyze({ form: 'siblings', a: { uri: 'x.en.txt', text: docs.a }, b: { uri: 'x.fr.txt', text: docs.b } }, DEFAULT_CONFIG);
    const start = docs.a.indexOf(pair.source[drop]);
    const findings = analysis.findings.filter((f) => f.rule === 'missing-translation');
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('; '));
    assert.match(findings[0].message, /^1 sentence in paragraph 15 /);
    assert.equal(findings[0].uri, 'x.en.txt');
    assert.equal(findings[0].span.start, start);
    // the other sentences of that paragraph keep their counterparts
    const sides = analysis.pair!;
    const paragraph = sides.a.seg.paragraphs[14];
    for (let i = paragraph.firstSentence; i < paragraph.firstSentence + paragraph.sentenceCount; i++) {
      const bead = sides.sentenceBeads.find((b) => b.a.includes(i))!;
      assert.equal(bead.b.length > 0, i !== drop, `sentence ${i}`);
    }
  });

  it('an added sentence in a language of its own is left unpaired, not merged into a neighbour', () => {
    const inserted = 'Zyx qwertz plorth grumbnik stavolo fremtix quaddle worbing, jibber and vonk.';
    const docs = documents(pair.source, pair.target, -1, 90, inserted);
    const a = buildSide('x.en.txt', docs.a);
    const b = buildSide('x.fr.txt', docs.b);
    const { sentenceBeads } = alignSides(a, b);
    const at = docs.b.indexOf(inserted);
    const index = b.seg.sentences.findIndex((s) => s.start === at);
    assert.ok(index >= 0);
    const bead = sentenceBeads.find((x) => x.b.includes(index))!;
    assert.deepEqual(bead.a, [], `the added sentence's bead: ${JSON.stringify(bead)}`);
    assert.equal(unpaired(sentenceBeads), 1);
  });
});

describe('align: corrections made by hand', () => {
  const pair = syntheticPair({ sentences: 200, seed: 8 });
  const key = (b: { a: number[]; b: number[] }) => `[${b.a}]:[${b.b}]`;

  it('a link is a bead of the result, and the rest is realigned around it', () => {
    const plain = alignUnits(pair.source, pair.target).map(key);
    assert.ok(plain.includes('[50]:[50]') && plain.includes('[51]:[51]'));
    // "merge with the next bead": source 50 with targets 50 and 51
    const merged = alignUnits(pair.source, pair.target, { constraints: { links: [{ a: [50], b: [50, 51] }] } }).map(key);
    assert.ok(merged.includes('[50]:[50,51]'), merged.slice(45, 56).join(' '));
    // far from the link nothing changes
    assert.deepEqual(merged.slice(0, 45), plain.slice(0, 45));
    assert.deepEqual(merged.slice(-100), plain.slice(-100));
  });

  it('a link far from the path is honoured (the aligner widens to it)', () => {
    const beads = alignUnits(pair.source, pair.target, { constraints: { links: [{ a: [20], b: [120] }] } });
    assert.ok(beads.map(key).includes('[20]:[120]'));
    let i = 0;
    let j = 0;
    for (const b of beads) {
      for (const x of b.a) assert.equal(x, i++);
      for (const y of b.b) assert.equal(y, j++);
    }
    assert.equal(i, pair.source.length);
    assert.equal(j, pair.target.length);
  });

  it('an unlinked pair never shares a bead; a malformed link is dropped, not obeyed', () => {
    const beads = alignUnits(pair.source, pair.target, { constraints: { unlinks: [{ a: 70, b: 70 }], links: [{ a: [5, 7], b: [5] }] } });
    const bead = beads.find((b) => b.a.includes(70))!;
    assert.ok(!bead.b.includes(70), key(bead));
    assert.ok(beads.map(key).includes('[5]:[5]'), 'the non-consecutive link [5,7]:[5] is ignored');
  });
});
