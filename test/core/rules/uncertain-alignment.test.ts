// uncertain-alignment: a stretch of unsure sentence beads is one finding, on the translation, with
// the counterpart stretch as related information; missing-translation stays silent inside it.
import { strict as assert } from 'node:assert';
import type { Bead } from '../../../server/src/core/types';
import type { AlignedPair } from '../../../server/src/core/rules/rule';
import { runPair, sideOf } from './helpers';

const english = 'The bridge opened in May. It carries two lanes. Cyclists have a path of their own. The old ferry stopped. ' +
  'Traffic fell by half in the town centre. Shops on the square report more customers. The council plans a second bridge.\n';
const vietnamese = 'Cây cầu khánh thành vào tháng Năm. Cầu có hai làn xe. Người đi xe đạp có làn riêng. Phà cũ ngừng chạy. ' +
  'Giao thông trong trung tâm thị trấn giảm một nửa. Cửa hàng trên quảng trường có thêm khách. Hội đồng dự định xây cây cầu thứ hai.\n';

function pairWith(confidences: number[], unpairedOriginal: number[] = []): AlignedPair {
  const a = sideOf(vietnamese, 'vi', 'mem://x.vi.txt');
  const b = sideOf(english, 'en', 'mem://x.en.txt');
  assert.equal(a.seg.sentences.length, 7);
  assert.equal(b.seg.sentences.length, 7);
  const sentenceBeads: Bead[] = [];
  let vi = 0;
  for (let k = 0; k < 7; k++) {
    if (unpairedOriginal.includes(k)) sentenceBeads.push({ a: [], b: [k], confidence: confidences[k] });
    else sentenceBeads.push({ a: [vi++], b: [k], confidence: confidences[k] });
  }
  while (vi < 7) sentenceBeads.push({ a: [vi++], b: [], confidence: 0.9 });
  return { a, b, translation: 'a', paragraphBeads: [{ a: [0], b: [0], confidence: 1 }], sentenceBeads };
}

describe('rule uncertain-alignment', () => {
  it('reports a run of unsure beads once, on the translation, naming the paragraphs', () => {
    const findings = runPair('uncertain-alignment', pairWith([0.99, 0.2, 0.3, 0.4, 0.98, 0.99, 0.97]));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].uri, 'mem://x.vi.txt');
    assert.match(findings[0].message, /^alignment uncertain in paragraph 1 \(3 sentences\)/);
    assert.equal(findings[0].related?.[0].uri, 'mem://x.en.txt');
  });

  it('stays silent on two unsure beads, or unsure beads apart', () => {
    assert.equal(runPair('uncertain-alignment', pairWith([0.99, 0.2, 0.3, 0.98, 0.2, 0.99, 0.1])).length, 0);
    assert.equal(runPair('uncertain-alignment', pairWith([0.99, 0.9, 0.95, 0.98, 0.97, 0.99, 0.97])).length, 0);
  });

  it('missing-translation does not report an unpaired sentence inside the unsure stretch, and does outside it', () => {
    const inside = pairWith([0.99, 0.2, 0.3, 0.4, 0.98, 0.99, 0.97], [2]);
    assert.equal(runPair('missing-translation', inside).length, 0);
    const outside = pairWith([0.99, 0.99, 0.8, 0.98, 0.98, 0.99, 0.97], [2]);
    const findings = runPair('missing-translation', outside);
    assert.equal(findings.length, 1, findings.map((f) => f.message).join('; '));
    assert.match(findings[0].message, /^1 sentence in paragraph 1 is not translated/);
  });
});
