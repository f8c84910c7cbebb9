import { strict as assert } from 'node:assert';
import { checkLinePair, checkLineRange, resolveLineRules } from '../../../server/src/core/corpus/engine';
import { statsFromRatios, logLengthRatio } from '../../../server/src/core/corpus/stats';
import type { LinePairInContext } from '../../../server/src/core/corpus/types';
import { linePairRules } from '../../../server/src/core/rules/corpus/index';
import { sampleText } from '../../support/shared';

const rules = resolveLineRules(linePairRules);
// Real pairs from sample 000 (its Vietnamese paragraphs and the English original).
const VI = 'Hai nhà lãnh đạo đã nhìn vào hoạt động của một sân bay phóng tên lửa.';
const EN = 'The two leaders looked at the operations of a rocket launch site.';
const VI2 = 'Họ đã thưởng thức các món bánh tiêu cua, cá tuyết và thịt bò entrecôte.';
const EN2 = 'They dined on crab dumplings, cod and beef entrecôte.';
const stats = statsFromRatios([logLengthRatio(VI, EN), logLengthRatio(VI2, EN2), ...Array.from({ length: 200 }, (_, i) => -0.15 + (i % 20) / 100)])!;

function ids(p: Partial<LinePairInContext>, withStats = true): string[] {
  const pair = { line: 0, a: VI, b: EN, langA: 'vi', langB: 'en', ...p };
  return checkLinePair(pair, rules, withStats ? stats : undefined).map((f) => `${f.rule}:${f.side}`);
}

