// Alignment corrections (core/links.ts) on examples/library.{vi,en}.txt: a link the aligner did not
// make becomes a bead, every sentence stays in exactly one bead, in order, the beads away from the
// link are the aligner's own, and links survive edits elsewhere (they are keyed by text).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { resolveConfig } from '../../server/src/core/config';
import type { Analysis } from '../../server/src/core/analyze';
import { linkConstraints, type SentenceLink } from '../../server/src/core/links';
import { alignSides } from '../../server/src/core/align';

const example = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8');
const vi = example('library.vi.txt');
const en = example('library.en.txt');

function run(viText: string, links: SentenceLink[] = []): Analysis {
  return analyze({ form: 'siblings', a: { uri: 'library.vi.txt', text: viText }, b: { uri: 'library.en.txt', text: en }, links }, resolveConfig({}));
}
const sentence = (a: Analysis, side: 0 | 1, index: number) => {
  const s = a.sides[side];
  return s.text.slice(s.seg.sentences[index].start, s.seg.sentences[index].end);
};
const beadOf = (a: Analysis, viText: string, enText: string) =>
  a.pair!.sentenceBeads.find((b) => b.a.some((i) => sentence(a, 0, i).startsWith(viText)) && b.b.some((j) => sentence(a, 1, j).startsWith(enText)));

function assertPartition(a: Analysis): void {
  const beads = a.pair!.sentenceBeads;
  const seen = { a: beads.flatMap((b) => b.a), b: beads.flatMap((b) => b.b) };
  assert.deepEqual(seen.a, a.sides[0].seg.sentences.map((_, i) => i), 'every Vietnamese sentence once, in order');
  assert.deepEqual(seen.b, a.sides[1].seg.sentences.map((_, i) => i), 'every English sentence once, in order');
}

describe('alignment corrections (links)', () => {
  const wrongVi = 'Trẻ em dưới 12 tuổi được mượn tối đa 5 cuốn sách mỗi lần.';
  const wrongEn = 'It is open from 7.30 a.m. to 9 p.m., seven days a week.';

  it('a link the aligner did not make becomes a bead; the rest is realigned around it, every sentence once', () => {
    const plain = run(vi);
    assert.ok(!beadOf(plain, 'Trẻ em dưới 12', 'It is open from'), 'the aligner pairs them differently');
    const linked = run(vi, [{ a: wrongEn, b: wrongVi }]);
    const bead = beadOf(linked, 'Trẻ em dưới 12', 'It is open from')!;
    assert.ok(bead, 'the linked sentences share a bead');
    assert.deepEqual([bead.a.length, bead.b.length, bead.confidence], [1, 1, 1]);
    assertPartition(linked);
    assert.ok(linked.notes.some((n) => /^1 alignment correction applied/.test(n)));
    // away from the link the aligner's beads stand
    assert.ok(beadOf(linked, 'Thư viện cũ mở cửa trở lại', 'The Old Library Reopens'));
    assert.ok(beadOf(linked, 'Thư viện đã sẵn sàng cho mùa thi chưa?', 'Is the library ready for the exam season?'));
  });

  it('is keyed by the sentences’ text: an edit elsewhere keeps it; an edit of a linked sentence drops it', () => {
    const edited = vi.replace('Thư viện cũ mở cửa trở lại', 'Thư viện cũ của thành phố mở cửa trở lại');
    assert.ok(beadOf(run(edited, [{ a: wrongVi, b: wrongEn }]), 'Trẻ em dưới 12', 'It is open from'));
    const changed = vi.replace('mượn tối đa 5 cuốn', 'mượn tối đa 6 cuốn');
    const stale = run(changed, [{ a: wrongVi, b: wrongEn }]);
    assert.ok(!beadOf(stale, 'Trẻ em dưới 12', 'It is open from'));
    assert.ok(!stale.notes.some((n) => /alignment correction/.test(n)));
  });

  it('a link that crosses an earlier one is ignored and said so; linking a dropped sentence pairs it', () => {
    const crossing = run(vi, [
      { a: wrongVi, b: wrongEn },
      { a: 'Phòng đọc mới có 250 chỗ ngồi.', b: 'Children under 12 can borrow up to 5 books at a time.' },
    ]);
    assert.ok(crossing.notes.some((n) => /^1 alignment correction ignored: it crosses another one\./.test(n)), JSON.stringify(crossing.notes));
    assertPartition(crossing);
    const dropped = run(vi, [{ a: 'Bà giám đốc cho rằng đã sẵn sàng.', b: '"And the coffee is better than before."' }]);
    assert.ok(beadOf(dropped, 'Bà giám đốc cho rằng', '"And the coffee'));
    assertPartition(dropped);
  });

  it('a sentence marked as having no counterpart is a bead of its own, made by hand, and is no missing translation', () => {
    const coffee = '"And the coffee is better than before."';
    const plain = run(vi);
    const missing = (a: Analysis) => a.findings.filter((f) => f.rule === 'missing-translation').map((f) => a.sides[1].text.slice(f.span.start, f.span.end));
    assert.ok(missing(plain).includes(coffee), JSON.stringify(missing(plain)));
    const marked = run(vi, [{ a: coffee, b: [] }]);
    assert.ok(!missing(marked).includes(coffee), JSON.stringify(missing(marked)));
    const bead = marked.pair!.sentenceBeads.find((b) => b.b.some((j) => sentence(marked, 1, j) === coffee))!;
    assert.deepEqual([bead.a, bead.b.length, bead.byHand], [[], 1, true]);
    assertPartition(marked);
    // the other missing sentence is still reported
    assert.ok(missing(marked).some((text) => text.startsWith('The repairs cost')));
    // a sentence that had a counterpart loses it, and its counterpart is aligned again around it
    const lonely = run(vi, [{ a: wrongVi, b: [] }]);
    const own = lonely.pair!.sentenceBeads.find((b) => b.a.some((i) => sentence(lonely, 0, i) === wrongVi))!;
    assert.deepEqual([own.a.length, own.b, own.byHand], [1, [], true]);
    assertPartition(lonely);
  });

  it('reach the aligner as constraints: sentence indices of each link, nothing on an end marked as none', () => {
    const plain = run(vi);
    const [sa, sb] = plain.sides;
    const index = (side: 0 | 1, text: string) => plain.sides[side].seg.sentences.findIndex((_, i) => sentence(plain, side, i) === text);
    const constraints = linkConstraints(sa, sb, [{ a: wrongEn, b: wrongVi }, { a: [], b: '"And the coffee is better than before."' }, { a: 'not in this pair', b: wrongEn }]);
    assert.deepEqual(constraints, { links: [{ a: [index(0, wrongVi)], b: [index(1, wrongEn)] }, { a: [], b: [index(1, '"And the coffee is better than before."')] }] });
    // the aligner given them makes those beads itself
    const aligned = alignSides(sa, sb, { constraints });
    assert.ok(aligned.sentenceBeads.some((b) => b.a.join() === String(index(0, wrongVi)) && b.b.join() === String(index(1, wrongEn))));
    assert.ok(aligned.sentenceBeads.some((b) => b.a.length === 0 && b.b.join() === String(index(1, '"And the coffee is better than before."'))));
    assert.equal(linkConstraints(sa, sb, [{ a: 'not in this pair', b: wrongEn }]), undefined);
  });
});
