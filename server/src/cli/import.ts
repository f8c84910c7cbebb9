// `bitext import IN.tmx --out A,B`: a TMX file back to a line-aligned pair (unit N -> line N of A and
// of B). Reads in chunks (UTF-8 checked per chunk), so the TMX can be of any size.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { langMatches, TmxFormatError, TmxReader, type TmxUnit } from '../core/corpus/tmx';
import type { CliIO } from './io';
import { UsageError } from './io';
import { checkReadable, shownPath } from './corpus/check';
import { BufferedWriter } from './corpus/writer';
import { checkOutputs, commitAll, failure, openOutputs } from './safe-output';

const HELP = `Usage: bitext import IN.tmx --out A,B [--langs A,B]

Writes each translation unit of a TMX file as one line of A and one line of B. Side A takes the
header's srclang and side B the other language of the first unit, unless --langs says which
(language codes match by prefix: 'vi' takes 'vi-VN'). A unit without a variant for a side gives an
empty line there; line breaks inside a segment become spaces (counted in the report).
`;

export async function importCommand(invocation: CliIO): Promise<number> {
  const { values: flags, positionals } = parseArgs({
    args: invocation.argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, langs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (flags.help) {
    invocation.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('give one TMX file: bitext import IN.tmx --out A,B');
  const outs = (flags.out ?? '').split(',').filter(Boolean);
  if (outs.length !== 2) throw new UsageError('--out needs two files, side A then side B: --out train.vi,train.en');
  let langs = flags.langs ? (flags.langs.split(',').map((s) => s.trim()) as [string, string]) : undefined;
  if (langs && langs.length !== 2) throw new UsageError('--langs takes two language codes: --langs vi,en');
  const input = resolve(invocation.cwd, positionals[0]);
  checkReadable(input);
  const outputs = outs.map((p) => ({ path: resolve(invocation.cwd, p), shown: p }));
  const [pathA, pathB] = outputs.map((o) => o.path);
  checkOutputs([{ path: input, shown: positionals[0] }], outputs);
  const files = await openOutputs(outputs);
  const writerA = new BufferedWriter(files[0].stream);
  const writerB = new BufferedWriter(files[1].stream);
  const reader = new TmxReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let units = 0;
  let broken = 0;
  let missing = 0;
  let byteOffset = 0;
  // Two sides in the same language (`--langs en,en`, or a short corpus exported as und/und): side A is
  // a unit's first variant in that language and side B the next one, never side A twice.
  let sameLang = false;
  const pickPair = (unit: TmxUnit, [langA, langB]: [string, string]) => {
    const indexA = unit.variants.findIndex((x) => langMatches(x.lang, langA));
    const indexB = sameLang ? unit.variants.findIndex((x, i) => i > indexA && indexA >= 0 && langMatches(x.lang, langB)) : unit.variants.findIndex((x) => langMatches(x.lang, langB));
    return [indexA >= 0 ? unit.variants[indexA] : undefined, indexB >= 0 ? unit.variants[indexB] : undefined];
  };
  const write = async (list: TmxUnit[]) => {
    for (const tmxUnit of list) {
      if (!langs) {
        const src = reader.srclang && reader.srclang !== '*all*' ? reader.srclang : tmxUnit.variants[0]?.lang;
        let other = tmxUnit.variants.find((x) => !langMatches(x.lang, src ?? ''))?.lang;
        if (src && !other && tmxUnit.variants.filter((x) => langMatches(x.lang, src)).length >= 2) {
          other = src;
          invocation.stderr.write(`bitext import: both variants of the first unit are '${src}': side A is each unit's first variant, side B the second\n`);
        }
        if (!src || !other) throw new TmxFormatError('cannot tell the two languages from the first unit; give --langs A,B');
        langs = [src, other];
      }
      sameLang = langMatches(langs[0], langs[1]) || langMatches(langs[1], langs[0]);
      const [textA, textB] = pickPair(tmxUnit, langs);
      if (!textA || !textB) missing++;
      // A line break inside a segment would split the line: it becomes a space (counted). A lone CR
      // stays, except at the end, where it would read back as part of a CRLF line end.
      const fix = (text: string) => {
        if (!text.includes('\n') && !text.endsWith('\r')) return text;
        broken++;
        return text.replace(/\r?\n|\r$/g, ' ');
      };
      await writerA.write(fix(textA?.text ?? '') + '\n');
      await writerB.write(fix(textB?.text ?? '') + '\n');
      units++;
    }
  };
  try {
    for await (const chunk of createReadStream(input, { highWaterMark: 1 << 20 })) {
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw new TmxFormatError(`not valid UTF-8 (in the bytes from ${byteOffset}); TMX files must be UTF-8 here`);
      }
      byteOffset += (chunk as Buffer).length;
      await write(reader.push(text));
    }
    await write(reader.push(decoder.decode()));
    reader.end();
    await writerA.flush();
    await writerB.flush();
  } catch (error) {
    const why = await failure(files, error);
    if (why instanceof TmxFormatError) {
      invocation.stderr.write(`bitext import: ${shownPath(invocation, input)}: ${why.message}\n`);
      return 2;
    }
    throw why;
  }
  await commitAll(files);
  invocation.stderr.write(
    `bitext import: ${units.toLocaleString('en-US')} units -> ${shownPath(invocation, pathA)} (${langs?.[0] ?? '?'}), ${shownPath(invocation, pathB)} (${langs?.[1] ?? '?'})` +
      (missing ? `; ${missing} units lacked a side (empty line written)` : '') +
      (broken ? `; ${broken} segments had line breaks (made spaces)` : '') +
      '\n',
  );
  return 0;
}
