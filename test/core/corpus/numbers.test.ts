import { strict as assert } from 'node:assert';
import { compareNumbers, extractNumbers } from '../../../server/src/core/corpus/numbers';

const mismatch = (a: string, b: string) => {
  const r = compareNumbers(extractNumbers(a, { skipOutline: true }), extractNumbers(b, { skipOutline: true }));
  return { onlyA: r.onlyA.map((t) => t.text), onlyB: r.onlyB.map((t) => t.text) };
};

describe('corpus numbers (locale-aware)', () => {
  it('matches 1.000 with 1,000 and 3,5 with 3.5 across locales', () => {
    assert.deepEqual(mismatch('Có 1.000 người và 3,5 tấn hàng.', 'There are 1,000 people and 3.5 tonnes of goods.'), { onlyA: [], onlyB: [] });
  });
  it('reports a changed number on the side that has it', () => {
    assert.deepEqual(mismatch('Nga, gần đạt ngưỡng 19 tháng trong cuộc chiến', 'Russia, nearly 18 months into the war'), { onlyA: ['19'], onlyB: ['18'] });
  });
  it('reads an ambiguous token both ways, and only those ways', () => {
    assert.deepEqual(mismatch('giá 1,5 triệu', 'price 1.5 million').onlyA, []);
    // 1.500 is 1500 (grouping) or 1.5 (decimal), never 15.
    assert.deepEqual(mismatch('giá 1.500 đồng', 'price 1,500 dong').onlyA, []);
    assert.deepEqual(mismatch('giá 1.500 đồng', 'price 15 dong').onlyA, ['1.500']);
  });
  it('keeps ordinals (50th = 50.) and skips numbers glued to letters and heading labels', () => {
    assert.deepEqual(mismatch('50. Velencei Biennálé', '50th Venice Biennale'), { onlyA: [], onlyB: [] });
    assert.deepEqual(mismatch('Major bírálta a G22 résztvevőket', 'Major chastised G-22 participants'), { onlyA: [], onlyB: [] });
    assert.deepEqual(mismatch('Első fejezet', '1.1 CHAPTER I'), { onlyA: [], onlyB: [] });
  });
  it('compares dates as written', () => {
    assert.deepEqual(mismatch('ngày 10/9 lúc 12.05.2020', 'on 10/9 at 12.05.2020'), { onlyA: [], onlyB: [] });
    assert.deepEqual(mismatch('ngày 12.05.2020', 'on 12.06.2020').onlyA, ['12.05.2020']);
  });
});
