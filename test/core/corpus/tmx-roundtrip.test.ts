// TMX reading and writing (issue 10, item 11): CDATA holding `</seg>`, a commented-out unit, unclosed
// elements (a clear error), and a round trip that gives every text back exactly (property test with
// every control character, CR, `]]>`, markup characters and astral characters).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TmxFormatError, tmxHeader, TMX_FOOTER, TmxReader, tmxUnit } from '../../../server/src/core/corpus/tmx';

const HEAD = tmxHeader({ srclang: 'vi' });
const read = (tmx: string, chunk = tmx.length) => {
  const r = new TmxReader();
  const units = [];
  for (let i = 0; i < tmx.length; i += chunk) units.push(...r.push(tmx.slice(i, i + chunk)));
  units.push(...r.end());
  return units;
};

describe('TMX reader: the right text or a clear error', () => {
  it('CDATA holding </seg> and </tu> is text of the segment', () => {
    const u = read(HEAD + '<tu><tuv xml:lang="vi"><seg><![CDATA[a</seg>b</tu>c]]>d</seg></tuv><tuv xml:lang="en"><seg>e</seg></tuv></tu>' + TMX_FOOTER);
    assert.equal(u.length, 1);
    assert.deepEqual(u[0].variants, [{ lang: 'vi', text: 'a</seg>b</tu>cd' }, { lang: 'en', text: 'e' }]);
  });
  it('a commented-out unit is not read, in any chunking', () => {
    const tmx = HEAD + '<!-- <tu><tuv xml:lang="vi"><seg>old</seg></tuv></tu> -->' + tmxUnit({ variants: [{ lang: 'vi', text: 'new' }, { lang: 'en', text: 'x' }] }) + TMX_FOOTER;
    for (const chunk of [tmx.length, 7, 1]) {
      const u = read(tmx, chunk);
      assert.deepEqual(u.map((x) => x.variants[0].text), ['new'], `chunk ${chunk}`);
    }
  });
  it('an unclosed <seg> or <tuv> is a clear error, found in one pass', () => {
    assert.throws(() => read(HEAD + '<tu><tuv xml:lang="vi"><seg>a</tuv></tu>' + TMX_FOOTER), /<seg> is not closed/);
    assert.throws(() => read(HEAD + '<tu>' + '<tuv xml:lang="vi">'.repeat(50000) + '</tu>' + TMX_FOOTER), (e: unknown) => e instanceof TmxFormatError && /<tuv> is not closed/.test(e.message));
    assert.throws(() => read(HEAD + '<tu><tuv xml:lang="vi">' + '<seg>'.repeat(50000) + '</tuv></tu>' + TMX_FOOTER), /<seg> is not closed/);
  });

  it('property: any texts written as units read back exactly (control characters, CR, ]]>, astral), in any chunking', () => {
    const ch = fc.oneof(
      fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(']]>', '<', '>', '&', '"', "'", '&amp;', '<![CDATA[', '-->', '<!--', '</seg>', '</tu>', 'ạ', 'ề', '\u0085', '\u2028', '\ufffe', '\uffff'),
      fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      fc.string({ maxLength: 3 }),
    );
    const text = fc.array(ch, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 40 }), (pairs, chunk) => {
        const tmx = HEAD + pairs.map(([a, b]) => tmxUnit({ variants: [{ lang: 'vi', text: a }, { lang: 'en', text: b }] })).join('') + TMX_FOOTER;
        const units = read(tmx, chunk);
        assert.deepEqual(units.map((u) => u.variants.map((v) => v.text)), pairs.map(([a, b]) => [a, b]));
      }),
      { numRuns: 400 },
    );
  });
});
