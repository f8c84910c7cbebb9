// `bitext align`: aligns a file with its counterpart (or two files given), at paragraph or sentence
// level, and prints beads, TSV or JSON.
import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { alignSides, alignUnits, formatBead, orientDictionary } from '../core/align';
import { DEFAULT_CONFIG } from '../core/config';
import { applyLinks, linkConstraints } from '../core/links';
import { readLinksFile } from '../node/config-file';
import { buildLineSide, buildSide } from '../core/document';
import type { FileSystem } from '../core/fs';
import { findCounterpart, splitAtSourceLine } from '../core/pairing';
import { LineIndex } from '../core/text';
import type { Bead, Side, Span } from '../core/types';
import { parseCommandArgs } from './command';
import { loadDictionary } from './dictionary-file';
import { FileError, readTextFile } from './files';
import { UsageError, type CliIO } from './io';

const HELP = `Usage: bitext align [options] FILE [COUNTERPART]

Aligns FILE with its translation: COUNTERPART when given, else the counterpart found from FILE
(a source line inside it, a sibling file, a folder per language).

Options:
  --level paragraph|sentence   unit to align (default: sentence)
  --format beads|tsv|json      beads: one bead per line, [i,j]:[k], 0-based (default)
                               tsv: bead, then the two texts; json: texts, ranges, confidence
  --presplit                   each line of the two files is one unit (as hunalign takes input)
  --dict FILE                  a bilingual dictionary in hunalign's format, one entry a line:
                               "word of COUNTERPART @ word of FILE", or the other way round (it is
                               turned to fit); scripts/freedict-to-hunalign.ts converts a FreeDict
                               dictionary; used as evidence beside what the aligner learns from the
                               pair itself
  --encoding NAME              read a file that is not valid UTF-8 in this legacy encoding
                               (e.g. windows-1252, iso-8859-2)
  -h, --help                   show this help
`;

