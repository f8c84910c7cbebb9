// segmenter-error and `fix --segmentation keep` on short segmented texts written for the tests: the
// false alarms seen on hand-segmented treebanks stay silent, real glued names are split completely.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/core/fixes';
import { resolveConfig } from '../../../server/src/core/config';
import { fixLines } from '../../../server/src/core/corpus/line-fix';
import { runSide, sideOf, textOf } from './helpers';

const found = (text: string) => {
  const side = sideOf(text, 'vi');
  return runSide('segmenter-error', side).map((f) => textOf(side, f));
};
const fixed = (text: string) => {
  const side = sideOf(text, 'vi');
  return applyEdits(text, runSide('segmenter-error', side).flatMap((f) => f.fixes![0].edits));
};

describe('segmenter-error stays silent on correct segmentation', () => {
  it('leaves organisation names, titles and place names alone even when their first syllable stands free', () => {
    const text = [
      'Toà_án nhân_dân tỉnh đã xử vụ_án . Ông Bộ nói với Viện . Lãnh_đạo của Bộ .',
      'Theo Hiến_pháp , Viện_kiểm_sát nhân_dân kiểm_sát việc tuân_theo pháp_luật .',
      'Bộ_trưởng Bộ Y_tế thăm Trung_Quốc . Anh Trung nói , còn chị Quốc cười .',
      'Đoàn đến TP_HCM hôm_qua . Anh Hiến cũng đi . Hiến_pháp năm 1946 được thông_qua .',
    ].join('\n');
    assert.deepEqual(found(text), []);
  });
  it('does not take a capital at a sentence start as a name (`Người_dân`, `Năm_ngoái`, `Nhất_là`)', () => {
    const text = 'Năm nay trời lạnh . Ông nói rằng Năm_ngoái thì khác .\nNgười_dân rất vui . Nhất_là trẻ_em . Anh Người đến .';
    assert.deepEqual(found(text), []);
  });
  it('leaves `Phòng_không` and `Hàng_không` alone (không continues words)', () => {
    assert.deepEqual(found('Quân_chủng Phòng_không - Không_quân diễn_tập . Hãng Hàng_không quốc_gia bay . Anh Phòng không đến .'), []);
  });
  it('needs a name, not just a capital, before a syllable the text joins to the next word (`Tổng_cục thuế`)', () => {
    assert.deepEqual(found('Các cục_thuế địa_phương báo_cáo . Theo Tổng_cục thuế đã tăng .'), []);
  });
  it('leaves an acronym before a word alone (`UBND_tỉnh`), even when the word stands free elsewhere', () => {
    assert.deepEqual(found('Theo UBND , tỉnh đã họp . Sau đó UBND_tỉnh đã quyết_định .'), []);
  });
  it('leaves a join the text repeats alone (`Quốc_hội đã`), though `Quốc` is a name and `hội đã` is written elsewhere', () => {
    const text = 'Anh Quốc nói , hội đã họp . Quốc_hội đã thông_qua luật . Sau đó Quốc_hội đã bế_mạc .';
    assert.deepEqual(found(text), []);
  });
  it('is silent on news segmented with names and institutions joined', () => {
    const text = [
      'Thủ_tướng Nguyễn_Xuân_Phúc đã gặp Bộ_trưởng Bộ Ngoại_giao , ông Phúc cho_biết .',
      'Phó_Thủ_tướng Vũ_Đức_Đam nói Chính_phủ sẽ hỗ_trợ Ủy_ban nhân_dân TP_HCM .',
      'Sở Giáo_dục và Đào_tạo Hà_Nội cùng Tập_đoàn Điện_lực Việt_Nam ( EVN ) họp .',
      'Đảng_Cộng_sản Việt_Nam và Nhà_nước quan_tâm , Quốc_hội đã thông_qua Luật Đất_đai .',
      'Anh Hà nói , chị Minh cười ; Hà_Nội và Thành_phố Hồ_Chí_Minh đều mưa .',
    ].join('\n');
    assert.deepEqual(found(text), []);
  });
  it('leaves titles after `ông`/`bà` alone (`ông Tổng_giám_đốc`, `bà Phó_chủ_tịch`)', () => {
    assert.deepEqual(found('Hôm_qua ông Tổng_giám_đốc và bà Phó_chủ_tịch đã đến .'), []);
  });
  it('leaves a word the text also writes in lower case alone (`Tổng_thống` / `tổng_thống`)', () => {
    assert.deepEqual(found('Ông Tổng gặp dân . Hôm_nay Tổng_thống đến . Các tổng_thống họp .'), []);
  });
});

