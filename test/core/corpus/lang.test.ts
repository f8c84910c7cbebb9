import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { guessLineLang, majorityLang } from '../../../server/src/core/corpus/lang';
import { LangProfileBuilder, scoreLine } from '../../../server/src/core/corpus/profile';
import { sampleText, sharedPath } from '../../support/shared';

function lines(path: string, enc: BufferEncoding = 'utf8'): string[] {
  return readFileSync(path, enc).split('\n').map((l) => l.trim()).filter((l) => l && l !== '<p>');
}

describe('corpus language guess', () => {
  it('tells Vietnamese and English lines of sample 000 apart', () => {
    const text = sampleText('000').text;
    const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 80);
    const guesses = paras.map(guessLineLang);
    assert.ok(guesses.includes('vi') && guesses.includes('en'), `got ${guesses.join(',')}`);
    // The Vietnamese part comes first in sample 000.
    assert.equal(guesses[0], 'vi');
    assert.equal(guesses[guesses.length - 1], 'en');
  });
  it('finds the majority language of the align-dev books (hu / en)', () => {
    assert.equal(majorityLang(lines(sharedPath('data', 'align-dev', 'hu-en-steinbeck', 'src.txt')).slice(0, 500)), 'hu');
    assert.equal(majorityLang(lines(sharedPath('data', 'align-dev', 'hu-en-steinbeck', 'tgt.txt'), 'latin1').slice(0, 500)), 'en');
  });
  it('a profile learned from one book separates the sides of the other book', () => {
    const b = new LangProfileBuilder();
    for (const l of lines(sharedPath('data', 'align-dev', 'hu-en-steinbeck', 'src.txt'))) b.add('a', l);
    for (const l of lines(sharedPath('data', 'align-dev', 'hu-en-steinbeck', 'tgt.txt'), 'latin1')) b.add('b', l);
    const p = b.finish()!;
    assert.ok(p, 'profile learned');
    const hu = lines(sharedPath('data', 'align-dev', 'hu-en-dtm', 'src.txt')).filter((l) => l.length > 40);
    const en = lines(sharedPath('data', 'align-dev', 'hu-en-dtm', 'tgt.txt'), 'latin1').filter((l) => l.length > 40);
    const right = hu.filter((l) => scoreLine(p, l).mean > 0).length + en.filter((l) => scoreLine(p, l).mean < 0).length;
    assert.ok(right / (hu.length + en.length) > 0.97, `only ${right} of ${hu.length + en.length} right`);
  });
});