export async function alignCommand(io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(
    io,
    {
      level: { type: 'string', default: 'sentence' },
      format: { type: 'string', default: 'beads' },
      presplit: { type: 'boolean', default: false },
      encoding: { type: 'string' },
      dict: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    HELP,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  const level = values.level as string;
  const format = values.format as string;
  if (level !== 'paragraph' && level !== 'sentence') throw new UsageError(`--level must be paragraph or sentence, not '${level}'`);
  if (format !== 'beads' && format !== 'tsv' && format !== 'json') throw new UsageError(`--format must be beads, tsv or json, not '${format}'`);
  if (positionals.length < 1 || positionals.length > 2) throw new UsageError(`expected FILE [COUNTERPART]\n\n${HELP}`);
  if (values.presplit && positionals.length !== 2) throw new UsageError('--presplit needs two files');

  let sides: [Side, Side];
  try {
    // presplit sides only need a language for the JSON output: detecting it costs time on big files
    sides = loadSides(io.cwd, positionals, !!values.presplit, values.encoding as string | undefined, io, format === 'json');
  } catch (e) {
    if (e instanceof FileError) {
      io.stderr.write(`bitext align: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const [a, b] = sides;
  const loaded = loadDictionary(io, 'bitext align', values.dict as string | undefined, { ...DEFAULT_CONFIG });
  if (!loaded.ok) return 2;
  // either way round: the dictionary is turned to fit FILE and COUNTERPART as given
  const dictionary = loaded.dictionary && orientDictionary(loaded.dictionary, a.text, b.text);
  let beads: Bead[];
  let unitsA: Span[];
  let unitsB: Span[];
  if (values.presplit) {
    unitsA = a.seg.sentences;
    unitsB = b.seg.sentences;
    beads = alignUnits(unitsA.map((s) => a.text.slice(s.start, s.end)), unitsB.map((s) => b.text.slice(s.start, s.end)), { dictionary });
  } else {
    // the editor's alignment corrections (.bitext/links.json) hold for sentences: the aligner realigns around them
    const links = level === 'paragraph' ? [] : readLinksFile(io.cwd).links;
    const r = alignSides(a, b, { dictionary, constraints: linkConstraints(a, b, links) });
    beads = level === 'paragraph' ? r.paragraphBeads : applyLinks(a, b, r.sentenceBeads, links).beads;
    unitsA = level === 'paragraph' ? a.seg.paragraphs : a.seg.sentences;
    unitsB = level === 'paragraph' ? b.seg.paragraphs : b.seg.sentences;
  }
  for (const [side, units] of [[a, unitsA], [b, unitsB]] as const) {
    if (!units.length) io.stderr.write(`note: ${side.uri}: ${side === b && a.uri === b.uri ? 'the text below the source line' : side === a && a.uri === b.uri ? 'the text above the source line' : 'the file'} is empty: nothing to align with\n`);
  }
  writeBeads(io, format, beads, { side: a, units: unitsA }, { side: b, units: unitsB });
  return 0;
}

function loadSides(cwd: string, files: string[], presplit: boolean, encoding: string | undefined, io: CliIO, needLang: boolean): [Side, Side] {
  const read = (p: string) => readTextFile(cwd, p, { fallbackEncoding: encoding, encodingOption: true });
  const first = read(files[0]);
  if (presplit) {
    const second = read(files[1]);
    const lang = needLang ? undefined : 'und';
    return [buildLineSide(files[0], first.text, lang), buildLineSide(files[1], second.text, lang)];
  }
  if (files.length === 2) {
    const second = read(files[1]);
    return [buildSide(files[0], first.text), buildSide(files[1], second.text)];
  }
  const fsView: FileSystem = {
    isFile: (p) => {
      try {
        return statSync(resolve(cwd, p)).isFile();
      } catch {
        return false;
      }
    },
    listDir: (d) => readdirSync(resolve(cwd, d)),
    readText: (p) => read(p).text,
  };
  const plan = findCounterpart(files[0], first.text, fsView);
  if (plan.form === 'one-file') {
    const split = splitAtSourceLine(first.text);
    if (!split) throw new FileError(`${files[0]}: no source line found`);
    // the side above the source line comes first
    return [buildSide(files[0], first.text, split.above), buildSide(files[0], first.text, split.below)];
  }
  if (!plan.counterpart) throw new FileError(`${files[0]}: ${plan.note}`);
  io.stderr.write(`note: ${files[0]}: ${plan.note}\n`);
  const second = read(plan.counterpart);
  if (plan.form === 'line-aligned') return [buildLineSide(files[0], first.text), buildLineSide(plan.counterpart, second.text)];
  return [buildSide(files[0], first.text), buildSide(plan.counterpart, second.text)];
}

interface UnitSet {
  side: Side;
  units: readonly Span[];
}

function writeBeads(io: CliIO, format: string, beads: readonly Bead[], a: UnitSet, b: UnitSet): void {
  const text = (u: UnitSet, idx: readonly number[]) =>
    idx.length ? u.side.text.slice(u.units[idx[0]].start, u.units[idx[idx.length - 1]].end) : '';
  if (format === 'beads') {
    const out: string[] = [];
    for (const x of beads) out.push(formatBead(x));
    io.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    return;
  }
  if (format === 'tsv') {
    const flat = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\t/g, ' ');
    const out: string[] = [];
    for (const x of beads) out.push(`${formatBead(x)}\t${flat(text(a, x.a))}\t${flat(text(b, x.b))}`);
    io.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
    return;
  }
  const lia = new LineIndex(a.side.text);
  const lib = a.side.text === b.side.text ? lia : new LineIndex(b.side.text);
  const range = (u: UnitSet, li: LineIndex, idx: readonly number[]) =>
    idx.length
      ? { start: li.positionAt(u.units[idx[0]].start), end: li.positionAt(u.units[idx[idx.length - 1]].end) }
      : null;
  const json = {
    a: { uri: a.side.uri, lang: a.side.lang, units: a.units.length },
    b: { uri: b.side.uri, lang: b.side.lang, units: b.units.length },
    beads: beads.map((x) => ({
      a: x.a,
      b: x.b,
      confidence: x.confidence,
      aText: text(a, x.a),
      bText: text(b, x.b),
      aRange: range(a, lia, x.a),
      bRange: range(b, lib, x.b),
    })),
  };
  io.stdout.write(JSON.stringify(json, null, 1) + '\n');
}
