// Pair rules on sample 000 aligned by hand (helpers.goldPair000) and on small pairs written for the cases.
import { strict as assert } from 'node:assert';
import { runPairRules } from '../../../server/src/core/run-rules';
import { resolveConfig } from '../../../server/src/core/config';
import { goldPair000, pairOf, runPair, textOf } from './helpers';

describe('pair rules on 000 (hand-aligned)', () => {
  const pair = goldPair000();
  const all = runPairRules(pair, resolveConfig({}));
  const of = (id: string) => all.filter((f) => f.rule === id);
  const t = pair.a.text;

  it('one missing-translation finding for the English paragraphs at the end', () => {
    const fs = of('missing-translation');
    assert.equal(fs.length, 1);
    const got = textOf(pair.b, fs[0]);
    assert.ok(got.startsWith('On Wednesday, North Korea launched'), got.slice(0, 40));
    assert.ok(got.endsWith('technological support from Russia.”'));
    assert.equal(fs[0].message, '16 paragraphs at the end are not translated');
  });
  it('truncated-translation at the cut ("… rơi vào mặt trăng khi")', () => {
    const fs = of('truncated-translation');
    assert.equal(fs.length, 1);
    assert.equal(textOf(pair.a, fs[0]), 'khi');
    assert.ok(fs[0].span.end <= pair.a.region.end && t.slice(fs[0].span.start - 20, fs[0].span.end).includes('mặt trăng khi'));
    assert.ok(t.slice(fs[0].related![0].span.start, fs[0].related![0].span.end).startsWith('Last month'));
    assert.equal(fs[0].severity, 'error');
  });
  it('truncated-translation counts only what is left to translate and points at missing-translation for the paragraphs', () => {
    // from the English text: the cut sentence translates the first sentence of the "Last month" paragraph;
    // after that paragraph come whole untranslated paragraphs, then a byline and two boilerplate lines
    const en = pair.b;
    const ps = en.seg.paragraphs;
    const para = (start: string) => ps.findIndex((p) => en.text.startsWith(start, p.start));
    const cutPara = para('Last month, a Russian robotic spacecraft');
    const byline = para('Alina Lobzina and Valeriya Safronova contributed reporting.');
    assert.equal(ps.length, 35);
    assert.equal(byline, ps.length - 3);
    assert.ok(en.text.startsWith('Leave a Reply', ps[byline + 1].start) && en.text.startsWith('Your email address', ps[byline + 2].start));
    const restOfParagraph = ps[cutPara].sentenceCount - 1;
    const wholeParagraphs = byline - cutPara - 1;
    let inWhole = 0;
    for (let j = cutPara + 1; j < byline; j++) inWhole += ps[j].sentenceCount;
    assert.deepEqual([restOfParagraph, wholeParagraphs, inWhole], [1, 16, 23]);
    const f = of('truncated-translation')[0];
    assert.equal(
      f.message,
      `the translation stops mid-sentence ("…tình cờ rơi vào mặt trăng khi"); the original goes on for ${restOfParagraph + inWhole} more sentences: ` +
        `${restOfParagraph} in the same paragraph, then ${wholeParagraphs} whole paragraphs (see missing-translation)`,
    );
    assert.deepEqual(f.data, { sentencesAfter: restOfParagraph + inWhole, sentencesInParagraph: restOfParagraph, paragraphsAfter: wholeParagraphs });
    // the same run, counted the same way, in missing-translation
    const m = of('missing-translation')[0];
    assert.equal(m.data?.paragraphs, wholeParagraphs);
    assert.equal(m.message, `${wholeParagraphs} paragraphs at the end are not translated`);
  });
  it('extra-text: title and hashtag line in the Vietnamese, byline and two boilerplate lines in the English', () => {
    const got = of('extra-text').map((f) => [f.data?.kind, f.uri === pair.a.uri && f.span.start < pair.a.region.end ? 'vi' : 'en', textOf(pair.a, f).slice(0, 20)]);
    assert.deepEqual(got, [
      ['title', 'vi', 'Putin và Kim cùng nh'],
      ['hashtag line', 'vi', '#Sựkiệnhôm nay #Puti'],
      ['byline', 'en', 'Alina Lobzina and Va'],
      ['web boilerplate', 'en', 'Leave a Reply'],
      ['web boilerplate', 'en', 'Your email address w'],
    ]);
    assert.ok(of('extra-text').every((f) => f.fixes![0].safe === false));
  });
  it('no number-mismatch, length-ratio, untranslated or punctuation-mismatch on the faithful paragraphs', () => {
    for (const id of ['number-mismatch', 'length-ratio', 'untranslated', 'punctuation-mismatch']) assert.deepEqual(of(id).map((f) => f.message), [], id);
  });
  it('number-mismatch fires when a number of 000 is changed', () => {
    const p = goldPair000();
    const i = p.a.text.indexOf('19 tháng');
    const changed = p.a.text.slice(0, i) + '18' + p.a.text.slice(i + 2);
    const p2 = { ...p, a: { ...p.a, text: changed }, b: { ...p.b, text: changed } };
    const fs = runPair('number-mismatch', p2);
    assert.equal(fs.length, 1);
    assert.equal(textOf(p2.a, fs[0]), '18');
  });
});

