// Vietnamese typo checks on short texts written for the tests: case-typo, vietnamese-orthography and
// doubled-word, including the false alarms seen on real prose, which must stay silent.
import { strict as assert } from 'node:assert';
import { runSide, sideOf, textOf } from './helpers';

const found = (id: string, text: string, lang = 'vi') => {
  const side = sideOf(text, lang);
  return runSide(id, side).map((f) => textOf(side, f));
};

describe('case-typo on Vietnamese and technical text', () => {
  it('is silent on an article that writes both `MHz` and `Mhz`, and never offers to change `MHz`', () => {
    const text = 'Băng tần 900 MHz và 1800 Mhz. Máy chạy ở 2,4 GHz, còn 5 MHz là đủ. Sóng 700 Mhz sẽ được đấu giá.';
    assert.deepEqual(found('case-typo', text), []);
  });
  it('is silent on brands, units and acronym plurals even when another case is in the text', () => {
    const text = 'iPhone và Iphone, YouTube và Youtube, PhD và Phd, các TVs và Tvs, 10 kWh và 10 Kwh, pin 500 mA không có ma, Quyết định 12/QĐ-TTg, MySQL và mysql, NoSQL và nosql, TpHCM và TPHCM.';
    assert.deepEqual(found('case-typo', text), []);
  });
  it('finds `NguYễn` with only lower-case copies as evidence and offers `Nguyễn`', () => {
    const side = sideOf('Ông NguYễn Văn A đến. Họ nguyễn là họ phổ biến.', 'vi');
    const fs = runSide('case-typo', side);
    assert.deepEqual(fs.map((f) => textOf(side, f)), ['NguYễn']);
    assert.equal(fs[0].fixes![0].edits[0].newText, 'Nguyễn');
    assert.equal(fs[0].fixes![0].safe, false);
  });
  it('finds `NAtO` when the text writes `NATO` or `nato`, and offers `NATO`', () => {
    for (const other of ['NATO', 'nato']) {
      const side = sideOf(`Khối NAtO họp. Các nước ${other} đồng ý.`, 'vi');
      const fs = runSide('case-typo', side);
      assert.deepEqual(fs.map((f) => textOf(side, f)), ['NAtO'], other);
      assert.equal(fs[0].fixes![0].edits[0].newText, 'NATO');
    }
  });
  it('needs evidence: `NguYễn` alone in the text is not reported', () => {
    assert.deepEqual(found('case-typo', 'Ông NguYễn Văn A đến.'), []);
  });
});

describe('vietnamese-orthography on names and plain prose', () => {
  it('leaves names spelled with k before a/o/u alone (Hồng Kông, Bắc Kạn, Kon Tum)', () => {
    const text = 'Từ Hồng Kông về Bắc Kạn rồi lên Kon Tum, qua Krông Pắc ở Đắk Lắk và Ka Long. Hồng Kông đông người; Kạn là tên cũ.';
    assert.deepEqual(found('vietnamese-orthography', text), []);
  });
  it('still finds the same spelling in lower case (`kông`, `kạn`)', () => {
    assert.deepEqual(found('vietnamese-orthography', 'Chúng tôi kông biết, đi kạn đường.'), ['kông', 'kạn']);
  });
  it('finds misspellings without a diacritic between Vietnamese words (`kung`, `nge`)', () => {
    assert.deepEqual(found('vietnamese-orthography', 'Họ cùng nhau kung cấp hàng và nge nhạc mỗi tối.'), ['kung', 'nge']);
  });
  it('finds such a word at a line start or before punctuation, among Vietnamese words (`kon người`, `nge ,`)', () => {
    assert.deepEqual(found('vietnamese-orthography', 'kon người đi làm.\nAnh ấy nói nge , rồi đi.'), ['kon', 'nge']);
  });
  it('finds inner capitals in Vietnamese syllables missing from the lexicon (`HUế`)', () => {
    assert.deepEqual(found('case-typo', 'Về HUế thăm Huế.'), ['HUế']);
  });
  it('is silent on English words and phrases in Vietnamese text (kung fu, get, gen)', () => {
    const text = 'Phim kung fu của Lý Tiểu Long. Câu "get ready" rất quen. Bản đồ gen người.';
    assert.deepEqual(found('vietnamese-orthography', text), []);
  });
  it('finds a tone on a stop coda and the onset slips of each kind', () => {
    assert.deepEqual(found('vietnamese-orthography', 'Cô ấy hỏi cảc bạn về nghười ngồi trên gế và ngĩ ngợi.'), ['cảc', 'nghười', 'gế', 'ngĩ']);
  });
});

describe('doubled-word in Vietnamese', () => {
  it('is silent on `Phòng không không quân` and `hay không không quan trọng`', () => {
    const text = 'Quân chủng Phòng không không quân đã diễn tập. Anh đi hay không không quan trọng.';
    assert.deepEqual(found('doubled-word', text), []);
  });
  it('still finds a function word typed twice (`của của`, `được được`)', () => {
    assert.deepEqual(found('doubled-word', 'Nhà của của tôi được được sửa.'), ['của của', 'được được']);
  });
});
