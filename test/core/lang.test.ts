import { strict as assert } from 'node:assert';
import { bcp47Tag, detectLang, identifyLang, identifyTextLang, KNOWN_LANGS, majorityLang, MIN_CONFIDENCE, mainScript, nameLinesLang, notInLang } from '../../server/src/core/lang';
import { KNOWN, KNOWN_RELATIVES, NOT_LANGUAGE, RELATIVES, UNKNOWN } from './lang.cases';

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('identifyLang: one line or sentence', () => {
  for (const [lang, texts] of Object.entries(KNOWN)) {
    it(`names ${lang} on sentences written for the test`, () => {
      for (const t of texts.filter((x) => x.length > 20)) {
        const r = identifyLang(t);
        assert.equal(r.lang, lang, `${t} -> ${JSON.stringify(r)}`);
        assert.ok(r.confidence >= MIN_CONFIDENCE && r.confidence <= 1, `${t}: confidence ${r.confidence}`);
      }
    });
  }

  it('short phrases (at most 20 characters): mostly named right, rarely another language', () => {
    const short = Object.entries(KNOWN).flatMap(([lang, texts]) => texts.filter((t) => t.length <= 20).map((t) => ({ lang, t, got: identifyLang(t).lang })));
    const right = short.filter((x) => x.got === x.lang);
    const wrong = short.filter((x) => x.got !== x.lang && x.got !== 'und');
    assert.ok(short.length >= 20);
    assert.ok(right.length >= short.length * 0.8, `only ${right.length} of ${short.length}`);
    assert.ok(wrong.length <= 2, wrong.map((x) => `${x.t} -> ${x.got}`).join('; '));
  });

  it('Romanian is not Vietnamese (ă â î are Romanian letters too)', () => {
    for (const t of KNOWN.ro) assert.notEqual(identifyLang(t).lang, 'vi', t);
    assert.equal(identifyLang('Această țară are păduri și câmpii întinse.').lang, 'ro');
    // with the pair vi-en, a Romanian sentence is neither
    assert.equal(identifyLang('Mama mea gătește în fiecare duminică o ciorbă de legume.', { among: ['vi', 'en'] }).lang, 'und');
  });

  it('Vietnamese as written, in NFD, word-segmented and without diacritics', () => {
    for (const t of KNOWN.vi) {
      assert.equal(identifyLang(t.normalize('NFD')).lang, 'vi', t);
      assert.equal(identifyLang(t.replace(/(\p{L}+) (\p{L}+)/gu, '$1_$2')).lang, 'vi', t);
      if (t.length > 40) assert.equal(identifyLang(stripMarks(t)).lang, 'vi', stripMarks(t));
    }
    assert.equal(identifyLang('Ông Kim_Jong-un sẽ gặp Tổng_thống Putin để củng_cố quan_hệ .').lang, 'vi');
  });

  it('Croatian đ alone does not make a text Vietnamese', () => {
    assert.equal(identifyLang('Između dvije države postoji dugogodišnji spor oko granice.').lang, 'hr');
  });

  for (const [lang, texts] of Object.entries(UNKNOWN)) {
    it(`a language it does not know (${lang}) is 'und' with low confidence`, () => {
      for (const t of texts) {
        const r = identifyLang(t);
        assert.equal(r.lang, 'und', `${t} -> ${JSON.stringify(r)}`);
        assert.ok(r.confidence < MIN_CONFIDENCE, `${t}: ${r.confidence}`);
      }
    });
  }

  it('a close relative it does not know is named as that relative at most, sentence by sentence', () => {
    for (const { texts, near } of Object.values(RELATIVES)) {
      for (const t of texts) {
        const l = identifyLang(t).lang;
        assert.ok(l === 'und' || near.includes(l), `${t} -> ${l}`);
      }
    }
  });

  for (const [lang, { texts, told }] of Object.entries(RELATIVES).filter(([, relative]) => relative.told)) {
    it(`a text in ${lang}, which the detector does not know, is 'und' with low confidence, not its relative`, () => {
      for (const text of [texts.join(' '), texts.join('\n')]) {
        for (const r of [identifyLang(text), identifyTextLang(text)]) {
          assert.equal(r.lang, 'und', `${lang} (told ${told}) -> ${JSON.stringify(r)}`);
          assert.ok(r.confidence < MIN_CONFIDENCE, `${r.confidence}`);
        }
      }
    });
  }

  it('the known relatives of those, in the same kind of text, are named right', () => {
    for (const [lang, texts] of Object.entries(KNOWN_RELATIVES)) {
      for (const t of texts) assert.equal(identifyLang(t).lang, lang, t);
      assert.equal(identifyTextLang(texts.join('\n')).lang, lang);
    }
  });

  it('letters only another language writes make a text not the named one; names with them do not', () => {
    // ø is Danish and Norwegian, not Icelandic: in ordinary words it speaks against Icelandic
    const faroese = RELATIVES.fo.texts[0];
    assert.equal(identifyLang(faroese).lang, 'und', faroese);
    // the same letters in capitalised names leave a sentence its language
    assert.equal(identifyLang('Ég hitti Søren og Bjørn í Reykjavík í gær og við fórum saman í sund.').lang, 'is');
    assert.equal(identifyLang('The minister met Ödön Szőke and Jürgen Müller in Budapest on Tuesday morning.').lang, 'en');
  });

  it("'und' for text that is not language: empty, numbers, a URL, a code, one word", () => {
    for (const t of [...NOT_LANGUAGE, 'Hello', 'Budapest']) assert.deepEqual(identifyLang(t), { lang: 'und', confidence: 0 }, JSON.stringify(t));
  });

  it('restricted to a pair: names one of the two or und', () => {
    const pair = ['hu', 'en'] as const;
    for (const t of KNOWN.hu.filter((x) => x.length > 20)) assert.equal(identifyLang(t, { among: pair }).lang, 'hu', t);
    for (const t of KNOWN.en.filter((x) => x.length > 20)) assert.equal(identifyLang(t, { among: pair }).lang, 'en', t);
    // a line in a third language is neither
    for (const t of [...KNOWN.de, ...KNOWN.es, ...KNOWN.fi, ...KNOWN.pl].filter((x) => x.length > 20)) assert.equal(identifyLang(t, { among: pair }).lang, 'und', t);
    // restriction by region tags too
    assert.equal(identifyLang(KNOWN.fr[1], { among: ['fr-FR', 'en_GB'] }).lang, 'fr');
    // Vietnamese, but the pair has no Vietnamese: und
    assert.equal(identifyLang(KNOWN.vi[1], { among: ['en', 'fr'] }).lang, 'und');
  });

  it('reads only the first 1000 characters of a long line, after its leading spaces', () => {
    const line = KNOWN.en[1].repeat(20) + ' ' + KNOWN.fr[1].repeat(200);
    assert.equal(identifyLang(line).lang, 'en');
    assert.equal(identifyLang(' '.repeat(5000) + KNOWN.fr[1]).lang, 'fr');
  });

  it('never throws on broken text (lone surrogates, NUL, a BOM)', () => {
    assert.equal(identifyLang('\ud800' + KNOWN.en[1] + '\udc00').lang, 'en');
    assert.equal(identifyLang('\u0000\u0000 abc').lang, 'und');
    assert.equal(identifyLang('\ufeff' + KNOWN.de[1]).lang, 'de');
  });

  it('every name it gives is one of the languages it knows, as a BCP 47 tag', () => {
    for (const t of Object.values(KNOWN).flat()) {
      const l = identifyLang(t).lang;
      assert.ok(l === 'und' || KNOWN_LANGS.includes(l), l);
      assert.equal(bcp47Tag(l), l);
    }
  });
});

