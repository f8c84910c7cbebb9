// Language guesses on the hand-aligned books of ../shared/data/align-dev (Hungarian side A, English side
// B, Latin-1): whole books, short lines (4 to 8 words), the majority language of a sample, and a profile
// learned on one book scoring the lines of the other. Figures only; the unit tests use their own texts.
import { readFileSync } from 'node:fs';
import { detectLang, guessLineLang } from '../server/src/core/lang';
import { majorityLang } from '../server/src/core/corpus/lang';
import { LangProfileBuilder, scoreLine } from '../server/src/core/corpus/profile';
import { sharedPath } from './shared';

function bookLines(book: string, file: 'src.txt' | 'tgt.txt'): string[] {
  const bytes = readFileSync(sharedPath('data', 'align-dev', book, file));
  const text = file === 'tgt.txt' ? new TextDecoder('windows-1252').decode(bytes) : new TextDecoder().decode(bytes);
  return text.split('\n').map((line) => line.trim()).filter((line) => line && line !== '<p>');
}
const wordCount = (line: string) => line.split(/\s+/).length;
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(2)}%`;

for (const book of ['hu-en-dtm', 'hu-en-steinbeck']) {
  const hu = bookLines(book, 'src.txt');
  const en = bookLines(book, 'tgt.txt');
  console.log(`${book}: whole book detectLang hu side ${detectLang(hu.join('\n'))}, en side ${detectLang(en.join('\n'))}`);
  console.log(`${book}: majorityLang of the first 500 lines: hu side ${majorityLang(hu.slice(0, 500))}, en side ${majorityLang(en.slice(0, 500))}`);
  const shortHu = hu.filter((line) => wordCount(line) >= 4 && wordCount(line) <= 8);
  const shortEn = en.filter((line) => wordCount(line) >= 4 && wordCount(line) <= 8);
  for (const guess of [detectLang, guessLineLang]) {
    const named = (lines: string[], lang: string) => lines.filter((line) => guess(line) === lang).length;
    console.log(
      `${book} short lines, ${guess.name}: en taken for hu ${percent(named(shortEn, 'hu'), shortEn.length)} of ${shortEn.length}, ` +
        `hu taken for en ${percent(named(shortHu, 'en'), shortHu.length)} of ${shortHu.length}, ` +
        `hu named hu ${percent(named(shortHu, 'hu'), shortHu.length)}, en named en ${percent(named(shortEn, 'en'), shortEn.length)}`,
    );
  }
}

const builder = new LangProfileBuilder();
for (const line of bookLines('hu-en-steinbeck', 'src.txt')) builder.add('a', line);
for (const line of bookLines('hu-en-steinbeck', 'tgt.txt')) builder.add('b', line);
const profile = builder.finish();
if (profile) {
  const hu = bookLines('hu-en-dtm', 'src.txt').filter((line) => line.length > 40);
  const en = bookLines('hu-en-dtm', 'tgt.txt').filter((line) => line.length > 40);
  const right = hu.filter((line) => scoreLine(profile, line).mean > 0).length + en.filter((line) => scoreLine(profile, line).mean < 0).length;
  console.log(`profile learned on steinbeck, lines of dtm over 40 characters on the right side: ${percent(right, hu.length + en.length)} of ${hu.length + en.length}`);
} else {
  console.log('profile learned on steinbeck: none (too few lines)');
}
