// The seed: sample 000 is a Vietnamese machine translation (a title, a hashtag line, 15 body
// paragraphs, cut off mid-sentence), a `Nguồn:` line, then the English original (35 paragraphs). The
// expected alignment is stated by issue 3; indices are derived from the segmentation, and the texts at
// those indices are checked so that a segmentation change cannot make the test pass by accident.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { alignSides } from '../../server/src/core/align';
import { buildSide } from '../../server/src/core/document';
import { splitAtSourceLine } from '../../server/src/core/source-line';
import type { Bead, Side } from '../../server/src/core/types';
import { repoRoot, sampleText } from '../support/shared';

const key = (b: Bead) => `[${b.a}]:[${b.b}]`;
const para = (s: Side, i: number) => s.text.slice(s.seg.paragraphs[i].start, s.seg.paragraphs[i].end);
const sent = (s: Side, i: number) => s.text.slice(s.seg.sentences[i].start, s.seg.sentences[i].end);

function seedSides(): [Side, Side] {
  const { path, text } = sampleText('000');
  const split = splitAtSourceLine(text);
  assert.ok(split, 'sample 000 has a source line');
  return [buildSide(path, text, split.above), buildSide(path, text, split.below)];
}

function assertCovers(beads: readonly Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    for (const x of b.a) assert.equal(x, i++);
    for (const y of b.b) assert.equal(y, j++);
  }
  assert.equal(i, n);
  assert.equal(j, m);
}

describe('align: the seed (sample 000, truncated machine translation)', () => {
  const [vi, en] = seedSides();
  const { paragraphBeads, sentenceBeads } = alignSides(vi, en);

  it('segments as the issue describes: 17 Vietnamese, 35 English paragraphs', () => {
    assert.equal(vi.seg.paragraphs.length, 17);
    assert.equal(en.seg.paragraphs.length, 35);
    assert.match(para(vi, 0), /^Putin và Kim cùng nhau/);
    assert.match(para(vi, 1), /^#Sựkiệnhôm nay/);
    assert.match(para(vi, 2), /^Hai nhà lãnh đạo/);
    assert.match(para(en, 0), /^They gazed into the workings/);
    assert.match(para(vi, 16), /^Ông Kim đến Nga vào thứ Ba/);
    assert.match(para(en, 14), /^Mr\. Kim arrived in Russia on Tuesday/);
    assert.match(para(en, 15), /^Last month, a Russian robotic spacecraft/);
    assert.match(para(en, 34), /^Your email address/);
  });

  it('paragraphs: title and hashtag unpaired, 14 body 1-1, the last 1-2, the 19 English after it unpaired', () => {
    assertCovers(paragraphBeads, 17, 35);
    const expected = ['[0]:[]', '[1]:[]'];
    for (let k = 0; k < 14; k++) expected.push(`[${k + 2}]:[${k}]`);
    expected.push('[16]:[14,15]');
    for (let j = 16; j < 35; j++) expected.push(`[]:[${j}]`);
    assert.deepEqual(paragraphBeads.map(key), expected);
  });

  it('sentences of the body pair 1-1 in order; the cut-off sentence pairs with its English start', () => {
    assertCovers(sentenceBeads, vi.seg.sentences.length, en.seg.sentences.length);
    const paired = sentenceBeads.filter((b) => b.a.length && b.b.length);
    // every Vietnamese sentence after the title and hashtag is paired, each with one English sentence
    const firstBody = vi.seg.paragraphs[2].firstSentence;
    assert.equal(paired.length, vi.seg.sentences.length - firstBody);
    for (const b of paired) assert.equal(b.a.length + b.b.length, 2, key(b));
    // spot checks by text: names and numbers on both sides of a bead
    const pairOf = (viStart: RegExp) => {
      const b = paired.find((x) => viStart.test(sent(vi, x.a[0])));
      assert.ok(b, String(viStart));
      return sent(en, b.b[0]);
    };
    assert.match(pairOf(/^Nga, gần đạt ngưỡng 19 tháng/), /^Russia, nearing the 19-month mark/);
    assert.match(pairOf(/^“Chiến tranh bây giờ/), /^“The war is now the organizing principle/);
    assert.match(pairOf(/^Vostochny Cosmodrome/), /^The Vostochny Cosmodrome/);
    assert.match(pairOf(/^Tháng trước, một tàu vũ trụ/), /^Last month, a Russian robotic spacecraft/);
    // everything after that English sentence stays unpaired
    const last = paired[paired.length - 1].b[0];
    assert.ok(sentenceBeads.filter((b) => b.b.some((j) => j > last)).every((b) => b.a.length === 0));
  });
});

describe('align: a translation missing its last paragraph and one sentence (examples/library)', () => {
  const read = (name: string) => readFileSync(`${repoRoot}/examples/${name}`, 'utf8');
  const vi = buildSide('library.vi.txt', read('library.vi.txt'));
  const en = buildSide('library.en.txt', read('library.en.txt'));
  const { paragraphBeads, sentenceBeads } = alignSides(vi, en);

  it('pairs paragraphs 1-1 and leaves the last English one unpaired', () => {
    const n = vi.seg.paragraphs.length;
    assert.equal(en.seg.paragraphs.length, n + 1);
    const expected: string[] = [];
    for (let k = 0; k < n; k++) expected.push(`[${k}]:[${k}]`);
    expected.push(`[]:[${n}]`);
    assert.deepEqual(paragraphBeads.map(key), expected);
  });

  it('pairs the quote with its translation and leaves the untranslated sentence unpaired', () => {
    assertCovers(sentenceBeads, vi.seg.sentences.length, en.seg.sentences.length);
    const b = sentenceBeads.find((x) => x.a.length && /^“Sinh viên/.test(sent(vi, x.a[0])));
    assert.ok(b);
    assert.deepEqual(b.b.map((j) => sent(en, j).slice(0, 10)), ['"Students ']);
    const coffee = sentenceBeads.find((x) => x.b.length && /coffee is better/.test(sent(en, x.b[0])));
    assert.ok(coffee);
    assert.deepEqual(coffee.a, []);
  });
});
