import { strict as assert } from 'node:assert';
import { langMatches, segText, TmxFormatError, tmxHeader, TMX_FOOTER, TmxReader, tmxUnit } from '../../../server/src/core/corpus/tmx';
import { sampleText } from '../../support/shared';

describe('TMX 1.4b writer and reader', () => {
  const vi = sampleText('000').text.split('\n').filter((l) => l.trim()).slice(0, 20);
  const pairs = vi.map((l, i) => ({ a: l, b: `English line ${i} <b>&amp; "quotes" 'x'` }));
  pairs.push({ a: 'control\u0001char and tab\there', b: '' });
  const doc = tmxHeader({ srclang: 'vi' }) + pairs.map((p) => tmxUnit({ variants: [{ lang: 'vi', text: p.a }, { lang: 'en', text: p.b }] })).join('') + TMX_FOOTER;

  it('writes a well-formed header with srclang and xml:lang', () => {
    assert.match(doc, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    assert.match(doc, /srclang="vi"/);
    assert.match(doc, /<tuv xml:lang="en"><seg>English line 0 &lt;b&gt;&amp;amp; &quot;quotes&quot; 'x'<\/seg><\/tuv>/);
    assert.ok(!doc.includes('\u0001'), 'no raw control character in XML');
  });
  it('reads back every character, in any chunking', () => {
    for (const size of [7, 100, 1 << 20]) {
      const r = new TmxReader();
      const units = [];
      for (let i = 0; i < doc.length; i += size) units.push(...r.push(doc.slice(i, i + size)));
      r.end();
      assert.equal(r.srclang, 'vi');
      assert.deepEqual(units.map((u) => ({ a: u.variants[0].text, b: u.variants[1].text })), pairs);
    }
  });
  it('reads inline codes, CDATA and character references the TMX way', () => {
    assert.equal(segText('a <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept> &#x1ea1;<![CDATA[<x>]]>'), 'a bold ạ<x>');
  });
  it('refuses what is not TMX, and a truncated file', () => {
    assert.throws(() => new TmxReader().end(), TmxFormatError);
    const r = new TmxReader();
    r.push(doc.slice(0, doc.indexOf('</tu>')));
    assert.throws(() => r.end(), /truncated/);
  });
  it('matches language codes by prefix', () => {
    assert.ok(langMatches('vi-VN', 'vi') && langMatches('EN_us', 'en') && !langMatches('en', 'vi'));
  });
});
