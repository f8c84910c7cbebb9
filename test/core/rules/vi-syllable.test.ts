import { strict as assert } from 'node:assert';
import { isVietnameseSyllable, parseSyllable, spellingProblem } from '../../../server/src/core/vi-syllable';

describe('vi-syllable', () => {
  it('parses onset, vowels, coda and tone', () => {
    assert.deepEqual(parseSyllable('Nghiêng'), { onset: 'ngh', vowels: 'iê', coda: 'ng', tone: 'ngang', toneAt: -1 });
    const q = parseSyllable('quốc')!;
    assert.deepEqual([q.onset, q.vowels, q.coda, q.tone], ['qu', 'ô', 'c', 'sac']);
    assert.equal(parseSyllable('gìn')!.onset, 'g');
  });
  it('accepts Vietnamese syllables and refuses foreign names', () => {
    for (const s of ['là', 'Kim', 'Triều', 'Tiên', 'thất', 'vọng', 'trợ', 'giúp', 'sở', 'hữu', 'vũ', 'khí', 'tái', 'xích', 'khuya', 'người', 'hoà', 'hòa', 'quý']) {
      assert.ok(isVietnameseSyllable(s), s);
    }
    for (const s of ['Moskva', 'Jong', 'KCNA', 'Putin', 'Washington', 'entrecôte', 'ngệu', 'cảc']) assert.ok(!isVietnameseSyllable(s), s);
  });
  it('names the spelling rule a syllable breaks', () => {
    assert.match(spellingProblem('ngệu')!.reason, /ngh/);
    assert.match(spellingProblem('kả')!.reason, /`k`/);
    assert.match(spellingProblem('cảc')!.reason, /sắc or nặng/);
    assert.equal(spellingProblem('nghệ'), undefined);
    assert.equal(spellingProblem('Kong'.toLowerCase()) !== undefined, true); // shape-wise wrong; the rule skips it (no Vietnamese letter)
  });
});
