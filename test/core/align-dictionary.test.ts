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
import { reanalyze } from '../../server/src/core/service/incremental';

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

  it('a dictionary found written the other way round stays swapped in the windows analysed after an edit', () => {
    const swapped = swapDictionary(dictionary);
    // the story between two short paragraphs, so that an edit in it is re-analysed in a window
    const years = (from: number) => Array.from({ length: 4 }, (_, k) => `${from + k} – ${from + k + 10}.`).join('\n\n');
    const frame = (text: string) => `${years(1900)}\n\n${text}\n${years(2000)}\n`;
    const englishFramed = frame(english);
    const input = { form: 'siblings' as const, a: { uri: 'story.en.txt', text: englishFramed }, b: { uri: 'story.fr.txt', text: frame(madeUp) }, dictionary: swapped };
    const whole = analyze(input, resolveConfig({}));
    assert.equal(whole.dictionarySwapped, true);
    assert.equal(analyze({ ...input, dictionary }, resolveConfig({})).dictionarySwapped, undefined);
    // a word typed into the last English sentence: the window around it is analysed with the orientation found
    const at = englishFramed.indexOf('each street');
    const edited = englishFramed.slice(0, at) + 'every ' + englishFramed.slice(at);
    const spliced = reanalyze(whole, { uri: 'story.en.txt', start: at, oldEnd: at, newEnd: at + 6 }, edited, resolveConfig({}), [], swapped);
    assert.ok(spliced, 'the edit is re-analysed in a window');
    assert.equal(spliced.dictionarySwapped, true);
    const missing = spliced.findings.filter((finding) => finding.rule === 'missing-translation').map((finding) => edited.slice(finding.span.start, finding.span.end));
    assert.deepEqual(missing, ['Children painted the old school bright yellow.']);
  });

  it('orientDictionary keeps a dictionary that fits the sides and swaps one written the other way', () => {
    assert.equal(orientDictionary(dictionary, english, madeUp), dictionary);
    const swapped = swapDictionary(dictionary);
    const turned = orientDictionary(swapped, english, madeUp);
    assert.deepEqual(turned.entries.slice(0, 3), dictionary.entries.slice(0, 3));
    assert.equal(orientDictionary(dictionary, madeUp, english).entries[1].source, dictionary.entries[1].target);
  });
});
