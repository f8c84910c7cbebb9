import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLang, guessLineLang } from '../../server/src/core/lang';
import { repoRoot, sampleText } from '../support/shared';

function sides000() {
  const { text } = sampleText('000');
  const m = /^Nguồn:.*$/m.exec(text);
  assert.ok(m);
  return { text, vi: { start: 0, end: m.index }, en: { start: m.index + m[0].length, end: text.length } };
}

describe('detectLang', () => {
  it('tells the two sides of 000 apart (vi above the source line, en below)', () => {
    const { text, vi, en } = sides000();
    assert.equal(detectLang(text, vi), 'vi');
    assert.equal(detectLang(text, en), 'en');
  });

  it('Vietnamese in NFD form', () => {
    const { text, vi } = sides000();
    const nfd = text.slice(vi.start, vi.end).normalize('NFD');
    assert.equal(detectLang(nfd), 'vi');
  });

  it('word-segmented Vietnamese (003)', () => {
    assert.equal(detectLang(sampleText('003').text), 'vi');
    assert.equal(detectLang('Ông Kim_Jong-un sẽ gặp Tổng_thống Putin để củng_cố quan_hệ .'), 'vi');
  });

  it('Vietnamese typed without diacritics', () => {
    assert.equal(detectLang('Toi khong biet la nguoi ta co den hay khong, nhung ong ay da noi se den trong nam nay.'), 'vi');
  });

  it('Hungarian and English of a short story written for the tests', () => {
    const story = (file: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'hu-en', file), 'utf8');
    assert.equal(detectLang(story('story.hu.txt')), 'hu');
    assert.equal(detectLang(story('story.en.txt')), 'en');
  });

  it('other scripts and languages told cheaply', () => {
    assert.equal(detectLang('Президент России встретился с лидером Северной Кореи на космодроме.'), 'ru');
    assert.equal(detectLang('今日は良い天気ですね。散歩に行きましょう。'), 'ja');
    assert.equal(detectLang('两国领导人在远东航天发射场举行了会谈。'), 'zh');
    assert.equal(detectLang('두 정상은 우주기지에서 회담을 가졌습니다.'), 'ko');
    assert.equal(detectLang('Le président russe a rencontré le dirigeant nord-coréen dans un cosmodrome de la région.'), 'fr');
    assert.equal(detectLang('Der russische Präsident hat sich mit dem Machthaber getroffen, und es wird nicht das letzte Mal sein.'), 'de');
  });

  it("'und' when too short or without letters", () => {
    for (const t of ['', 'Hello', '12345 67890 !!!', '   \n  ', 'Kim Putin']) assert.equal(detectLang(t), 'und', JSON.stringify(t));
  });

  it('only looks at the span it is given', () => {
    const { text, vi, en } = sides000();
    const both = text.slice(vi.start, vi.end) + '\n\n' + text.slice(en.start, en.end);
    assert.equal(detectLang(both, { start: both.length - (en.end - en.start), end: both.length }), 'en');
    assert.equal(detectLang(both, { start: 0, end: vi.end - vi.start }), 'vi');
  });

  it('samples a long single line from several places', () => {
    // 2 MB of English with Vietnamese at the far end: the sample reaches it but English still wins
    const en = 'The summit between the two leaders signaled a new era in their relations. '.repeat(27000);
    const line = en + 'Hai nhà lãnh đạo đã nhìn vào hoạt động của một sân bay phóng tên lửa. '.repeat(50);
    assert.equal(detectLang(line), 'en');
    const vi = 'Hai nhà lãnh đạo đã nhìn vào hoạt động của một sân bay phóng tên lửa. '.repeat(27000);
    assert.equal(detectLang(vi + ' end'), 'vi');
  });
});

describe('detectLang and guessLineLang on short sentences (English is not Hungarian on `is a`)', () => {
  it('short English sentences with `is` and `a` are English', () => {
    for (const t of ['Here is a duty to you!', 'Their cycle is a green monotony.', 'This boy is too young.', 'It is a dog and a cat.', 'His words were a plea.']) {
      assert.notEqual(detectLang(t), 'hu', t);
      assert.equal(guessLineLang(t), 'en', t);
    }
  });
  it('short Hungarian sentences with `a` and `is` are Hungarian', () => {
    for (const t of ['A reggelit is feltette a tűzre.', 'Áttetsző ott a víz nagyon.', 'Megpiszkálta a lobogó tüzet, hogy kihunyjon.', 'Robert a fonnyadt arcot fürkészte.']) {
      assert.equal(detectLang(t), 'hu', t);
      assert.equal(guessLineLang(t), 'hu', t);
    }
  });
  it('the lines of the short story: no English line is taken for Hungarian, no Hungarian one for English', () => {
    const lines = (file: string) => readFileSync(join(repoRoot, 'test', 'fixtures', 'hu-en', file), 'utf8').split('\n').filter(Boolean);
    for (const detect of [detectLang, guessLineLang]) {
      assert.deepEqual(lines('story.en.txt').filter((line) => detect(line) === 'hu'), [], detect.name);
      assert.deepEqual(lines('story.hu.txt').filter((line) => detect(line) === 'en'), [], detect.name);
    }
  });
});
