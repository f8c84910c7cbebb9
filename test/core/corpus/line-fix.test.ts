// fixLines: the document rules' safe fixes applied to a batch of corpus lines. Property test on lines
// of the align-dev books with segmentation, spacing, doubled spaces and NFD injected at random.
import { strict as assert } from 'node:assert';
import { resolveConfig } from '../../../server/src/core/config';
import { fixLines, LINE_FIX_RULES } from '../../../server/src/core/corpus/line-fix';
import { lettersAndDigits } from '../../../server/src/core/fixes';
import { rng } from '../../../scripts/make-corpus';
import { corpusBase } from '../../support/parallel-text';

function damage(s: string, r: () => number): string {
  const words = s.split(' ');
  for (let k = 0; k < 3 && words.length > 3; k++) {
    const i = Math.floor(r() * (words.length - 1));
    if (/\p{L}$/u.test(words[i]) && /^\p{L}/u.test(words[i + 1])) words.splice(i, 2, words[i] + '_' + words[i + 1]);
  }
  let t = words.join(' ');
  if (r() < 0.5) t = t.replace(/(\p{L})([,.;:!?])/gu, '$1 $2').replace(/\(/g, '( ').replace(/\)/g, ' )');
  if (r() < 0.3) t = t.replace(' ', '   ');
  if (r() < 0.3) t = t.normalize('NFD');
  return t;
}

describe('core/corpus/line-fix', () => {
  const base = corpusBase(3000).pairs;
  const config = resolveConfig({});

  it('never changes the number of lines or a letter or digit; removes the segmentation it was given', () => {
    const r = rng(5);
    const damaged = new Set<number>();
    const input = base.map((p, i) => {
      if (r() < 0.2) {
        const d = damage(p.a, r);
        if (d !== p.a) damaged.add(i);
        return d;
      }
      return p.a;
    });
    const out = fixLines(input, { config, lang: 'vi' });
    assert.equal(out.lines.length, input.length);
    assert.deepEqual(out.refused, []);
    for (let i = 0; i < input.length; i++) {
      assert.equal(lettersAndDigits(out.lines[i]), lettersAndDigits(input[i]), `line ${i}`);
      assert.ok(!out.lines[i].includes('\n'));
      if (!out.changed.includes(i)) assert.equal(out.lines[i], input[i]);
    }
    let clean = 0;
    for (const i of damaged) {
      const l = out.lines[i];
      if (!/\p{L}_\p{L}/u.test(l) && !l.includes('  ') && l === l.normalize('NFC')) clean++;
    }
    assert.ok(clean / damaged.size > 0.95, `${clean} of ${damaged.size} damaged lines clean after the fix`);
    assert.ok(damaged.size > 300, `${damaged.size} damaged`);
    assert.ok([...damaged].filter((i) => out.changed.includes(i)).length >= damaged.size * 0.95, `${out.changed.length} changed`);
  });

  it('with segmentation kept, leaves `_` alone but still normalizes NFD; --rule narrows the fixes', () => {
    const lines = ['Chúng_tôi đã củng_cố quan_hệ với Nga.', 'Hoa\u0300 bi\u0300nh  và hữu nghị.', 'Plain line.'];
    const keep = fixLines(lines, { config: { ...config, segmentation: 'keep' }, lang: 'vi' });
    assert.equal(keep.lines[0], lines[0]);
    assert.equal(keep.lines[1], 'Hoà bình và hữu nghị.'.normalize('NFC'));
    assert.deepEqual(keep.changed, [1]);
    const onlyNfc = fixLines(lines, { config, lang: 'vi', rules: ['unicode-normalization'] });
    assert.equal(onlyNfc.lines[0], lines[0]);
    assert.equal(onlyNfc.lines[1], 'Hoà bình  và hữu nghị.'.normalize('NFC'));
    assert.ok(LINE_FIX_RULES.includes('doubled-space'));
  });

  it('skips the lines it is told to skip and leaves empty lines and plain ASCII alone', () => {
    const lines = ['a_b c_d e_f g_h', '', 'Nothing here.', 'x_y z_w u_v'];
    const out = fixLines(lines, { config, lang: 'en' }, (i) => i === 0);
    assert.equal(out.lines[0], lines[0]);
    assert.equal(out.lines[1], '');
    assert.equal(out.lines[2], 'Nothing here.');
  });
});
