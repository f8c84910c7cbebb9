// A user's dictionary as evidence in analyze(): a story and its word-for-word translation into a
// made-up language (test/fixtures/dictionary: every word has the length of its English one, so length
// cannot tell which sentence the translation drops; the third one). With the dictionary, written either
// way round, the dropped sentence is found; without it, it is not.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { orientDictionary, parseDictionary, swapDictionary } from '../../server/src/core/align';
import { analyze } from '../../server/src/core/analyze';
import { resolveConfig } from '../../server/src/core/config';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'dictionary', name), 'utf8');

describe('a user dictionary in analyze()', () => {
  const english = fixture('story.en.txt');
  const madeUp = fixture('story.fr.txt');
  const dictionary = parseDictionary(fixture('words.dict'));
  const missing = (dict?: ReturnType<typeof parseDictionary>) =>
    analyze({ form: 'siblings', a: { uri: 'story.en.txt', text: english }, b: { uri: 'story.fr.txt', text: madeUp }, dictionary: dict }, resolveConfig({}))
      .findings.filter((finding) => finding.rule === 'missing-translation')
      .map((finding) => english.slice(finding.span.start, finding.span.end));

  it('finds the dropped sentence with the dictionary, either way round, and not without it', () => {
    assert.deepEqual(missing(dictionary), ['Children painted the old school bright yellow.']);
    assert.deepEqual(missing(swapDictionary(dictionary)), ['Children painted the old school bright yellow.']);
    assert.notDeepEqual(missing(), ['Children painted the old school bright yellow.'], 'length alone cannot place the omission here');
  });

  it('orientDictionary keeps a dictionary that fits the sides and swaps one written the other way', () => {
    assert.equal(orientDictionary(dictionary, english, madeUp), dictionary);
    const swapped = swapDictionary(dictionary);
    const turned = orientDictionary(swapped, english, madeUp);
    assert.deepEqual(turned.entries.slice(0, 3), dictionary.entries.slice(0, 3));
    assert.equal(orientDictionary(dictionary, madeUp, english).entries[1].source, dictionary.entries[1].target);
  });
});
