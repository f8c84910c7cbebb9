// Sample 000 through the whole pipeline (pairing split, segmentation, the aligner, the rules): what
// issue 4 expects of it. Unlike pair-rules.test.ts (hand-made beads), this depends on the aligner.
import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import { resolveConfig } from '../../../server/src/core/config';
import { sampleText } from '../../support/shared';

describe('rules on 000 through analyze()', () => {
  const { path, text } = sampleText('000');
  const an = analyze({ form: 'one-file', a: { uri: path, text } }, resolveConfig({}));
  const of = (id: string) => an.findings.filter((f) => f.rule === id);
  const at = (f: { span: { start: number; end: number } }) => text.slice(f.span.start, f.span.end);

  it('finds KIm, ngệu and the truncated last sentence', () => {
    assert.deepEqual(of('case-typo').map(at), ['KIm']);
    assert.deepEqual(of('vietnamese-orthography').map(at), ['ngệu']);
    assert.deepEqual(of('truncated-translation').map(at), ['khi']);
  });
  it('names the extra text by kind', () => {
    assert.deepEqual(
      of('extra-text').map((f) => f.data?.kind),
      ['title', 'hashtag line', 'byline', 'web boilerplate', 'web boilerplate'],
    );
  });
  it('one missing-translation finding for the English paragraphs at the end, no number-mismatch', () => {
    const m = of('missing-translation');
    assert.equal(m.length, 1, an.findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
    assert.equal(m[0].message, '16 paragraphs at the end are not translated');
    // the same 16 paragraphs, as truncated-translation counts what is left (byline and boilerplate aside)
    assert.match(of('truncated-translation')[0].message, /; the original goes on for 24 more sentences: 1 in the same paragraph, then 16 whole paragraphs \(see missing-translation\)$/);
    assert.deepEqual(of('number-mismatch').map((f) => f.message), []);
  });
});
