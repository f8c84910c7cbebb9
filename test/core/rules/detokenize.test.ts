// Remove mode (`fix --segmentation remove`): segmenter output comes back as raw text, the way a
// detokenizer restores it, on short texts written for the tests.
import { strict as assert } from 'node:assert';
import { applyEdits, fixAll, lettersAndDigits } from '../../../server/src/core/fixes';
import { runSideRules } from '../../../server/src/core/run-rules';
import { resolveConfig } from '../../../server/src/core/config';
import { fixLines } from '../../../server/src/core/corpus/line-fix';
import { runSide, sideOf } from './helpers';

const removed = (text: string) => {
  const side = sideOf(text, 'vi');
  const fs = runSide('segmentation-underscore', side);
  assert.equal(fs.length, 1, 'the text is segmenter output');
  const out = applyEdits(text, fs[0].fixes![0].edits);
  assert.equal(lettersAndDigits(out), lettersAndDigits(text), 'no letter or digit changes');
  return out;
};

describe('remove mode detokenizes segmenter output', () => {
  it('removes `_` in tokens with digits or marks (`Hiến_pháp_1946`, `dịch_Covid-19`, `GMT_+7`)', () => {
    assert.equal(
      removed('Theo Hiến_pháp_1946 , trong dịch_Covid-19 lúc 9 giờ ( GMT_+7 ) các cơ_quan đã họp .'),
      'Theo Hiến pháp 1946, trong dịch Covid-19 lúc 9 giờ (GMT+7) các cơ quan đã họp.',
    );
  });
  it('joins numbers the segmenter joined with marks (`3,_5`, `25_._000`, `8_–_2003`, `100_%`)', () => {
    assert.equal(removed('Giá_cả tăng 3,_5 lần , từ 25_._000 đồng , tháng 8_–_2003 , đạt 100_% kế_hoạch .'), 'Giá cả tăng 3,5 lần, từ 25.000 đồng, tháng 8–2003, đạt 100% kế hoạch.');
  });
  it('restores the tokeniser spacing of `đồng / kg`, `GD & ĐT`, `5 %`, dates and ellipses', () => {
    assert.equal(
      removed('Giá_lợn 50.000 đồng / kg , tăng 5 % ; Bộ GD & ĐT và công_ty Xây_lắp & vật_tư họp ngày 21 - 3 – 2004 rồi ...'),
      'Giá lợn 50.000 đồng/kg, tăng 5%; Bộ GD&ĐT và công ty Xây lắp & vật tư họp ngày 21-3–2004 rồi...',
    );
  });
  it('hugs a quotation mark left unpaired on its line', () => {
    const out = removed('Ông nhắc_đi_nhắc_lại : " Coi_bộ nhỏ nhưng quan_trọng lắm !\nÀ , mà chuyện đó cũ hết rồi ... " .');
    assert.equal(out, 'Ông nhắc đi nhắc lại: "Coi bộ nhỏ nhưng quan trọng lắm!\nÀ, mà chuyện đó cũ hết rồi...".');
  });
  it('works line by line on a corpus, and leaves links, paths and file names alone', () => {
    const lines = ['Xem https://vi.wikipedia.org/wiki/Hiến_pháp_1946 và tệp bao_cao_2024.txt nhé .', 'Tỷ_lệ đạt 5 % , giá 3 USD / kg .', 'Hôm_nay thị_trường sôi_động .'];
    const r = fixLines(lines, { config: resolveConfig({ segmentation: 'remove' }), lang: 'vi' });
    assert.equal(r.lines[0], 'Xem https://vi.wikipedia.org/wiki/Hiến_pháp_1946 và tệp bao_cao_2024.txt nhé.');
    assert.equal(r.lines[1], 'Tỷ lệ đạt 5%, giá 3 USD/kg.');
  });
  it('does not detokenize ordinary text: `A / B` and `Johnson & Johnson` stay as written', () => {
    const text = 'The ratio A / B is 5 % lower at Johnson & Johnson, says the report.';
    const side = sideOf(text, 'en');
    const { text: out } = fixAll(runSideRules(side, resolveConfig({})), text, side.uri);
    assert.equal(out, text);
  });
});
