import { strict as assert } from 'node:assert';
import { findCounterpart, splitAtSourceLine } from '../../server/src/core/pairing';
import { memFs } from '../support/memfs';
import { sampleText } from '../support/shared';

const VI = 'Hai nhà lãnh đạo đã nhìn vào hoạt động của một sân bay phóng tên lửa.\n\nHọ đã thưởng thức các món bánh.\n';
const EN = 'They gazed into the workings of a rocket launchpad.\n\nThey tucked into crab dumplings.\n';
const linesVi = 'Xin chào thế giới.\nTôi là sinh viên.\nHôm nay trời đẹp.\n';
const linesEn = 'Hello world.\nI am a student.\nThe weather is nice today.\n';

describe('pairing', () => {
  it('splits the 000 sample at its Nguồn: line, translation above, original below', () => {
    const { text } = sampleText('000');
    const s = splitAtSourceLine(text);
    assert.ok(s, 'expected a source line');
    assert.match(text.slice(s.line.start, s.line.end), /^Nguồn: https:\/\/www\.nytimes\.com\//);
    assert.equal(s.url, 'https://www.nytimes.com/2023/09/13/world/asia/putin-kim-russia-north-korea.html');
    assert.ok(text.slice(s.above.start, s.above.end).startsWith('Putin và Kim cùng nhau'));
    assert.ok(text.slice(s.above.start, s.above.end).endsWith('rơi vào mặt trăng khi'));
    assert.ok(text.slice(s.below.start, s.below.end).startsWith('They gazed into'));
    assert.ok(text.slice(s.below.start, s.below.end).endsWith('Required fields are marked *'));
    const plan = findCounterpart('/d/000.txt', text, memFs({ '/d/000.txt': text }));
    assert.equal(plan.form, 'one-file');
  });

  it('finds the source line in CRLF and decomposed (NFD) text', () => {
    const text = (VI + '\nNguồn: https://example.com/a\n\n' + EN).replace(/\n/g, '\r\n').normalize('NFD');
    const s = splitAtSourceLine(text);
    assert.ok(s);
    assert.equal(text.slice(s.line.end, s.line.end + 2), '\r\n');
    assert.equal(s.url, 'https://example.com/a');
  });

  it('does not split a one-language article at a "Source:" credit', () => {
    const text = 'The summit took place on Wednesday in the east of the country.\n\nSource: Reuters\n\nThe leaders met for two hours and talked about the war.';
    assert.equal(splitAtSourceLine(text), undefined);
    assert.equal(splitAtSourceLine('Nguồn: https://example.com\n\nOnly English text follows here.'), undefined);
  });

  it('pairs sibling files in every naming style', () => {
    for (const [a, b] of [['x.vi.txt', 'x.en.txt'], ['x_vi.txt', 'x_en.txt'], ['x-vi.txt', 'x-en.txt'], ['x.vi', 'x.en']]) {
      const fs = memFs({ [`/c/${a}`]: VI, [`/c/${b}`]: EN, '/c/other.txt': EN });
      const plan = findCounterpart(`/c/${a}`, VI, fs);
      assert.equal(plan.form, 'siblings', a);
      assert.equal(plan.counterpart, `/c/${b}`);
      assert.equal(findCounterpart(`/c/${b}`, EN, fs).counterpart, `/c/${a}`);
    }
  });

  it('prefers the vi/en partner when several languages are present', () => {
    const fs = memFs({ '/c/x.vi.txt': VI, '/c/x.fr.txt': EN, '/c/x.en.txt': EN });
    assert.equal(findCounterpart('/c/x.vi.txt', VI, fs).counterpart, '/c/x.en.txt');
  });

  it('recognises a line-aligned corpus by its shape', () => {
    const fs = memFs({ '/c/train.vi': linesVi, '/c/train.en': linesEn });
    const plan = findCounterpart('/c/train.vi', linesVi, fs);
    assert.equal(plan.form, 'line-aligned');
    assert.equal(plan.counterpart, '/c/train.en');
    // Same names, but paragraphs separated by blank lines: documents.
    const docs = memFs({ '/c/a.vi': VI, '/c/a.en': EN });
    assert.equal(findCounterpart('/c/a.vi', VI, docs).form, 'siblings');
  });

  it('pairs folders per language (vi/en, vie/eng, nested)', () => {
    const fs = memFs({ '/p/corpus/vi/ch1/x.txt': VI, '/p/corpus/en/ch1/x.txt': EN, '/p/vie/y.txt': VI, '/p/eng/y.txt': EN });
    const plan = findCounterpart('/p/corpus/vi/ch1/x.txt', VI, fs);
    assert.equal(plan.form, 'folders');
    assert.equal(plan.counterpart, '/p/corpus/en/ch1/x.txt');
    assert.equal(findCounterpart('/p/eng/y.txt', EN, fs).counterpart, '/p/vie/y.txt');
  });

  it('says once, clearly, that a lone file has no counterpart and how to pair it', () => {
    const { text } = sampleText('003');
    const plan = findCounterpart('/s/003.txt', text, memFs({ '/s/003.txt': text }));
    assert.equal(plan.form, 'lone');
    assert.equal(plan.counterpart, undefined);
    assert.match(plan.note, /No counterpart found for 003\.txt/);
    assert.match(plan.note, /003\.en\.txt/);
  });

  it('lets a user pairing rule win', () => {
    const fs = memFs({ '/w/src/a.vi.txt': VI, '/w/src/a.en.txt': EN, '/w/ref/a.txt': EN });
    const plan = findCounterpart('/w/src/a.vi.txt', VI, fs, { root: '/w', pairs: { 'src/*.vi.txt': 'ref/$1.txt' } });
    assert.equal(plan.form, 'configured');
    assert.equal(plan.counterpart, '/w/ref/a.txt');
    const missing = findCounterpart('/w/src/a.vi.txt', VI, fs, { root: '/w', pairs: { 'src/**/*.vi.txt': 'nope/$1$2.txt' } });
    assert.equal(missing.counterpart, undefined);
    assert.match(missing.note, /does not exist/);
  });
});

describe('pairing: line-aligned corpora with faults', () => {
  it('still sees a corpus with an empty line as line-aligned', () => {
    const vi = 'Xin chào.\nTôi có 3 con mèo.\n\nCảm ơn bạn.\nTạm biệt.\n';
    const en = 'Hello.\nI have 3 cats.\nThe weather is nice.\nThank you.\nGoodbye.\n';
    const fs = memFs({ '/c/train.vi': vi, '/c/train.en': en });
    assert.equal(findCounterpart('/c/train.vi', vi, fs).form, 'line-aligned');
  });
});

describe('pairing: the lone-file note', () => {
  it('suggests the partner name in the same naming style', () => {
    const fs = memFs({ '/c/notes.vi.txt': 'Xin chào.' });
    const note = findCounterpart('/c/notes.vi.txt', 'Xin chào.', fs).note;
    assert.match(note, /name a sibling \(notes\.en\.txt\)/);
    assert.match(note, /\(vi\/notes\.txt beside en\/notes\.txt\)/);
    assert.match(findCounterpart('/c/a_en.txt', 'Hello.', memFs({ '/c/a_en.txt': 'Hello.' })).note, /\(a_vi\.txt\)/);
  });
});