describe('rule number-mismatch', () => {
  const check = (vi: string, en: string) => runPair('number-mismatch', pairOf(vi, en, [[[0], [0]]], { langA: 'vi', langB: 'en', translation: 'a' })).map((f) => f.message);
  it('matches across locales', () => {
    assert.deepEqual(check('Nga gần đạt ngưỡng 19 tháng.', 'Russia is nearing the 19-month mark.'), []);
    assert.deepEqual(check('Có 1.000 người và 3,5 tấn hàng.', 'There were 1,000 people and 3.5 tons of goods.'), []);
    assert.deepEqual(check('Ngày 10/9 ông lên tàu.', 'On Sept. 10 he boarded the train.'), []);
    assert.deepEqual(check('Hai nhà lãnh đạo nói chuyện 2 giờ.', 'The two leaders talked for two hours.'), []);
  });
  it('reports a number that differs', () => {
    assert.deepEqual(check('Có 1.200 người.', 'There were 1,000 people.'), ['1.200 in the translation has no match in the original, which has 1,000']);
    assert.deepEqual(check('Năm 2019 ông đến.', 'He came in 2018.'), ['2019 in the translation has no match in the original, which has 2018']);
  });
});

describe('rule missing-translation', () => {
  it('a run in the middle is one finding; without roles, either side is checked', () => {
    const pair = pairOf('A one.\n\nA two.', 'B one.\n\nB x.\n\nB y.\n\nB two.', [[[0], [0]], [[], [1]], [[], [2]], [[1], [3]]]);
    const fs = runPair('missing-translation', pair);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].message, '2 paragraphs after paragraph 1 have no counterpart in a.txt');
    assert.equal(textOf(pair.b, fs[0]), 'B x.\n\nB y.');
  });
});

describe('rule truncated-translation', () => {
  it('is silent when the translation ends with a full stop or the original ends with it too', () => {
    const ok = pairOf('Câu một. Câu hai hết rồi.', 'One. Two is done.', [[[0], [0]]], { translation: 'a' });
    assert.equal(runPair('truncated-translation', ok).length, 0);
    const both = pairOf('Câu một. Câu hai chưa hết mà', 'One. Two is not done and', [[[0], [0]]], { translation: 'a' });
    assert.equal(runPair('truncated-translation', both).length, 0);
  });
  it('is silent when only a byline or boilerplate follows in the original; counts whole paragraphs without the byline', () => {
    const vi = 'Hai nhà lãnh đạo gặp nhau hôm nay. Họ nói chuyện về tên lửa và';
    const en = 'The two leaders met today. They talked about rockets and space.';
    const byline = '\n\nAlina Lobzina contributed reporting.\n\nLeave a Reply';
    const onlyByline = pairOf(vi, en + byline, [[[0], [0]], [[], [1]], [[], [2]]], { langA: 'vi', langB: 'en', translation: 'a' });
    assert.deepEqual(runPair('truncated-translation', onlyByline).map((f) => f.message), []);
    const more = en + '\n\nThey also spoke about the war. It went on for hours.\n\nThen they had lunch.' + byline;
    const p = pairOf(vi, more, [[[0], [0]], [[], [1]], [[], [2]], [[], [3]], [[], [4]]], { langA: 'vi', langB: 'en', translation: 'a' });
    assert.deepEqual(runPair('truncated-translation', p).map((f) => f.message), [
      'the translation stops mid-sentence ("Họ nói chuyện về tên lửa và"); the original goes on for 3 more sentences: 2 whole paragraphs (see missing-translation)',
    ]);
    assert.deepEqual(runPair('missing-translation', p).map((f) => f.message), ['2 paragraphs at the end are not translated']);
  });
});

