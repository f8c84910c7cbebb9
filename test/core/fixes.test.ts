// applyEdits (the only code that edits text) and fixAll, with property tests on generated text: the
// sequence of letters and digits is unchanged by every safe fix.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdits, applyEditsDetailed, fixAll, lettersAndDigits } from '../../server/src/core/fixes';
import { buildSide } from '../../server/src/core/document';
import { runSideRules } from '../../server/src/core/run-rules';
import { resolveConfig } from '../../server/src/core/config';
import { sampleText } from '../support/shared';
import type { Finding, TextEdit } from '../../server/src/core/types';

const e = (start: number, end: number, newText: string): TextEdit => ({ uri: 'u', start, end, newText });

describe('applyEdits', () => {
  it('applies edits in offset order whatever their given order', () => {
    assert.equal(applyEdits('abc def', [e(4, 7, 'DEF'), e(0, 1, 'A')]), 'Abc DEF');
  });
  it('drops an edit overlapping one already taken, and identical duplicates silently', () => {
    const r = applyEditsDetailed('abcdef', [e(1, 3, 'X'), e(2, 4, 'Y'), e(1, 3, 'X')]);
    assert.equal(r.text, 'aXdef');
    assert.equal(r.dropped.length, 1);
    assert.equal(r.applied.length, 1);
  });
  it('keeps two insertions at one offset in the given order, and an insertion touching a replacement', () => {
    assert.equal(applyEdits('ab', [e(1, 1, 'x'), e(1, 1, 'y')]), 'axyb');
    assert.equal(applyEdits('abc', [e(0, 1, 'A'), e(1, 1, '-')]), 'A-bc');
  });
  it('drops out-of-range edits', () => {
    assert.equal(applyEdits('abc', [e(2, 9, 'X'), e(-1, 0, 'Y')]), 'abc');
  });
});

describe('fixAll', () => {
  it('applies only safe fixes, and only those of the given rules when asked', () => {
    const fs: Finding[] = [
      { rule: 'r1', severity: 'warning', message: '', uri: 'u', span: { start: 0, end: 1 }, fixes: [{ title: '', edits: [e(0, 1, 'A')], safe: true }] },
      { rule: 'r2', severity: 'warning', message: '', uri: 'u', span: { start: 1, end: 2 }, fixes: [{ title: '', edits: [e(1, 2, '')], safe: false }] },
      { rule: 'r3', severity: 'warning', message: '', uri: 'other', span: { start: 2, end: 3 }, fixes: [{ title: '', edits: [{ ...e(2, 3, 'C'), uri: 'other' }], safe: true }] },
    ];
    assert.equal(fixAll(fs, 'abc', 'u').text, 'Abc');
    assert.equal(fixAll(fs, 'abc', 'u', { rules: ['r2', 'r3'] }).text, 'abc');
  });
  it('on 003 (segmentation remove): no `_` remains and the letters are unchanged', () => {
    const { text } = sampleText('003');
    const side = buildSide('003', text);
    const { text: out } = fixAll(runSideRules(side, resolveConfig({ segmentation: 'remove' })), text, '003');
    assert.ok(!out.includes('_'));
    assert.ok(!/ [,.:)]/.test(out.replace(/ - /g, '')), 'no space before , . : )');
    assert.equal(lettersAndDigits(out), lettersAndDigits(text));
  });
});

// Generated text: Vietnamese-looking syllables, names, `_` joins, spaced punctuation, quotes,
// brackets, NFD letters, doubled spaces and line ends.
const syllable = fc.constantFrom('Kim', 'là', 'Triều', 'Tiên', 'thất', 'vọng', 'Moskva', 'trợ', 'giúp', 'người', 'hoà', 'hòa', 'KIm', 'ngệu', 'the', '19', '3,5', '1.000', 'Nga', 'của');
const word = fc.array(syllable, { minLength: 1, maxLength: 3 }).chain((parts) =>
  fc.boolean().map((nfd) => {
    const w = parts.join('_');
    return nfd ? w.normalize('NFD') : w;
  }),
);
const sep = fc.constantFrom(' ', ' ', ' ', '  ', ' , ', ' . ', ' ( ', ' ) ', ' " ', ' : ', '\n', '\r\n', '\n\n', ' - ', '_', '');
const genText = fc.array(fc.tuple(word, sep), { maxLength: 60 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

describe('property: safe fixes keep every letter and digit', () => {
  for (const mode of ['remove', 'keep'] as const) {
    it(`fix all (segmentation ${mode}) on generated text`, () => {
      fc.assert(
        fc.property(genText, fc.constantFrom('vi', 'en'), (text, lang) => {
          const side = buildSide('g', text, undefined, lang);
          const findings = runSideRules(side, resolveConfig({ segmentation: mode }));
          const out = fixAll(findings, text, 'g').text;
          assert.equal(lettersAndDigits(out), lettersAndDigits(text));
          // each safe fix alone too
          for (const f of findings) for (const fix of f.fixes ?? []) if (fix.safe) assert.equal(lettersAndDigits(applyEdits(text, fix.edits)), lettersAndDigits(text), f.rule);
        }),
        { numRuns: 300, seed: 4242 },
      );
    });
  }
  it('a second fix all changes nothing when the first dropped no overlapping edit (segmentation remove)', () => {
    fc.assert(
      fc.property(genText, (text) => {
        const cfg = resolveConfig({ segmentation: 'remove' });
        const first = fixAll(runSideRules(buildSide('g', text, undefined, 'vi'), cfg), text, 'g');
        const twice = fixAll(runSideRules(buildSide('g', first.text, undefined, 'vi'), cfg), first.text, 'g').text;
        if (!first.dropped.length) assert.equal(twice, first.text);
        assert.equal(lettersAndDigits(twice), lettersAndDigits(text));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
