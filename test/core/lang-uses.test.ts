// Where language identification decides behaviour: the one-file split at a source line, the
// document untranslated rule, line-untranslated without a corpus profile (--stdin), TMX language tags.
import { strict as assert } from 'node:assert';
import { checkLinePair, resolveLineRules } from '../../server/src/core/corpus/engine';
import { learnCorpusStats } from '../../server/src/core/corpus/learn';
import { TmxReader, tmxHeader, tmxUnit, TMX_FOOTER } from '../../server/src/core/corpus/tmx';
import { linePairRules } from '../../server/src/core/rules/corpus/index';
import { splitAtSourceLine } from '../../server/src/core/source-line';
import { bcp47Tag } from '../../server/src/core/lang';
import { pairOf, runPair, textOf } from './rules/helpers';
import { KNOWN } from './lang.cases';

const RO = KNOWN.ro.slice(1).join(' ');
const EN = KNOWN.en.slice(1).join(' ');
const PL = KNOWN.pl.slice(1).join(' ');

describe('one-file split at a source line', () => {
  it('splits a Romanian translation above the source line from the English original below', () => {
    const text = `${RO}\n\nSource: https://example.org/article\n\n${EN}\n`;
    const split = splitAtSourceLine(text);
    assert.ok(split);
    assert.equal(text.slice(split.line.start, split.line.end), 'Source: https://example.org/article');
  });

  it('a "Source:" credit inside a one-language (Polish) article is not a split', () => {
    const text = `${PL}\n\nSource: PAP\n\n${KNOWN.pl[1]} ${KNOWN.pl[3]} ${KNOWN.pl[4]}\n`;
    assert.equal(splitAtSourceLine(text), undefined);
  });
});

describe('untranslated (document pair) with the language identifier', () => {
  it('finds an English sentence left in a Romanian translation, and leaves the Romanian ones', () => {
    const ro = `${KNOWN.ro[1]}\n\n${KNOWN.en[3]}\n\n${KNOWN.ro[4]}`;
    const en = `${KNOWN.en[1]}\n\n${KNOWN.en[2]}\n\n${KNOWN.en[4]}`;
    const pair = pairOf(ro, en, [[[0], [0]], [[1], [1]], [[2], [2]]], { langA: 'ro', langB: 'en', translation: 'a' });
    const found = runPair('untranslated', pair);
    assert.deepEqual(found.map((f) => textOf(pair.a, f)), [KNOWN.en[3]]);
  });

  it('names the languages of both sides of a pair it was not told about', () => {
    const pair = pairOf(`${KNOWN.is[1]}\n\n${KNOWN.is[2]}`, `${KNOWN.en[1]}\n\n${KNOWN.en[2]}`, [[[0], [0]], [[1], [1]]]);
    assert.equal(pair.a.lang, 'is');
    assert.equal(pair.b.lang, 'en');
  });
});

describe('line-untranslated without a corpus profile', () => {
  const rules = resolveLineRules(linePairRules);
  const find = (a: string, b: string, langA = 'und', langB = 'und') => checkLinePair({ line: 0, a, b, langA, langB }, rules, undefined).filter((f) => f.rule === 'line-untranslated').map((f) => `${f.side}: ${f.message}`);

  it('with the pair known (--langs ro,en): a line in the other side\'s language', () => {
    assert.deepEqual(find(KNOWN.ro[1], KNOWN.en[1], 'ro', 'en'), []);
    assert.deepEqual(find(KNOWN.ro[1], KNOWN.ro[2], 'ro', 'en'), ['b: {B} is in Romanian like {A}, not in English']);
    assert.deepEqual(find(KNOWN.en[2], KNOWN.en[1], 'ro', 'en'), ['a: {A} is in English like {B}, not in Romanian']);
    // Romanian is not read as Vietnamese: on a vi-en pair a Romanian line is neither side's language
    assert.deepEqual(find(KNOWN.vi[1], KNOWN.ro[1], 'vi', 'en'), []);
    // a line in a third language is not forced into one of the pair's two
    assert.deepEqual(find(KNOWN.es[2], KNOWN.en[1], 'hu', 'en'), []);
    assert.deepEqual(find(KNOWN.hu[2], KNOWN.de[2], 'hu', 'en'), []);
  });

  it('with no languages given (--stdin without --langs): both sides in one language', () => {
    assert.deepEqual(find(KNOWN.pl[1], KNOWN.pl[2]), ['both: both sides look Polish: one of them is not a translation']);
    assert.deepEqual(find(KNOWN.pl[1], KNOWN.en[1]), []);
    // lines in a language it does not know are not judged
    assert.deepEqual(find('Il-gvern ħabbar pjan ġdid biex jgħin lin-negozji ż-żgħar.', 'Kull sajf immorru l-baħar mal-familja u nqattgħu l-jum kollu.'), []);
  });

  it('names the two sides of a small corpus from its lines', () => {
    const a = Array.from({ length: 60 }, (_, i) => KNOWN.ro[i % KNOWN.ro.length]);
    const b = Array.from({ length: 60 }, (_, i) => KNOWN.en[i % KNOWN.en.length]);
    const learned = learnCorpusStats(a, b);
    assert.equal(learned.langA, 'ro');
    assert.equal(learned.langB, 'en');
  });
});

describe('TMX language tags', () => {
  it('srclang and xml:lang are valid BCP 47 tags whatever the caller passes', () => {
    const xml = tmxHeader({ srclang: 'vi_VN' }) + tmxUnit({ variants: [{ lang: 'vi_VN', text: 'Xin chào' }, { lang: 'not a tag', text: 'Hello' }] }) + TMX_FOOTER;
    assert.match(xml, /srclang="vi-VN"/);
    assert.match(xml, /xml:lang="vi-VN"/);
    assert.match(xml, /xml:lang="und"/);
    const r = new TmxReader();
    const units = [...r.push(xml), ...r.end()];
    for (const v of units[0].variants) assert.equal(bcp47Tag(v.lang), v.lang);
  });
});
