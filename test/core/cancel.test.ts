// The core's cancellation question (issue 10, item 13): analyze asks `isCancelled` between units of
// work (after segmenting, per paragraph group of the aligner, per rule) and throws AnalysisCancelled
// once it says so; a question that never says so changes nothing.
import { strict as assert } from 'node:assert';
import { analyze, type AnalyzeInput } from '../../server/src/core/analyze';
import { AnalysisCancelled } from '../../server/src/core/cancel';
import { resolveConfig } from '../../server/src/core/config';

const VI = ['Thư viện mở cửa', 'Sau ba năm sửa chữa, thư viện đã mở cửa trở lại vào thứ Hai. Hơn một nghìn bạn đọc đã đến.', 'Chính_phủ đã củng_cố quan_hệ với Nga , Triều_Tiên .', 'Giá vé là 20.000 đồng.'].join('\n\n') + '\n';
const EN = ['The library reopens', 'After three years of repairs, the library reopened on Monday. More than a thousand readers came.', 'The government strengthened relations with Russia and North Korea.', 'A ticket costs 25,000 dong.'].join('\n\n') + '\n';
const pair: AnalyzeInput = { form: 'siblings', a: { uri: '/w/doc.vi.txt', text: VI }, b: { uri: '/w/doc.en.txt', text: EN } };
const lone: AnalyzeInput = { form: 'lone', a: { uri: '/w/seg.txt', text: VI } };
const config = resolveConfig({});

describe('analyze: cancellation between units of work', () => {
  for (const [name, input] of [['a pair', pair], ['a lone text', lone]] as const) {
    it(`${name}: asked many times; a "no" throughout gives the same analysis as none`, () => {
      let asked = 0;
      const watched = analyze(input, config, { isCancelled: () => (asked++, false) });
      const plain = analyze(input, config);
      assert.ok(asked >= 10, `asked only ${asked} times`);
      assert.deepEqual(watched.findings, plain.findings);
      assert.deepEqual(watched.pair?.sentenceBeads, plain.pair?.sentenceBeads);
      assert.ok(plain.findings.length > 0, 'the texts have findings to compare');
    });

    it(`${name}: a "yes" at any point stops the analysis with AnalysisCancelled, asked no more after it`, () => {
      let total = 0;
      analyze(input, config, { isCancelled: () => (total++, false) });
      for (let stopAt = 0; stopAt < total; stopAt++) {
        let asked = 0;
        assert.throws(
          () => analyze(input, config, { isCancelled: () => asked++ === stopAt }),
          (e: unknown) => e instanceof AnalysisCancelled,
          `stop at question ${stopAt}`,
        );
        assert.equal(asked, stopAt + 1, 'it went on asking after the answer was yes');
      }
    });
  }
});