describe('notInLang: cheap evidence that a line is not in a language', () => {
  it('rules out by script, Vietnamese for plain non-Vietnamese ASCII, English for many letters outside a-z', () => {
    assert.equal(notInLang('你好，我们明天在火车站见面吧。', 'en'), true);
    assert.equal(notInLang('The committee met on Tuesday to discuss the budget.', 'zh'), true);
    assert.equal(notInLang('Правительство объявило о новых мерах поддержки.', 'fr'), true);
    assert.equal(notInLang('The committee met on Tuesday to discuss the budget.', 'vi'), true);
    assert.equal(notInLang('A kormány tegnap bejelentette, hogy csökken az energia ára.', 'en'), true);
    assert.equal(notInLang('The committee met on Tuesday to discuss the new budget for the city schools.', 'hu'), true);
    assert.equal(notInLang('The committee met on Tuesday.', 'hu'), false, 'too short to tell by letters');
    // not ruled out: Vietnamese without diacritics, English with a loanword, a language it has no evidence for
    assert.equal(notInLang('Hai nha lanh dao da gap nhau tai mot san bay', 'vi'), false);
    assert.equal(notInLang('We had coffee at a small café near the station.', 'en'), false);
    assert.equal(notInLang('The committee met on Tuesday to discuss the budget.', 'en'), false);
    assert.equal(notInLang('The committee met on Tuesday to discuss the budget.', 'ka'), false);
    assert.equal(notInLang('12345 !!', 'en'), false);
  });

  it('mainScript: the script of most letters, Han and Kana as one', () => {
    assert.equal(mainScript('The committee met on Tuesday, 12 May.'), 'latin');
    assert.equal(mainScript('Правительство (the government) объявило меры.'), 'cyrillic');
    assert.equal(mainScript('きょうは東京へ行きます。'), 'han');
    assert.equal(mainScript('123 !!'), undefined);
  });

  it('never rules out the language identifyLang names (every sentence of every known language, against every language)', () => {
    const langs = Object.keys(KNOWN);
    for (const [lang, texts] of Object.entries(KNOWN)) {
      for (const text of texts) {
        const named = identifyLang(text).lang;
        if (named !== 'und') assert.equal(notInLang(text, named), false, `${lang}: ${text} (named ${named})`);
        for (const other of langs) {
          const among = [lang, other];
          const restricted = identifyLang(text, { among }).lang;
          if (restricted !== 'und' && notInLang(text, restricted)) assert.fail(`${text}: restricted to ${among} it is ${restricted}, ruled out`);
        }
      }
    }
  });
});