describe('rule untranslated', () => {
  it('finds a sentence left identical and one in the language of the original', () => {
    const vi = 'Đây là câu đã dịch sang tiếng Việt.\n\nThe leaders met in a remote spaceport on Wednesday.\n\nThis sentence stays exactly the same here.';
    const en = 'This is the translated sentence.\n\nThe two leaders met at a remote Russian spaceport on Wednesday.\n\nThis sentence stays exactly the same here.';
    const pair = pairOf(vi, en, [[[0], [0]], [[1], [1]], [[2], [2]]], { langA: 'vi', langB: 'en', translation: 'a' });
    const fs = runPair('untranslated', pair);
    assert.deepEqual(fs.map((f) => textOf(pair.a, f)), ['The leaders met in a remote spaceport on Wednesday.', 'This sentence stays exactly the same here.']);
  });
});

describe('rule punctuation-mismatch', () => {
  it('finds an unbalanced bracket, a lost question mark and an unclosed quote on one side', () => {
    const vi = 'Ông nói (rất nhỏ rằng đi.\n\nAnh có đến không.\n\n“Chúng tôi đến, ông nói.';
    const en = 'He said (very quietly) to go.\n\nAre you coming?\n\n“We came,” he said.';
    const pair = pairOf(vi, en, [[[0], [0]], [[1], [1]], [[2], [2]]], { translation: 'a' });
    const ms = runPair('punctuation-mismatch', pair).map((f) => f.message);
    assert.deepEqual(ms, [
      'brackets are unbalanced in the translation only',
      '"?" ends the original but not the translation',
      'quotation marks are unbalanced in the translation only',
    ]);
  });
});

describe('rule length-ratio', () => {
  it('flags the one pair far off the document ratio, and nothing in a steady document', () => {
    const n = 14;
    const a: string[] = [];
    const b: string[] = [];
    for (let i = 0; i < n; i++) {
      a.push(`Sentence number ${i} of the original text, written out plainly.`);
      b.push(`Câu thứ ${i} của bản dịch, được viết ra một cách rõ ràng.`);
    }
    b[7] = 'Câu bảy bị cắt gần hết.';
    const beads = a.map((_, i) => [[i], [i]] as [number[], number[]]);
    const pair = pairOf(a.join('\n\n'), b.join('\n\n'), beads, { translation: 'b' });
    const fs = runPair('length-ratio', pair);
    assert.deepEqual(fs.map((f) => textOf(pair.b, f)), ['Câu bảy bị cắt gần hết.']);
    b[7] = `Câu thứ 7 của bản dịch, được viết ra một cách rõ ràng.`;
    assert.equal(runPair('length-ratio', pairOf(a.join('\n\n'), b.join('\n\n'), beads, { translation: 'b' })).length, 0);
  });
});

describe('extra-text kinds (data lists)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { kindOfText } = require('../../../server/src/core/rules/support/kinds') as typeof import('../../../server/src/core/rules/support/kinds');
  it('names boilerplate, bylines and hashtag lines in English and Vietnamese', () => {
    assert.equal(kindOfText('Leave a Reply'), 'web boilerplate');
    assert.equal(kindOfText('Để lại bình luận'), 'web boilerplate');
    assert.equal(kindOfText('We use cookies to improve your experience. Accept cookies'), 'web boilerplate');
    assert.equal(kindOfText('Reporting by Jane Doe; Editing by John Roe'), 'byline');
    assert.equal(kindOfText('Vũ Hoàng (Theo Foreign Policy)'), 'byline');
    assert.equal(kindOfText('#Sựkiệnhôm nay #Putin và #Kim'), 'hashtag line');
  });
  it('does not take ordinary sentences that mention those words for extra text', () => {
    assert.equal(kindOfText('Bình luận viên Robbie Gramer nói rằng hai nước đang xích lại gần nhau hơn bao giờ hết.'), undefined);
    assert.equal(kindOfText('He wanted to leave a reply on the table before the talks, but the Kremlin said no.'), undefined);
    assert.equal(kindOfText('The #1 priority, he said, was food.'), undefined);
  });
});
