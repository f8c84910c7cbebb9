// The same pair written three ways (LF + NFC, CRLF, decomposed Unicode) must give the same alignment
// and the same findings, with every offset still pointing at the same words in its own text.
import { strict as assert } from 'node:assert';
import { analyze, type Analysis } from '../../server/src/core/analyze';
import { resolveConfig } from '../../server/src/core/config';
import { sampleText } from '../support/shared';

function run(text: string): Analysis {
  return analyze({ form: 'one-file', a: { uri: '000.txt', text } }, resolveConfig({}));
}

const words = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('analysis is the same for CRLF and decomposed text', () => {
  const { text } = sampleText('000');
  const base = run(text);
  const variants: [string, string][] = [
    ['CRLF', text.replace(/\n/g, '\r\n')],
    ['NFD', text.normalize('NFD')],
    ['CRLF + NFD', text.replace(/\n/g, '\r\n').normalize('NFD')],
  ];

  it('aligns the 000 sample (sanity: two sides, beads on both levels)', () => {
    assert.equal(base.sides.length, 2);
    assert.ok(base.pair && base.pair.paragraphBeads.length > 30 && base.pair.sentenceBeads.length > 50);
  });

  for (const [name, variant] of variants) {
    it(`${name}: same beads, same findings at the same words`, () => {
      const r = run(variant);
      assert.deepEqual(
        r.pair!.paragraphBeads.map((b) => [b.a, b.b]),
        base.pair!.paragraphBeads.map((b) => [b.a, b.b]),
      );
      assert.deepEqual(
        r.pair!.sentenceBeads.map((b) => [b.a, b.b]),
        base.pair!.sentenceBeads.map((b) => [b.a, b.b]),
      );
      // unicode-normalization legitimately fires on NFD text; everything else must match.
      const key = (a: Analysis, t: string) =>
        a.findings.filter((f) => f.rule !== 'unicode-normalization').map((f) => `${f.rule}@${words(t.slice(f.span.start, f.span.end)).slice(0, 40)}`).sort();
      assert.deepEqual(key(r, variant), key(base, text));
    });
  }

  it('flags the decomposed text as not NFC', () => {
    assert.ok(run(text.normalize('NFD')).findings.some((f) => f.rule === 'unicode-normalization'));
  });
});
