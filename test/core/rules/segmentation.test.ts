// segmentation-underscore, segmenter-error, spaced-punctuation, single-line-document: on sample 003
// (word-segmenter output on one line) and on small texts written for the cases.
import { strict as assert } from 'node:assert';
import { sampleText } from '../../support/shared';
import { applyEdits, fixAll, lettersAndDigits } from '../../../server/src/core/fixes';
import { runSideRules } from '../../../server/src/core/run-rules';
import { resolveConfig } from '../../../server/src/core/config';
import { runSide, sideOf, textOf } from './helpers';

const s003 = () => {
  const { path, text } = sampleText('003');
  return sideOf(text, undefined, path);
};

describe('rule segmentation-underscore', () => {
  it('reports the segmented 003 once, with a fix that removes every `_` and keeps the letters', () => {
    const side = s003();
    const fs = runSide('segmentation-underscore', side);
    assert.equal(fs.length, 1);
    assert.ok(Number(fs[0].data?.count) > 400, String(fs[0].data?.count));
    const out = applyEdits(side.text, fs[0].fixes![0].edits);
    assert.ok(!out.includes('_'));
    assert.equal(lettersAndDigits(out), lettersAndDigits(side.text));
    assert.ok(out.includes('sau 4 năm, dường như') && out.includes('Ảnh: KCNA'), 'comma and colon spacing restored');
    assert.ok(out.includes('(CSIS)'), 'brackets hug');
    assert.ok(out.includes('"người đối thoại thú vị"'), 'paired quotes hug their content');
    assert.ok(out.includes('ông Kim là "người'), 'segmenter error split by the same fix');
  });
  it('stays silent with segmentation "keep", on plain text, and on snake_case identifiers in prose', () => {
    assert.equal(runSide('segmentation-underscore', s003(), { segmentation: 'keep' }).length, 0);
    assert.equal(runSide('segmentation-underscore', sideOf('Một câu bình thường, không có gạch dưới nào cả.')).length, 0);
    assert.equal(runSide('segmentation-underscore', sideOf('Set max_length in config_file.json and read https://x.org/a_b_c then.')).length, 0);
  });
});

describe('rule segmenter-error', () => {
  const found = () => {
    const side = s003();
    return runSide('segmenter-error', side).map((f) => textOf(side, f));
  };
  it('finds the four errors formats.md names in 003, and the other glued names', () => {
    const got = found();
    for (const e of ['Kim_là', 'Moskva_trợ_giúp', 'Triều_Tiên_Kim_Jong-un', 'Kim_thất_vọng', 'Triều_Tiên_sở_hữu_vũ_khí', 'Triều_Tiên_tái', 'Triều_xích', 'Triều_Tiên_KCNA']) {
      assert.ok(got.includes(e), `${e} not found in ${got.join(' ')}`);
    }
  });
  it('leaves real names and words alone', () => {
    const got = found();
    for (const ok of ['Triều_Tiên', 'Kim_Jong-un', 'Bình_Nhưỡng', 'Liên_Hợp_Quốc', 'Tổng_thống', 'Công_giáo_Mỹ', 'Vladimir_Putin', 'Victor_Cha', 'Joe_Biden']) {
      assert.ok(!got.includes(ok), `${ok} reported`);
    }
  });
  it('fixes only the `_` at the cut', () => {
    const side = sideOf('Ông Kim đến . Hôm_nay ông Kim_là khách . Moskva đồng_ý , và Moskva_trợ_giúp họ .', 'vi');
    const fs = runSide('segmenter-error', side);
    const out = applyEdits(side.text, fs.flatMap((f) => f.fixes![0].edits));
    assert.equal(out, 'Ông Kim đến . Hôm_nay ông Kim là khách . Moskva đồng_ý , và Moskva trợ_giúp họ .');
  });
  it('does not take a capital at the start of a sentence as evidence of a name', () => {
    const side = sideOf('Năm nay trời lạnh . Ông nói rằng Năm_ngoái thì khác .', 'vi');
    assert.deepEqual(runSide('segmenter-error', side).map((f) => textOf(side, f)), []);
  });
  it('with segmentation "keep", fix all on 003 changes only the segmenter errors, and only `_` and spaces', () => {
    const side = s003();
    const findings = runSideRules(side, resolveConfig({ segmentation: 'keep' }));
    const { text } = fixAll(findings, side.text, side.uri);
    assert.notEqual(text, side.text);
    assert.equal(text.length, side.text.length);
    const changed: number[] = [];
    for (let i = 0; i < text.length; i++) if (text[i] !== side.text[i]) changed.push(i);
    // every changed character lies in the edit of a segmenter-error finding, and is `_` <-> ' '
    const edits = runSide('segmenter-error', side).flatMap((f) => f.fixes![0].edits);
    assert.ok(changed.every((i) => edits.some((e) => e.start <= i && i < e.end)));
    assert.ok(changed.every((i) => (side.text[i] === '_' && text[i] === ' ') || (side.text[i] === ' ' && text[i] === '_')));
    assert.ok(text.includes('Triều_Tiên sở_hữu vũ_khí') && text.includes('ông Kim là') && text.includes('Moskva trợ_giúp'));
  });
});

describe('rule spaced-punctuation', () => {
  it('reports and fixes each stray space in a short text', () => {
    const side = sideOf('Nga , Triều và ( CSIS ) nói : " người đối thoại " . Xong !', 'vi');
    const fs = runSide('spaced-punctuation', side);
    const out = applyEdits(side.text, fs.flatMap((f) => f.fixes![0].edits));
    assert.equal(out, 'Nga, Triều và (CSIS) nói: "người đối thoại". Xong!');
  });
  it('summarises 003 in one finding', () => {
    const fs = runSide('spaced-punctuation', s003());
    assert.equal(fs.length, 1);
    assert.ok(Number(fs[0].data?.count) > 100);
  });
  it('leaves normal spacing, dashes, ellipses in words, decimals and French spacing alone', () => {
    for (const t of ['Nga - Triều, (CSIS) and "quoted" text.', 'He said: "yes". Then .5 of it, 3.5 kg.', 'Il a dit : « oui » ; vraiment ?']) {
      const lang = t.startsWith('Il') ? 'fr' : 'en';
      assert.deepEqual(runSide('spaced-punctuation', sideOf(t, lang)).map((f) => f.message), [], t);
    }
  });
  it('stays silent on segmented text kept as such', () => {
    assert.equal(runSide('spaced-punctuation', s003(), { segmentation: 'keep' }).length, 0);
  });
});

describe('rule single-line-document', () => {
  it('reports 003 (a whole article on one line) with an explicit split fix that keeps every letter', () => {
    const side = s003();
    const fs = runSide('single-line-document', side);
    assert.equal(fs.length, 1);
    const fix = fs[0].fixes![0];
    assert.equal(fix.safe, false);
    const out = applyEdits(side.text, fix.edits);
    assert.ok(out.split('\n').length > 30);
    assert.equal(lettersAndDigits(out), lettersAndDigits(side.text));
  });
  it('does not report a text with one paragraph per line (000)', () => {
    const { text } = sampleText('000');
    assert.equal(runSide('single-line-document', sideOf(text)).length, 0);
  });
});
