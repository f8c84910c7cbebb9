// missing-translation at sentence level: an original sentence with no counterpart inside a paired
// paragraph (examples/library.*: the Vietnamese drops one quoted sentence and the last paragraph).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/analyze';
import { resolveConfig } from '../../../server/src/core/config';
import { pairOf, runPair, textOf } from './helpers';

const example = (name: string) => readFileSync(join(__dirname, '..', '..', '..', 'examples', name), 'utf8');

describe('missing-translation: sentences', () => {
  it('library example through analyze(): the dropped sentence of paragraph 4 and the whole last paragraph', () => {
    const en = example('library.en.txt');
    const vi = example('library.vi.txt');
    const an = analyze({ form: 'siblings', a: { uri: 'library.vi.txt', text: vi }, b: { uri: 'library.en.txt', text: en } }, resolveConfig({}));
    const ms = an.findings.filter((f) => f.rule === 'missing-translation');
    assert.deepEqual(
      ms.map((f) => en.slice(f.span.start, f.span.end)),
      ['"And the coffee is better than before."', 'The repairs cost 3.5 billion dong, paid by the city and by donations from former readers.'],
    );
    assert.match(ms[0].message, /^1 sentence in paragraph 5 has no counterpart in the vi side$/);
    assert.equal(ms[0].data?.sentences, 1);
  });
  it('a run of unpaired sentences inside a paragraph is one finding; short or letterless ones are not reported', () => {
    const en = 'One sentence is here. Two sentences are dropped here. Three of them are dropped too. Four is kept.';
    const vi = 'Câu một ở đây. Câu bốn được giữ.';
    const a = pairOf(vi, en, [[[0], [0]]], { langA: 'vi', langB: 'en', translation: 'a' });
    // the aligner's beads for this paragraph: 1-1, 0-2, 1-1
    a.sentenceBeads = [{ a: [0], b: [0], confidence: 1 }, { a: [], b: [1], confidence: 1 }, { a: [], b: [2], confidence: 1 }, { a: [1], b: [3], confidence: 1 }];
    const fs = runPair('missing-translation', a);
    assert.equal(fs.length, 1);
    assert.equal(textOf(a.b, fs[0]), 'Two sentences are dropped here. Three of them are dropped too.');
    assert.equal(fs[0].message, '2 sentences in paragraph 1 are not translated');
    const short = pairOf('Câu một ở đây. Hết rồi nhé.', 'One is here. Yes. The end is near.', [[[0], [0]]], { translation: 'a' });
    assert.equal(short.b.seg.sentences.length, 3);
    short.sentenceBeads = [{ a: [0], b: [0], confidence: 1 }, { a: [], b: [1], confidence: 1 }, { a: [1], b: [2], confidence: 1 }];
    assert.deepEqual(runPair('missing-translation', short).map((f) => f.message), []);
  });
  it('a sentence the aligner is sure is unpaired is reported even where the lengths would let a neighbour hold it', () => {
    // the Vietnamese first sentence is long enough to hold the dropped one's translation too: by length
    // alone a split 2-1 bead, so only the aligner's confidence (its posterior) decides
    const vi = 'Hội đồng thành phố đã họp suốt buổi sáng hôm nay để bàn về ngân sách của thư viện. Câu cuối cùng ở đây.';
    const en = 'The council met this morning. The budget of the library was the topic. The last sentence is here.';
    const withConfidence = (confidence: number) => {
      const pair = pairOf(vi, en, [[[0], [0]]], { langA: 'vi', langB: 'en', translation: 'a' });
      pair.sentenceBeads = [{ a: [0], b: [0], confidence: 1 }, { a: [], b: [1], confidence }, { a: [1], b: [2], confidence: 1 }];
      return runPair('missing-translation', pair).map((f) => textOf(pair.b, f));
    };
    assert.deepEqual(withConfidence(0.95), ['The budget of the library was the topic.']);
    assert.deepEqual(withConfidence(0.6), [], 'fairly sure, but the lengths say a neighbour holds it');
    assert.deepEqual(withConfidence(0.3), []);
  });
  it('sentences after a translation cut mid-sentence are left to truncated-translation', () => {
    const en = 'The leaders met at the spaceport today. They talked for two hours about rockets.';
    const vi = 'Hai nhà lãnh đạo gặp nhau tại sân bay vũ trụ khi';
    const p = pairOf(vi, en, [[[0], [0]]], { langA: 'vi', langB: 'en', translation: 'a' });
    p.sentenceBeads = [{ a: [0], b: [0], confidence: 1 }, { a: [], b: [1], confidence: 1 }];
    assert.deepEqual(runPair('missing-translation', p).map((f) => f.message), []);
    assert.equal(runPair('truncated-translation', p).length, 1);
  });
});
