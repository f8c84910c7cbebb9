// case-typo, vietnamese-orthography, unicode-normalization, doubled-word, doubled-space.
import { strict as assert } from 'node:assert';
import { sampleText } from '../../support/shared';
import { splitAtSourceLine } from '../../../server/src/core/source-line';
import { buildSide } from '../../../server/src/core/document';
import { applyEdits, lettersAndDigits } from '../../../server/src/core/fixes';
import { runSide, sideOf, textOf } from './helpers';

function sides000() {
  const { path, text } = sampleText('000');
  const split = splitAtSourceLine(text)!;
  return { vi: buildSide(path, text, split.above), en: buildSide(path, text, split.below) };
}

describe('rule case-typo', () => {
  it('finds `KIm` in 000 and offers `Kim` as an explicit fix', () => {
    const { vi, en } = sides000();
    const fs = runSide('case-typo', vi);
    assert.deepEqual(fs.map((f) => textOf(vi, f)), ['KIm']);
    assert.equal(fs[0].fixes![0].edits[0].newText, 'Kim');
    assert.equal(fs[0].fixes![0].safe, false);
    assert.equal(runSide('case-typo', en).length, 0);
  });
  it('is silent when the word is nowhere spelled right (acronyms, plurals, units)', () => {
    assert.equal(runSide('case-typo', sideOf('The TVs and CDs of the BBC run at 5 MHz; NGuyen came.')).length, 0);
    const side = sideOf('Nguyen came. Then NGuyen left.');
    assert.deepEqual(runSide('case-typo', side).map((f) => textOf(side, f)), ['NGuyen']);
  });
});

describe('rule vietnamese-orthography', () => {
  it('finds `ngệu` in 000 and nothing else there', () => {
    const { vi, en } = sides000();
    assert.deepEqual(runSide('vietnamese-orthography', vi).map((f) => textOf(vi, f)), ['ngệu']);
    assert.equal(runSide('vietnamese-orthography', en).length, 0);
  });
  it('knows the onset and stop-coda rules, and spares foreign words', () => {
    const side = sideOf('Người ta nói ngệu, kả, cảc, ghà, gế và nghỉ ngơi, kiểm tra, gì, quốc, thịt bò entrecôte ở Hong Kong.', 'vi');
    assert.deepEqual(runSide('vietnamese-orthography', side).map((f) => textOf(side, f)), ['ngệu', 'kả', 'cảc', 'ghà', 'gế']);
  });
  it('finds nothing in the 003 sample', () => {
    const { text } = sampleText('003');
    assert.equal(runSide('vietnamese-orthography', sideOf(text)).length, 0);
  });
});

describe('rule unicode-normalization', () => {
  it('finds NFD words mixed with NFC and fixes them to NFC', () => {
    const text = `Tiếng Việt ${'hội nghị thượng đỉnh'.normalize('NFD')} và hội nghị.`;
    const side = sideOf(text, 'vi');
    const fs = runSide('unicode-normalization', side);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /mixed/);
    const out = applyEdits(text, fs[0].fixes![0].edits);
    assert.equal(out, text.normalize('NFC'));
    assert.equal(fs[0].fixes![0].safe, true);
  });
  it('finds old and new tone placement mixed (`hoà` / `hòa`)', () => {
    const side = sideOf('Hòa bình và hòa hợp, khỏe mạnh, nhưng hoà giải.', 'vi');
    const fs = runSide('unicode-normalization', side);
    assert.equal(fs.length, 1);
    assert.equal(textOf(side, fs[0]), 'hoà');
    assert.equal(applyEdits(side.text, fs[0].fixes![0].edits), 'Hòa bình và hòa hợp, khỏe mạnh, nhưng hòa giải.');
  });
  it('is silent on clean NFC text (000, 003)', () => {
    for (const id of ['000', '003'] as const) assert.equal(runSide('unicode-normalization', sideOf(sampleText(id).text)).length, 0, id);
  });
});

describe('rule doubled-word', () => {
  it('finds `the the` but not `had had`, and in Vietnamese only function words', () => {
    const en = sideOf('He saw the the dog. He had had enough.', 'en');
    assert.deepEqual(runSide('doubled-word', en).map((f) => textOf(en, f)), ['the the']);
    const vi = sideOf('Trời tối dần dần, ông đi từ từ về nhà của của mình.', 'vi');
    assert.deepEqual(runSide('doubled-word', vi).map((f) => textOf(vi, f)), ['của của']);
  });
  it('offers deleting the repeat as an explicit fix only', () => {
    const en = sideOf('the the dog', 'en');
    const f = runSide('doubled-word', en)[0];
    assert.equal(f.fixes![0].safe, false);
    assert.equal(applyEdits(en.text, f.fixes![0].edits), 'the dog');
  });
});

describe('rule doubled-space', () => {
  it('finds two spaces between words and leaves indentation alone', () => {
    const side = sideOf('  Indented line.\nTwo  spaces here.', 'en');
    const fs = runSide('doubled-space', side);
    assert.equal(fs.length, 1);
    const out = applyEdits(side.text, fs[0].fixes![0].edits);
    assert.equal(out, '  Indented line.\nTwo spaces here.');
    assert.equal(lettersAndDigits(out), lettersAndDigits(side.text));
  });
});
