// Converts a FreeDict dictionary (dictd format: NAME.index + NAME.dict.dz, as Debian's
// dict-freedict-* packages install them in /usr/share/dictd) into hunalign's dictionary format for
// `bitext align --dict`: one line per translation, "translation @ headword". The headword is the
// dictionary's first language: for freedict-eng-fra, English @-right, French @-left, which fits
// `bitext align --dict D english.txt french.txt`.
//
//   npx tsx scripts/freedict-to-hunalign.ts /usr/share/dictd/freedict-eng-fra > eng-fra.dict
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's numbers: base 64 digits, most significant first. */
function dictdNumber(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 64 + BASE64.indexOf(ch);
  return value;
}

function main(): number {
  const base = process.argv[2];
  if (!base) {
    process.stderr.write('usage: freedict-to-hunalign.ts PATH/freedict-xxx-yyy (without .index or .dict.dz)\n');
    return 2;
  }
  let index: string;
  let body: Buffer;
  try {
    index = readFileSync(`${base}.index`, 'utf8');
    const raw = readFileSync(`${base}.dict.dz`);
    body = gunzipSync(raw); // dictzip is gzip with an index of its chunks: gunzip reads it whole
  } catch (e) {
    process.stderr.write(`freedict-to-hunalign: ${(e as Error).message}\n`);
    return 2;
  }
  const out: string[] = [];
  for (const line of index.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00database')) continue;
    const entry = body.subarray(dictdNumber(offset), dictdNumber(offset) + dictdNumber(length)).toString('utf8');
    // the entry: "headword /pronunciation/", then translations, numbered or comma separated
    for (const translationLine of entry.split('\n').slice(1)) {
      for (const part of translationLine.replace(/^\s*\d+\.\s*/, '').split(/[,;]/)) {
        const translation = part.trim();
        if (translation && !translation.includes('@')) out.push(`${translation} @ ${headword.trim()}`);
      }
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  process.stderr.write(`freedict-to-hunalign: ${out.length} entries\n`);
  return 0;
}

process.exitCode = main();