describe('identifyTextLang / detectLang: a document or a span', () => {
  const vi = KNOWN.vi.slice(1).join(' ');
  const en = KNOWN.en.slice(1).join(' ');
  const doc = `${vi}\n\nNguồn: https://example.org/a\n\n${en}`;
  const cut = doc.indexOf('Nguồn');

  it('names each side of a one-file pair from its span', () => {
    assert.equal(detectLang(doc, { start: 0, end: cut }), 'vi');
    assert.equal(detectLang(doc, { start: cut + 30, end: doc.length }), 'en');
    assert.ok(identifyTextLang(doc, { start: 0, end: cut }).confidence > 0.5);
  });

  it('a long single line is sampled from several places; the language of most of it wins', () => {
    const line = (en + ' ').repeat(3000) + (vi + ' ').repeat(50);
    assert.equal(detectLang(line), 'en');
    assert.equal(detectLang((vi + ' ').repeat(3000)), 'vi');
  });

  it("too few letters, or a mix with no majority: 'und'", () => {
    for (const t of ['', 'Kim Putin', '12 34 56', 'A one.\n\nA two.']) assert.equal(detectLang(t), 'und', t);
    const mixed = [KNOWN.pl[1], KNOWN.fi[1], KNOWN.tr[1], KNOWN.el[1], KNOWN.sv[1]].join('\n');
    assert.equal(detectLang(mixed), 'und');
  });

  it('restricted to the pair', () => {
    assert.equal(identifyTextLang(KNOWN.de.join('\n'), undefined, { among: ['vi', 'hu'] }).lang, 'und');
    assert.equal(identifyTextLang(KNOWN.hu.join('\n'), undefined, { among: ['vi', 'hu'] }).lang, 'hu');
  });
});

describe('nameLinesLang / majorityLang: a side of a corpus from a sample of its lines', () => {
  it('names both sides of a corpus from an evenly spread sample', () => {
    const a = Array.from({ length: 100_000 }, (_, i) => KNOWN.pl[i % KNOWN.pl.length]);
    const b = Array.from({ length: 100_000 }, (_, i) => KNOWN.en[i % KNOWN.en.length]);
    assert.equal(majorityLang(a), 'pl');
    assert.equal(nameLinesLang(b).lang, 'en');
    assert.ok(nameLinesLang(b).confidence > 0.8);
  });

  it('a few lines in another language and empty lines do not change the name', () => {
    const lines = [...KNOWN.is, '', '', KNOWN.en[1], ...KNOWN.is];
    assert.equal(majorityLang(lines), 'is');
  });

  it("no lines, or lines in a language it does not know: 'und'", () => {
    assert.equal(majorityLang([]), 'und');
    assert.equal(majorityLang(['', '  ']), 'und');
    assert.equal(majorityLang(Object.values(UNKNOWN).flat()), 'und');
  });
});

describe('bcp47Tag: language codes written to TMX', () => {
  it('canonical BCP 47 tags, und for anything else', () => {
    assert.equal(bcp47Tag('vi'), 'vi');
    assert.equal(bcp47Tag('vi_VN'), 'vi-VN');
    assert.equal(bcp47Tag('EN-us'), 'en-US');
    assert.equal(bcp47Tag('zh-hant-tw'), 'zh-Hant-TW');
    for (const bad of ['', undefined, 'not a tag', 'x', 'en--US', '12']) assert.equal(bcp47Tag(bad), 'und', String(bad));
  });
});
