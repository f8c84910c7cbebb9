// vietnamese-tone on short Vietnamese texts written for the tests, with a small word list written for
// them (test/fixtures/vi-words/words.txt): a real syllable with the wrong tone or vowel mark is found
// where its neighbours make a word only with the mark changed, and correct text stays silent.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/analyze';
import { resolveConfig } from '../../../server/src/core/config';
import { fixAll } from '../../../server/src/core/fixes';
import { codeActionsFor } from '../../../server/src/core/service/code-actions';
import { isListWord, parseViWordList, syllableKey, wordsHolding } from '../../../server/src/core/vi-words';
import { repoRoot, sampleText } from '../../support/shared';
import { runSide, sideOf, textOf } from './helpers';

const viWordListText = readFileSync(join(repoRoot, 'test', 'fixtures', 'vi-words', 'words.txt'), 'utf8');
const withList = { viWordListText };

const found = (text: string, lang = 'vi', config: object = withList) => {
  const side = sideOf(text, lang);
  return runSide('vietnamese-tone', side, config).map((finding) => textOf(side, finding));
};

describe('the Vietnamese word list', () => {
  it('reads words of two to four syllables, in any case and either tone placement, and leaves the rest out', () => {
    const list = parseViWordList('# a comment\nhạ tầng\nHOÀ BÌNH\nnhà\ncơ sở hạ tầng\nmột hai ba bốn năm\nCOVID-19 vắc xin\n\n');
    assert.equal(list.size, 3);
    assert.ok(isListWord(list, ['hạ', 'tầng']));
    assert.ok(isListWord(list, ['hòa', 'bình'].map(syllableKey)), 'old tone placement folded to new');
    assert.ok(isListWord(list, ['Hoà', 'Bình'].map(syllableKey)));
    assert.ok(!isListWord(list, ['nhà']), 'one syllable: not a word of the list');
    assert.ok(!isListWord(list, ['một', 'hai', 'ba', 'bốn', 'năm']));
    assert.equal(wordsHolding(list, 'tầng'), 2);
    assert.equal(wordsHolding(list, 'bình'), 1);
  });
});

describe('vietnamese-tone', () => {
  it('finds `hạ tàng` inside `cơ sở hạ tàng` and offers `tầng`, as an explicit fix only', () => {
    const text = 'Hai bên hợp tác về đường sắt, cơ sở hạ tàng và nông nghiệp.';
    const side = sideOf(text, 'vi');
    const findings = runSide('vietnamese-tone', side, withList);
    assert.deepEqual(findings.map((finding) => textOf(side, finding)), ['tàng']);
    assert.equal(findings[0].severity, 'info');
    assert.match(findings[0].message, /"cơ sở hạ tàng" may be "cơ sở hạ tầng"/);
    const fix = findings[0].fixes![0];
    assert.equal(fix.safe, false);
    assert.equal(fix.edits[0].newText, 'tầng');
    assert.equal(fixAll(findings, text, side.uri).text, text, 'fix all leaves the word alone');
    // in the editor: a quick fix the user chooses under the cursor, never in fix all (nor on save)
    const actions = codeActionsFor(findings, side.uri, findings[0].span);
    assert.deepEqual(actions.map((action) => [action.kind, action.title, action.preferred]), [['quickfix', 'Change "tàng" to "tầng"', false]]);
  });

  it('finds it in seed 000 (`cơ sở hạ tàng`) and nothing else there', () => {
    const { path, text } = sampleText('000');
    const analysis = analyze({ form: 'one-file', a: { uri: path, text } }, resolveConfig(withList));
    const findings = analysis.findings.filter((finding) => finding.rule === 'vietnamese-tone');
    assert.deepEqual(findings.map((finding) => text.slice(finding.span.start - 9, finding.span.end)), ['cơ sở hạ tàng']);
    assert.equal(findings[0].fixes![0].edits[0].newText, 'tầng');
  });

  it('keeps the capitals of the syllable it corrects', () => {
    const side = sideOf('CƠ SỞ HẠ TÀNG CỦA TỈNH', 'vi');
    const findings = runSide('vietnamese-tone', side, withList);
    assert.deepEqual(findings.map((finding) => finding.fixes![0].edits[0].newText), ['TẦNG']);
  });

  it('a two-syllable group needs the right word elsewhere in the text', () => {
    assert.deepEqual(found('Đầu tư vào hạ tàng giao thông.'), []);
    assert.deepEqual(found('Hạ tầng giao thông còn yếu. Tỉnh đầu tư vào hạ tàng mới.'), ['tàng']);
  });

  it('is silent where the syllable is part of a word as written (`bảo tàng`, `cố gắng`)', () => {
    assert.deepEqual(found('Cơ sở bảo tàng của tỉnh. Anh ấy cũng cố gắng. Củng cố cơ sở hạ tầng.'), []);
  });

  it('is silent where a word of the list crosses the group (`cơ quan trong tỉnh`)', () => {
    // `quan trong` would be `quan trọng`, but `cơ quan` is a word: `quan` is taken
    assert.deepEqual(found('Các cơ quan trong tỉnh đều quan trọng.'), []);
  });

  it('is silent on a common syllable written on purpose (`Con lại đây`: many words hold `con`)', () => {
    assert.deepEqual(found('Phần còn lại để mai. Con lại đây với mẹ.'), []);
  });

  it('is silent on a group the text writes twice: the writer means it', () => {
    assert.deepEqual(found('Cơ sở hạ tàng là tên quán. Tôi đến cơ sở hạ tàng hôm qua.'), []);
  });

  it('is silent without a word list, and on a side that is not Vietnamese', () => {
    assert.deepEqual(found('Hai bên hợp tác về cơ sở hạ tàng.', 'vi', {}), []);
    assert.deepEqual(found('co so ha tang is not Vietnamese here, cơ sở hạ tàng aside.', 'en'), []);
  });

  it('is silent on correct text', () => {
    const text =
      'Nhà nước đầu tư xây dựng cơ sở hạ tầng giao thông. Con đường mới nối hai tỉnh. ' +
      'Các nhà lãnh đạo tuyên bố hợp tác về đường sắt và đường cao tốc. Con tàu hạ cánh an toàn? Không, đó là máy bay hạ cánh.';
    assert.deepEqual(found(text), []);
  });
});
