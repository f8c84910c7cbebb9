// The one number module (rules/support/numbers.ts), shared by number-mismatch and line-number-mismatch:
// the side's language picks the reading of an ambiguous `1.500` / `1,500`.
import { strict as assert } from 'node:assert';
import { compareNumbers, extractNumbers, readings } from '../../../server/src/core/rules/support/numbers';
import { getRule } from '../../../server/src/core/rules';
import type { LinePairRule } from '../../../server/src/core/rules/rule';
import { runPair, pairOf } from './helpers';

describe('numbers: readings by language', () => {
  it('1.500 is 1500 in Vietnamese and Hungarian, 1.5 in English, both when the language is unknown', () => {
    assert.deepEqual(readings('1.500', 'vi').values, ['1500']);
    assert.deepEqual(readings('1.500', 'hu').values, ['1500']);
    assert.deepEqual(readings('1.500', 'en').values, ['1.5']);
    assert.deepEqual(readings('1,500', 'en').values, ['1500']);
    assert.deepEqual(readings('1,500', 'vi').values, ['1.5']);
    assert.deepEqual(readings('1.500').values.sort(), ['1.5', '1500']);
  });
  it('a reading the language cannot have is not forced: 3,5 and 1.234.567 and 1.234,5 read alike everywhere', () => {
    for (const lang of ['vi', 'en', undefined]) {
      assert.deepEqual(readings('3,5', lang).values, ['3.5']);
      assert.deepEqual(readings('1.234.567', lang).values, ['1234567']);
      assert.deepEqual(readings('1.234,5', lang).values, ['1234.5']);
    }
  });
  it('compares with the languages of the two sides', () => {
    const cmp = (a: string, la: string, b: string, lb: string) => compareNumbers(extractNumbers(a, { lang: la }), extractNumbers(b, { lang: lb })).onlyA.map((t) => t.text);
    assert.deepEqual(cmp('giá 1.500 đồng', 'vi', 'price 1,500 dong', 'en'), []);
    assert.deepEqual(cmp('giá 1.500 đồng', 'vi', 'price 1.5 dong', 'en'), ['1.500']);
    assert.deepEqual(cmp('giá 1.500 đồng', 'und', 'price 1.5 dong', 'und'), [], 'unknown languages keep both readings');
  });
  it('skips code and glued words, keeps units, ordinals and a lower-case prefix (`end-2004`)', () => {
    assert.deepEqual(extractNumbers('COVID-19 and G22, mp3 and 1ittle; 5km, 19th, end-2004.').map((t) => t.text), ['5', '19', '2004']);
  });
});

describe('number-mismatch and line-number-mismatch use the side language', () => {
  it('pair rule: Vietnamese 1.500 against English 1.5 is a mismatch, against 1,500 it is not', () => {
    const check = (vi: string, en: string) => runPair('number-mismatch', pairOf(vi, en, [[[0], [0]]], { langA: 'vi', langB: 'en', translation: 'a' })).length;
    assert.equal(check('Giá là 1.500 đồng một cái.', 'The price is 1,500 dong each.'), 0);
    assert.equal(check('Giá là 1.500 đồng một cái.', 'The price is 1.5 dong each.'), 1);
  });
  it('a clock time matches its hours and minutes (`7.30 a.m.` = `7 giờ 30`)', () => {
    const check = (vi: string, en: string) => runPair('number-mismatch', pairOf(vi, en, [[[0], [0]]], { langA: 'vi', langB: 'en', translation: 'a' })).map((f) => f.message);
    assert.deepEqual(check('Phòng mở cửa từ 7 giờ 30 sáng đến 9 giờ tối.', 'It is open from 7.30 a.m. to 9 p.m.'), []);
    assert.equal(check('Phòng mở cửa từ 7 giờ 45 sáng đến 9 giờ tối.', 'It is open from 7.30 a.m. to 9 p.m.').length, 1);
  });
  it('a clock time written as 7h30, 7 giờ 30 phút, on a 24-hour clock, or "in the morning" matches its 12-hour form', () => {
    const check = (vi: string, en: string) => runPair('number-mismatch', pairOf(vi, en, [[[0], [0]]], { langA: 'vi', langB: 'en', translation: 'a' })).map((f) => f.message);
    assert.deepEqual(check('Tàu chạy lúc 7 giờ 30 phút sáng mỗi ngày.', 'The train leaves at 7.30 in the morning every day.'), []);
    assert.deepEqual(check('Tàu chạy lúc 19 giờ 45 mỗi ngày.', 'The train leaves at 7.45 p.m. every day.'), []);
    assert.deepEqual(check('Tàu chạy lúc 7h30 mỗi ngày.', 'The train leaves at 7.30am every day.'), []);
    assert.deepEqual(check('Tàu chạy lúc 21 giờ mỗi ngày.', 'The train leaves at 9 p.m. every day.'), []);
    // a different time is still a mismatch, whichever way it is written
    assert.equal(check('Tàu chạy lúc 8h30 mỗi ngày.', 'The train leaves at 7.30am every day.').length, 1);
    assert.equal(check('Tàu chạy lúc 18 giờ 45 mỗi ngày.', 'The train leaves at 7.45 p.m. every day.').length, 1);
    assert.equal(check('Giá tăng 7,5 phần trăm trong năm.', 'Prices rose 7.30 percent in the year.').length, 1);
  });
  it('corpus rule: the same with the line pair languages', () => {
    const rule = getRule('line-number-mismatch') as LinePairRule;
    const run = (a: string, b: string) => rule.checkLine!({ line: 0, a, b, langA: 'vi', langB: 'en' }, { skipOutline: true }, undefined);
    assert.equal(run('Giá là 1.500 đồng một cái.', 'The price is 1,500 dong each.').length, 0);
    assert.equal(run('Giá là 1.500 đồng một cái.', 'The price is 1.5 dong each.').length, 1);
  });
});