describe('segmenter-error finds names glued to what follows', () => {
  it('splits a free name from a function word (`Kim_là`) and a foreign name from words (`Moskva_trợ_giúp`)', () => {
    const text = 'Ông Kim đến . Hôm_nay ông Kim_là khách . Moskva đồng_ý , và Moskva_trợ_giúp họ .';
    assert.deepEqual(found(text), ['Kim_là', 'Moskva_trợ_giúp']);
    assert.equal(fixed(text), 'Ông Kim đến . Hôm_nay ông Kim là khách . Moskva đồng_ý , và Moskva trợ_giúp họ .');
  });
  it('splits completely where the text says: `Thanh được vay vốn`, or `Thanh được vay_vốn`', () => {
    const apart = 'Chị Thanh về quê . Anh Nam được vay vốn ngân_hàng . Ông Thanh_được_vay_vốn ưu_đãi .';
    assert.equal(fixed(apart), 'Chị Thanh về quê . Anh Nam được vay vốn ngân_hàng . Ông Thanh được vay vốn ưu_đãi .');
    const joined = 'Chị Thanh về quê . Nhiều hộ cần vay_vốn . Ông Thanh_được_vay_vốn ưu_đãi .';
    assert.equal(fixed(joined), 'Chị Thanh về quê . Nhiều hộ cần vay_vốn . Ông Thanh được vay_vốn ưu_đãi .');
  });
  it('moves the join when a name took the first syllable of the next word (`Nam_vô cùng` -> `Nam vô_cùng`)', () => {
    const text = 'Trời vô_cùng lạnh , anh Nam nói . Nhưng Nam_vô cùng sợ vợ biết chuyện .';
    assert.deepEqual(found(text), ['Nam_vô cùng']);
    assert.equal(fixed(text), 'Trời vô_cùng lạnh , anh Nam nói . Nhưng Nam vô_cùng sợ vợ biết chuyện .');
  });
  it('splits two names the text writes free (`Triều_Tiên_Kim_Jong-un`), and a name after a title (`ông Kim_thất_vọng`)', () => {
    const text = 'Theo Triều_Tiên , Kim_Jong-un đã đến . Lãnh_đạo Triều_Tiên_Kim_Jong-un phát_biểu , ông Kim và Nga ký . Năm 2019 , ông Kim_thất_vọng trở về .';
    assert.deepEqual(found(text), ['Triều_Tiên_Kim_Jong-un', 'Kim_thất_vọng']);
    assert.equal(fixed(text), 'Theo Triều_Tiên , Kim_Jong-un đã đến . Lãnh_đạo Triều_Tiên Kim_Jong-un phát_biểu , ông Kim và Nga ký . Năm 2019 , ông Kim thất_vọng trở về .');
  });
  it('keeps two syllables that make no Vietnamese word out of the foreign-name path (`Tr’_hy`)', () => {
    assert.deepEqual(found('Anh ấy ở xã Tr’_hy , huyện Tây_Giang .'), []);
  });
});

describe('fix --segmentation keep on a line-aligned corpus', () => {
  const keep = { config: resolveConfig({ segmentation: 'keep' }), lang: 'vi' as const };
  it('changes no line of correctly segmented text', () => {
    const lines = [
      'Toà_án nhân_dân tối_cao họp tại Hà_Nội .',
      'Bộ_trưởng Bộ Y_tế thăm Trung_Quốc và TP_HCM .',
      'Anh Trung nói với chị Quốc , còn Bộ cũng đồng_ý .',
      'Viện_kiểm_sát nhân_dân tỉnh đã truy_tố .',
    ];
    const r = fixLines(lines, keep);
    assert.deepEqual(r.changed, []);
    assert.deepEqual(r.lines, lines);
  });
  it('repairs a glued name with evidence from the other lines, and keeps every other `_`', () => {
    const lines = ['Ông Kim nói .', 'Hôm_nay ông Kim_là khách_mời .', 'Trời vô_cùng lạnh , chị Nam nói .', 'Nhưng Nam_vô cùng sợ .'];
    const r = fixLines(lines, keep);
    assert.deepEqual(r.lines, ['Ông Kim nói .', 'Hôm_nay ông Kim là khách_mời .', 'Trời vô_cùng lạnh , chị Nam nói .', 'Nhưng Nam vô_cùng sợ .']);
    assert.deepEqual(r.changed, [1, 3]);
  });
});
