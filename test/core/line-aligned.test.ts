import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { resolveConfig } from '../../server/src/core/config';

const vi = ['Xin chào thế giới.', 'Tôi có 3 con mèo.', '', 'Hôm nay trời đẹp.', 'Cảm ơn bạn rất nhiều.'].join('\r\n') + '\r\n';
const en = ['Hello world.', 'I have 4 cats.', 'The weather is nice today.', 'The weather is nice today.', 'Thank you very much.'].join('\r\n') + '\r\n';

describe('line-aligned corpus as documents', () => {
  const result = analyze({ form: 'line-aligned', a: { uri: 'train.vi', text: vi }, b: { uri: 'train.en', text: en } }, resolveConfig({}));

  it('pairs line N with line N, empty lines included', () => {
    assert.equal(result.pair?.sentenceBeads.length, 5);
    assert.deepEqual(result.pair?.sentenceBeads[2], { a: [2], b: [2], confidence: 1 });
  });

  it('runs the line-pair rules and points at the right line (CRLF kept)', () => {
    const empty = result.findings.find((f) => f.rule === 'line-empty');
    assert.ok(empty, JSON.stringify(result.findings.map((f) => f.rule)));
    assert.equal(empty.uri, 'train.vi');
    assert.equal(empty.data?.line, 2);
    const num = result.findings.find((f) => f.rule === 'line-number-mismatch');
    assert.ok(num);
    const side = num.uri === 'train.vi' ? vi : en;
    assert.equal(side.slice(num.span.start, num.span.end).includes(num.uri === 'train.vi' ? '3' : '4'), true);
  });

  it('turns a rule off from config', () => {
    const off = analyze({ form: 'line-aligned', a: { uri: 'a', text: vi }, b: { uri: 'b', text: en } }, resolveConfig({ rules: { 'line-empty': { severity: 'off' } } }));
    assert.equal(off.findings.some((f) => f.rule === 'line-empty'), false);
  });
});