describe('line-pair rules', () => {
  it('line-typo: an impossible Vietnamese spelling and a capital inside a word the pair spells right', () => {
    assert.deepEqual(ids({ a: 'Cô ấy ngệu nghiên cứu về tên lửa rất lâu.', b: 'She studied rockets for a long time.' }).filter((x) => x.startsWith('line-typo')), ['line-typo:a']);
    assert.deepEqual(ids({ a: 'Ông KIm Jong Un đến Nga hôm qua bằng tàu.', b: 'Mr Kim Jong Un arrived in Russia by train yesterday.' }).filter((x) => x.startsWith('line-typo')), ['line-typo:a']);
    const [finding] = checkLinePair({ line: 0, a: 'Ông KIm Jong Un đến Nga hôm qua bằng tàu.', b: 'Mr Kim Jong Un arrived in Russia by train yesterday.', langA: 'vi', langB: 'en' }, rules, stats).filter((f) => f.rule === 'line-typo');
    assert.equal(finding.message, '{A}: "KIm" has a capital inside the word; the pair writes "Kim"');
    assert.deepEqual(finding.span, { start: 4, end: 7 });
    // an acronym or brand the pair never writes otherwise, and English words, stay quiet
    assert.deepEqual(ids({ a: 'Cơ quan NASA và hãng IBMs đã ký thỏa thuận mới.', b: 'NASA and IBMs signed a new agreement.' }).filter((x) => x.startsWith('line-typo')), []);
    assert.deepEqual(ids({ a: VI, b: 'The ngeu and kiem words are not Vietnamese spelling at all here.' }).filter((x) => x.startsWith('line-typo')), []);
  });
  it('the sample texts exist', () => assert.ok(sampleText('000').text.includes('Hai nhà lãnh đạo')));
  it('a good pair has no finding', () => {
    assert.deepEqual(ids({}), []);
    assert.deepEqual(ids({ a: VI2, b: EN2 }), []);
  });
  it('line-empty: one-sided and both empty; other rules skipped', () => {
    assert.deepEqual(ids({ b: '  ' }), ['line-empty:b']);
    assert.deepEqual(ids({ a: '', b: '' }), ['line-empty:both']);
  });
  it('line-untranslated: same text, and a side in the wrong language', () => {
    assert.deepEqual(ids({ b: VI + ' ' }), ['line-untranslated:both']);
    assert.deepEqual(ids({ b: VI2 }), ['line-untranslated:b']);
    assert.deepEqual(ids({ a: EN2 }), ['line-untranslated:a']);
    // A name is the same in both languages: not a finding.
    assert.deepEqual(ids({ a: 'Vladimir Putin', b: 'Vladimir Putin' }), []);
  });
  it('line-number-mismatch', () => {
    assert.deepEqual(ids({ a: 'Nga, gần đạt ngưỡng 19 tháng trong cuộc chiến.', b: 'Russia, nearly 18 months into the war.' }), ['line-number-mismatch:both']);
    assert.deepEqual(ids({ a: 'Có 1.000 người ở đây, 3,5 tấn hàng.', b: 'There are 1,000 people here, 3.5 tonnes of goods.' }), []);
  });
  it('line-length-ratio: a truncated translation, judged against the corpus distribution', () => {
    assert.deepEqual(ids({ b: 'The two leaders' }), ['line-length-ratio:a']);
    assert.deepEqual(ids({ b: 'The two leaders' }, false), []);
  });
  it('line-segmentation: `_`-joined syllables and spaced punctuation (sample 003)', () => {
    const seg = sampleText('003').text.split('\n')[0].slice(0, 200);
    assert.deepEqual(ids({ a: seg, b: EN }).filter((x) => x.startsWith('line-segmentation')), ['line-segmentation:a']);
    assert.deepEqual(ids({ a: 'Nga , Triều và Mỹ ( CSIS ) đã gặp nhau hôm qua tại Moskva .', b: 'Russia, Korea and the US (CSIS) met yesterday in Moscow.' }), ['line-segmentation:a']);
  });
  it('line-shift: the next line pulled into this one, on one side only', () => {
    const next = { a: VI2, b: EN2 };
    assert.deepEqual(ids({ b: `${EN} ${EN2}`, next }), ['line-length-ratio:b', 'line-shift:b']);
    assert.match(checkLinePair({ line: 0, a: VI, b: `${EN} ${EN2}`, langA: 'vi', langB: 'en', next }, rules, stats)[1].message, /next line's text/);
    // The same text on both sides of the neighbour is no shift.
    assert.deepEqual(ids({ a: `${VI} ${VI2}`, b: `${EN} ${EN2}`, next }), []);
    // Without neighbours (stateless), the sentence count and the length ratio still tell.
    assert.deepEqual(ids({ b: `${EN} ${EN2}` }), ['line-length-ratio:b', 'line-shift:b']);
  });
  it('rules can be turned off and tuned by config', () => {
    const r = resolveLineRules(linePairRules, { 'line-empty': { severity: 'off' }, 'line-untranslated': { minWords: 1 } });
    assert.equal(r.some((x) => x.rule.id === 'line-empty'), false);
    const f = checkLinePair({ line: 0, a: 'Putin', b: 'Putin', langA: 'vi', langB: 'en' }, r, undefined);
    assert.deepEqual(f.map((x) => x.rule), ['line-untranslated']);
  });
  it('checkLineRange checks only the lines asked, with neighbours', () => {
    const A = [VI, VI2, VI, ''];
    const B = [`${EN} ${EN2}`, EN2, EN, EN];
    const src = { lineA: (n: number) => A[n], lineB: (n: number) => B[n], langA: 'vi', langB: 'en' };
    assert.deepEqual(checkLineRange(src, 0, 4, rules, stats).map((f) => `${f.line}:${f.rule}`), ['0:line-length-ratio', '0:line-shift', '3:line-empty']);
    assert.deepEqual(checkLineRange(src, 2, 3, rules, stats), []);
  });
  it('every rule has an id with the line- prefix, docs and a severity', () => {
    for (const r of linePairRules) {
      assert.match(r.id, /^line-[a-z-]+$/);
      assert.ok(r.docs.length > 80 && r.description.length > 20, r.id);
    }
  });
});
