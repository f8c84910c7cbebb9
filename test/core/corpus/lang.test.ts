import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { guessLineLang, majorityLang } from '../../../server/src/core/corpus/lang';
import { LangProfileBuilder, scoreLine } from '../../../server/src/core/corpus/profile';
import { join } from 'node:path';
import { repoRoot, sampleText } from '../../support/shared';
import { parallelSentences } from '../../support/parallel-text';

// The short story written for the tests: ten Hungarian lines and their English translations.
function storyLines(file: 'story.hu.txt' | 'story.en.txt'): string[] {
  return readFileSync(join(repoRoot, 'test', 'fixtures', 'hu-en', file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
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
  it('finds the majority language of the lines of each side (hu / en)', () => {
    assert.equal(majorityLang(storyLines('story.hu.txt')), 'hu');
    assert.equal(majorityLang(storyLines('story.en.txt')), 'en');
  });
  it('a profile learned from one text separates the sides of another', () => {
    const { vi, en } = parallelSentences(1000);
    const b = new LangProfileBuilder();
    for (const l of vi) b.add('a', l);
    for (const l of en) b.add('b', l);
    const p = b.finish()!;
    assert.ok(p, 'profile learned');
    const text = sampleText('000').text;
    const source = text.search(/^Nguồn:/m);
    const paragraphs = (part: string) => part.split(/\n\s*\n/).map((l) => l.trim()).filter((l) => l.length > 40);
    const viLines = paragraphs(text.slice(0, source));
    const enLines = paragraphs(text.slice(text.indexOf('\n', source)));
    const right = viLines.filter((l) => scoreLine(p, l).mean > 0).length + enLines.filter((l) => scoreLine(p, l).mean < 0).length;
    assert.ok(viLines.length > 5 && enLines.length > 5);
    assert.ok(right / (viLines.length + enLines.length) > 0.97, `only ${right} of ${viLines.length + enLines.length} right`);
  });
});
